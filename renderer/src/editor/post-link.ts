import type { EditorView } from '@codemirror/view';
import { markdownLink, postLinkTarget } from '../../../shared/blog/post-link';
import type { BlogRenderContext, RenderPost } from '../../../shared/blog/render-context';
import { pick } from '../ui/pick-dialog';

/** What the link command needs from the app around it. */
export interface PostLinkSource {
  /** The blog's posts and link style, read again when posts changed since the last read. */
  readonly blog: () => Promise<BlogRenderContext>;
  /** The URL on the clipboard, or null (see the contract's `readClipboardUrl`). */
  readonly clipboardUrl: () => Promise<string | null>;
}

/** Replaces the selection of `view` with `link` and puts the cursor after it. */
function insertLink(view: EditorView, from: number, to: number, link: string): void {
  view.dispatch({ changes: { from, to, insert: link }, selection: { anchor: from + link.length }, scrollIntoView: true, userEvent: 'input.link' });
}

/**
 * Ctrl/Cmd+K in the editor. With text selected and a URL on the clipboard,
 * the selection becomes an ordinary link to that URL. Otherwise a picker
 * over the blog's published posts opens (type part of a title, arrow keys,
 * Enter): the link to the chosen post is written in the blog's style
 * (`shared/blog/post-link.ts`), with the selected text as its text, else
 * the post's title. Cancelling changes nothing; the editor keeps the focus.
 */
export async function linkToPost(view: EditorView, source: PostLinkSource): Promise<void> {
  const { from, to } = view.state.selection.main;
  const selected = view.state.sliceDoc(from, to);
  if (selected.trim() !== '') {
    const url = await source.clipboardUrl();
    if (url !== null) {
      insertLink(view, from, to, markdownLink(selected, url));
      view.focus();
      return;
    }
  }
  const blog = await source.blog();
  const post = await pick<RenderPost>({
    testId: 'post-link-picker',
    title: 'Link to a post',
    label: 'Title contains',
    items: blog.posts,
    text: (item) => item.title,
    detail: (item) => item.date,
    empty: blog.posts.length === 0 ? 'This blog has no published posts to link to.' : 'No post title has these words.',
    confirmLabel: 'Insert link',
  });
  if (post !== null && view.state.sliceDoc(from, to) === selected) {
    insertLink(view, from, to, markdownLink(selected.trim() !== '' ? selected : post.title, postLinkTarget(post, blog.linkStyle, blog.config?.['baseurl'])));
  }
  view.focus();
}
