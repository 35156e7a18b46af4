import { defineConfig } from 'vitest/config';
import { shared } from '../../vitest.shared.ts';

export default defineConfig({ test: { ...shared, testTimeout: 600_000 } }); // a hang guard: building every reference takes minutes on a loaded machine
