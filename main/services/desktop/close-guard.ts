/** Why the window is to close: its close button (or Ctrl+W), or quitting the app. */
export type CloseReason = 'close' | 'quit';

/** What to do with a close or quit that was just requested. */
export type CloseDecision = 'proceed' | 'ask';

/**
 * Decides when closing or quitting may go ahead. The first request (the
 * window's close button, or quitting from the menu, the dock or Ctrl+Q) is
 * held back and the renderer is asked, through the `closeRequested` event,
 * to deal with unsaved changes; once it answers with `closeWindow`,
 * {@link CloseGuard.approve} says whether to close the window or quit, and
 * every later request goes ahead. A renderer that cannot answer (crashed or
 * never loaded) is not waited for.
 */
export class CloseGuard {
  private approved = false;
  private pending: CloseReason | null = null;

  /** A close or quit was requested; `rendererCanAnswer` is false when the page is gone or hung. */
  request(reason: CloseReason, rendererCanAnswer: boolean): CloseDecision {
    if (this.approved || !rendererCanAnswer) {
      return 'proceed';
    }
    // The latest request is the one the renderer's answer approves (an earlier one may have been cancelled).
    this.pending = reason;
    return 'ask';
  }

  /** The renderer said the window may go: what was requested (a close when nothing was). */
  approve(): CloseReason {
    this.approved = true;
    const reason = this.pending ?? 'close';
    this.pending = null;
    return reason;
  }
}
