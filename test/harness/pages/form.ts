import type { Locator, Page } from 'playwright-core';

/** The front matter form beside the editor. */
export class Form {
  constructor(private readonly page: Page) {}

  private field(name: string): Locator {
    return this.page.locator(`[data-testid="form-${name}"]`);
  }

  get panel(): Locator {
    return this.field('panel');
  }
  get title(): Locator {
    return this.field('title');
  }
  get date(): Locator {
    return this.field('date');
  }
  get time(): Locator {
    return this.field('time');
  }
  /** The time field once the user set it (not the default of now). */
  get timeSet(): Locator {
    return this.page.locator('[data-testid="form-time"]:not([data-default="true"])');
  }
  get timeError(): Locator {
    return this.field('time-error');
  }
  get layout(): Locator {
    return this.field('layout');
  }
  get slug(): Locator {
    return this.field('slug');
  }
  get permalink(): Locator {
    return this.field('permalink');
  }
  get extended(): Locator {
    return this.field('extended');
  }
  /** The tags field (chips and its text box). */
  get tags(): Locator {
    return this.field('tags');
  }
  /** The tags field's text box. */
  get tagInput(): Locator {
    return this.tags.locator('input');
  }
  get tagsError(): Locator {
    return this.field('tags-error');
  }
  /** Every tag chip, or the chip of `tag`. */
  tag(tag?: string): Locator {
    return tag === undefined ? this.field('tag') : this.page.locator(`[data-testid="form-tag"][data-tag="${tag}"]`);
  }
  /** The tag suggestions. */
  get tagOptions(): Locator {
    return this.field('tag-option');
  }
  /** The tags of the chips, in order. */
  tagNames(): Promise<string[]> {
    return this.tag().evaluateAll((chips) => chips.map((chip) => chip.getAttribute('data-tag') ?? ''));
  }
  /** The categories field (chips and its text box). */
  get categories(): Locator {
    return this.field('categories');
  }
  /** Every category chip, or the chip of `category`. */
  category(category?: string): Locator {
    return category === undefined ? this.field('category') : this.page.locator(`[data-testid="form-category"][data-tag="${category}"]`);
  }
  /** The categories of the chips, in order. */
  categoryNames(): Promise<string[]> {
    return this.category().evaluateAll((chips) => chips.map((chip) => chip.getAttribute('data-tag') ?? ''));
  }
  /** The values of keys the form has no field for. */
  get otherValues(): Locator {
    return this.field('other-value');
  }

  /** The note on an exported draft: "Published as _posts/… — open it", or that the post is no longer there (`data-state`: published, gone). */
  get publishedNote(): Locator {
    return this.page.locator('[data-testid="published-note"]');
  }
  /** The note once it is in `state` (published, gone). */
  publishedNoteIn(state: 'published' | 'gone'): Locator {
    return this.page.locator(`[data-testid="published-note"][data-state="${state}"]`);
  }
  /** The note's "open it", which opens the published post. */
  get openPublished(): Locator {
    return this.page.locator('[data-testid="published-open"]');
  }

  /** Types each tag into the tags field and presses Enter after it. */
  async addTags(...tags: readonly string[]): Promise<void> {
    await this.typeInto(this.tagInput, tags);
  }

  /** Types each category into the categories field and presses Enter after it. */
  async addCategories(...categories: readonly string[]): Promise<void> {
    await this.typeInto(this.categories.locator('input'), categories);
  }

  private async typeInto(input: Locator, values: readonly string[]): Promise<void> {
    await input.focus();
    for (const value of values) {
      await this.page.keyboard.type(value);
      await this.page.keyboard.press('Enter');
    }
  }
}
