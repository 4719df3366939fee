import { join } from 'node:path';
import { jekyllDefaultConventions } from '../../../shared/blog/blog-conventions';
import type { Workspace } from '../../../shared/post';
import { findBlogRootOf } from '../blog/blog-root';
import { inferBlogConventions } from '../export/blog-conventions';
import { createDraft } from '../export/new-draft';
import { isBlogRoot } from './post-files';

/**
 * Creates a draft titled `title` in the workspace and returns its path: in
 * the posts folder, or in its `_drafts` when the posts folder is a blog root.
 * It follows the conventions of the chosen blog, else of the blog the posts
 * folder lies in, else Jekyll's defaults (see `createDraft`, which never
 * overwrites: a taken name is an `invalid-argument` error).
 */
export async function createPostIn(workspace: Workspace, title: string): Promise<string> {
  const postsDir = workspace.postsDir;
  const folder = (await isBlogRoot(postsDir)) ? join(postsDir, '_drafts') : postsDir;
  const blog = workspace.blogDir ?? (await findBlogRootOf(postsDir));
  const conventions = blog === null ? jekyllDefaultConventions : await inferBlogConventions(blog);
  return createDraft(title, folder, conventions);
}
