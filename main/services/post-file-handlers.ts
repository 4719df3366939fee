import type { HandlerTable } from '../../shared/contract';
import { createPostIn } from './create-post';
import type { Desktop } from './desktop';
import { PostSearch } from './post-search';
import { renamePost } from './rename-post';
import { trashPost } from './trash-post';
import { unpublishInFolder } from './unpublish-in-folder';
import type { WorkspaceService } from './workspace-service';

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
      return renamed;
    },
    trashPost: async (path) => {
      const workspace = service();
      await trashPost(workspace.workspace.postsDir, path, desktop);
      await workspace.refresh();
    },
    unpublishPost: async (path) => {
      const workspace = service();
      const result = await unpublishInFolder(workspace.workspace.postsDir, path);
      await workspace.refresh();
      return result;
    },
  };
}
