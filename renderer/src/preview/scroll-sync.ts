import type { ScrollPort } from './scroll-port';

/** Keeps two scroll ports on the same source line. */
export interface ScrollSync {
  /** Puts the follower back in line with the side the user drives (after the preview re-rendered, say). */
  align(): void;
  /** Makes `port` the side the user drives, as if they had scrolled it. */
  drive(port: ScrollPort): void;
}

const inputEvents = ['wheel', 'pointerdown', 'touchstart', 'keydown'] as const;

/**
 * Syncs scrolling both ways between `editor` and `preview`, by source line,
 * at most once per frame. No feedback loop: only the side the user last
 * touched (wheel, pointer, touch or key input on it; the editor at first)
 * drives. Scrolling it moves the other side; the other side's own scroll
 * events, which that move causes, are ignored until the user touches it.
 */
export function createScrollSync(editor: ScrollPort, preview: ScrollPort): ScrollSync {
  let driver = editor;
  let frame = 0;
  const follower = (): ScrollPort => (driver === editor ? preview : editor);
  const align = (): void => {
    follower().scrollToLine(driver.topLine());
  };
  const schedule = (): void => {
    if (frame === 0) {
      frame = requestAnimationFrame(() => {
        frame = 0;
        align();
      });
    }
  };
  for (const port of [editor, preview]) {
    for (const type of inputEvents) {
      port.inputTarget.addEventListener(type, () => {
        driver = port;
      }, { capture: true, passive: true });
    }
    port.scroller.addEventListener('scroll', () => {
      if (driver === port) {
        schedule();
      }
    }, { passive: true });
  }
  return {
    align,
    drive(port) {
      driver = port;
    },
  };
}
