/**
 * The Inkpost test harness: runs the built app with the real main-side
 * handler table over real folders, either in Debian's Chromium (only
 * Electron's IPC transport is replaced, by a Playwright binding) or in
 * Electron itself through Playwright's `_electron`. Works from the test runner
 * and from a plain script (`npx tsx my-script.ts`) after `npm ci && npm run build`.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { dispatchCall } from '../../main/services/bridge/call-dispatcher';
import { eventChannel, type EventName, type InkpostEvents } from '../../shared/contract';
import { blogAssetsFolder } from '../../main/services/blog/blog-assets';
import { createHandlerTable } from '../../main/services/bridge/handler-table';
import { journalFolder, PostJournal } from '../../main/services/journal/journal';
import { WindowStateKeeper } from '../../main/services/desktop/window-state';
import { PreferencesStore } from '../../main/services/workspace/preferences';
import { chooseStartupFolder, type StartupFolder } from '../../main/services/workspace/startup-folder';
import { WorkspaceHost } from '../../main/services/workspace/workspace-host';
import { userDataStores } from '../../main/services/workspace/workspace-service';
import { launchElectronApp, readyTimeoutMilliseconds, type ElectronInkpost } from './electron-app';
import { findChromium } from './find-browser';
import { HarnessDesktop } from './harness-desktop';
import { distDir } from './paths';
import { blogAssetsRoute, postAssetsRoute, serveRendererOverHttp } from './renderer-server';

export { findChromium, findElectron, type Availability } from './find-browser';

/** The folders an Inkpost session works on. */
export interface LaunchOptions {
  /** The posts folder to open. */
  readonly postsDir: string;
  /** The blog (Jekyll site root) for the posts folder, when the test needs one; remembered for it like a chosen blog. */
  readonly blogDir?: string;
  /**
   * Where the browser profile, the app's preferences (`preferences.json`) and
   * the journal of unsaved edits go; a fresh temporary folder by default
   * (removed on close). Relaunching with the same folder finds what the last
   * session remembered.
   */
  readonly userDataDir?: string;
  /** A script run in the page before the app's own, in the browser harness only (the benchmarks' timing probes). */
  readonly initScript?: string;
}

/** A running Inkpost: its page, ready to use, and a way to shut everything down. */
export interface InkpostSession {
  readonly page: Page;
  /**
   * What the app asked the desktop to do: in the browser harness, the URLs it
   * would have opened in the user's browser. Electron really opens them, so
   * there the list stays empty and specs that read it run only in the harness.
   */
  readonly desktop: HarnessDesktop | null;
  /** The user-data folder this session uses (settings, journal). */
  readonly userDataDir: string;
  /**
   * Makes the app's next folder dialog answer `path`, or Cancel for null. In
   * the browser harness the desktop's queue answers; in Electron the dialog
   * module is stubbed in the main process.
   */
  queueFolderChoice(path: string | null): Promise<void>;
  /** Sends a contract event to the page the way main does (webContents.send in Electron). */
  sendEvent<Name extends EventName>(name: Name, payload: InkpostEvents[Name]): Promise<void>;
  close(): Promise<void>;
  /**
   * Kills the app the way a crash or `kill -9` does: every browser (or
   * Electron) process gets SIGKILL, so no unload, close or save handler runs.
   * The user-data folder stays, even a temporary one, for {@link relaunch}.
   */
  crash(): Promise<void>;
  /**
   * Starts the app again on the same folders and the same user-data folder
   * (after {@link crash} or {@link close}); the new session owns the
   * user-data folder from then on (a temporary one is removed when it closes).
   */
  relaunch(): Promise<InkpostSession>;
}

/** Starts Inkpost one way or another; end-to-end specs take one of these as a parameter. */
export type Launcher = (options: LaunchOptions) => Promise<InkpostSession>;

const chromiumFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--no-default-browser-check',
];

function requireBuilt(path: string): string {
  if (!existsSync(path)) {
    throw new Error(`${path} is missing: run \`npm run build\` first`);
  }
  return path;
}

/** A user-data folder for one session; `owned` when the harness made it (and so removes it). */
interface ProfileFolder {
  readonly path: string;
  readonly owned: boolean;
  dispose(): Promise<void>;
}

/** Options given to a launcher that may relaunch on a folder the harness made, keeping ownership of it. */
type RelaunchOptions = LaunchOptions & { readonly ownedUserDataDir?: string };

