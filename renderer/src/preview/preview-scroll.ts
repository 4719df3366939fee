import type { ScrollPort } from './scroll-port';

/** An element of the preview that stands for the source lines from `line` on. */
export interface LineAnchor {
  readonly element: HTMLElement;
  /** One-based line where it starts. */
  readonly line: number;
}

interface Point {
  readonly line: number;
  readonly top: number;
}

/**
 * The preview's side of scroll sync. `anchors` lists the shown (not hidden)
 * block elements in order, with their source lines; a position between two
 * anchors is interpolated linearly in lines and pixels; before the first
 * anchor, from line 1 at the article's top; after the last, to `endLine` at
 * its bottom. Anchors are found by bisection, so a sync reads a handful of
 * element positions however long the post. `stickyHeight` is the height of
 * the toolbar pinned over the scroller's top: the "top" is just below it.
 */
export function previewScrollPort(
  scroller: HTMLElement,
  article: HTMLElement,
  anchors: () => readonly LineAnchor[],
  endLine: () => number,
  stickyHeight: () => number,
): ScrollPort {
  const viewTop = (): number => scroller.getBoundingClientRect().top + stickyHeight();

  /** The anchors with the article's start and end around them; positions are read only when asked for. */
  const points = (): { readonly count: number; at(index: number): Point } => {
    const list = anchors();
    const tops = new Map<number, number>();
    const lastLine = list.at(-1)?.line ?? 1;
    return {
      count: list.length + 2,
      at(index) {
        if (index === 0) {
          return { line: 1, top: article.getBoundingClientRect().top };
        }
        if (index === list.length + 1) {
          return { line: Math.max(endLine(), lastLine + 1), top: article.getBoundingClientRect().bottom };
        }
        const anchor = list[index - 1]!;
        let top = tops.get(index);
        if (top === undefined) {
          top = anchor.element.getBoundingClientRect().top;
          tops.set(index, top);
        }
        return { line: anchor.line, top };
      },
    };
  };

  /** The two neighbouring points around `value`, by line or by on-screen top (both grow along the list). */
  const around = (value: number, by: keyof Point): [Point, Point] => {
    const list = points();
    let low = 0;
    let high = list.count - 1;
    while (high - low > 1) {
      const middle = (low + high) >> 1;
      if (list.at(middle)[by] <= value) {
        low = middle;
      } else {
        high = middle;
      }
    }
    return [list.at(low), list.at(high)];
  };

  const interpolate = (value: number, from: number, to: number): number => (to > from ? Math.min(1, Math.max(0, (value - from) / (to - from))) : 0);

  return {
    scroller,
    inputTarget: scroller,
    topLine() {
      const top = viewTop();
      const [before, after] = around(top, 'top');
      return before.line + interpolate(top, before.top, after.top) * (after.line - before.line);
    },
    scrollToLine(line) {
      const [before, after] = around(line, 'line');
      const target = before.top + interpolate(line, before.line, after.line) * (after.top - before.top);
      scroller.scrollTop = Math.round(scroller.scrollTop + target - viewTop());
    },
  };
}
