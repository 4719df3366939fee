import type { Locator, Page } from 'playwright-core';

/** The status bar and the app-wide notices: counts, the post's path, export status. */
export class StatusBar {
  constructor(private readonly page: Page) {}

  private part(name: string): Locator {
    return this.page.locator(`[data-testid="${name}"]`);
  }

  get words(): Locator {
    return this.part('status-words');
  }
  /** The word count once it says `count`. */
  wordsAt(count: number): Locator {
    return this.page.locator(`[data-testid="status-words"][data-count="${count}"]`);
  }
  get excerptWords(): Locator {
    return this.part('status-excerpt-words');
  }
  /** The excerpt's word count once it says `count`. */
  excerptWordsAt(count: number): Locator {
    return this.page.locator(`[data-testid="status-excerpt-words"][data-count="${count}"]`);
  }
  get readingTime(): Locator {
    return this.part('status-reading-time');
  }
  get path(): Locator {
    return this.part('status-path');
  }
  /** The export's outcome (`data-state`: exported, unchanged, error…). */
  get exportStatus(): Locator {
    return this.part('export-status');
  }
  /** The export status once it is in `state`. */
  exportState(state: string): Locator {
    return this.page.locator(`[data-testid="export-status"][data-state="${state}"]`);
  }
  /** The problems of the open post (front matter, encoding). */
  get postProblems(): Locator {
    return this.part('post-problems');
  }
  /** The app's notice (e.g. settings reset) and its dismiss button. */
  get notice(): Locator {
    return this.part('app-notice');
  }
  get noticeDismiss(): Locator {
    return this.part('app-notice-dismiss');
  }
  /** What the middle pane says when no post is open. */
  get emptyState(): Locator {
    return this.part('empty-state');
  }
}
