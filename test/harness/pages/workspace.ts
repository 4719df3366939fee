import type { Locator, Page } from 'playwright-core';

/** The folder and blog controls: open folder, recent folders, choose blog, after-export choice, export. */
export class WorkspaceBar {
  constructor(private readonly page: Page) {}

  private part(name: string): Locator {
    return this.page.locator(`[data-testid="${name}"]`);
  }

  get folderName(): Locator {
    return this.part('folder-name');
  }
  get openFolder(): Locator {
    return this.part('open-folder');
  }
  get recentFolders(): Locator {
    return this.part('recent-folders');
  }
  get blogName(): Locator {
    return this.part('blog-name');
  }
  get chooseBlog(): Locator {
    return this.part('choose-blog');
  }
  get afterExport(): Locator {
    return this.part('after-export');
  }
  get exportButton(): Locator {
    return this.part('export-button');
  }

  /** The folders the recent-folders list offers, most recent first. */
  recentFolderPaths(): Promise<string[]> {
    return this.page
      .locator('[data-testid="recent-folders"] option[value]:not([value=""])')
      .evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
  }
}
