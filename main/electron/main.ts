/**
 * Electron's entry point: the glue between Electron and Inkpost's services.
 * Everything that does real work lives in `main/services`, which never
 * imports electron; this folder only wires it to windows, protocols and IPC.
 */
import { app, BrowserWindow, nativeTheme, session } from 'electron';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CloseGuard, type CloseReason } from '../services/desktop/close-guard';
import { createHandlerTable } from '../services/bridge/handler-table';
import { journalFolder, PostJournal } from '../services/journal/journal';
import { parseLaunchArguments, type LaunchArguments } from '../services/desktop/launch-arguments';
import { PreferencesStore } from '../services/workspace/preferences';
import { chooseStartupFolder } from '../services/workspace/startup-folder';
import { userDataFolder } from '../services/workspace/user-data-folder';
import { WindowStateKeeper } from '../services/desktop/window-state';
import { WorkspaceHost } from '../services/workspace/workspace-host';
import { userDataStores } from '../services/workspace/workspace-service';
import { blogAssetsFolder } from '../services/blog/blog-assets';
import { appPageUrl } from './app-location';
import { registerAppScheme, serveRenderer } from './app-protocol';
import { blogAssetBase, postAssetBase, serveBlogAssets } from './blog-protocol';
import { installContextMenu } from './context-menu';
import { createElectronDesktop } from './desktop';
import { registerHandlers, sendEvent } from './ipc';
import { lockDownWebContents } from './lockdown';
import { installApplicationMenu } from './menu';
import { keepSpellcheckOffline } from './spellcheck-offline';
import { restoredPlacement, trackWindowState } from './window-state';
import { createWindowOptions } from './window-options';

/** Command line: `inkpost-app <folder>` or `--posts-dir`, `--blog-dir`, `--user-data-dir` (see launch-arguments.ts). */
function readLaunchArguments(argv: readonly string[], workingDirectory: string): LaunchArguments {
  return parseLaunchArguments(argv, { packaged: app.isPackaged, workingDirectory });
}

/**
 * Closing the window and quitting the app both ask the renderer first (it
 * deals with unsaved changes) through the `closeRequested` event; its answer,
 * the `closeWindow` call, lets the close or the quit through.
 */
function guardClosing(window: BrowserWindow, beforeClosing: () => void): () => void {
  const guard = new CloseGuard();
  let rendererAnswers = false;
  window.webContents.on('did-finish-load', () => (rendererAnswers = true));
  window.webContents.on('render-process-gone', () => (rendererAnswers = false));
  window.on('unresponsive', () => (rendererAnswers = false));
  window.on('responsive', () => (rendererAnswers = true));
  const ask = (reason: CloseReason, event: { preventDefault(): void }): void => {
    if (guard.request(reason, rendererAnswers) === 'ask') {
      event.preventDefault();
      sendEvent(window.webContents, 'closeRequested', { reason });
    } else {
      beforeClosing();
    }
  };
  window.on('close', (event) => ask('close', event));
  app.on('before-quit', (event) => {
    if (!window.isDestroyed()) {
      ask('quit', event);
    }
  });
  return () => {
    if (guard.approve() === 'quit') {
      app.quit();
    } else {
      window.close();
    }
  };
}

async function start(launch: LaunchArguments): Promise<void> {
  // First of all, before any page could start Chromium's spellchecker and its dictionary download.
  keepSpellcheckOffline(session.defaultSession, pathToFileURL(join(__dirname, '..', 'renderer', 'assets')).href);
  const userDataDir = app.getPath('userData');
  const preferences = await PreferencesStore.load(userDataDir);
  for (const notice of preferences.notices) {
    console.warn(`inkpost: ${notice}`);
  }
  const { postsDir, blogDir } = await chooseStartupFolder({
    argument: launch.postsDir,
    blogArgument: launch.blogDir,
    preferences,
    documentsDir: app.getPath('documents'),
  });

  serveRenderer(join(__dirname, '..', 'renderer'));
  const windowState = await WindowStateKeeper.open(userDataDir);
  const placement = restoredPlacement(windowState.saved());
  const window = new BrowserWindow( /* eng-disable CONTEXT_ISOLATION_JS_CHECK SANDBOX_JS_CHECK AUXCLICK_JS_CHECK: false positives, the scanner cannot follow the factory; createWindowOptions sets all three and test/unit/desktop/window-options.test.ts asserts them */
    createWindowOptions({ preloadPath: join(__dirname, '..', 'preload', 'preload.js'), darkMode: nativeTheme.shouldUseDarkColors, bounds: placement.bounds }),
  );
  if (placement.maximized) {
    window.maximize();
  }
  const noteWindowState = trackWindowState(window, windowState);
  // Quitting waits for the window state's last write.
  app.on('will-quit', (event) => {
    if (windowState.pending) {
      event.preventDefault();
      void windowState.flush().finally(() => app.quit());
    }
  });

  const host = new WorkspaceHost({ postsDir, blogDir, assetBase: blogAssetBase, postAssetBase }, (name, payload) => sendEvent(window.webContents, name, payload), userDataStores(userDataDir), preferences);
  // The blog's pictures come from whatever folders are open at the time of each request.
  serveBlogAssets(() => blogAssetsFolder(host.workspace()), () => host.postsDir());
  const approveClose = guardClosing(window, noteWindowState);
  const journal = new PostJournal(journalFolder(userDataDir));
  registerHandlers(createHandlerTable(host, createElectronDesktop(window, approveClose), journal, windowState));
  installApplicationMenu(window);
  installContextMenu(window);

  // A second launch (`inkpost-app <folder>` while Inkpost runs) lands here instead of opening a second window.
  app.on('second-instance', (_event, argv, workingDirectory) => {
    if (window.isDestroyed()) {
      return;
    }
    if (window.isMinimized()) {
      window.restore();
    }
    window.show();
    window.focus();
    const second = readLaunchArguments(argv, workingDirectory);
    const folder = second.postsDir;
    if (folder !== undefined && folder !== host.postsDir()) {
      // The renderer must save the open post before the folder switches, so main asks it to switch rather than
      // switching itself. The user named the folder on the command line, so it joins the recent folders, the only
      // paths the renderer's openFolder(path) accepts.
      host.preferences
        .rememberRecent(folder)
        .then(() => sendEvent(window.webContents, 'openFolderRequested', { path: folder }))
        .catch((error: unknown) => console.error(`inkpost: could not open ${folder} for a second launch`, error));
    }
  });

  window.on('closed', () => host.close());
  window.once('ready-to-show', () => window.show());
  await window.loadURL(appPageUrl);
}

const launch = readLaunchArguments(process.argv, process.cwd());
// Set always, not only for --user-data-dir: the CLI finds the export records by the same rule.
app.setPath('userData', userDataFolder({ argument: launch.userDataDir }));
// One Inkpost per user-data folder: a second launch hands its command line to the first ('second-instance') and exits.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  registerAppScheme();
  lockDownWebContents();
  app.on('window-all-closed', () => app.quit());
  app.whenReady()
    .then(() => start(launch))
    .catch((error: unknown) => {
      console.error('inkpost: could not start', error);
      app.exit(1);
    });
}
