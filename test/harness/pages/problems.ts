import type { Locator, Page } from 'playwright-core';
import { Dialog } from './dialogs';

/** The sidebar's problems panel: `inkpost check`'s problems grouped by file, with a count. */
export class ProblemsPanel {
  constructor(private readonly page: Page) {}

  get root(): Locator {
    return this.page.locator('[data-testid="problems-panel"]');
  }

  /** The toggle that shows and hides the list, with the count. */
  get toggle(): Locator {
    return this.root.locator('[data-testid="problems-toggle"]');
  }

  /** The total count. */
  get count(): Locator {
    return this.root.locator('[data-testid="problems-count"]');
  }

  /** One group per file with problems, in order. */
  get files(): Locator {
    return this.root.locator('[data-testid="problems-file"]');
  }

  /** The group of the file at `path` (absolute). */
  file(path: string): Locator {
    return this.root.locator(`[data-testid="problems-file"][data-path="${path}"]`);
  }

  /** The groups' paths as shown (relative to the blog), in order. */
  shownPaths(): Promise<string[]> {
    return this.root.locator('[data-testid="problems-file-path"]').allInnerTexts();
  }

  /** The problems of the file at `path`, each as `line:column message` the way the panel shows it. */
  async problemsOf(path: string): Promise<string[]> {
    const entries = await this.file(path).locator('[data-testid="problem"]').allInnerTexts();
    return entries.map((entry) => entry.replace(/\s*\n\s*/g, ' ').trim());
  }

  /** The "Show more" button after the files drawn so far (absent when all are drawn). */
  get more(): Locator {
    return this.root.locator('[data-testid="problems-more"]');
  }

  /** Every problem button drawn, in every file. */
  get problems(): Locator {
    return this.root.locator('[data-testid="problem"]');
  }

  /** The problem button of the file at `path` on `line`. */
  problem(path: string, line: number): Locator {
    return this.file(path).locator(`[data-testid="problem"][data-line="${line}"]`).first();
  }
}

/** The Ctrl/Cmd+K picker of a post to link to. */
export class PostLinkPicker extends Dialog {
  constructor(page: Page) {
    super(page, 'post-link-picker');
  }
  get input(): Locator {
    return this.part('post-link-picker-input');
  }
  /** The options shown, top to bottom. */
  get options(): Locator {
    return this.part('post-link-picker-option');
  }
  /** The highlighted option. */
  get highlighted(): Locator {
    return this.page.locator('[data-testid="post-link-picker-option"][aria-selected="true"]');
  }
  get empty(): Locator {
    return this.page.locator('[data-testid="post-link-picker-empty"]:not([hidden])');
  }
  get cancel(): Locator {
    return this.part('post-link-picker-cancel');
  }
}
