import type { BlogStylesheet } from '../../../shared/blog/blog-stylesheet';
import { droppedNote, scopeBlogStylesheet } from './blog-style-scope';

/** The toggle and the note that says what was left out of the blog's stylesheet. */
export interface BlogStyleControls {
  readonly button: HTMLButtonElement;
  /** `data-testid="preview-style-note"`: shown while the blog's style is on and something was left out; it sits outside the preview, where the blog's CSS cannot hide it. */
  readonly note: HTMLElement;
}

/**
 * Creates the toolbar toggle (`data-testid="preview-blog-style"`) that shows
 * the preview in the blog's own stylesheet: pressed adds the sheet (read
 * through `load` on each press, so an edited stylesheet shows) to the
 * document's adopted stylesheets, scoped to the preview; not pressed (the
 * default) removes it. When the blog has no stylesheet the button says so
 * and stays unpressed. What scoping left out is listed in the note.
 */
export function createBlogStyleToggle(load: () => Promise<BlogStylesheet | null>, scope: string): BlogStyleControls {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'preview-mode-toggle';
  button.dataset['testid'] = 'preview-blog-style';
  button.textContent = 'Blog style';
  const defaultTitle = 'Show the preview in the blog\'s own stylesheet';
  button.title = defaultTitle;
  button.setAttribute('aria-pressed', 'false');
  const note = document.createElement('p');
  note.className = 'preview-style-note';
  note.dataset['testid'] = 'preview-style-note';
  note.setAttribute('role', 'status');
  note.hidden = true;
  let sheet: CSSStyleSheet | null = null;
  const remove = (): void => {
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
    sheet = null;
    note.hidden = true;
    button.setAttribute('aria-pressed', 'false');
  };
  button.addEventListener('click', () => {
    if (sheet !== null) {
      remove();
      return;
    }
    load()
      .then((stylesheet) => {
        if (stylesheet === null) {
          button.title = 'The blog has no stylesheet Inkpost could find (css/, assets/, _site/ or the blog root)';
          return;
        }
        const scoped = scopeBlogStylesheet(stylesheet.css, scope);
        sheet = scoped.sheet;
        document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
        const text = droppedNote(scoped.dropped);
        note.textContent = text ?? '';
        note.hidden = text === null;
        button.title = `${defaultTitle}: ${stylesheet.path}`;
        button.setAttribute('aria-pressed', 'true');
      })
      .catch((error: unknown) => {
        button.title = `Could not read the blog's stylesheet: ${error instanceof Error ? error.message : String(error)}`;
      });
  });
  return { button, note };
}
