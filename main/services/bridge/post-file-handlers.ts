import { realpath } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { HandlerTable } from '../../../shared/contract';
import { createPostIn } from '../posts/create-post';
import type { Desktop } from '../desktop/desktop';
import { PostSearch } from '../index/post-search';
import { renamePost } from '../posts/rename-post';
import { ServiceError } from '../disk/service-error';
import { trashPost } from '../posts/trash-post';
import { unpublishInFolder } from '../export/unpublish-in-folder';
import type { WorkspaceService } from '../workspace/workspace-service';

/** The calls the sidebar makes on post files. */
export type PostFileCall = 'searchPosts' | 'createPost' | 'renamePost' | 'trashPost' | 'unpublishPost';

/**
 * The handlers of the sidebar's calls: search, new post, rename, trash and unpublish,
 * on the posts folder of `service()` (asked on every call, so they follow a
 * workspace that changes). Each call that changes files refreshes the index
 * before it answers, so the next `listPosts` already shows the change.
 */
export function createPostFileHandlers(service: () => WorkspaceService, desktop: Desktop): Pick<HandlerTable, PostFileCall> {
  const search = new PostSearch();
  return {
    searchPosts: async (query) => search.search((await service().listPosts()).posts, query),
    createPost: async (title) => {
      const workspace = service();
      const path = await createPostIn(workspace.workspace, title);
      await workspace.refresh();
      return path;
    },
    renamePost: async (path, name) => {
      const workspace = service();
      const renamed = await renamePost(workspace.workspace.postsDir, path, name);
      await workspace.refresh();
      const blog = workspace.workspace.blogDir;
      if (blog !== null && renamed !== path) {
        // The export record names drafts and posts by real path; the old name is gone, so its folder is resolved instead.
        const to = await realpath(renamed);
        const from = join(dirname(to), basename(path));
        await workspace.exportRecords.recordRename(await realpath(blog), from, to).catch((error: unknown) => {
          throw new ServiceError('unreadable', `${basename(path)} was renamed to ${basename(to)}, but the blog's export record could not follow it, so a re-export may write a second post: ${error instanceof Error ? error.message : String(error)}`);
        });
      }
      return renamed;
    },
    trashPost: async (path) => {
      const workspace = service();
      await trashPost(workspace.workspace.postsDir, path, desktop);
      await workspace.refresh();
    },
    unpublishPost: async (path) => {
      const workspace = service();
      const result = await unpublishInFolder(workspace.workspace.postsDir, path, workspace.exportRecords);
      await workspace.refresh();
      return result;
    },
  };
}
