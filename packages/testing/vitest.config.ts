import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { shared } from '../../vitest.shared.ts';

export default defineConfig({
  test: {
    ...shared,
    globalSetup: ['test/global-setup.ts'],
    // The workspace's server bundle (built by the global setup) stands in for the published one.
    env: { CLIENTELE_SERVER_ENTRY: fileURLToPath(new URL('../../apps/server/dist/main.mjs', import.meta.url)) },
    // Hang guards, not timing: generous, so that a busy machine does not trip them.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
