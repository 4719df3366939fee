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

  /** The pictures shown with this alt text. */
  image(alt: string): Locator {
    return this.root.locator(`img[alt="${alt}"]`);
  }

  /** Waits until the picture with this alt text has loaded (its pixels are there), and returns its natural width. */
  async imageLoaded(alt: string): Promise<number> {
    const image = this.image(alt);
    await image.waitFor();
    await this.page.waitForFunction((element) => element instanceof HTMLImageElement && element.complete && element.naturalWidth > 0, await image.elementHandle());
    return image.evaluate((element) => (element as HTMLImageElement).naturalWidth);
  }

  /** The placeholders of local pictures that were not found. */
  get missingImages(): Locator {
    return this.root.locator('[data-testid="preview-missing-image"]');
  }

  /** The preview's visible text. */
  text(): Promise<string> {
    return this.root.innerText();
  }
}
