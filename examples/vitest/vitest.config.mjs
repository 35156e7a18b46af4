import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Two workers at least: the isolation files wait for each other.
    maxWorkers: 2,
    reporters: ['verbose'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    projects: [
      // One server for the run, started by the global setup; each file gets tenants of its own on it.
      // `extends: true`: each project takes the timeouts above.
      { extends: true, test: { name: 'global', include: ['global/*.test.mjs'], globalSetup: ['global/setup.mjs'] } },
      // A server per test file, started in the file's beforeAll.
      { extends: true, test: { name: 'per-file', include: ['per-file/*.test.mjs'] } },
    ],
  },
});
