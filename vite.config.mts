import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';

/** The editor's spelling dictionary (dictionary-en, from SCOWL: MIT and BSD) ships with its licence. */
function dictionaryLicence(): Plugin {
  return {
    name: 'inkpost-dictionary-licence',
    generateBundle() {
      const source = readFileSync(resolve(import.meta.dirname, 'node_modules/dictionary-en/license'));
      this.emitFile({ type: 'asset', fileName: 'assets/dictionary-en-license.txt', source });
    },
  };
}

/** Builds the renderer into dist/renderer with relative URLs, so any origin (Electron's app scheme, the test server) can serve it. */
export default defineConfig({
  root: resolve(import.meta.dirname, 'renderer'),
  base: './',
  logLevel: 'warn',
  plugins: [dictionaryLicence()],
  build: {
    outDir: resolve(import.meta.dirname, 'dist/renderer'),
    emptyOutDir: true,
    target: 'chrome130',
    // PROFILE_BUILD=1 npm run build keeps function names readable in CPU profiles.
    minify: process.env['PROFILE_BUILD'] === undefined,
    modulePreload: { polyfill: false },
    sourcemap: true,
    chunkSizeWarningLimit: 1500,
    // The dictionary stays a file of its own: a data: URL would need the CSP's connect-src to allow data:.
    assetsInlineLimit: (file) => (/\.(?:aff|dic)$/.test(file) ? false : undefined),
  },
});
