import type { EditorState, Extension, TransactionSpec } from '@codemirror/state';
import { EditorSelection } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import type { AddedImage } from '../../../shared/contract';

/** Adds a picture file to the open post's images folder (through the bridge); null when it was refused (the app has said why). */
export type AddImageFile = (file: File) => Promise<AddedImage | null>;

/** The picture files among what was dropped or pasted: by their type, `image/…` (main checks their bytes). */
function pictureFiles(data: DataTransfer | null): File[] {
  return [...(data?.files ?? [])].filter((file) => file.type.startsWith('image/'));
}

/** Text safe inside `![…]`: brackets and backslashes escaped, on one line. */
function altText(alt: string): string {
  return alt.replace(/\s+/g, ' ').replace(/[[\]\\]/g, (character) => `\\${character}`).trim();
}

/**
 * Inserts `![alt](link)` for a picture at `pos`, on a line of its own where
 * it can be one without touching the text around it: at the start of a line
 * it goes before that line, at the end of a line after it (so the change is
 * one new line); inside a line, where the picture was dropped. The alt text
 * is selected, for typing over.
 */
export function insertImageMarkdown(state: EditorState, pos: number, image: Pick<AddedImage, 'alt' | 'link'>): TransactionSpec {
  const alt = altText(image.alt);
  const markdown = `![${alt}](${image.link})`;
  const line = state.doc.lineAt(pos);
  let insert = markdown;
  let altFrom = pos + 2;
  if (pos === line.from) {
    insert = `${markdown}\n`;
  } else if (pos === line.to) {
    insert = `\n${markdown}`;
    altFrom = pos + 3;
  }
  return {
    changes: { from: pos, insert },
    selection: EditorSelection.single(altFrom, altFrom + alt.length),
    scrollIntoView: true,
    userEvent: 'input.image',
  };
}

/**
 * Adds the pictures one after another and inserts each at `pos` (the next
 * below the one before). When the text changed meanwhile, a picture goes to
 * the cursor instead.
 */
export async function addPictures(view: EditorView, files: readonly File[], pos: number, add: AddImageFile): Promise<void> {
  let at = pos;
  for (const file of files) {
    const doc = view.state.doc;
    const image = await add(file);
    if (image === null) {
      continue;
    }
    const where = view.state.doc === doc ? Math.min(at, doc.length) : view.state.selection.main.head;
    const spec = insertImageMarkdown(view.state, where, image);
    view.dispatch(spec);
    view.focus();
    at = view.state.doc.lineAt(view.state.selection.main.head).to;
  }
}

/**
 * Dropping picture files on the editor or pasting a picture adds each to the
 * post's images folder through `add` and inserts a Markdown image where it
 * was dropped (or at the cursor, for a paste); see {@link insertImageMarkdown}.
 * Anything else dropped or pasted is left to CodeMirror.
 */
export function imageInsertion(add: AddImageFile | undefined): Extension {
  if (add === undefined) {
    return [];
  }
  return EditorView.domEventHandlers({
    dragover(event) {
      if (event.dataTransfer?.types.includes('Files') === true) {
        event.preventDefault();
        event.dataTransfer.dropEffect = 'copy';
        return true;
      }
      return false;
    },
    drop(event, view) {
      const files = pictureFiles(event.dataTransfer);
      if (files.length === 0) {
        return false;
      }
      event.preventDefault();
      const pos = view.posAtCoords({ x: event.clientX, y: event.clientY }) ?? view.state.selection.main.head;
      void addPictures(view, files, pos, add);
      return true;
    },
    paste(event, view) {
      const files = pictureFiles(event.clipboardData);
      if (files.length === 0) {
        return false;
      }
      event.preventDefault();
      void addPictures(view, files, view.state.selection.main.head, add);
      return true;
    },
  });
}
