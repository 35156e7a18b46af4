import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// `SANDBOX_MODE=child|in-process npx vitest run --config bench/vitest.config.ts`: the start of a sandbox in a Vitest worker,
// where an in-process server's module goes through Vite's transform.
export default defineConfig({
  test: {
    include: ['bench/*.measure.ts'],
    env: { CLIENTELE_SERVER_ENTRY: fileURLToPath(new URL('../../../apps/server/dist/main.mjs', import.meta.url)) },
    testTimeout: 300_000,
    pool: 'forks',
    fileParallelism: false,
  },
});
