import { isolationTest } from '../isolation.mjs';

isolationTest('b', 'a');
