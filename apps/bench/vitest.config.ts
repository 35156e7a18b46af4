import { defineConfig } from 'vitest/config';
import { shared } from '../../vitest.shared.ts';

export default defineConfig({
  test: {
    ...shared,
    // The smoke runs build and start the server, preload it and time scenarios.
    testTimeout: 300_000,
    hookTimeout: 120_000,
  },
});
