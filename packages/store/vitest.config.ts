import { defineConfig } from 'vitest/config';
import { shared } from '../../vitest.shared.ts';

export default defineConfig({ test: { ...shared, globalSetup: ['test/global-setup.ts'], testTimeout: 120_000, hookTimeout: 120_000 } }); // hang guards, generous: a busy machine must not trip them
