import { basename, dirname, resolve } from 'node:path';
import type { OpenedPublishedPost, PublishedDraft } from '../../../shared/export/published-draft';
import { isPathInside } from '../disk/folder-scope';
import { ServiceError } from '../disk/service-error';
import { publishedDraftsIn } from '../export/published-drafts';
import { openPostsFolder } from './folder-choice';
import type { WorkspaceHost } from './workspace-host';

/** The `listPublishedDrafts` call: the open posts folder's drafts the chosen blog's export record knows (none without a blog). */
export async function listPublishedDrafts(host: WorkspaceHost): Promise<readonly PublishedDraft[]> {
  const { postsDir, blogDir } = host.workspace();
  return blogDir === null ? [] : publishedDraftsIn(host.stores.exportRecords, blogDir, postsDir);
}

/** The `_posts` folder holding `post` (`_posts/2009/x.md` is in `_posts`), else the post's own folder. */
function postsFolderOf(post: string, blogDir: string): string {
  for (let folder = dirname(post); isPathInside(resolve(blogDir), folder); folder = dirname(folder)) {
    if (basename(folder) === '_posts') {
      return folder;
    }
  }
  return dirname(post);
}

/**
 * The `openPublishedPost` call: where the post that `draft` (a draft of the
 * open posts folder) was last exported to is, for the renderer to open. When
 * the post is not in the posts folder, the window switches to the blog's
 * `_posts` folder holding it, as Open Posts Folder does (it becomes a recent
 * folder, the renderer hears `workspaceChanged`), with the blog kept; the
 * renderer has saved the open post first. Only a post the export record names
 * can be opened this way, and only while it is there: a stale record (the
 * post deleted or renamed by another program) is a `not-found` error saying so.
 */
export async function openPublishedPost(host: WorkspaceHost, draft: string): Promise<OpenedPublishedPost> {
  const { postsDir, blogDir } = host.workspace();
  if (blogDir === null) {
    throw new ServiceError('invalid-argument', `no blog is chosen for ${postsDir}, so none of its drafts is published`);
  }
  const published = (await publishedDraftsIn(host.stores.exportRecords, blogDir, postsDir)).find((entry) => entry.draft === resolve(draft));
  if (published === undefined) {
    throw new ServiceError('not-found', `${draft} has not been exported to ${blogDir}`);
  }
  if (!published.present) {
    throw new ServiceError('not-found', `${basename(draft)} was published as ${published.post}, which is no longer there`);
  }
  if (published.inPostsFolder) {
    return { path: published.postPath, workspace: host.workspace() };
  }
  const folder = postsFolderOf(published.postPath, blogDir);
  if (host.preferences.folder(folder).blogDir === undefined) {
    await host.preferences.rememberForFolder(folder, { blogDir });
  }
  return { path: published.postPath, workspace: await openPostsFolder(host, folder) };
}
