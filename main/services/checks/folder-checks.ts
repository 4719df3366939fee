import type { Problem } from '../../../shared/problem';
import { checkPostText, problemsOf, readFolderCheck, type FolderCheck } from './check-folder';

/**
 * The checks of one posts folder for the window: the whole folder for the
 * problems panel, and the open post's text for the editor, both by the rules
 * of `inkpost check`. The folder is read once and again only after
 * {@link FolderChecks.invalidate} (posts changed on disk).
 */
export class FolderChecks {
  private readonly folder: string;
  private current: Promise<FolderCheck> | undefined;

  constructor(folder: string) {
    this.folder = folder;
  }

  /** Forgets what was read: the next check reads the folder again. */
  invalidate(): void {
    this.current = undefined;
  }

  /** Every problem of the folder's posts, sorted by path and line. */
  async problems(): Promise<Problem[]> {
    return problemsOf(await this.read());
  }

  /** The problems of the post at `path` with the editor's `text`, against the rest of the folder as last read. */
  async problemsOfText(path: string, text: string): Promise<Problem[]> {
    return checkPostText(path, text, (await this.read()).context);
  }

  private read(): Promise<FolderCheck> {
    const reading = this.current ?? readFolderCheck(this.folder);
    this.current = reading;
    reading.catch(() => {
      if (this.current === reading) {
        this.current = undefined;
      }
    });
    return reading;
  }
}
