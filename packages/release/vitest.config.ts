import { defineConfig } from 'vitest/config';
import { shared } from '../../vitest.shared.ts';

// The dry run installs, builds and packs in a scratch copy, then installs the tarballs in a scratch
// project, once per Node.js version the packed server is verified on (building its native SQLite
// driver for each): minutes, not seconds, on a small machine.
export default defineConfig({ test: { ...shared, testTimeout: 120_000, hookTimeout: 900_000 } });
