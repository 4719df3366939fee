import type { Problem } from '../../../shared/problem';
import type { CheckedPost } from './checked-post';
import { checkFolderPost, checkPostText, readFolderCheck, sortProblems, type FolderCheck, type FolderCheckContext } from './check-folder';
import { checkDatedName } from './name-rules';

/**
 * What of a folder's check context a post's problems depend on, as one
 * string: two reads with the same key give every unchanged post the same
 * problems.
 */
function contextKey(context: FolderCheckContext): string {
  return JSON.stringify([
    context.blogRoot,
    context.layouts === null ? null : [...context.layouts].sort(),
    [...context.knownMarkers].sort(),
    context.jekyll,
    context.permalink,
    context.timeZone,
    context.defaults ?? null,
    [...context.pathsByUrl].sort(([left], [right]) => (left < right ? -1 : left > right ? 1 : 0)),
    context.links === null ? null : [context.links.blogRoot, [...context.links.postPaths].sort()],
  ]);
}

/**
 * The checks of one posts folder for the window: the whole folder for the
 * problems panel, and the open post's text for the editor, both by the rules
 * of `inkpost check`. The folder is read once and again only after
 * {@link FolderChecks.invalidate} (posts changed on disk). Reading it again
 * reads only the files that changed (by size and time), and a post whose
 * file and context did not change keeps its problems: on a blog of 5,000
 * posts, saving one post made the main process read, parse and check all
 * of them again.
 */
export class FolderChecks {
  private readonly folder: string;
  private current: Promise<FolderCheck> | undefined;
  /** The last read that succeeded: its unchanged files are taken over by the next. */
  private last: FolderCheck | undefined;
  /** Each post's problems, with the context key they were found under. */
  private readonly postProblems = new WeakMap<CheckedPost, { readonly key: string; readonly problems: readonly Problem[] }>();

  constructor(folder: string) {
    this.folder = folder;
  }

  /** Forgets what was read: the next check reads the folder again (its changed files only). */
  invalidate(): void {
    this.current = undefined;
  }

  /** Every problem of the folder's posts, sorted by path and line. */
  async problems(): Promise<Problem[]> {
    const check = await this.read();
    const key = contextKey(check.context);
    return sortProblems(check.files.flatMap((file) => [...file.problems, ...(file.post === null ? checkDatedName(file.path) : this.problemsOfPost(file.post, check.context, key))]));
  }

  /** The problems of the post at `path` with the editor's `text`, against the rest of the folder as last read. */
  async problemsOfText(path: string, text: string): Promise<Problem[]> {
    return checkPostText(path, text, (await this.read()).context);
  }

  private problemsOfPost(post: CheckedPost, context: FolderCheckContext, key: string): readonly Problem[] {
    const known = this.postProblems.get(post);
    if (known?.key === key) {
      return known.problems;
    }
    const problems = checkFolderPost(post, context);
    this.postProblems.set(post, { key, problems });
    return problems;
  }

  private read(): Promise<FolderCheck> {
    const reading = this.current ?? readFolderCheck(this.folder, new Date(), this.last);
    this.current = reading;
    reading.then(
      (check) => {
        if (this.current === reading) {
          this.last = check;
        }
      },
      () => {
        if (this.current === reading) {
          this.current = undefined;
        }
      },
    );
    return reading;
  }
}
