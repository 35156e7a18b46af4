import { defineConfig } from 'vitest/config';
import { shared } from '../../vitest.shared.ts';

export default defineConfig({
  test: {
    ...shared,
    // The smoke runs start real server processes and send thousands of requests.
    testTimeout: 300_000,
    hookTimeout: 120_000,
  },
});
