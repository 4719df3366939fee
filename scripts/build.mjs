// One build for the whole app: esbuild bundles the Node side (Electron main,
// preload, CLI), Vite builds the renderer. See docs/ARCHITECTURE.md for why.
import { build as esbuild } from 'esbuild';
import { rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build as viteBuild } from 'vite';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const started = performance.now();

await rm(dist, { recursive: true, force: true });

const nodeDefaults = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: 'linked',
  logLevel: 'warning',
  absWorkingDir: root,
};

await Promise.all([
  // Electron main: electron itself stays external; every library is bundled, so the package needs no node_modules.
  esbuild({ ...nodeDefaults, entryPoints: ['main/electron/main.ts'], outfile: 'dist/main/main.js', external: ['electron'] }),
  // The sandboxed preload must be one CommonJS file that requires nothing but electron.
  esbuild({ ...nodeDefaults, entryPoints: ['preload/index.ts'], outfile: 'dist/preload/preload.js', external: ['electron'], platform: 'browser', target: 'chrome130' }),
  // The CLI runs on plain Node.
  esbuild({ ...nodeDefaults, entryPoints: ['main/cli/inkpost.ts'], outfile: 'dist/cli/inkpost.js' }),
  // The index's worker thread, next to each bundle that starts it (it is looked up beside the running script).
  ...['dist/main', 'dist/cli'].map((folder) =>
    esbuild({ ...nodeDefaults, entryPoints: ['main/services/index/post-index-worker.ts'], outfile: `${folder}/post-index-worker.js` })),
  // The test harness runs the real preload in a plain browser, with only Electron's transport replaced.
  esbuild({
    ...nodeDefaults,
    entryPoints: ['preload/index.ts'],
    outfile: 'dist/harness/preload-in-browser.js',
    platform: 'browser',
    format: 'iife',
    target: 'chrome130',
    alias: { electron: './test/harness/browser-electron-transport.ts' },
  }),
  viteBuild({ configFile: join(root, 'vite.config.mts') }),
]);

console.log(`built main, preload, CLI, index worker and renderer into dist/ in ${Math.round(performance.now() - started)} ms`);
