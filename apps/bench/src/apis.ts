import type { Operation } from '@clientele/schemas';
import { serverApis } from '@clientele/server/apis';
import type { ProvisionedTenant, ServerApi } from '@clientele/server/platform';
import { systemClock } from '@clientele/server/platform';
import type { Store } from '@clientele/store';
import type { RequestShape, Scenario } from './scenario.ts';

const BATCH = 1_000;
/** A number no sample contains: where it appears in a sample body, each request puts its own `{n}`. */
const MARKER = 987_654_321;

export interface Preloaded {
  readonly api: ServerApi;
  readonly tenant: ProvisionedTenant;
  /** Ids of the preloaded resources, oldest first. */
  readonly ids: readonly string[];
  /** Unix seconds when the preload began and when its middle batch was written: a `created` range deep in the data. */
  readonly created: { readonly first: number; readonly middle: number };
  /** Create bodies prepared through the store, each to be sent once (APIs whose create consumes a token). */
  readonly createBodies?: readonly unknown[];
}

const unixNow = () => Math.floor(systemClock.nowMs() / 1000);

/**
 * Every registered API, its tenant and `count` sample resources, through the store (before the
 * server starts), and `creates` create bodies for APIs that need theirs prepared.
 */
export async function preloadAll(store: Store, count: number, creates: number): Promise<Preloaded[]> {
  const loaded: Preloaded[] = [];
  for (const api of serverApis) {
    const tenant = await api.provisionTenant(store, { name: 'bench' });
    const ids: string[] = [];
    const first = unixNow();
    let middle = first;
    for (let from = 0; from < count; from += BATCH) {
      if (from <= count / 2) middle = unixNow();
      ids.push(...(await api.samples.insert(store, tenant.scope, { from, count: Math.min(BATCH, count - from) }, systemClock)));
    }
    const createBodies: unknown[] = [];
    for (let from = 0; api.samples.prepareCreates && from < creates; from += BATCH) {
      createBodies.push(...(await api.samples.prepareCreates(store, tenant, Math.min(BATCH, creates - from), systemClock)));
    }
    loaded.push({ api, tenant, ids, created: { first, middle }, ...(api.samples.prepareCreates ? { createBodies } : {}) });
  }
  return loaded;
}

const find = (api: ServerApi, test: (op: Operation) => boolean) => Object.values(api.definition.routes).find((op) => !op.headOf && test(op));
const paramsOf = (op: Operation) => Object.keys(op.request?.params?.properties ?? {});
/** Routes of one sample resource: addressed by exactly the parameters its samples give. */
const isItem = ({ api, tenant }: Preloaded, op: Operation) => {
  const addressing = Object.keys(api.samples.params('x', tenant));
  return paramsOf(op).length === addressing.length && paramsOf(op).every((p) => addressing.includes(p));
};
/** The resource itself rather than one of its children: its path ends at its id. */
const endsAtId = (op: Operation) => /\{[^}]+\}$/.test(op.path);
export const pathOf = ({ api, tenant }: Preloaded, op: Operation, id: string) => {
  const params = api.samples.params(id, tenant);
  return `/${api.definition.name}${op.path.replace(/\{([^}]+)\}/g, (_, key: string) => params[key] ?? key)}`;
};
/** A sample body as a template: each request fills `{n}` with its own number, so unique values stay unique. */
const template = ({ api, tenant }: Preloaded) =>
  // Where the number stands alone (Balanced's `meta.index`) it becomes 0; inside text, the request's own `{n}`.
  JSON.stringify(api.samples.body(MARKER, tenant), (_key, value: unknown) => (value === MARKER ? 0 : value)).replaceAll(String(MARKER), '{n}');
const named = (api: ServerApi, operationId: string | undefined) => (operationId ? api.definition.routes[operationId] : undefined);

/**
 * The list the benchmarks page through: the one the samples name, or a GET with a query whose path
 * parameters (if any) the samples give, that is not one resource.
 */
function listOf(loaded: Preloaded): Operation | undefined {
  const { api, tenant } = loaded;
  const addressing = Object.keys(api.samples.params('x', tenant));
  return (
    named(api, api.samples.benchmark?.list) ??
    find(api, (op) => op.method === 'GET' && Boolean(op.request?.query) && !isItem(loaded, op) && paramsOf(op).every((p) => addressing.includes(p)))
  );
}

/**
 * The scenarios of an API, read off its route table: get one (GET of one resource), create (POST
 * to the collection, with prepared bodies where the API needs them), update (the write to one
 * resource), the first page of the list, a page as deep as the preload allows (offset 90,000, or
 * the cursor at that depth) and, where the list takes `created`, a page of a creation-time range.
 * Where the samples name the update or the list, those are taken.
 */
