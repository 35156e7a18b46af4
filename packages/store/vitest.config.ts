import { defineConfig } from 'vitest/config';
import { shared } from '../../vitest.shared.ts';

export default defineConfig({ test: { ...shared, globalSetup: ['test/global-setup.ts'], testTimeout: 20_000, hookTimeout: 60_000 } });
