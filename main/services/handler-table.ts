import { resolve } from 'node:path';
import type { HandlerTable } from '../../shared/contract';
import type { Desktop } from './desktop';
import { externalUrl } from './external-url';
import { isPathInside, resolveInsideFolder } from './folder-scope';
import { listJournaledPosts, type PostJournal } from './journal';
import { readPost, savePost } from './post-store';
import { ServiceError } from './service-error';
import type { WorkspaceService } from './workspace-service';

/**
 * Main's implementation of the contract over one workspace. Electron registers
 * it on IPC; the test harness wires the same table to a browser page.
 */
export function createHandlerTable(service: WorkspaceService, desktop: Desktop, journal: PostJournal): HandlerTable {
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
      await desktop.openExternal(checked);
    },
    closeWindow: () => desktop.closeWindow(),
    writeJournal: async (write) => {
      const path = await resolveInsideFolder(postsDir, write.path);
      await journal.write({ ...write, path });
    },
    discardJournal: async (path) => {
      // The post may be gone already (a journal of a deleted post), so only the spelling is checked.
      if (!isPathInside(resolve(postsDir), resolve(path))) {
        throw new ServiceError('outside-folder', `${path} is not inside the posts folder ${postsDir}`);
      }
      await journal.discard(resolve(path));
    },
    listJournal: () => listJournaledPosts(journal, postsDir),
  };
}
