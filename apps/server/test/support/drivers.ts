import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore, type Store } from '@clientele/store';

/** A storage driver the whole HTTP suite runs against: each test file gets a fresh, empty store. */
export interface Driver {
  readonly name: string;
  open(): Promise<{ store: Store; url: string; dispose(): Promise<void> }>;
}

const sqlite: Driver = {
  name: 'sqlite',
  async open() {
    const dir = mkdtempSync(join(tmpdir(), 'clientele-test-'));
    const url = `sqlite://${join(dir, 'test.sqlite')}`;
    const store = await openStore(url);
    await store.migrate();
    return {
      store,
      url,
      async dispose() {
        await store.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  },
};

/** Every driver available here; the suite is parameterised over these (see works-for style suites). */
export const drivers: readonly Driver[] = [sqlite];
