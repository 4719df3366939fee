import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Desktop, FolderDialogOptions } from '../../main/services/desktop/desktop';
import { FreedesktopTrash } from './freedesktop-trash';

/**
 * The desktop in the browser harness: a headless test machine has no browser
 * to hand links to and no one to answer a folder dialog, so the URLs are
 * recorded for specs to read and the dialog's answers come from a queue the
 * spec fills. Trashed files go to a real freedesktop.org trash under a
 * temporary `XDG_DATA_HOME`, where specs can find and restore them.
 * Everything before this point (the renderer's click handling, the bridge,
 * the contract's validation and main's checks) is the real code.
 */
export class HarnessDesktop implements Desktop {
  /** URLs the app asked to open, in order. */
  readonly openedUrls: string[] = [];

  /** The folder dialogs the app showed, in order. */
  readonly folderDialogs: FolderDialogOptions[] = [];

  /** The clipboard's text, as the user's last copy left it: specs set it. */
  clipboardText = '';

  /** How many times the app closed its window for good. */
  windowCloses = 0;

  /** Where trashed files go: a fresh folder under the system's temporary folder unless `trashDataHome` is given. */
  readonly trash: FreedesktopTrash;

  constructor(trashDataHome: string = join(tmpdir(), `inkpost-xdg-data-${randomBytes(6).toString('hex')}`)) {
    this.trash = new FreedesktopTrash(trashDataHome);
  }

  /** What the next folder dialogs answer: a folder, or null for Cancel. */
  private readonly folderChoices: (string | null)[] = [];
  private readonly imageChoices: (readonly string[])[] = [];

  openExternal(url: string): Promise<void> {
    this.openedUrls.push(url);
    return Promise.resolve();
  }

  async trashItem(path: string): Promise<void> {
    await this.trash.trash(path);
  }

  readClipboardText(): Promise<string> {
    return Promise.resolve(this.clipboardText);
  }

  closeWindow(): Promise<void> {
    this.windowCloses += 1;
    return Promise.resolve();
  }

  /** Makes the next folder dialog answer `path` (null: the user cancels). */
  queueFolderChoice(path: string | null): void {
    this.folderChoices.push(path);
  }

  /** Makes the next picture dialog answer `paths` (an empty list: Cancel). */
  queueImageChoice(paths: readonly string[]): void {
    this.imageChoices.push(paths);
  }

  chooseImageFiles(options: FolderDialogOptions): Promise<readonly string[]> {
    this.folderDialogs.push(options);
    const next = this.imageChoices.shift();
    return next === undefined
      ? Promise.reject(new Error(`the harness has no answer queued for the picture dialog "${options.title}" (call queueImageChoice first)`))
      : Promise.resolve(next);
  }

  chooseFolder(options: FolderDialogOptions): Promise<string | null> {
    this.folderDialogs.push(options);
    if (this.folderChoices.length === 0) {
      return Promise.reject(new Error(`the harness has no answer queued for the folder dialog "${options.title}" (call queueFolderChoice first)`));
    }
    return Promise.resolve(this.folderChoices.shift() ?? null);
  }
}
