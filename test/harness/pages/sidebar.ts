import assert from 'node:assert/strict';
import type { Locator, Page } from 'playwright-core';

/**
 * The posts sidebar: the list (groups of post items), search, tag filter, the
 * post buttons (new, rename, delete, unpublish). The problems panel is `ProblemsPanel`.
 */
export class Sidebar {
  constructor(private readonly page: Page) {}

  /** The list element. */
  get list(): Locator {
    return this.page.locator('[data-testid="post-list"]');
  }

  /** Every listed post item, top to bottom. */
  get items(): Locator {
    return this.page.locator('[data-testid="post-item"]');
  }

  /** The item of the post at `path`. */
  item(path: string): Locator {
    return this.page.locator(`[data-testid="post-item"][data-path="${path}"]`);
  }

  /** The item of the post at `path` once it is the open post. */
  currentItem(path: string): Locator {
    return this.page.locator(`[data-testid="post-item"][data-path="${path}"][aria-current="true"]`);
  }

  /** The group headings' kinds ('draft', 'published', 'results'), in order. */
  get groups(): Locator {
    return this.page.locator('[data-testid="post-group"]');
  }

  get search(): Locator {
    return this.page.locator('[data-testid="post-search"]');
  }

  get tagFilter(): Locator {
    return this.page.locator('[data-testid="tag-filter"]');
  }

  /** The empty list's message. */
  get empty(): Locator {
    return this.page.locator('[data-testid="post-list-empty"]');
  }

  get newPostButton(): Locator {
    return this.page.locator('[data-testid="new-post"]');
  }

  get renameButton(): Locator {
    return this.page.locator('[data-testid="post-rename"]');
  }

  get deleteButton(): Locator {
    return this.page.locator('[data-testid="post-delete"]');
  }

  get unpublishButton(): Locator {
    return this.page.locator('[data-testid="post-unpublish"]');
  }

  /** The problem badge on the item of `path` (its text is the count). */
  problemBadge(path: string): Locator {
    return this.item(path).locator('[data-testid="problem-badge"]');
  }

  /** The unsaved marker on the item of `path`, or on any item without one. */
  unsavedMarker(path?: string): Locator {
    return path === undefined ? this.page.locator('[data-testid="unsaved-marker"]') : this.item(path).locator('[data-testid="unsaved-marker"]');
  }

  /** The "Published" badge on the item of the draft at `path`, or on any item. */
  publishedBadge(path?: string): Locator {
    return path === undefined ? this.page.locator('[data-testid="published-badge"]') : this.item(path).locator('[data-testid="published-badge"]');
  }

  /** Clicks the post at `path` and waits until it is the open post. */
  async select(path: string): Promise<void> {
    await this.item(path).click();
    await this.currentItem(path).waitFor();
  }

  /** The paths of the listed posts, top to bottom. */
  listedPaths(): Promise<string[]> {
    return this.items.evaluateAll((items) => items.map((element) => (element as HTMLElement).dataset['path'] ?? ''));
  }

  /** The kinds of the shown groups, top to bottom. */
  groupKinds(): Promise<(string | undefined)[]> {
    return this.groups.evaluateAll((elements) => elements.map((element) => (element as HTMLElement).dataset['kind']));
  }

  /** Waits until the list shows exactly `paths`, in order; fails showing the list as it last was. */
  async waitForList(paths: readonly string[], timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    let shown = await this.listedPaths();
    while (JSON.stringify(shown) !== JSON.stringify(paths) && Date.now() < deadline) {
      await this.page.waitForTimeout(50);
      shown = await this.listedPaths();
    }
    assert.deepEqual(shown, paths);
  }
}
