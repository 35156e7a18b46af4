import type { SandboxStore } from '../types.ts';
import type { SandboxParts } from './parts.ts';

/** Fault rules, taken one request at a time across instances. */
export function faultsPart({ db, guard, all, write, emptyTable }: SandboxParts): SandboxStore['faults'] {
  return {
    list: () =>
      guard(async () =>
        (await all(db.selectFrom('fault_rules').selectAll().orderBy('created_us').orderBy('id'))).map((row) => ({
          id: row.id,
          createdUs: Number(row.created_us),
          rule: JSON.parse(row.rule) as unknown,
          remaining: row.remaining === null ? null : Number(row.remaining),
        })),
      ),
    add: (rule) =>
      guard(async () => {
        await write(db.insertInto('fault_rules').values({ id: rule.id, created_us: rule.createdUs, rule: JSON.stringify(rule.rule), remaining: rule.remaining }));
      }),
    remove: (id) => guard(async () => (await write(db.deleteFrom('fault_rules').where('id', '=', id).returning('id'))).length > 0),
    clear: () => emptyTable('fault_rules'),
    // One statement: two instances taking the last request of a rule never both get it.
    take: (id) =>
      guard(
        async () =>
          (await write(db.updateTable('fault_rules').set((eb) => ({ remaining: eb('remaining', '-', 1) })).where('id', '=', id).where('remaining', '>', 0).returning('id')))
            .length > 0,
      ),
  };
}
