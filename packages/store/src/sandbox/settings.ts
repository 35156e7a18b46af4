import type { SandboxStore } from '../types.ts';
import type { SandboxParts } from './parts.ts';

/** Settings every instance on the database shares (the clock's offset, generations of what changed). */
export function settingsPart({ db, guard, all, write, inTransaction, run }: SandboxParts): SandboxStore['settings'] {
  return {
    all: () => guard(async () => Object.fromEntries((await all(db.selectFrom('sandbox_settings').select(['key', 'value']))).map((row) => [row.key, row.value]))),
    get: (key) =>
      guard(async () => {
        const [row] = await all(db.selectFrom('sandbox_settings').select('value').where('key', '=', key));
        return row?.value;
      }),
    set: (key, value) =>
      guard(async () => {
        await write(db.insertInto('sandbox_settings').values({ key, value }).onConflict((oc) => oc.column('key').doUpdateSet({ value })));
      }),
    setIfAbsent: (key, value) =>
      inTransaction(async (trx) => {
        await run(trx, db.insertInto('sandbox_settings').values({ key, value }).onConflict((oc) => oc.column('key').doNothing()));
        const [row] = await run(trx, db.selectFrom('sandbox_settings').select('value').where('key', '=', key));
        return row!.value;
      }),
  };
}
