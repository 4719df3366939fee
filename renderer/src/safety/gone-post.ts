import type { OpenPostModel } from '../document/open-post';
import { choose, input } from '../ui/dialog';
import { fileName } from '../ui/dom';

/** True when `error` is a call that failed because its file (or the posts folder) is gone. */
export function isGoneError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'not-found';
}

/** Says plainly what is gone: the post, or its whole posts folder. */
export function goneMessage(path: string, error: unknown): string {
  const folderGone = error instanceof Error && error.message.startsWith('the posts folder');
  const what = folderGone ? `The posts folder of ${fileName(path)} was moved or deleted` : `${fileName(path)} was deleted or moved on disk`;
  return `${what}. Your words are safe in the journal. Save again here writes the post back where it was${folderGone ? ' (making the folder again)' : ''}; Save as… writes it under another name.`;
}

/** Asks for a new file name beside the post and writes the post there. */
async function saveAs(model: OpenPostModel, path: string): Promise<boolean> {
  const name = fileName(path);
  const chosen = await input({
    title: 'Save as',
    message: 'A new post file beside the one that is gone.',
    label: 'File name',
    value: name,
    confirmLabel: 'Save',
    accept: async (value) => {
      const chosen = value.trim();
      if (chosen === '' || /[\\/]/.test(chosen)) {
        throw new Error('Type a file name without folders, such as my-post.md');
      }
      await model.recreate(`${path.slice(0, path.length - name.length)}${chosen}`);
    },
  });
  return chosen !== null;
}

let asking = false;

/**
 * The open post's file (or its folder) is gone: says so (test id
 * `post-gone`, message `post-gone-message`) and offers "Save again here"
 * (`post-gone-save-here`: writes the post back at its path), "Save as…"
 * (`post-gone-save-as`: another name beside it) or "Not now"
 * (`post-gone-later`). Asked once at a time; the journal keeps the words
 * whatever the answer.
 */
export async function offerToSaveGonePost(model: OpenPostModel, error: unknown): Promise<void> {
  const post = model.current();
  if (post === null || asking) {
    return;
  }
  asking = true;
  try {
    const answer = await choose({
      testId: 'post-gone',
      title: `${fileName(post.path)} is gone`,
      message: goneMessage(post.path, error),
      choices: [
        { id: 'here', label: 'Save again here', testId: 'post-gone-save-here' },
        { id: 'as', label: 'Save as…', testId: 'post-gone-save-as' },
        { id: 'later', label: 'Not now', testId: 'post-gone-later', cancel: true },
      ],
    });
    if (answer === 'here') {
      await model.recreate();
    } else if (answer === 'as') {
      await saveAs(model, post.path);
    }
  } finally {
    asking = false;
  }
}
