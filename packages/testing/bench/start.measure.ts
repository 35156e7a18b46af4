import { it } from 'vitest';
import { startSandbox } from '../src/index.ts';

// SANDBOX_MODE=child|in-process: one start in a fresh Vitest worker, as a per-file setup has it.
const mode = process.env.SANDBOX_MODE === 'in-process' ? 'in-process' : 'child';

it(`starts a sandbox (${mode}) in a fresh Vitest worker`, async () => {
  const start = performance.now();
  const sandbox = await startSandbox({ mode });
  console.log(`vitest worker, ${mode}: ${Math.round(performance.now() - start)} ms`);
  await sandbox.close();
});
