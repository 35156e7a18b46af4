import { connectSandbox } from '@clientele/testing';
import { afterAll, expect, inject, it } from 'vitest';
import { isolationSuite } from '../../shared/suites.mjs';

const sandbox = connectSandbox(inject('clientele'));
afterAll(() => sandbox.close());

isolationSuite(sandbox, 'a', 'b', { it, expect });
