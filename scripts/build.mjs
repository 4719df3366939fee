// One build for the whole app: esbuild bundles the Node side (Electron main,
// preload, CLI), Vite builds the renderer, in parallel (about a second).
//
// Why not electron-vite: the Node side needs what it does not cover directly.
// The CLI is a third Node entry that must run on plain Node; the test harness
// needs the *real* preload bundled with its `electron` import swapped for a
// browser transport (one esbuild `alias`); and every bundle is a single file
// with its libraries inlined (but the native file watcher), so the sandboxed
// preload requires nothing but electron. Vite gives the renderer
// what it needs (CSS, code-split language modes for CodeMirror) with relative
// URLs, so one build loads from inkpost-app:// in Electron and from
// http://127.0.0.1 in the harness.
import { build as esbuild } from 'esbuild';
import { rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build as viteBuild } from 'vite';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const started = performance.now();

await rm(dist, { recursive: true, force: true });

// Native modules cannot be bundled: they load from node_modules, the package's production dependencies
// (electron-builder packs them, their binaries outside the asar; see electron-builder.yml).
const nativeModules = ['@parcel/watcher'];

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
  // Electron main: electron and the native watcher stay external; every other library is bundled.
  esbuild({ ...nodeDefaults, entryPoints: ['main/electron/main.ts'], outfile: 'dist/main/main.js', external: ['electron', ...nativeModules] }),
  // The sandboxed preload must be one CommonJS file that requires nothing but electron.
  esbuild({ ...nodeDefaults, entryPoints: ['preload/index.ts'], outfile: 'dist/preload/preload.js', external: ['electron'], platform: 'browser', target: 'chrome130' }),
  // The CLI runs on plain Node.
  esbuild({ ...nodeDefaults, entryPoints: ['main/cli/inkpost.ts'], outfile: 'dist/cli/inkpost.js', external: nativeModules }),
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
