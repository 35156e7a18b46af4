import { startSandbox } from '@clientele/testing';

/** Starts one sandbox for the run and hands its connection to every test file (`inject('clientele')`). */
export default async function setup({ provide }) {
  const sandbox = await startSandbox();
  provide('clientele', sandbox.connection);
  return () => sandbox.close();
}
