import type { Desktop } from '../../main/services/desktop';

/**
 * The desktop in the browser harness: a headless test machine has no browser
 * to hand links to, so the URLs are recorded for specs to read. Everything
 * before this point (the renderer's click handling, the bridge, the contract's
 * validation and main's URL check) is the real code.
 */
export class HarnessDesktop implements Desktop {
  /** URLs the app asked to open, in order. */
  readonly openedUrls: string[] = [];

  /** How many times the app closed its window for good. */
  windowCloses = 0;

  openExternal(url: string): Promise<void> {
    this.openedUrls.push(url);
    return Promise.resolve();
  }

  closeWindow(): Promise<void> {
    this.windowCloses += 1;
    return Promise.resolve();
  }
}
