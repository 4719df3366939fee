/**
 * One side of scroll sync, in source lines: a fractional one-based line of the
 * post (12.5 is halfway through line 12) stands for a reading position.
 */
export interface ScrollPort {
  /** The element that scrolls. */
  readonly scroller: HTMLElement;
  /** Where the user's wheel, pointer, touch and key input on this side arrives. */
  readonly inputTarget: HTMLElement;
  /** The line at the top of the visible area. */
  topLine(): number;
  /** Scrolls so that `line` is at the top of the visible area. */
  scrollToLine(line: number): void;
}
