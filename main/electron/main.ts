/**
 * Electron's entry point: the glue between Electron and Inkpost's services.
 * Everything that does real work lives in `main/services`, which never
 * imports electron; this folder only wires it to windows, protocols and IPC.
 */
import { app, BrowserWindow, nativeTheme } from 'electron';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createHandlerTable } from '../services/handler-table';
import { journalFolder, PostJournal } from '../services/journal';
import { PreferencesStore } from '../services/preferences';
import { chooseStartupFolder } from '../services/startup-folder';
import { WorkspaceHost } from '../services/workspace-host';
import { blogAssetsFolder } from '../services/blog-assets';
import { appOrigin, registerAppScheme, serveRenderer } from './app-protocol';
import { blogAssetBase, serveBlogAssets } from './blog-protocol';
import { createElectronDesktop } from './desktop';
import { registerHandlers, sendEvent } from './ipc';
import { lockDownWebContents } from './lockdown';
import { createWindowOptions } from './window-options';

/**
 * Command-line options: `--posts-dir <folder>` opens a posts folder, `--blog-dir <folder>`
 * names the blog, `--user-data-dir <folder>` keeps preferences elsewhere (tests use it).
 */
function readLaunchOptions(): { postsDir: string | undefined; blogDir: string | undefined; userDataDir: string | undefined } {
  const { values } = parseArgs({
    args: process.argv.slice(app.isPackaged ? 1 : 2),
    options: { 'posts-dir': { type: 'string' }, 'blog-dir': { type: 'string' }, 'user-data-dir': { type: 'string' } },
    strict: false,
    allowPositionals: true,
  });
  const text = (value: unknown): string | undefined => (typeof value === 'string' && value.length > 0 ? value : undefined);
  return { postsDir: text(values['posts-dir']), blogDir: text(values['blog-dir']), userDataDir: text(values['user-data-dir']) };
}

async function start(postsDirArgument: string | undefined, blogDirArgument: string | undefined): Promise<void> {
  const preferences = await PreferencesStore.load(app.getPath('userData'));
  for (const notice of preferences.notices) {
    console.warn(`inkpost: ${notice}`);
  }
  const { postsDir, blogDir } = await chooseStartupFolder({
    argument: postsDirArgument,
    blogArgument: blogDirArgument,
    preferences,
    documentsDir: app.getPath('documents'),
  });

  serveRenderer(join(__dirname, '..', 'renderer'));
  const window = new BrowserWindow(
    createWindowOptions({ preloadPath: join(__dirname, '..', 'preload', 'preload.js'), darkMode: nativeTheme.shouldUseDarkColors }),
  );
  const host = new WorkspaceHost({ postsDir, blogDir, assetBase: blogAssetBase }, (name, payload) => sendEvent(window.webContents, name, payload), preferences);
  // Closing asks the renderer first (unsaved changes); it answers with closeWindow, which lets the close through.
  let closeAllowed = false;
  window.on('close', (event) => {
    if (!closeAllowed) {
      event.preventDefault();
      sendEvent(window.webContents, 'closeRequested', { reason: 'close' });
    }
  });
  const journal = new PostJournal(journalFolder(app.getPath('userData')));
  // The blog's pictures come from whatever folders are open at the time of each request.
  serveBlogAssets(() => blogAssetsFolder(host.workspace()));
  registerHandlers(createHandlerTable(host, createElectronDesktop(window, () => {
    closeAllowed = true;
  }), journal));
  window.on('closed', () => host.close());
  window.once('ready-to-show', () => window.show());
  await window.loadURL(`${appOrigin}/index.html`);
}

const options = readLaunchOptions();
if (options.userDataDir !== undefined) {
  app.setPath('userData', options.userDataDir);
}
registerAppScheme();
lockDownWebContents();
app.on('window-all-closed', () => app.quit());
app.whenReady()
  .then(() => start(options.postsDir, options.blogDir))
  .catch((error: unknown) => {
    console.error('inkpost: could not start', error);
    app.exit(1);
  });
