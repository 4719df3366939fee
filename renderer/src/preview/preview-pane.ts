import { splitFrontMatter } from '../../../shared/front-matter-block';
import { createMarkdownRenderer } from './markdown-renderer';

/** The live preview: shows a post's body rendered, at most once per frame however fast the user types. */
export interface PreviewPane {
  /** Schedules a render of `text` (the whole post, front matter included) for the next frame. */
  show(text: string): void;
  /** Empties the preview. */
  clear(): void;
}

/** Creates the preview in `element`. Links inside it never navigate the app window. */
export function createPreviewPane(element: HTMLElement): PreviewPane {
  const render = createMarkdownRenderer();
  let pendingText: string | null = null;
  let frame = 0;
  element.addEventListener('click', (event) => {
    if (event.target instanceof Element && event.target.closest('a') !== null) {
      event.preventDefault();
    }
  });
  const flush = (): void => {
    frame = 0;
    if (pendingText !== null) {
      element.innerHTML = render(splitFrontMatter(pendingText).body);
      pendingText = null;
    }
  };
  return {
    show(text) {
      pendingText = text;
      if (frame === 0) {
        frame = requestAnimationFrame(flush);
      }
    },
    clear() {
      pendingText = null;
      element.replaceChildren();
    },
  };
}
