import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';

/** Either a browser or an engine to run, or the reason there is none and how to get one. */
export type Availability = { readonly path: string } | { readonly skip: string };

const knownChromiumPaths = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

/**
 * Finds a Chromium for the harness: `CHROMIUM_PATH`, then Debian's
 * `/usr/bin/chromium`, then other usual places and any browser playwright-core
 * knows. Without one, says why and how to get one.
 */
export function findChromium(): Availability {
  const fromEnvironment = process.env['CHROMIUM_PATH'];
  if (fromEnvironment !== undefined && fromEnvironment !== '') {
    return existsSync(fromEnvironment)
      ? { path: fromEnvironment }
      : { skip: `CHROMIUM_PATH is set to ${fromEnvironment}, which does not exist` };
  }
  let playwrightChromium: string | undefined;
  try {
    playwrightChromium = chromium.executablePath();
  } catch {
    playwrightChromium = undefined;
  }
  const found = [...knownChromiumPaths, playwrightChromium].find((path): path is string => path !== undefined && existsSync(path));
  return found !== undefined
    ? { path: found }
    : { skip: 'no Chromium or Chrome found: install one (Debian/Ubuntu: apt-get install chromium; macOS: Google Chrome) or set CHROMIUM_PATH' };
}

/**
 * Finds the Electron binary installed with the `electron` package. It is
 * missing where the install ran with ELECTRON_SKIP_BINARY_DOWNLOAD=1; on Linux
 * it also needs an X display.
 */
export function findElectron(): Availability {
  let binary: string;
  try {
    // The electron package's main export is the binary's path; it throws when the binary was never downloaded.
    binary = createRequire(__filename)('electron') as string;
  } catch (error) {
    return { skip: `the Electron binary is not installed (${error instanceof Error ? error.message.split('\n')[0] : String(error)}); run \`node node_modules/electron/install.js\` where GitHub is reachable` };
  }
  if (!existsSync(binary)) {
    return { skip: `the Electron binary is missing at ${binary}` };
  }
  if (process.platform === 'linux' && (process.env['DISPLAY'] ?? '') === '' && (process.env['WAYLAND_DISPLAY'] ?? '') === '') {
    return { skip: 'Electron needs a display: run the tests under xvfb-run' };
  }
  return { path: binary };
}
