import { defineConfig } from 'tsup';

// The published build. One ESM bundle plus one bundled declaration file: the orval output imports
// `../../src/runtime/fetch` without an extension, which Node's ESM loader (and TypeScript's
// node16 resolution of a .d.ts) would reject if the files were emitted one by one with tsc.
export default defineConfig({
  entry: { index: 'src/index.ts' },
  format: ['esm'],
  target: 'node20',
  platform: 'neutral',
  dts: true,
  clean: true,
  treeshake: true,
  outDir: 'dist',
});
