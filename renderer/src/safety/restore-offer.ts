import type { InkpostCalls } from '../../../shared/contract';
import type { JournaledPost } from '../../../shared/journal';
import type { OpenPostModel } from '../document/open-post';
import { choose } from '../ui/dialog';
import { fileName } from '../ui/dom';
import { renderLineDiff } from './diff-view';

/** What offering the journal back needs: the open post, a way to open another, and the conflict question. */
export interface RestoreContext {
  readonly model: OpenPostModel;
  /** Opens a post (asking about the open one's unsaved changes first); true when it is open now. */
  open(path: string): Promise<boolean>;
  /** Asks which version to keep when the file changed on disk since the journaled edit. */
  conflict(path: string, diskText: string, diskVersion: string): Promise<void>;
}

function situationOf(post: JournaledPost): string {
  if (post.state === 'restorable') {
    return 'Restore them into the editor as unsaved changes?';
  }
  return post.state === 'conflict'
    ? 'The file changed on disk since then, so restoring shows both versions for you to choose.'
    : 'The file no longer exists; the text stays in the journal until you discard it.';
}

/** The "Show the difference" toggle and its diff, from the file on disk to the journaled text. */
function compareArea(area: HTMLElement, post: JournaledPost): void {
  const compare = document.createElement('button');
  compare.type = 'button';
  compare.textContent = 'Show the difference';
  compare.dataset['testid'] = 'restore-compare';
  compare.setAttribute('aria-expanded', 'false');
  const diff = renderLineDiff(post.diskText ?? '', post.text, { before: 'the file on disk', after: 'the unsaved changes' });
  diff.dataset['testid'] = 'restore-diff';
  diff.hidden = true;
  compare.addEventListener('click', () => {
    diff.hidden = !diff.hidden;
    compare.setAttribute('aria-expanded', String(!diff.hidden));
  });
  area.append(compare, diff);
}

type Bridge = Pick<InkpostCalls, 'listJournal' | 'discardJournal' | 'recreatePost'>;

type Answer = 'restore' | 'discard' | 'keep' | 'recreate';

function askRestore(post: JournaledPost): Promise<Answer> {
  const when = new Date(post.savedAt).toLocaleString();
  const choices =
    post.state === 'missing'
      ? [
          { id: 'recreate' as const, label: 'Save again here', testId: 'restore-recreate' },
          { id: 'keep' as const, label: 'Keep for later', testId: 'restore-keep' },
          { id: 'discard' as const, label: 'Discard them', testId: 'restore-discard', destructive: true },
        ]
      : [
          { id: 'restore' as const, label: post.state === 'conflict' ? 'Restore and choose' : 'Restore', testId: 'restore-accept' },
          { id: 'discard' as const, label: 'Discard them', testId: 'restore-discard', destructive: true },
        ];
  return choose<Answer>({
    testId: 'restore-dialog',
    title: 'Restore unsaved changes?',
    message: `Inkpost kept unsaved changes to ${fileName(post.path)} from ${when}, when it last ran. ${situationOf(post)}`,
    choices,
    decorate: (area) => compareArea(area, post),
  });
}

/** Offers one journaled edit; false when the rest must wait for the next start (the user kept the open post). */
async function restoreOne(bridge: Bridge, context: RestoreContext, post: JournaledPost): Promise<boolean> {
  const answer = await askRestore(post);
  if (answer === 'keep') {
    return true;
  }
  if (answer === 'recreate') {
    // The post is gone: its journaled words become the file again, then the journal lets go of them.
    await bridge.recreatePost({ path: post.path, text: post.text });
    await bridge.discardJournal(post.path);
    await context.open(post.path);
    return true;
  }
  if (answer === 'discard') {
    await bridge.discardJournal(post.path);
    return true;
  }
  if (!(await context.open(post.path))) {
    return false;
  }
  const disk = context.model.current();
  if (disk === null || disk.path !== post.path) {
    return false;
  }
  const diskText = context.model.text();
  // Restored as an edit of the version it was made from: a save can never overwrite a newer file unasked.
  context.model.restore(post.text, post.baseVersion);
  if (disk.version !== post.baseVersion) {
    await context.conflict(post.path, diskText, disk.version);
  }
  return true;
}

/**
 * After a start: offers to restore each journaled edit of the posts folder,
 * one by one, never silently. Test ids: `restore-dialog` with
 * `restore-accept`, `restore-discard`, and for a post that is gone
 * `restore-recreate` (save it again where it was) and `restore-keep`,
 * `restore-compare` and `restore-diff`; `journal-problem` with
 * `journal-problem-ok`.
 */
export async function offerJournalRestore(bridge: Bridge, context: RestoreContext): Promise<void> {
  const listing = await bridge.listJournal();
  for (const problem of listing.problems) {
    await choose({
      testId: 'journal-problem',
      title: 'A journal entry could not be read',
      message: problem.message,
      choices: [{ id: 'ok', label: 'OK', testId: 'journal-problem-ok', cancel: true }],
    });
  }
  for (const post of listing.posts) {
    if (!(await restoreOne(bridge, context, post))) {
      return;
    }
  }
}
