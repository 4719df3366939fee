import type { InkpostCalls } from '../../../shared/contract';
import { choose } from '../ui/dialog';
import { fileName } from '../ui/dom';
import { askConflict } from './conflict-panel';
import type { OpenPostModel } from '../document/open-post';
import { createJournalWriter, type JournalSource } from './journal-writer';
import { offerJournalRestore } from './restore-offer';

/** Never losing words: the journal, the questions before leaving unsaved changes, conflicts and restoring after a crash. */
export interface UnsavedChanges {
  /** The open post's text changed. */
  edited(): void;
  /** Before leaving the open post: asks save / discard / cancel when it has unsaved changes; true to go on. */
  confirmLeave(): Promise<boolean>;
  /** The window is asked to close: asks about unsaved changes, then closes it (or not, on cancel). */
  closeRequested(): Promise<void>;
  /** After a start: offers to restore each journaled edit of the posts folder, one by one, never silently. */
  offerRestore(): Promise<void>;
}

type Bridge = Pick<InkpostCalls, 'writeJournal' | 'discardJournal' | 'listJournal' | 'closeWindow' | 'recreatePost'>;

type LeaveAnswer = 'save' | 'discard' | 'cancel';

/** The open post as the journal writer reads it: a pending rename alone has no words to keep. */
function journalSource(model: OpenPostModel): JournalSource | null {
  const post = model.current();
  return post === null ? null : { path: post.path, baseVersion: post.version, dirty: model.hasUnsavedText(), text: () => model.text() };
}

/**
 * Wires the journal writer and the in-app dialogs (`ui/dialog.ts`) for
 * the open post of `model`; `open` opens another post (asking about the open
 * one first). Test ids: `unsaved-dialog` with `unsaved-save`,
 * `unsaved-discard`, `unsaved-cancel`; the restore offer (see
 * `offerJournalRestore`) and the conflict panel (see `askConflict`).
 */
export function createUnsavedChanges(
  bridge: Bridge,
  model: OpenPostModel,
  open: (path: string) => Promise<boolean>,
  reportError: (error: unknown) => void,
): UnsavedChanges {
  const journal = createJournalWriter(bridge, () => journalSource(model), reportError);
  /** A question is on screen; a second close request or switch waits for it rather than stacking dialogs. */
  let asking = false;

  const askLeave = (reason: string): Promise<LeaveAnswer> =>
    choose<LeaveAnswer>({
      testId: 'unsaved-dialog',
      title: 'Unsaved changes',
      message: `${fileName(model.current()?.path ?? '')} has unsaved changes. Save them before ${reason}?`,
      choices: [
        { id: 'save', label: 'Save', testId: 'unsaved-save' },
        { id: 'discard', label: 'Discard changes', testId: 'unsaved-discard', destructive: true },
        { id: 'cancel', label: 'Cancel', testId: 'unsaved-cancel', cancel: true },
      ],
    });

  /** Saves the open post; true when the file now holds its text (a failure is reported through the model's `failed` event). */
  const saved = async (): Promise<boolean> => {
    try {
      return (await model.save()).status === 'saved';
    } catch {
      return false;
    }
  };

  /** Asks about the open post's unsaved changes and acts on the answer; true when it is safe to go on. */
  const settle = async (reason: string, onDiscard: () => void): Promise<boolean> => {
    const post = model.current();
    if (post === null || !model.isDirty()) {
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
      return saved();
    }
    if (answer === 'discard') {
      onDiscard();
      await journal.discard(post.path);
      return true;
    }
    return false;
  };

  /** A save of the open post was refused because the file changed on disk: asks which version to keep, then does it. */
  const conflict = async (path: string, diskText: string, diskVersion: string): Promise<void> => {
    if (model.current()?.path !== path) {
      return;
    }
    const choice = await askConflict({ path, mine: model.text(), diskText });
    if (model.current()?.path !== path) {
      return;
    }
    if (choice === 'keep-mine') {
      model.rebase(diskVersion);
      await saved();
    } else {
      model.adopt(diskText, diskVersion);
      await journal.discard(path);
    }
  };

  model.subscribe((event) => {
    if (event.kind === 'saved') {
      if (event.clean) {
        void journal.discard(event.from);
      } else {
        journal.edited();
      }
    } else if (event.kind === 'conflict') {
      conflict(event.path, event.diskText, event.diskVersion).catch(reportError);
    }
  });

  return {
    edited: () => journal.edited(),
    confirmLeave: () => settle('opening another post', () => model.revert()),
    closeRequested: async () => {
      if (await settle('closing', () => undefined)) {
        await bridge.closeWindow();
      }
    },
    offerRestore: () => offerJournalRestore(bridge, { model, open, conflict }),
  };
}
