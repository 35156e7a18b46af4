import { genericError } from './errors';
import { bracketQuery, clienteleFetch, type ClientConfig, type ClienteleResponse, type RequestPolicy } from './fetch';
import { valueAt, type OperationMeta, type OperationTable, type PaginationMeta } from './operations';

/** What a single call may set besides fetch's own options (`signal`, `headers`, …). */
export interface CallOptions extends RequestInit {
  /** The `Idempotency-Key` to send (operations that take one get a generated key otherwise). */
  readonly idempotencyKey?: string;
  /** Overrides the client's `maxRetries` for this call. */
  readonly maxRetries?: number;
  /** Overrides the client's `timeout` (milliseconds per attempt) for this call. */
  readonly timeout?: number;
}

/** Whether a client resolves with every documented status, or throws for errors. */
export type ErrorMode = 'return' | 'throw';
export type ModeOf<O> = O extends { readonly throwOnError: true } ? 'throw' : 'return';

/** The documented 2xx and 3xx answers of a result union. */
export type Success<R> = R extends { readonly status: infer S extends number } ? (`${S}` extends `2${string}` | `3${string}` ? R : never) : never;

/** An operation's arguments with its trailing `RequestInit` widened to `CallOptions`. */
export type WithCallOptions<A extends unknown[]> = A extends [...infer Head, (infer _Options)?] ? [...Head, options?: CallOptions] : never;

type AnyOperation = (...args: never[]) => Promise<unknown>;

/** One generated operation as a client exposes it. */
export type BoundOperation<F, M extends ErrorMode> = F extends (...args: infer A) => Promise<infer R> ? (...args: WithCallOptions<A>) => Promise<M extends 'throw' ? Success<R> : R> : never;

type Path<S extends string> = S extends `${infer Head}.${infer Rest}` ? [Head, ...Path<Rest>] : [S];
type At<T, P extends readonly string[]> = P extends [infer Head extends string, ...infer Rest extends string[]] ? (Head extends keyof NonNullable<T> ? At<NonNullable<T>[Head], Rest> : never) : T;

/** The item type of a paged operation: the array at its `items` path in the 200 body. */
export type ItemOf<F, P extends PaginationMeta> = F extends (...args: never[]) => Promise<infer R>
  ? Extract<R, { status: 200 }> extends { data: infer D }
    ? At<D, Path<P['items']>> extends readonly (infer I)[]
      ? I
      : never
    : never
  : never;

type PagedIds<T extends OperationTable> = { [K in keyof T]: T[K] extends { readonly pagination: PaginationMeta } ? K : never }[keyof T];

/** A client: every operation of `Ops`, plus `paginate` over those whose spec says how they page. */
export type Client<Ops, T extends OperationTable, M extends ErrorMode> = {
  [K in keyof Ops as Ops[K] extends AnyOperation ? K : never]: BoundOperation<Ops[K], M>;
} & {
  /**
   * Every item of a list operation, page after page as the API pages (offset and total, links to
   * the next page, or cursors): `for await (const customer of client.paginate('listCustomers', { limit: 100 }))`.
   * Arguments are the operation's own; the page size is `limit` when given, else the largest the API allows.
   * An error answer is thrown as the API's error class.
   */
  paginate<K extends PagedIds<T> & keyof Ops & string>(
    operation: K,
    ...args: Ops[K] extends (...args: infer A) => Promise<unknown> ? WithCallOptions<A> : never
  ): AsyncIterableIterator<ItemOf<Ops[K], T[K] extends { readonly pagination: infer P extends PaginationMeta } ? P : never>>;
};

/** What every client factory takes besides the API's own credentials. */
export interface ClientOptions extends RequestPolicy {
  /** A fetch of your own (a proxy agent, a test double); the global one otherwise. */
  readonly fetch?: typeof fetch;
}

/** The request policy part of a factory's options, for its client configuration. */
export const policyOf = ({ maxRetries, retryDelay, sleep, timeout, throwOnError }: ClientOptions): RequestPolicy => ({ maxRetries, retryDelay, sleep, timeout, throwOnError });

type Caller = (args: unknown[]) => Promise<ClienteleResponse>;

/**
 * Binds a module of generated operations to one client configuration and what the spec says of
 * each (the operation table). Every generated operation takes its request options last, so the
 * configuration (and the call's own options) travel there.
 */
