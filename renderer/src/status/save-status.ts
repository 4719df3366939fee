/** What the status bar says about the open post. */
export type SaveState = 'idle' | 'saved' | 'unsaved' | 'saving' | 'conflict' | 'error';

const labels: Readonly<Record<SaveState, string>> = {
  idle: '',
  saved: 'Saved',
  unsaved: 'Unsaved changes',
  saving: 'Saving…',
  conflict: 'Not saved: the file changed on disk since it was opened',
  error: 'Error',
};

/**
 * Shows the save state in `element` (test id `save-status`). The state is also
 * in `data-state`, so scripts can wait for `saved` without parsing words.
 */
export function showSaveState(element: HTMLElement, state: SaveState, detail?: string): void {
  element.dataset['state'] = state;
  element.textContent = detail === undefined ? labels[state] : `${labels[state]}: ${detail}`;
}
