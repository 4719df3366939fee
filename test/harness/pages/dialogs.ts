import type { Locator, Page } from 'playwright-core';

/** One modal dialog of the app, found by its test id prefix; its parts follow the `<id>-<part>` naming. */
export class Dialog {
  constructor(
    protected readonly page: Page,
    private readonly id: string,
  ) {}

  get root(): Locator {
    return this.page.locator(`[data-testid="${this.id}"]`);
  }
  /** A part of the dialog by its test id (a button such as `unsaved-save`, or `<id>-message`). */
  part(testId: string): Locator {
    return this.page.locator(`[data-testid="${testId}"]`);
  }
  get title(): Locator {
    return this.part(`${this.id}-title`);
  }
  get message(): Locator {
    return this.part(`${this.id}-message`);
  }

  async waitOpen(): Promise<void> {
    await this.root.waitFor();
  }
  async waitClosed(): Promise<void> {
    await this.root.waitFor({ state: 'detached' });
  }
  /** Clicks the button with test id `testId`. */
  async choose(testId: string): Promise<void> {
    await this.part(testId).click();
  }
}

/** The app's question dialog (new post, rename, delete): a title, a message, maybe a field, Confirm and Cancel. */
export class AppDialog extends Dialog {
  constructor(page: Page) {
    super(page, 'app-dialog');
  }
  get input(): Locator {
    return this.part('app-dialog-input');
  }
  get confirm(): Locator {
    return this.part('app-dialog-confirm');
  }
  get cancel(): Locator {
    return this.part('app-dialog-cancel');
  }
  /** The error shown when the answer was refused (the dialog stays open). */
  get error(): Locator {
    return this.part('app-dialog-error');
  }
  /** The error once it is shown. */
  get shownError(): Locator {
    return this.page.locator('[data-testid="app-dialog-error"]:not([hidden])');
  }
}

/** Every dialog and panel that asks the user something. */
export class Dialogs {
  /** New post, rename, delete. */
  readonly app: AppDialog;
  /** Unsaved changes before leaving a post: unsaved-save, unsaved-discard, unsaved-cancel. */
  readonly unsaved: Dialog;
  /** Unsaved edits found after a crash: restore-accept, restore-discard, restore-compare, restore-diff. */
  readonly restore: Dialog;
  /** An export whose file is in the way: export-keep-both, export-cancel… */
  readonly exportConflict: Dialog;
  /** A post changed on disk while edited: conflict-mine, conflict-disk, conflict-keep-mine, conflict-take-disk, conflict-compare, conflict-diff. */
  readonly conflict: Dialog;
  /** The open post's file is gone: post-gone-save-here, post-gone-save-as, post-gone-later. */
  readonly gone: Dialog;

  constructor(page: Page) {
    this.app = new AppDialog(page);
    this.unsaved = new Dialog(page, 'unsaved-dialog');
    this.restore = new Dialog(page, 'restore-dialog');
    this.exportConflict = new Dialog(page, 'export-conflict');
    this.conflict = new Dialog(page, 'conflict-panel');
    this.gone = new Dialog(page, 'post-gone');
  }
}
