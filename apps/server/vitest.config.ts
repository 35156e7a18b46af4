import { defineConfig } from 'vitest/config';
import { shared } from '../../vitest.shared.ts';

export default defineConfig({
  test: {
    ...shared,
    globalSetup: ['test/global-setup.ts', 'test/build-setup.ts'],
    // Hang guards, not timing: generous, so that a busy machine does not trip them.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // Each file starts its own servers on its own stores, so files run in parallel safely.
    pool: 'forks',
  },
});
