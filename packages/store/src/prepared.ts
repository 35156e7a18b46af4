import type { CompiledQuery, Compilable } from 'kysely';
import { keepsPlan } from './named-statements.ts';

const MARK = '\u0000clientele:param:';

/**
 * A query built with Kysely once, at its first call, and compiled once: each call only fills in
 * its parameters. Building and compiling costs several microseconds per query, more than a small
 * SQLite query itself; compiled at start-up, a store's queries were about a tenth of the server's
 * start, most of them for collections a run may never touch. `build` is called once with
 * placeholders in place of its arguments. `planOnce`: its plan does not depend on its arguments (see
 * `keepsPlan`), so PostgreSQL plans it once per connection.
 */
export function prepare<Args extends unknown[], R>(
  build: (...args: Args) => Compilable<R>,
  planOnce = false,
): (...args: Args) => CompiledQuery<R> {
  let compiled: CompiledQuery<R> | undefined;
  let slots: ({ arg: number } | { value: unknown })[] = [];
  const compile = (): CompiledQuery<R> => {
    const placeholders = Array.from({ length: build.length }, (_, i) => `${MARK}${i}`) as unknown as Args;
    const query = build(...placeholders).compile();
    if (query.sql.includes(MARK)) throw new Error(`a placeholder was inlined into SQL: ${query.sql}`);
    if (planOnce) keepsPlan(query.sql);
    slots = query.parameters.map((value) => (typeof value === 'string' && value.startsWith(MARK) ? { arg: Number(value.slice(MARK.length)) } : { value }));
    return query;
  };
  return (...args) => {
    compiled ??= compile();
    return { ...compiled, parameters: slots.map((slot) => ('arg' in slot ? args[slot.arg] : slot.value)) };
  };
}
