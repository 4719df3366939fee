import type { ConflictChoice, ExportResult } from '../../../shared/export/export-result';
import { choose } from '../ui/dialog';
import { setAvailable } from '../ui/disabled-reason';
import { fileName, required } from '../ui/dom';

/** The export button, its status line and its conflict prompt. */
export interface ExportControls {
  /** Enables the button when there is a post to export and a blog to export to; disabled, its tooltip says which is missing. */
  setAvailable(state: { readonly blogChosen: boolean; readonly postOpen: boolean }): void;
  /** Runs an export as if the button was pressed (the keyboard shortcut). */
  trigger(): void;
  /** Another post (or folder) is shown: the last export's status and question belong to the one before, so they go. */
  clear(): void;
}

/** What the status line says of the pictures an export copied into the blog: `, with 2 pictures added: a.png, b.png`. */
function picturesAdded(images: readonly string[]): string {
  if (images.length === 0) {
    return '';
  }
  return `, with ${images.length === 1 ? 'a picture' : `${images.length} pictures`} added: ${images.map(fileName).join(', ')}`;
}

/**
 * Wires the export button (`export-button`). `run` exports the open post
 * (saving it first) with the user's answer to a conflict, or returns null when
 * there was nothing to export. The outcome goes to `export-status`
 * (`data-state`: exported, unchanged, conflict, invalid, error, cancelled),
 * naming the file written and the pictures the export copied into the
 * blog from beside the draft. A conflict asks in a dialog (`export-conflict`,
 * message `export-conflict-message`) with Replace (`export-replace`), Keep
 * both (`export-keep-both`) and Cancel (`export-cancel`, focused first);
 * nothing is ever overwritten without that answer.
 */
export function createExportControls(root: ParentNode, run: (onConflict?: ConflictChoice) => Promise<ExportResult | null>): ExportControls {
  const button = required<HTMLButtonElement>(root, '#export-button');
  const status = required(root, '#export-status');
  let busy = false;

  const show = (state: string, text: string, title = ''): void => {
    status.dataset['state'] = state;
    status.textContent = text;
    status.title = title;
  };

  const exportWith = async (onConflict?: ConflictChoice): Promise<void> => {
    if (busy) {
      return;
    }
    busy = true;
    let conflict: string | null = null;
    try {
      const result = await run(onConflict);
      if (result === null) {
        return;
      }
      switch (result.status) {
        case 'written':
        case 'unchanged':
          show(
            result.status === 'written' ? 'exported' : 'unchanged',
            `${result.status === 'written' ? 'Exported to' : 'Already exported as'} _posts/${fileName(result.path)}${picturesAdded(result.images)}`,
            [result.path, ...result.images].join('\n'),
          );
          break;
        case 'conflict':
          show('conflict', 'Not exported: a file is in the way');
          conflict = result.message;
          break;
        case 'invalid': {
          const first = result.problems.find((problem) => problem.severity === 'error') ?? result.problems[0];
          show('invalid', first === undefined ? 'Not exported' : `Not exported: line ${first.line}, column ${first.column}: ${first.message}`);
          break;
        }
      }
    } catch (error) {
      show('error', `Export failed: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      busy = false;
    }
    if (conflict !== null) {
      await resolveConflict(conflict);
    }
  };

  /** Nothing is ever overwritten without the user's answer; Cancel is the default. */
  const resolveConflict = async (message: string): Promise<void> => {
    const answer = await choose<ConflictChoice | 'cancel'>({
      testId: 'export-conflict',
      title: 'A file is in the way',
      message,
      choices: [
        { id: 'replace', label: 'Replace it', testId: 'export-replace', destructive: true },
        { id: 'keep-both', label: 'Keep both', testId: 'export-keep-both' },
        { id: 'cancel', label: 'Cancel', testId: 'export-cancel', cancel: true },
      ],
      initial: 'cancel',
    });
    if (answer === 'cancel') {
      show('cancelled', 'Export cancelled: nothing was written');
    } else {
      await exportWith(answer);
    }
  };

  button.addEventListener('click', () => void exportWith());

  return {
    setAvailable({ blogChosen, postOpen }) {
      const reason = !blogChosen
        ? 'Export is off: no blog is chosen. Open the blog\'s folder (or its _drafts), or choose it with Blog…'
        : !postOpen
          ? 'Export is off: open a post to export it'
          : null;
      setAvailable(button, reason);
    },
    trigger() {
      if (!button.disabled) {
        void exportWith();
      }
    },
    clear() {
      show('', '');
      delete status.dataset['state'];
    },
  };
}
