import { CONNECTION_VARIABLE, startSandbox } from '@clientele/testing';

// One sandbox for the run. Workers start after this and inherit the environment: `connectSandbox()`
// reads the connection from it. The handle stays here for the teardown (same process).
export default async function globalSetup() {
  const sandbox = await startSandbox();
  process.env[CONNECTION_VARIABLE] = JSON.stringify(sandbox.connection);
  globalThis.clienteleSandbox = sandbox;
}