async function profileFolder(options: RelaunchOptions): Promise<ProfileFolder> {
  const given = options.ownedUserDataDir ?? options.userDataDir;
  if (given !== undefined) {
    const owned = options.ownedUserDataDir !== undefined;
    return { path: given, owned, dispose: () => (owned ? rm(given, { recursive: true, force: true }) : Promise.resolve()) };
  }
  const path = await mkdtemp(join(tmpdir(), 'inkpost-profile-'));
  return { path, owned: true, dispose: () => rm(path, { recursive: true, force: true }) };
}

/** The options to start again on the same folders and user-data folder. */
function relaunchOptions(options: LaunchOptions, profile: ProfileFolder): RelaunchOptions {
  // An owned folder is never a userDataDir the caller gave (see profileFolder), so options has none to clear.
  return profile.owned ? { ...options, ownedUserDataDir: profile.path } : { ...options, userDataDir: profile.path };
}

/** The ids of running processes whose command line holds `marker` (Linux: read from /proc). */
async function processesWith(marker: string): Promise<number[]> {
  const ids: number[] = [];
  for (const entry of await readdir('/proc').catch(() => [])) {
    if (!/^\d+$/.test(entry)) {
      continue;
    }
    const commandLine = await readFile(`/proc/${entry}/cmdline`, 'utf8').catch(() => '');
    if (commandLine.split("\0").includes(marker)) {
      ids.push(Number(entry));
    }
  }
  return ids;
}

