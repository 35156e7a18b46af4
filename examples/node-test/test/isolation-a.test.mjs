import { isolationTest } from '../isolation.mjs';

isolationTest('a', 'b');
