/**
 * The preload: builds `window.inkpost` from the contract, one method per call.
 * It exposes nothing generic (no raw `invoke`, `send` or `on`), so the
 * renderer can reach main only through the calls the contract declares.
 * Only types are imported from the contract, which keeps this bundle free of
 * the schema library; the channel names are still checked by the compiler.
 */
import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import type {
  CallChannel,
  CallName,
  CallOutcome,
  EventChannel,
  EventName,
  InkpostBridge,
  InkpostCalls,
  InkpostEvents,
  Unsubscribe,
} from '../shared/contract';

type CallResult<Name extends CallName> = Awaited<ReturnType<InkpostCalls[Name]>>;

async function call<Name extends CallName>(
  channel: CallChannel<Name>,
  ...args: Parameters<InkpostCalls[Name]>
): Promise<CallResult<Name>> {
  const outcome = (await ipcRenderer.invoke(channel, ...args)) as CallOutcome<CallResult<Name>>;
  if (!outcome.ok) {
    // The code goes along, so the renderer can tell a deleted file from other failures without parsing words.
    throw Object.assign(new Error(outcome.error.message), { code: outcome.error.code });
  }
  return outcome.value;
}

function subscribe<Name extends EventName>(
  channel: EventChannel<Name>,
  listener: (payload: InkpostEvents[Name]) => void,
): Unsubscribe {
  const forward = (_event: IpcRendererEvent, payload: InkpostEvents[Name]): void => listener(payload);
  ipcRenderer.on(channel, forward);
  return () => {
    ipcRenderer.removeListener(channel, forward);
  };
}

const bridge: InkpostBridge = {
  getWorkspace: () => call<'getWorkspace'>('inkpost:call:getWorkspace'),
  listPosts: () => call<'listPosts'>('inkpost:call:listPosts'),
  readPost: (path) => call<'readPost'>('inkpost:call:readPost', path),
  savePost: (request) => call<'savePost'>('inkpost:call:savePost', request),
  recreatePost: (request) => call<'recreatePost'>('inkpost:call:recreatePost', request),
  listTags: () => call<'listTags'>('inkpost:call:listTags'),
  getBlogInfo: () => call<'getBlogInfo'>('inkpost:call:getBlogInfo'),
  getRenderContext: () => call<'getRenderContext'>('inkpost:call:getRenderContext'),
  renameTag: (from, to) => call<'renameTag'>('inkpost:call:renameTag', from, to),
  exportPost: (request) => call<'exportPost'>('inkpost:call:exportPost', request),
  listPublishedDrafts: () => call<'listPublishedDrafts'>('inkpost:call:listPublishedDrafts'),
  openPublishedPost: (path) => call<'openPublishedPost'>('inkpost:call:openPublishedPost', path),
  openExternal: (url) => call<'openExternal'>('inkpost:call:openExternal', url),
  readBlogStylesheet: () => call<'readBlogStylesheet'>('inkpost:call:readBlogStylesheet'),
  closeWindow: () => call<'closeWindow'>('inkpost:call:closeWindow'),
  searchPosts: (query) => call<'searchPosts'>('inkpost:call:searchPosts', query),
  checkPosts: () => call<'checkPosts'>('inkpost:call:checkPosts'),
  checkPost: (path, text) => call<'checkPost'>('inkpost:call:checkPost', path, text),
  readClipboardUrl: () => call<'readClipboardUrl'>('inkpost:call:readClipboardUrl'),
  createPost: (title) => call<'createPost'>('inkpost:call:createPost', title),
  renamePost: (path, name) => call<'renamePost'>('inkpost:call:renamePost', path, name),
  trashPost: (path) => call<'trashPost'>('inkpost:call:trashPost', path),
  unpublishPost: (path) => call<'unpublishPost'>('inkpost:call:unpublishPost', path),
  writeJournal: (write) => call<'writeJournal'>('inkpost:call:writeJournal', write),
  discardJournal: (path) => call<'discardJournal'>('inkpost:call:discardJournal', path),
  listJournal: () => call<'listJournal'>('inkpost:call:listJournal'),
  openFolder: (...path) => call<'openFolder'>('inkpost:call:openFolder', ...path),
  chooseBlog: (...path) => call<'chooseBlog'>('inkpost:call:chooseBlog', ...path),
  listRecentFolders: () => call<'listRecentFolders'>('inkpost:call:listRecentFolders'),
  getPreferences: () => call<'getPreferences'>('inkpost:call:getPreferences'),
  setAfterExport: (choice) => call<'setAfterExport'>('inkpost:call:setAfterExport', choice),
  addImage: async ({ postPath, file }) => {
    // A file from the disk goes by its path, so main reads it; a pasted one (no path) goes as bytes.
    const path = webUtils.getPathForFile(file as Parameters<typeof webUtils.getPathForFile>[0]);
    const source = path === '' ? { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) } : { path };
    return call<'addImage'>('inkpost:call:addImage', { postPath, source });
  },
  insertImages: (postPath) => call<'insertImages'>('inkpost:call:insertImages', postPath),
  getWindowLayout: () => call<'getWindowLayout'>('inkpost:call:getWindowLayout'),
  setWindowLayout: (layout) => call<'setWindowLayout'>('inkpost:call:setWindowLayout', layout),
  onPostsChanged: (listener) => subscribe<'postsChanged'>('inkpost:event:postsChanged', listener),
  onIndexProgress: (listener) => subscribe<'indexProgress'>('inkpost:event:indexProgress', listener),
  onMenuCommand: (listener) => subscribe<'menuCommand'>('inkpost:event:menuCommand', listener),
  onCloseRequested: (listener) => subscribe<'closeRequested'>('inkpost:event:closeRequested', listener),
  onWorkspaceChanged: (listener) => subscribe<'workspaceChanged'>('inkpost:event:workspaceChanged', listener),
  onOpenFolderRequested: (listener) => subscribe<'openFolderRequested'>('inkpost:event:openFolderRequested', listener),
};

contextBridge.exposeInMainWorld('inkpost', bridge);
