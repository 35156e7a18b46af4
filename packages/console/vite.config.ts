import { defineConfig } from 'vite';

// Preact's JSX through Vite's own transform: no framework plugin needed for a page this size.
export default defineConfig({
  root: import.meta.dirname,
  // Relative asset URLs: the server serves the page under /_clientele/console/ on every port.
  base: './',
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022', modulePreload: { polyfill: false }, reportCompressedSize: false },
  logLevel: 'warn',
});