export function bindOperations<Ops extends Record<string, unknown>, T extends OperationTable, M extends ErrorMode = 'return'>(
  operations: Ops,
  table: T,
  config: ClientConfig,
): Client<Ops, T, M> {
  const callers = new Map<string, { call: Caller; meta: OperationMeta; arity: number }>();
  const bound: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(operations)) {
    const meta = table[name];
    if (typeof value !== 'function' || !meta) continue;
    const operation = value as (...args: unknown[]) => Promise<ClienteleResponse>;
    const arity = operation.length;
    const call: Caller = (args) => {
      const call = [...args];
      const { idempotencyKey, maxRetries, timeout, ...init } = (call[arity - 1] ?? {}) as CallOptions;
      if (meta.bracketQuery && meta.queryIndex !== undefined) call[meta.queryIndex] = bracketQuery(call[meta.queryIndex] as object | undefined);
      call[arity - 1] = {
        ...init,
        clientele: { ...config, operation: meta, idempotencyKey, maxRetries: maxRetries ?? config.maxRetries, timeout: timeout ?? config.timeout },
      };
      return operation(...call);
    };
    callers.set(name, { call, meta, arity });
    bound[name] = (...args: unknown[]) => call(args);
  }
  bound.paginate = (name: string, ...args: unknown[]) => {
    const caller = callers.get(name);
    if (!caller?.meta.pagination) throw new Error(`clientele: ${name} does not page (its spec has no x-clientele-pagination)`);
    return pages(caller.call, caller.meta, caller.arity, args, config);
  };
  return bound as Client<Ops, T, M>;
}

/** The 200 body of a page, or the API's error thrown. */
function pageBody(response: ClienteleResponse, config: ClientConfig): unknown {
  if (response.status !== 200) throw (config.errorOf ?? genericError)(response);
  return response.data;
}

function itemsOf(body: unknown, pagination: PaginationMeta): Record<string, unknown>[] {
  const items = valueAt(body, pagination.items);
  if (!Array.isArray(items)) throw new Error(`clientele: the page has no "${pagination.items}" list`);
  return items as Record<string, unknown>[];
}

/**
 * Walks the pages of a list operation. Offset pages of a list that grows while it is read shift
 * under the reader (a customer created at the head pushes the rest one place on), so offset and
 * link paging skip the items already yielded, by id: nothing is repeated, and, as items only move
 * further on, nothing is skipped. Cursor pages are anchored to an item and need no such care.
 */
async function* pages(call: Caller, meta: OperationMeta, arity: number, args: unknown[], config: ClientConfig): AsyncGenerator<unknown> {
  const pagination = meta.pagination!;
  const queryIndex = meta.queryIndex!;
  const options = args[arity - 1] as CallOptions | undefined;
  const given = (args[queryIndex] ?? {}) as Record<string, unknown>;
  const limit = (given[pagination.limit] as number | undefined) ?? pagination.maxLimit;
  const withQuery = (query: Record<string, unknown>) => {
    const next = [...args];
    next[queryIndex] = { ...given, ...(limit === undefined ? {} : { [pagination.limit]: limit }), ...query };
    return call(next);
  };
  const idOf = (item: Record<string, unknown>) => String(item[pagination.id]);

  if (pagination.style === 'cursor') {
    // Paging back from `ending_before` walks toward newer items: each page is yielded nearest first.
    const back = pagination.before !== undefined && given[pagination.before] !== undefined;
    const more = back ? (pagination.hasMoreBefore ?? pagination.hasMore) : pagination.hasMore;
    for (let query: Record<string, unknown> = {}; ; ) {
      const body = pageBody(await withQuery(query), config);
      const items = itemsOf(body, pagination);
      yield* back ? [...items].reverse() : items;
      if (!items.length || valueAt(body, more) !== true) return;
      query = back ? { [pagination.before!]: idOf(items[0]!) } : { [pagination.after]: idOf(items.at(-1)!) };
    }
  }

  const seen = new Set<string>();
  const fresh = function* (items: Record<string, unknown>[]) {
    for (const item of items) {
      const id = idOf(item);
      if (seen.has(id)) continue;
      seen.add(id);
      yield item;
    }
  };

  if (pagination.style === 'links') {
    let body = pageBody(await withQuery({}), config);
    for (;;) {
      const items = itemsOf(body, pagination);
      yield* fresh(items);
      const next = valueAt(body, pagination.next);
      if (typeof next !== 'string' || !items.length) return;
      const { idempotencyKey: _key, maxRetries, timeout, ...init } = options ?? {};
      body = pageBody(
        await clienteleFetch<ClienteleResponse>(next, {
          ...init,
          method: 'GET',
          clientele: { ...config, operation: meta, maxRetries: maxRetries ?? config.maxRetries, timeout: timeout ?? config.timeout },
        }),
        config,
      );
    }
  }

  let offset = (given[pagination.offset] as number | undefined) ?? 0;
  for (;;) {
    const body = pageBody(await withQuery({ [pagination.offset]: offset }), config);
    const items = itemsOf(body, pagination);
    yield* fresh(items);
    offset += items.length;
    const total = pagination.total === undefined ? undefined : valueAt(body, pagination.total);
    if (!items.length || (typeof total === 'number' ? offset >= total : limit !== undefined && items.length < limit)) return;
  }
}
