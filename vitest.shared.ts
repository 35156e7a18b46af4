import type { ViteUserConfig } from 'vitest/config';

/**
 * What every package's vitest config shares: the console report, plus a JSON report that
 * `scripts/test-summary.mjs` adds up into one closing line for the whole repository.
 */
export const shared: NonNullable<ViteUserConfig['test']> = {
  include: ['test/**/*.test.ts'],
  reporters: ['default', 'json'],
  outputFile: { json: 'test-results/vitest.json' },
};
