import { connectSandbox } from '@clientele/testing';
import { afterAll, expect, inject, it } from 'vitest';
import { apiSuite } from '../../shared/suites.mjs';

// This file's handle on the run's sandbox: its tenants are its own, and close() removes them.
const sandbox = connectSandbox(inject('clientele'));
afterAll(() => sandbox.close());

apiSuite(sandbox, { it, expect });
