import type { InkpostCalls } from '../../../shared/contract';
import type { JournaledPost } from '../../../shared/journal';
import { askChoice } from '../ui/choice-dialog';
import { askConflict } from './conflict-panel';
import { renderLineDiff } from './diff-view';
import { createJournalWriter, type JournalSource } from './journal-writer';

/** What the unsaved-changes guard needs from the editor that holds the open post. */
export interface GuardedEditor {
  /** The open post, or null when none is open. */
  openPost(): JournalSource | null;
  /** Saves the open post; true when the file now holds the editor's text (a conflict comes back through {@link UnsavedChanges.conflict}). */
  save(): Promise<boolean>;
  /** Opens a post (asking about the open one's unsaved changes first); true when it is open now. */
  open(path: string): Promise<boolean>;
  /** Puts the open post's text back to the version it was loaded or saved as, as an undoable edit. */
  revert(): void;
  /** Replaces the open post's text with `text`, an unsaved edit made from `baseVersion`. */
  restore(text: string, baseVersion: string): void;
  /** Makes `text` at `version` the open post's text and saved state. */
  adopt(text: string, version: string): void;
  /** The open post's edits now count as made from `version` (the user chose to save over it). */
  rebase(version: string): void;
}

/** Never losing words: the journal, the questions before leaving unsaved changes, conflicts and restoring after a crash. */
export interface UnsavedChanges {
  /** The open post's text changed. */
  edited(): void;
  /** A save of `path` succeeded; `clean` when the editor still holds exactly what was saved. */
  saved(path: string, clean: boolean): void;
  /** A save of the open post was refused because the file changed on disk: asks which version to keep, then does it. */
  conflict(path: string, diskText: string, diskVersion: string): Promise<void>;
  /** Before leaving the open post: asks save / discard / cancel when it has unsaved changes; true to go on. */
  confirmLeave(): Promise<boolean>;
  /** The window is asked to close: asks about unsaved changes, then closes it (or not, on cancel). */
  closeRequested(): Promise<void>;
  /** After a start: offers to restore each journaled edit of the posts folder, one by one, never silently. */
  offerRestore(): Promise<void>;
}

type Bridge = Pick<InkpostCalls, 'writeJournal' | 'discardJournal' | 'listJournal' | 'closeWindow'>;

function fileName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

type LeaveAnswer = 'save' | 'discard' | 'cancel';

/**
 * Wires the journal writer and the in-app dialogs (appended to `host`) for
 * the open post of `editor`. Test ids: `unsaved-dialog` with `unsaved-save`,
 * `unsaved-discard`, `unsaved-cancel`; `restore-dialog` with `restore-accept`,
 * `restore-discard`, `restore-keep` (a post that is gone), `restore-compare`
 * and `restore-diff`; `journal-problem` with `journal-problem-ok`; and the
 * conflict panel (see `askConflict`).
 */
