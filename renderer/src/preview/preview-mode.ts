/** The two ways to look at a post: its own page (everything) or the front page (the excerpt and a link). */
export type PreviewMode = 'post' | 'front';

/** The mode switch in the preview's toolbar. */
export interface ModeToggle {
  readonly element: HTMLButtonElement;
  mode(): PreviewMode;
  set(mode: PreviewMode): void;
}

/**
 * Creates the toggle button (`data-testid="preview-mode"`): pressed means the
 * front page view, not pressed (the default) the post's own page; `data-mode`
 * says the same in words. `onChange` hears every change.
 */
export function createModeToggle(onChange: (mode: PreviewMode) => void): ModeToggle {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'preview-mode-toggle';
  button.dataset['testid'] = 'preview-mode';
  button.dataset['command'] = 'togglePreviewMode';
  button.textContent = 'Front page view';
  button.title = 'Show the post as the front page lists it: the excerpt and a “Continue reading” link';
  let current: PreviewMode = 'post';
  const set = (mode: PreviewMode): void => {
    current = mode;
    button.setAttribute('aria-pressed', String(mode === 'front'));
    button.dataset['mode'] = mode;
    onChange(mode);
  };
  button.setAttribute('aria-pressed', 'false');
  button.dataset['mode'] = current;
  button.addEventListener('click', () => set(current === 'post' ? 'front' : 'post'));
  return { element: button, mode: () => current, set };
}
