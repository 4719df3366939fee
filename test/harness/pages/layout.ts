import type { Locator, Page } from 'playwright-core';

/** The regions whose controls {@link Layout.fitProblems} checks, by name. */
const checkedRegions: readonly (readonly [string, string])[] = [
  ['sidebar', '[data-testid="sidebar"]'],
  ['form', '[data-testid="form-panel"]'],
  ['preview toolbar', '[data-testid="preview-pane"] [role="toolbar"]'],
  ['status bar', '[data-testid="status-bar"]'],
];

/** A pane's box on screen, in CSS pixels; null when the pane is not shown. */
export interface PaneBox {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** The window's layout: the status bar's layout buttons, what the app shows, and how its controls fit. */
export class Layout {
  constructor(private readonly page: Page) {}

  /** Collapses or shows the posts sidebar. */
  get sidebarButton(): Locator {
    return this.page.locator('[data-testid="toggle-sidebar"]');
  }
  /** Collapses or shows the front matter form. */
  get formButton(): Locator {
    return this.page.locator('[data-testid="toggle-form"]');
  }
  /** Hides or shows the preview. */
  get previewButton(): Locator {
    return this.page.locator('[data-testid="toggle-preview"]');
  }
  /** Puts the preview below the editor, or back beside it. */
  get previewBelowButton(): Locator {
    return this.page.locator('[data-testid="toggle-preview-below"]');
  }
  get sidebar(): Locator {
    return this.page.locator('[data-testid="sidebar"]');
  }
  get form(): Locator {
    return this.page.locator('[data-testid="form-panel"]');
  }
  get editor(): Locator {
    return this.page.locator('[data-testid="editor"]');
  }
  get preview(): Locator {
    return this.page.locator('[data-testid="preview-pane"]');
  }

  /** What the app shows now: each side pane 'shown' or 'collapsed', the preview 'beside', 'below' or 'hidden'. */
  async shown(): Promise<{ sidebar: string | null; form: string | null; preview: string | null }> {
    const app = this.page.locator('.app');
    return { sidebar: await app.getAttribute('data-sidebar'), form: await app.getAttribute('data-form'), preview: await app.getAttribute('data-preview') };
  }

  /** The box of `pane` on screen, or null when it is not shown. */
  async box(pane: Locator): Promise<PaneBox | null> {
    return (await pane.isVisible()) ? pane.boundingBox() : null;
  }

  /** Resizes the window's page and waits two frames for the layout to follow. */
  async resize(width: number, height: number): Promise<void> {
    await this.page.setViewportSize({ width, height });
    await this.page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  }

  /**
   * Every way the visible controls of the sidebar, the form, the preview's
   * toolbar and the status bar do not fit, as sentences (empty when all fit).
   * Each visible button, select, field, label, legend, heading and term:
   * - its text is not clipped (`scrollWidth <= clientWidth`, unless it ends in
   *   an ellipsis by design; fields scroll their own text);
   * - its box is inside its region (across; and down, unless the region scrolls)
 *   and across inside the element around it;
   * - it does not overlap any of its visible siblings;
   * - the text of a button, label, legend, heading or term takes at most two
   *   lines (a label broken letter by letter takes many).
   */
  async fitProblems(): Promise<string[]> {
    // The function below has named helpers, which tsx's esbuild wraps in its `__name` helper: the page needs one too.
    await this.page.evaluate('globalThis.__name ??= (target) => target');
    return this.page.evaluate((regions) => {
      const problems: string[] = [];
      const shownElement = (element: Element): boolean => {
        const box = element.getBoundingClientRect();
        return box.width > 0 && box.height > 0 && getComputedStyle(element).visibility !== 'hidden';
      };
      const describe = (element: Element): string => {
        const text = (element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
        const testId = element.getAttribute('data-testid');
        return `<${element.tagName.toLowerCase()}${testId === null ? '' : ` ${testId}`}> "${text || element.getAttribute('aria-label') || ''}"`;
      };
      const textLines = (element: Element): number => {
        const tops: number[] = [];
        const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
          if (node.parentElement?.closest('select, textarea, option') !== null || (node.textContent ?? '').trim() === '') {
            continue;
          }
          const range = document.createRange();
          range.selectNodeContents(node);
          for (const rect of range.getClientRects()) {
            if (rect.width > 0 && !tops.some((top) => Math.abs(top - rect.top) < rect.height / 2)) {
              tops.push(rect.top);
            }
          }
        }
        return tops.length;
      };
      const reportedPairs = new Set<string>();
      for (const [regionName, selector] of regions) {
        const region = document.querySelector(selector);
        if (region === null) {
          problems.push(`there is no ${regionName} (${selector}) on the page`);
          continue;
        }
        if (!shownElement(region)) {
          continue;
        }
        const pane = region.getBoundingClientRect();
        const scrolls = /auto|scroll/.test(getComputedStyle(region).overflowY);
        const controls = [...region.querySelectorAll('button, select, input, textarea, label, legend, h1, h2, h3, dt')].filter(shownElement);
        for (const control of controls) {
          const box = control.getBoundingClientRect();
          const style = getComputedStyle(control);
          const name = `${regionName}: ${describe(control)}`;
          const field = control.matches('select, input, textarea');
          if (!field && style.display !== 'inline' && style.textOverflow !== 'ellipsis' && control.scrollWidth > control.clientWidth + 1) {
            problems.push(`${name} is clipped: ${control.scrollWidth}px of content in ${control.clientWidth}px`);
          }
          if (box.left < pane.left - 1 || box.right > pane.right + 1 || (!scrolls && (box.top < pane.top - 1 || box.bottom > pane.bottom + 1))) {
            problems.push(`${name} sticks out of its region: ${Math.round(box.left)}–${Math.round(box.right)} × ${Math.round(box.top)}–${Math.round(box.bottom)} in ${Math.round(pane.left)}–${Math.round(pane.right)} × ${Math.round(pane.top)}–${Math.round(pane.bottom)}`);
          }
          let container = control.parentElement;
          while (container !== null && container !== region && getComputedStyle(container).display === 'contents') {
            container = container.parentElement;
          }
          const around = container?.getBoundingClientRect();
          if (around !== undefined && (box.left < around.left - 1 || box.right > around.right + 1)) {
            problems.push(`${name} sticks out of ${describe(container as Element)}: ${Math.round(box.left)}–${Math.round(box.right)} in ${Math.round(around.left)}–${Math.round(around.right)}`);
          }
          for (const sibling of control.parentElement?.children ?? []) {
            const other = sibling.getBoundingClientRect();
            const across = Math.min(box.right, other.right) - Math.max(box.left, other.left);
            const down = Math.min(box.bottom, other.bottom) - Math.max(box.top, other.top);
            const pair = [describe(control), describe(sibling)].sort().join(' and ');
            if (sibling !== control && shownElement(sibling) && across > 1 && down > 1 && !reportedPairs.has(pair)) {
              reportedPairs.add(pair);
              problems.push(`${regionName}: ${pair} overlap by ${Math.round(across)}×${Math.round(down)}px`);
            }
          }
          const lines = field ? 0 : textLines(control);
          if (control.matches('button, label, legend, h1, h2, h3, dt') && lines > 2) {
            problems.push(`${name} breaks over ${lines} lines`);
          }
        }
      }
      return problems;
    }, checkedRegions);
  }
}
