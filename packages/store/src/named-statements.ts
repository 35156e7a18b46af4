import type pgModule from 'pg';

/** The statement texts PostgreSQL may keep a plan of (see `keepsPlan`). */
const keptPlans = new Set<string>();

/**
 * Marks a statement text, written once in the store, whose best plan does not depend on its
 * parameters' values, nor on how many rows PostgreSQL guesses a scope holds: PostgreSQL may then
 * keep one generic plan for it. Not so a statement whose plan does: an `exists` over a whole scope
 * is a seek for a rare collection and a scan for a common one; a constant sent as a parameter
 * (`state = $1` for 'pending') hides which partial index applies; and a read by id ties the key
 * with the scope's other indexes when the generic plan guesses a scope of one row (many parents
 * make it so), which read the whole scope for every get and update. Planned once without the
 * values, such statements made creates fall to 50 a second and gets take 15 ms (see
 * docs/results/postgres-2026-12-06c.md); a test runs every marked text under a generic plan.
 */
export function keepsPlan(text: string): string {
  keptPlans.add(text);
  return text;
}

/**
 * A pg client class that sends the statements marked by `keepsPlan` as named prepared statements:
 * PostgreSQL parses and plans each once per connection, and each later call sends only its
 * parameters. Unnamed, every call was parsed and planned again, which cost the database more CPU
 * than the statements' own work (see docs/results/postgres-2026-12-06b.md). One name per text for
 * every connection; pg remembers which names each connection has prepared.
 */
export function namingClient(pg: typeof pgModule): typeof pgModule.Client {
  const names = new Map<string, string>();
  const nameOf = (text: string): string | undefined => {
    let name = names.get(text);
    if (name === undefined && keptPlans.has(text)) names.set(text, (name = `clientele_${names.size}`));
    return name;
  };
  return class NamingClient extends pg.Client {
    override query(config: unknown, values?: unknown, callback?: unknown): any {
      // Kysely and the store's batches send (text, values); anything else goes as it came.
      const name = typeof config === 'string' && Array.isArray(values) ? nameOf(config) : undefined;
      if (name !== undefined) return (super.query as Function).call(this, { name, text: config, values }, callback);
      return (super.query as Function).call(this, config, values, callback);
    }
  } as unknown as typeof pgModule.Client;
}

/** The texts marked so far (a test checks PostgreSQL's generic plan of each). */
export const textsPlannedOnce = (): readonly string[] => [...keptPlans];
