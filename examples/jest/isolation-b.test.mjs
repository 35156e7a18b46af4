import { connectSandbox } from '@clientele/testing';
import { isolationSuite } from '../shared/suites.mjs';

const sandbox = connectSandbox();
afterAll(() => sandbox.close());

isolationSuite(sandbox, 'b', 'a', { it, expect });
