import { resolve } from 'node:path';
import { defineConfig } from 'vite';

/** Builds the renderer into dist/renderer with relative URLs, so any origin (Electron's app scheme, the test server) can serve it. */
export default defineConfig({
  root: resolve(import.meta.dirname, 'renderer'),
  base: './',
  logLevel: 'warn',
  build: {
    outDir: resolve(import.meta.dirname, 'dist/renderer'),
    emptyOutDir: true,
    target: 'chrome130',
    modulePreload: { polyfill: false },
    sourcemap: true,
    chunkSizeWarningLimit: 1500,
  },
});