/** The operations the benchmarks exercise, read off the route table (see `scenariosOf`). */
export function operationsOf(loaded: Preloaded) {
  const { api } = loaded;
  const items = (test: (op: Operation) => boolean) => find(api, (op) => isItem(loaded, op) && endsAtId(op) && test(op)) ?? find(api, (op) => isItem(loaded, op) && test(op));
  const list = listOf(loaded);
  return {
    get: items((op) => op.method === 'GET'),
    list,
    // The collection's own create: authenticated like its list (Dwolla's token endpoint is a POST too).
    create: find(api, (op) => op.method === 'POST' && !op.request?.params && Boolean(op.request?.body) && op.auth?.scheme === list?.auth?.scheme),
    update: named(api, api.samples.benchmark?.update) ?? items((op) => ['PUT', 'PATCH', 'POST'].includes(op.method) && Boolean(op.request?.body)),
  };
}

export function scenariosOf(loaded: Preloaded, headers: Record<string, string>): Scenario[] {
  const { api, ids, created, createBodies } = loaded;
  const { get, list, create, update } = operationsOf(loaded);
  const scenarios: Scenario[] = [];
  // A body travels as the operation's JSON media type, whatever the API's authorization headers say.
  const request = (op: Operation, path: string, body?: string): RequestShape => ({
    method: op.method as RequestShape['method'],
    headers: body ? { ...headers, 'content-type': op.request?.body?.contentTypes.find((t) => t.includes('json')) ?? 'application/json' } : headers,
    path,
    ...(body ? { body } : {}),
  });
  if (get) scenarios.push({ name: 'get one', key: 'get', request: request(get, pathOf(loaded, get, '{id}')) });
  if (create && createBodies) {
    const shape = request(create, `/${api.definition.name}${create.path}`, '{body}');
    scenarios.push({ name: 'create (prepared token)', key: 'create', writes: true, request: shape, bodies: createBodies });
  } else if (create) scenarios.push({ name: 'create', key: 'create', writes: true, request: request(create, `/${api.definition.name}${create.path}`, template(loaded)) });
  if (update) scenarios.push({ name: 'update', key: 'update', writes: true, request: request(update, pathOf(loaded, update, '{id}'), template(loaded)) });
  if (list) {
    const root = pathOf(loaded, list, '{id}');
    const query = list.request!.query!.properties;
    const depth = Math.max(0, Math.min(90_000, ids.length - 10));
    scenarios.push({ name: 'list, first page', key: 'list_first', request: request(list, `${root}?limit=10`) });
    if ('offset' in query) {
      scenarios.push({ name: 'list, random offset', key: 'list_random', request: request(list, `${root}?limit=10&offset={offset}`) });
      scenarios.push({ name: `list, offset ${depth.toLocaleString('en')}`, key: 'list_deep', request: request(list, `${root}?limit=10&offset=${depth}`) });
    } else if ('starting_after' in query) {
      // Newest first: the document `depth` places from the newest.
      const cursor = ids[ids.length - 1 - depth]!;
      scenarios.push({ name: `list, cursor at ${depth.toLocaleString('en')}`, key: 'list_deep', request: request(list, `${root}?limit=10&starting_after=${cursor}`) });
    }
    if ('created' in query) {
      const range = `created%5Bgte%5D=${created.first}&created%5Blte%5D=${created.middle}`;
      scenarios.push({ name: 'list, created range', key: 'list_created', request: request(list, `${root}?limit=10&${range}`) });
    }
  }
  return scenarios;
}

/** The first array of objects with ids in a page: `items`, `data`, `_embedded.customers`, … */
function itemsOf(page: unknown): { id: string }[] {
  if (Array.isArray(page)) return page.every((item) => item && typeof item === 'object' && 'id' in item) ? (page as { id: string }[]) : [];
  if (!page || typeof page !== 'object') return [];
  for (const value of Object.values(page)) {
    const items = itemsOf(value);
    if (items.length) return items;
  }
  return [];
}

/** Walks every preloaded resource 100 at a time by the list's own paging parameters; returns how many it saw. */
export async function walk(origin: string, loaded: Preloaded, headers: Record<string, string>): Promise<number> {
  const list = listOf(loaded)!;
  const byOffset = 'offset' in list.request!.query!.properties;
  let seen = 0;
  let after: string | undefined;
  for (;;) {
    const paging = byOffset ? `offset=${seen}` : after ? `starting_after=${after}` : '';
    const response = await fetch(`${origin}${pathOf(loaded, list, '')}?limit=100&${paging}`, { headers });
    if (!response.ok) throw new Error(`walk: ${list.path} answered ${response.status}`);
    const items = itemsOf(await response.json());
    seen += items.length;
    if (items.length < 100) return seen;
    after = items.at(-1)!.id;
  }
}