/** Sends SIGKILL to each process in `ids` (ours: started by this harness) and waits until they are gone. */
async function killProcesses(ids: readonly number[]): Promise<void> {
  for (const id of ids) {
    try {
      process.kill(id, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  const alive = (id: number): boolean => {
    try {
      process.kill(id, 0);
      return true;
    } catch {
      return false;
    }
  };
  for (let waited = 0; ids.some(alive) && waited < 5_000; waited += 50) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function waitUntilReady(page: Page): Promise<void> {
  await page.locator('.app[data-ready="true"]').waitFor({ state: 'attached', timeout: readyTimeoutMilliseconds });
}

/**
 * Runs the built renderer in Chromium, served from 127.0.0.1, with
 * `window.inkpost` built by the real preload and every call answered by main's
 * real dispatcher and handler table over `options.postsDir`.
 */
export async function launchInkpost(options: RelaunchOptions): Promise<InkpostSession> {
  const browser = findChromium();
  if ('skip' in browser) {
    throw new Error(`cannot launch Inkpost in a browser: ${browser.skip}`);
  }
  const rendererDir = join(distDir, 'renderer');
  requireBuilt(join(rendererDir, 'index.html'));
  const preloadScript = requireBuilt(join(distDir, 'harness', 'preload-in-browser.js'));

  const profile = await profileFolder(options);
  // The app's preferences live in the profile folder, as Electron keeps them in its user-data folder.
  let preferences: PreferencesStore;
  let startup: StartupFolder;
  let windowState: WindowStateKeeper;
  try {
    // The window state (the panes' layout; a browser page has no window place) in the profile folder, as Electron keeps it.
    windowState = await WindowStateKeeper.open(profile.path);
    preferences = await PreferencesStore.load(profile.path);
    startup = await chooseStartupFolder({ argument: options.postsDir, blogArgument: options.blogDir, preferences, documentsDir: profile.path });
  } catch (error) {
    await profile.dispose();
    throw error;
  }
  const server = await serveRendererOverHttp(rendererDir, () => blogAssetsFolder(host.workspace()), () => host.postsDir());
  let context: BrowserContext | undefined;
  let page: Page | undefined;
  // Events go to the page the way Electron's webContents.send delivers them to the preload.
  const sendEvent = async <Name extends EventName>(name: Name, payload: InkpostEvents[Name]): Promise<void> => {
    await page?.evaluate(([channel, value]) => {
      (window as unknown as { __inkpostHarnessEmit: (name: string, data: unknown) => void }).__inkpostHarnessEmit(channel, value);
    }, [eventChannel(name), payload] as const);
  };
  const host = new WorkspaceHost({ ...startup, assetBase: `${server.origin}${blogAssetsRoute}`, postAssetBase: `${server.origin}${postAssetsRoute}` }, (name, payload) => {
    sendEvent(name, payload).catch(() => undefined);
  }, userDataStores(profile.path), preferences);
  const desktop = new HarnessDesktop();
  const table = createHandlerTable(host, desktop, new PostJournal(journalFolder(profile.path)), windowState);
  const close = async (): Promise<void> => {
    host.close();
    await context?.close().catch(() => undefined);
    await desktop.trash.remove();
    await server.close();
    await profile.dispose();
  };
  const crash = async (): Promise<void> => {
    // Playwright starts Chromium with the profile as --user-data-dir; every process of that browser carries it.
    await killProcesses(await processesWith(`--user-data-dir=${profile.path}`));
    host.close();
    await context?.close().catch(() => undefined);
    await server.close();
  };
  const relaunch = (): Promise<InkpostSession> => launchInkpost(relaunchOptions(options, profile));
  try {
    context = await chromium.launchPersistentContext(profile.path, {
      executablePath: browser.path,
      headless: true,
      args: chromiumFlags,
      viewport: { width: 1280, height: 820 },
    });
    // The same sender check Electron's IPC does: only the app's own top frame may call. The outcome crosses as
    // JSON text: Playwright's own serialisation of a large object (a 5,000-post listing) takes seconds, where
    // Electron's structured clone takes milliseconds; the transport parses it back (every contract DTO is JSON).
    await context.exposeBinding('__inkpostHarnessInvoke', async ({ frame }, channel: unknown, args: unknown) => {
      const fromApp = frame.parentFrame() === null && new URL(frame.url()).origin === server.origin;
      if (!fromApp) {
        return JSON.stringify({ ok: false, error: { code: 'forbidden-sender', message: `refused a call from ${frame.url()}` } });
      }
      const name = typeof channel === 'string' && channel.startsWith('inkpost:call:') ? channel.slice('inkpost:call:'.length) : channel;
      return JSON.stringify(await dispatchCall(table, name, args));
    });
    await context.addInitScript({ path: preloadScript });
    if (options.initScript !== undefined) {
      await context.addInitScript({ content: options.initScript });
    }
    page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${server.origin}/index.html`);
    await waitUntilReady(page);
    const queueFolderChoice = (path: string | null): Promise<void> => {
      desktop.queueFolderChoice(path);
      return Promise.resolve();
    };
    return { page, desktop, userDataDir: profile.path, queueFolderChoice, sendEvent, close, crash, relaunch };
  } catch (error) {
    await close();
    throw error;
  }
}

/**
 * Runs the built app in Electron through Playwright's `_electron`, on the same
 * folders. Throws when the Electron binary is not installed; check
 * {@link findElectron} first to skip with its reason.
 */
export async function launchElectron(options: RelaunchOptions): Promise<InkpostSession> {
  const profile = await profileFolder(options);
  let running: ElectronInkpost;
  try {
    running = await launchElectronApp({ postsDir: options.postsDir, blogDir: options.blogDir, userDataDir: profile.path });
  } catch (error) {
    await profile.dispose();
    throw error;
  }
  const { app, page } = running;
  const sendEvent = async <Name extends EventName>(name: Name, payload: InkpostEvents[Name]): Promise<void> => {
    await app.evaluate(({ BrowserWindow }, [channel, value]) => {
      BrowserWindow.getAllWindows()[0]?.webContents.send(channel, value);
    }, [eventChannel(name), payload] as const);
  };
  const queueFolderChoice = async (path: string | null): Promise<void> => {
    await app.evaluate(({ dialog }, answer) => {
      // Answers showOpenDialog from a queue, the way a user would pick or cancel; the first call installs the stub.
      const state = globalThis as unknown as { __inkpostFolderAnswers?: (string | null)[] };
      if (state.__inkpostFolderAnswers === undefined) {
        const answers: (string | null)[] = [];
        state.__inkpostFolderAnswers = answers;
        dialog.showOpenDialog = (() => {
          const next = answers.shift() ?? null;
          return Promise.resolve({ canceled: next === null, filePaths: next === null ? [] : [next] });
        });
      }
      state.__inkpostFolderAnswers.push(answer);
    }, path);
  };
  // Kills the app without any unload handling; the user-data folder stays for a relaunch.
  const crash = async (): Promise<void> => {
    const child = app.process();
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
  };
  const relaunch = (): Promise<InkpostSession> => launchElectron(relaunchOptions(options, profile));
  const close = async (): Promise<void> => {
    await running.close();
    await profile.dispose();
  };
  return { page, desktop: null, userDataDir: profile.path, queueFolderChoice, sendEvent, close, crash, relaunch };
}
