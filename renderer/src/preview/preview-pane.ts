import { splitFrontMatter } from '../../../shared/front-matter-block';
import { createMarkdownRenderer } from './markdown-renderer';

/** The live preview: shows a post's body rendered, at most once per frame however fast the user types. */
export interface PreviewPane {
  /**
   * Schedules a render for the next frame. `readText` returns the whole post
   * (front matter included); it is called once per frame, not per keystroke.
   */
  show(readText: () => string): void;
}

/** Creates the preview in `element`. Links inside it never navigate the app window. */
export function createPreviewPane(element: HTMLElement): PreviewPane {
  const render = createMarkdownRenderer();
  let pendingRead: (() => string) | null = null;
  let frame = 0;
  element.addEventListener('click', (event) => {
    if (event.target instanceof Element && event.target.closest('a') !== null) {
      event.preventDefault();
    }
  });
  const flush = (): void => {
    frame = 0;
    if (pendingRead !== null) {
      element.innerHTML = render(splitFrontMatter(pendingRead()).body);
      pendingRead = null;
    }
  };
  return {
    show(readText) {
      pendingRead = readText;
      if (frame === 0) {
        frame = requestAnimationFrame(flush);
      }
    },
  };
}
