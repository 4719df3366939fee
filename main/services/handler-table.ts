import type { HandlerTable } from '../../shared/contract';
import type { Workspace } from '../../shared/post';
import { listPostsFolder } from './posts-folder';
import { readPost, savePost } from './post-store';

/**
 * Main's implementation of the contract over one workspace. Electron registers
 * it on IPC; the test harness wires the same table to a browser page.
 */
export function createHandlerTable(workspace: Workspace): HandlerTable {
  return {
    getWorkspace: () => Promise.resolve(workspace),
    listPosts: () => listPostsFolder(workspace.postsDir),
    readPost: (path) => readPost(workspace.postsDir, path),
    savePost: (request) => savePost(workspace.postsDir, request),
  };
}
