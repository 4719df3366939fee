import type { HandlerTable } from '../../shared/contract';
import type { Desktop } from './desktop';
import { externalUrl } from './external-url';
import { readPost, savePost } from './post-store';
import { ServiceError } from './service-error';
import type { WorkspaceService } from './workspace-service';

/**
 * Main's implementation of the contract over one workspace. Electron registers
 * it on IPC; the test harness wires the same table to a browser page.
 */
export function createHandlerTable(service: WorkspaceService, desktop: Desktop): HandlerTable {
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
    openExternal: async (url) => {
      const checked = externalUrl(url);
      if (checked === null) {
        throw new ServiceError('invalid-argument', `Inkpost opens only http, https and mailto links, not ${JSON.stringify(url.slice(0, 200))}`);
      }
      await desktop.openExternal(checked); // eng-disable OPEN_EXTERNAL_JS_CHECK: false positive, `checked` passed externalUrl() just above
    },
    closeWindow: () => desktop.closeWindow(),
  };
}
