import type { Locator, Page } from 'playwright-core';

/** The rendered preview of the open post. */
export class Preview {
  constructor(private readonly page: Page) {}

  get root(): Locator {
    return this.page.locator('[data-testid="preview"]');
  }
  /** The excerpt / full post switch. */
  get mode(): Locator {
    return this.page.locator('[data-testid="preview-mode"]');
  }
  /** The line between the excerpt and the extended part. */
  get excerptBoundary(): Locator {
    return this.page.locator('[data-testid="excerpt-boundary"]');
  }
  /** "Continue reading", shown in excerpt mode. */
  get continueReading(): Locator {
    return this.page.locator('[data-testid="continue-reading"]');
  }
  /** The switch for the blog's own stylesheet. */
  get blogStyle(): Locator {
    return this.page.locator('[data-testid="preview-blog-style"]');
  }

  /** The preview's visible text. */
  text(): Promise<string> {
    return this.root.innerText();
  }
}
