/**
 * Electron itself, for the specs only Electron can answer (menus, dialogs,
 * the single-instance lock, navigation): launches the built app through
 * Playwright's `_electron` and hands back the `ElectronApplication`, whose
 * `evaluate` runs code in the main process (to click a menu item or stub the
 * dialog module). Check {@link findElectron} first: where the binary is
 * missing the specs are skipped with its reason.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron, type ElectronApplication, type Page } from 'playwright-core';
import { findElectron } from './find-browser';
import { distDir } from './paths';

/** What to start Electron with. */
export interface ElectronLaunchOptions {
  readonly postsDir: string;
  readonly blogDir?: string | undefined;
  /** The user-data folder; a fresh temporary one (removed on close) by default. Pass one to relaunch on the same settings. */
  readonly userDataDir?: string | undefined;
}

/** A running Electron Inkpost. */
export interface ElectronInkpost {
  readonly app: ElectronApplication;
  /** The window's page, once it lists its posts. */
  readonly page: Page;
  readonly userDataDir: string;
  /** Closes the app (if still running) and removes a temporary user-data folder. */
  close(): Promise<void>;
}

/** How long the app may take to list its posts. */
export const readyTimeoutMilliseconds = 20_000;

/** The command line Electron is started with: the built main script, the folders, and on Linux no setuid sandbox. */
export function electronArguments(options: ElectronLaunchOptions & { readonly userDataDir: string }): string[] {
  const mainScript = join(distDir, 'main', 'main.js');
  if (!existsSync(mainScript)) {
    throw new Error(`${mainScript} is missing: run \`npm run build\` first`);
  }
  return [
    mainScript,
    `--posts-dir=${options.postsDir}`,
    `--user-data-dir=${options.userDataDir}`,
    ...(options.blogDir === undefined ? [] : [`--blog-dir=${options.blogDir}`]),
    ...(process.platform === 'linux' ? ['--no-sandbox'] : []),
  ];
}

/** Starts the built app in Electron and waits until its page is ready. Throws when the binary is not installed. */
export async function launchElectronApp(options: ElectronLaunchOptions): Promise<ElectronInkpost> {
  const electron = findElectron();
  if ('skip' in electron) {
    throw new Error(`cannot launch Inkpost in Electron: ${electron.skip}`);
  }
  const temporary = options.userDataDir === undefined;
  const userDataDir = options.userDataDir ?? (await mkdtemp(join(tmpdir(), 'inkpost-profile-')));
  let app: ElectronApplication | undefined;
  const close = async (): Promise<void> => {
    await app?.close().catch(() => undefined);
    if (temporary) {
      await rm(userDataDir, { recursive: true, force: true });
    }
  };
  try {
    app = await _electron.launch({ executablePath: electron.path, args: electronArguments({ ...options, userDataDir }), timeout: readyTimeoutMilliseconds });
    const page = await app.firstWindow();
    await page.locator('.app[data-ready="true"]').waitFor({ state: 'attached', timeout: readyTimeoutMilliseconds });
    return { app, page, userDataDir, close };
  } catch (error) {
    await close();
    throw error;
  }
}
