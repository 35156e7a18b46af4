import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 20_000,
    hookTimeout: 60_000,
    // Each file starts its own servers on its own stores; files run in parallel on the two cores.
    pool: 'forks',
  },
});
