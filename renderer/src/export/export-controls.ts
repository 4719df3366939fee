import type { ConflictChoice, ExportResult } from '../../../shared/export/export-result';

/** The export button, its status line and its conflict prompt. */
export interface ExportControls {
  /** Enables the button when there is a post to export and a blog to export to. */
  setEnabled(enabled: boolean): void;
  /** Runs an export as if the button was pressed (the keyboard shortcut). */
  trigger(): void;
}

function byTestId<Element extends HTMLElement>(root: ParentNode, testId: string): Element {
  const element = root.querySelector<Element>(`[data-testid="${testId}"]`);
  if (element === null) {
    throw new Error(`the page has no element with data-testid="${testId}"`);
  }
  return element;
}

function fileName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

/**
 * Wires the export button (`export-button`). `run` exports the open post
 * (saving it first) with the user's answer to a conflict, or returns null when
 * there was nothing to export. The outcome goes to `export-status`
 * (`data-state`: exported, unchanged, conflict, invalid, error, cancelled),
 * naming the file written. A conflict shows `export-conflict` with
 * Replace, Keep both and Cancel; nothing is ever overwritten without that answer.
 */
export function createExportControls(root: ParentNode, run: (onConflict?: ConflictChoice) => Promise<ExportResult | null>): ExportControls {
  const button = byTestId<HTMLButtonElement>(root, 'export-button');
  const status = byTestId(root, 'export-status');
  const prompt = byTestId(root, 'export-conflict');
  const promptMessage = byTestId(root, 'export-conflict-message');
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
    prompt.hidden = true;
    try {
      const result = await run(onConflict);
      if (result === null) {
        return;
      }
      switch (result.status) {
        case 'written':
        case 'unchanged':
          show(result.status === 'written' ? 'exported' : 'unchanged', `${result.status === 'written' ? 'Exported to' : 'Already exported as'} _posts/${fileName(result.path)}`, result.path);
          break;
        case 'conflict':
          show('conflict', 'Not exported: a file is in the way');
          promptMessage.textContent = result.message;
          prompt.hidden = false;
          byTestId<HTMLButtonElement>(root, 'export-cancel').focus();
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
  };

  button.addEventListener('click', () => void exportWith());
  byTestId(root, 'export-replace').addEventListener('click', () => void exportWith('replace'));
  byTestId(root, 'export-keep-both').addEventListener('click', () => void exportWith('keep-both'));
  byTestId(root, 'export-cancel').addEventListener('click', () => {
    prompt.hidden = true;
    show('cancelled', 'Export cancelled: nothing was written');
  });

  return {
    setEnabled(enabled) {
      button.disabled = !enabled;
    },
    trigger() {
      if (!button.disabled) {
        void exportWith();
      }
    },
  };
}
