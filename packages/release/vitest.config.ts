import { defineConfig } from 'vitest/config';
import { shared } from '../../vitest.shared.ts';

// The dry run installs, builds and packs in a scratch copy, then installs the tarballs in a scratch
// project: minutes, not seconds, on a small machine.
export default defineConfig({ test: { ...shared, testTimeout: 120_000, hookTimeout: 600_000 } });
