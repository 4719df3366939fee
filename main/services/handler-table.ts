import type { HandlerTable } from '../../shared/contract';
import { readPost, savePost } from './post-store';
import type { WorkspaceService } from './workspace-service';

/**
 * Main's implementation of the contract over one workspace. Electron registers
 * it on IPC; the test harness wires the same table to a browser page.
 */
export function createHandlerTable(service: WorkspaceService): HandlerTable {
  const { postsDir } = service.workspace;
  return {
    getWorkspace: () => Promise.resolve(service.workspace),
    listPosts: () => service.listPosts(),
    readPost: (path) => readPost(postsDir, path),
    savePost: async (request) => {
      const result = await savePost(postsDir, request);
      if (result.status === 'saved' && !result.unchanged) {
        await service.refresh();
      }
      return result;
    },
    listTags: () => service.listTags(),
    renameTag: (from, to) => service.renameTag(from, to),
    exportPost: (request) => service.exportPost(request),
  };
}
