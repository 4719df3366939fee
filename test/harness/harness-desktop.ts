import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { Desktop } from '../../main/services/desktop';
import { FreedesktopTrash } from './freedesktop-trash';

/**
 * The desktop in the browser harness: a headless test machine has no browser
 * to hand links to, so the URLs are recorded for specs to read. Trashed files
 * go to a real freedesktop.org trash under a temporary `XDG_DATA_HOME`, where
 * specs can find and restore them. Everything before this point (the
 * renderer's click handling, the bridge, the contract's validation and main's
 * checks) is the real code.
 */
export class HarnessDesktop implements Desktop {
  /** URLs the app asked to open, in order. */
  readonly openedUrls: string[] = [];

  /** How many times the app closed its window for good. */
  windowCloses = 0;

  /** Where trashed files go: a fresh folder under the system's temporary folder unless `trashDataHome` is given. */
  readonly trash: FreedesktopTrash;

  constructor(trashDataHome: string = join(tmpdir(), `inkpost-xdg-data-${randomBytes(6).toString('hex')}`)) {
    this.trash = new FreedesktopTrash(trashDataHome);
  }

  openExternal(url: string): Promise<void> {
    this.openedUrls.push(url);
    return Promise.resolve();
  }

  async trashItem(path: string): Promise<void> {
    await this.trash.trash(path);
  }

  closeWindow(): Promise<void> {
    this.windowCloses += 1;
    return Promise.resolve();
  }
}
