// ESM test files as they are (no transform): Jest runs them with Node's VM modules
// (`NODE_OPTIONS=--experimental-vm-modules`, in the test script).
export default {
  testMatch: ['<rootDir>/*.test.mjs'],
  transform: {},
  globalSetup: '<rootDir>/global-setup.mjs',
  globalTeardown: '<rootDir>/global-teardown.mjs',
  // Two workers at least: the isolation files wait for each other.
  maxWorkers: 2,
  verbose: true,
  testTimeout: 120_000,
};
