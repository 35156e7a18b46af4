import { setFlagsFromString } from 'node:v8';

/**
 * How far V8 lets the old generation grow past what its last full collection kept: by default up
 * to 4 times, so after a load the server held about 230 MB resident for 40-50 MB of live objects;
 * at 1.5 times, about 170 MB. V8 reads it at every collection, so a running process may set it.
 * Only the server as a program sets it (src/main.ts, and src/bundle/main.mjs before it compiles
 * the bundle: V8 refuses a code cache made under other flags), not a process that imports the
 * server (a test runner).
 */
export function limitHeapGrowth(): void {
  setFlagsFromString('--heap-growing-percent=50');
}