export function createUnsavedChanges(host: HTMLElement, bridge: Bridge, editor: GuardedEditor, reportError: (error: unknown) => void): UnsavedChanges {
  const journal = createJournalWriter(bridge, () => editor.openPost(), reportError);
  /** A question is on screen; a second close request or switch waits for it rather than stacking dialogs. */
  let asking = false;

  const askLeave = (reason: string): Promise<LeaveAnswer> => {
    const post = editor.openPost();
    return askChoice<LeaveAnswer>(host, {
      testId: 'unsaved-dialog',
      title: 'Unsaved changes',
      message: `${fileName(post?.path ?? '')} has unsaved changes. Save them before ${reason}?`,
      choices: [
        { id: 'save', label: 'Save', testId: 'unsaved-save' },
        { id: 'discard', label: 'Discard changes', testId: 'unsaved-discard' },
        { id: 'cancel', label: 'Cancel', testId: 'unsaved-cancel', onEscape: true },
      ],
    });
  };

  /** Asks about the open post's unsaved changes and acts on the answer; true when it is safe to go on. */
  const settle = async (reason: string, onDiscard: (path: string) => void): Promise<boolean> => {
    const post = editor.openPost();
    if (post === null || !post.dirty) {
      return true;
    }
    if (asking) {
      return false;
    }
    asking = true;
    let answer: LeaveAnswer;
    try {
      answer = await askLeave(reason);
    } finally {
      asking = false;
    }
    if (answer === 'save') {
      return editor.save();
    }
    if (answer === 'discard') {
      onDiscard(post.path);
      await journal.discard(post.path);
      return true;
    }
    return false;
  };

  const conflict = async (path: string, diskText: string, diskVersion: string): Promise<void> => {
    const mine = editor.openPost();
    if (mine === null || mine.path !== path) {
      return;
    }
    const choice = await askConflict(host, { path, mine: mine.text(), diskText });
    if (editor.openPost()?.path !== path) {
      return;
    }
    if (choice === 'keep-mine') {
      editor.rebase(diskVersion);
      await editor.save();
    } else {
      editor.adopt(diskText, diskVersion);
      await journal.discard(path);
    }
  };

  const restoreOne = async (post: JournaledPost): Promise<boolean> => {
    const when = new Date(post.savedAt).toLocaleString();
    const situation =
      post.state === 'restorable'
        ? 'Restore them into the editor as unsaved changes?'
        : post.state === 'conflict'
          ? 'The file changed on disk since then, so restoring shows both versions for you to choose.'
          : 'The file no longer exists; the text stays in the journal until you discard it.';
    type Answer = 'restore' | 'discard' | 'keep';
    const choices =
      post.state === 'missing'
        ? [
            { id: 'keep' as const, label: 'Keep for later', testId: 'restore-keep' },
            { id: 'discard' as const, label: 'Discard them', testId: 'restore-discard' },
          ]
        : [
            { id: 'restore' as const, label: post.state === 'conflict' ? 'Restore and choose' : 'Restore', testId: 'restore-accept' },
            { id: 'discard' as const, label: 'Discard them', testId: 'restore-discard' },
          ];
    const answer = await askChoice<Answer>(host, {
      testId: 'restore-dialog',
      title: 'Restore unsaved changes?',
      message: `Inkpost kept unsaved changes to ${fileName(post.path)} from ${when}, when it last ran. ${situation}`,
      choices,
      decorate: (area) => {
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
      },
    });
    if (answer === 'keep') {
      return true;
    }
    if (answer === 'discard') {
      await bridge.discardJournal(post.path);
      return true;
    }
    if (!(await editor.open(post.path))) {
      return false; // the user kept the post open before; the rest are offered at the next start
    }
    const disk = editor.openPost();
    if (disk === null || disk.path !== post.path) {
      return false;
    }
    const diskText = disk.text();
    const diskVersion = disk.baseVersion;
    // Restored as an edit of the version it was made from: a save can never overwrite a newer file unasked.
    editor.restore(post.text, post.baseVersion);
    if (diskVersion !== post.baseVersion) {
      await conflict(post.path, diskText, diskVersion);
    }
    return true;
  };

  return {
    edited: () => journal.edited(),
    saved: (path, clean) => {
      if (clean) {
        void journal.discard(path);
      } else {
        journal.edited();
      }
    },
    conflict,
    confirmLeave: () => settle('opening another post', () => editor.revert()),
    closeRequested: async () => {
      if (await settle('closing', () => undefined)) {
        await bridge.closeWindow();
      }
    },
    offerRestore: async () => {
      const listing = await bridge.listJournal();
      for (const problem of listing.problems) {
        await askChoice(host, {
          testId: 'journal-problem',
          title: 'A journal entry could not be read',
          message: problem.message,
          choices: [{ id: 'ok', label: 'OK', testId: 'journal-problem-ok', onEscape: true }],
        });
      }
      for (const post of listing.posts) {
        if (!(await restoreOne(post))) {
          return;
        }
      }
    },
  };
}
