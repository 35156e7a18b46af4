import { connectSandbox } from '@clientele/testing';
import { apiSuite } from '../shared/suites.mjs';

// This file's handle on the run's sandbox (global-setup.mjs put its connection in the environment):
// its tenants are its own, and close() removes them. Jest's globals (it, expect, afterAll) are injected.
const sandbox = connectSandbox();
afterAll(() => sandbox.close());

apiSuite(sandbox, { it, expect });
