// `node --test` has no global setup on Node.js 20: this script is one. It starts the sandbox, runs
// the test files (each in its own process, two at once: the isolation files wait for each other)
// with the sandbox's connection in their environment, and stops the sandbox whatever happens.
import { spawn } from 'node:child_process';
import { CONNECTION_VARIABLE, startSandbox } from '@clientele/testing';

const sandbox = await startSandbox();
const tests = spawn(process.execPath, ['--test', '--test-concurrency=2', 'test/'], {
  stdio: 'inherit',
  env: { ...process.env, [CONNECTION_VARIABLE]: JSON.stringify(sandbox.connection) },
});
const code = await new Promise((resolve) => tests.once('exit', (status) => resolve(status ?? 1)));
await sandbox.close();
process.exitCode = code;
