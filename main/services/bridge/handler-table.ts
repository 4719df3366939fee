import { resolve } from 'node:path';
import type { HandlerTable } from '../../../shared/contract';
import { blogAssetsFolder } from '../blog/blog-assets';
import { readRenderContext } from '../blog/render-context';
import { emptyRenderContext } from '../../../shared/blog/render-context';
import { readBlogStylesheet } from '../blog/blog-stylesheet';
import type { Desktop } from '../desktop/desktop';
import { externalUrl } from '../desktop/external-url';
import { createPostFileHandlers } from './post-file-handlers';
import { isPathInside, journalPathInside } from '../disk/folder-scope';
import { listJournaledPosts, type PostJournal } from '../journal/journal';
import { afterExportOf, chooseBlogCall, openFolderCall, preferencesView, setAfterExport } from '../workspace/folder-choice';
import { readPost, recreatePost, savePost } from '../posts/post-store';
import { resolvePostPath } from '../posts/post-path';
import { addImage } from '../images/add-image';
import { listPublishedDrafts, openPublishedPost } from '../workspace/open-published';
import { ServiceError } from '../disk/service-error';
import type { WorkspaceHost } from '../workspace/workspace-host';
import type { WindowStateKeeper } from '../desktop/window-state';

/**
 * Main's implementation of the contract over the window's workspace host.
 * Every call asks the host for the workspace open now, so after the user
 * opens another folder calls go there. Electron registers the table on IPC;
 * the test harness wires the same table to a browser page. The window's
 * layout goes into `windowState`, the window state main keeps anyway.
 */
export function createHandlerTable(host: WorkspaceHost, desktop: Desktop, journal: PostJournal, windowState: WindowStateKeeper): HandlerTable {
  return {
    getWorkspace: () => Promise.resolve(host.workspace()),
    listPosts: () => host.service().listPosts(),
    readPost: (path) => readPost(host.postsDir(), path),
    savePost: async (request) => {
      const service = host.service();
      const result = await savePost(service.workspace.postsDir, request);
      if (result.status === 'saved' && !result.unchanged) {
        await service.refresh();
      }
      return result;
    },
    recreatePost: async (request) => {
      const service = host.service();
      const result = await recreatePost(service.workspace.postsDir, request);
      await service.refresh();
      return result;
    },
    listTags: () => host.service().listTags(),
    checkPosts: () => host.service().checks.problems(),
    checkPost: async (path, text) => {
      const postsDir = host.postsDir();
      // The text is checked, not read from the file, which may not be saved yet: only the path's place matters.
      if (!isPathInside(resolve(postsDir), resolve(path))) {
        throw new ServiceError('outside-folder', `${path} is not inside the posts folder ${postsDir}`);
      }
      return host.service().checks.problemsOfText(resolve(path), text);
    },
    getBlogInfo: () => host.service().blogInfo(),
    getRenderContext: async () => {
      const blog = await blogAssetsFolder(host.workspace());
      return blog === null ? emptyRenderContext : readRenderContext(blog);
    },
    renameTag: (from, to) => host.service().renameTag(from, to),
    exportPost: (request) => host.service().exportPost(request, afterExportOf(host)),
    listPublishedDrafts: () => listPublishedDrafts(host),
    openPublishedPost: (path) => openPublishedPost(host, path),
    openExternal: async (url) => {
      const checked = externalUrl(url);
      if (checked === null) {
        throw new ServiceError('invalid-argument', `Inkpost opens only http, https and mailto links, not ${JSON.stringify(url.slice(0, 200))}`);
      }
      await desktop.openExternal(checked); // eng-disable OPEN_EXTERNAL_JS_CHECK: false positive, `checked` passed externalUrl() just above
    },
    readClipboardUrl: async () => {
      const text = (await desktop.readClipboardText()).trim();
      return text.length <= 8192 && !/\s/.test(text) && externalUrl(text) !== null ? text : null;
    },
    readBlogStylesheet: async () => {
      const blog = await blogAssetsFolder(host.workspace());
      return blog === null ? null : readBlogStylesheet(blog);
    },
    closeWindow: () => desktop.closeWindow(),
    ...createPostFileHandlers(() => host.service(), desktop),
    writeJournal: async (write) => {
      const path = await journalPathInside(host.postsDir(), write.path);
      await journal.write({ ...write, path });
    },
    discardJournal: async (path) => {
      const postsDir = host.postsDir();
      // The post may be gone already (a journal of a deleted post), so only the spelling is checked.
      if (!isPathInside(resolve(postsDir), resolve(path))) {
        throw new ServiceError('outside-folder', `${path} is not inside the posts folder ${postsDir}`);
      }
      await journal.discard(resolve(path));
    },
    listJournal: () => listJournaledPosts(journal, host.postsDir()),
    openFolder: (...path) => openFolderCall(host, desktop, ...path),
    chooseBlog: (...path) => chooseBlogCall(host, desktop, ...path),
    listRecentFolders: () => host.preferences.existingRecentFolders(),
    getPreferences: () => preferencesView(host),
    setAfterExport: (choice) => setAfterExport(host, choice),
    addImage: async (request) => {
      const post = await resolvePostPath(host.postsDir(), request.postPath);
      return addImage(post, await blogAssetsFolder(host.workspace()), request.source);
    },
    insertImages: async (postPath) => {
      const post = await resolvePostPath(host.postsDir(), postPath);
      const chosen = await desktop.chooseImageFiles({ title: 'Insert Image', buttonLabel: 'Insert' });
      const blog = await blogAssetsFolder(host.workspace());
      const added = [];
      for (const path of chosen) {
        added.push(await addImage(post, blog, { path }));
      }
      return added;
    },
    getWindowLayout: () => Promise.resolve(windowState.layout()),
    setWindowLayout: (layout) => windowState.rememberLayout(layout),
  };
}
