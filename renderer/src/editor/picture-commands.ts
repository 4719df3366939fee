import type { EditorView } from '@codemirror/view';
import type { AddedImage, InkpostBridge } from '../../../shared/contract';
import { insertImageMarkdown, type AddImageFile } from './image-insertion';

/** What adding pictures needs from the app: the bridge, the open post's path (null without one) and where errors go. */
export interface PictureContext {
  readonly bridge: Pick<InkpostBridge, 'addImage' | 'insertImages'>;
  readonly postPath: () => string | null;
  readonly report: (error: unknown) => void;
}

const noPost = (): Error => new Error('Open a post first: pictures are added to the open post');

/**
 * Adds a dropped or pasted picture file to the open post's images folder
 * through the bridge; a refusal (not a picture, too large, …) is reported
 * and gives null, so nothing is inserted.
 */
export function pictureFileAdder(context: PictureContext): AddImageFile {
  return async (file) => {
    const postPath = context.postPath();
    if (postPath === null) {
      context.report(noPost());
      return null;
    }
    try {
      return await context.bridge.addImage({ postPath, file });
    } catch (error) {
      context.report(error);
      return null;
    }
  };
}

/** Inserts each added picture at the cursor, one per line, the last one's alt text selected. */
export function insertAddedImages(view: EditorView, images: readonly AddedImage[]): void {
  for (const image of images) {
    const head = view.state.selection.main.head;
    const line = view.state.doc.lineAt(head);
    // After the first picture the cursor is inside `![alt]`: the next goes on the line below it.
    view.dispatch(insertImageMarkdown(view.state, head === line.from || images[0] === image ? head : line.to, image));
  }
  view.focus();
}

/**
 * The "Insert Image…" command: main shows the system's file dialog (so it
 * works from the application menu too, where a page may not open one) and
 * adds the chosen pictures; each is inserted at the cursor.
 */
export async function insertPicturesFromDialog(view: EditorView, context: PictureContext): Promise<void> {
  const postPath = context.postPath();
  if (postPath === null) {
    context.report(noPost());
    return;
  }
  try {
    insertAddedImages(view, await context.bridge.insertImages(postPath));
  } catch (error) {
    context.report(error);
  }
}
