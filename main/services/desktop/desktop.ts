/**
 * What the services need from the desktop around them. Electron implements it
 * with its shell and dialog modules (main/electron/desktop.ts); the test
 * harness implements it over real folders, recording what it was asked to open.
 * Services stay free of electron by asking for these through this interface.
 */
export interface Desktop {
  /** Opens an http, https or mailto URL (already checked by `externalUrl`) in the user's browser or mail program. */
  openExternal(url: string): Promise<void>;
  /**
   * Moves a file to the system trash (the Recycle Bin, the macOS Trash, the
   * freedesktop.org trash on Linux), from where the user can restore it.
   * Rejects when the file could not be trashed; it is then left where it was.
   */
  trashItem(path: string): Promise<void>;
  /** Closes the app's window without asking again (the renderer has already asked about unsaved changes). */
  closeWindow(): Promise<void>;
  /** The text on the system clipboard (empty when it holds none). */
  readClipboardText(): Promise<string>;
  /** Asks the user for a folder in the system's dialog (new folders may be made there); null when they cancel. */
  chooseFolder(options: FolderDialogOptions): Promise<string | null>;
  /** Asks the user for picture files (PNG, JPEG, GIF, WebP, SVG, AVIF) in the system's file dialog; empty when they cancel. */
  chooseImageFiles(options: FolderDialogOptions): Promise<readonly string[]>;
}

/** What the folder dialog says and where it starts. */
export interface FolderDialogOptions {
  /** The dialog's title: what the folder is for. */
  readonly title: string;
  /** The confirm button's text. */
  readonly buttonLabel: string;
  /** The folder the dialog opens in, when there is a sensible one. */
  readonly defaultPath?: string | undefined;
}
