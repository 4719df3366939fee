import type { EditorView } from '@codemirror/view';
import type { ScrollPort } from './scroll-port';

/**
 * The editor's side of scroll sync: reads and sets the line at the top of
 * CodeMirror's visible area through the view's height map, so scroll sync
 * needs nothing else from the editor. `host` is the element the editor lives
 * in (input inside its shadow root arrives there).
 */
export function editorScrollPort(view: EditorView, host: HTMLElement): ScrollPort {
  const scroller = view.scrollDOM;
  /** The document's top, in the scroller's scrolled coordinates. */
  const documentOffset = (): number => view.documentTop - scroller.getBoundingClientRect().top + scroller.scrollTop;
  return {
    scroller,
    inputTarget: host,
    topLine() {
      const height = scroller.scrollTop - documentOffset();
      if (height <= 0) {
        return 1;
      }
      const block = view.lineBlockAtHeight(height);
      const line = view.state.doc.lineAt(block.from).number;
      return line + (block.height > 0 ? Math.min(1, Math.max(0, (height - block.top) / block.height)) : 0);
    },
    scrollToLine(target) {
      if (target <= 1) {
        scroller.scrollTop = 0; // line 1 and the padding above it
        return;
      }
      const doc = view.state.doc;
      const number = Math.min(doc.lines, Math.max(1, Math.floor(target)));
      const block = view.lineBlockAt(doc.line(number).from);
      const fraction = Math.min(1, Math.max(0, target - number));
      scroller.scrollTop = Math.round(documentOffset() + block.top + fraction * block.height);
    },
  };
}
