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
import { readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
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

/**
 * jsdom (bundled into the SVG sanitiser's worker only) reads two files beside its own sources at run time, which a
 * bundle does not have: its default stylesheet (inlined here) and the script behind synchronous XMLHttpRequest
 * (never used: the sanitiser loads nothing). The build fails loudly if a jsdom update changes either spot. Its
 * css-tree is taken from its CommonJS build, which requires its data files statically (the ES module build finds
 * them with createRequire(import.meta.url) at run time).
 */
const jsdomRunTimeFiles = {
  name: 'jsdom-run-time-files',
  setup(build) {
    const patches = [
      {
        file: /jsdom[\\/]lib[\\/]jsdom[\\/]living[\\/]css[\\/]helpers[\\/]computed-style\.js$/,
        from: /fs\.readFileSync\(\s*path\.resolve\(__dirname, "\.\.\/\.\.\/\.\.\/browser\/default-stylesheet\.css"\),\s*\{ encoding: "utf-8" \}\s*\)/,
        to: async (path) => JSON.stringify(await readFile(join(dirname(path), '..', '..', '..', 'browser', 'default-stylesheet.css'), 'utf8')),
      },
      { file: /jsdom[\\/]lib[\\/]jsdom[\\/]living[\\/]xhr[\\/]XMLHttpRequest-impl\.js$/, from: /require\.resolve\("\.\/xhr-sync-worker\.js"\)/, to: async () => '""' },
    ];
    build.onResolve({ filter: /^css-tree(?:\/|$)/ }, (args) => ({ path: createRequire(join(args.resolveDir, 'x.js')).resolve(args.path) }));
    build.onLoad({ filter: /jsdom[\\/]lib[\\/]jsdom[\\/]living[\\/].*\.js$/ }, async (args) => {
      const patch = patches.find((candidate) => candidate.file.test(args.path));
      if (patch === undefined) {
        return undefined;
      }
      const source = await readFile(args.path, 'utf8');
      if (!patch.from.test(source)) {
        throw new Error(`${args.path} no longer reads its file as the build expects: update jsdomRunTimeFiles in scripts/build.mjs`);
      }
      return { contents: source.replace(patch.from, await patch.to(args.path)), loader: 'js', resolveDir: dirname(args.path) };
    });
  },
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
  // The SVG sanitiser's worker thread, beside main.js: jsdom and DOMPurify live in this bundle only.
  esbuild({ ...nodeDefaults, entryPoints: ['main/services/images/svg-sanitizer-worker.ts'], outfile: 'dist/main/svg-sanitizer-worker.js', plugins: [jsdomRunTimeFiles] }),
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
