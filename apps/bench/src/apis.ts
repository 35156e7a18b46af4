import type { Operation } from '@clientele/schemas';
import { serverApis } from '@clientele/server/apis';
import type { ProvisionedTenant, ServerApi } from '@clientele/server/platform';
import { itemsOf, operationPath, sampleOperations, systemClock, walkList } from '@clientele/server/platform';
import type { Store } from '@clientele/store';
import { expectedOf } from './judge.ts';
import type { RequestShape, Scenario } from './scenario.ts';

const BATCH = 1_000;
/** A number no sample contains: where it appears in a sample body, each request puts its own `{n}`. */
const MARKER = 987_654_321;

export interface Preloaded {
  readonly api: ServerApi;
  readonly tenant: ProvisionedTenant;
  /** Ids of the preloaded resources, oldest first. */
  readonly ids: readonly string[];
  /** Milliseconds when the preload began and when its middle batch began: a `created` range holding the batches before it. */
  readonly created: { readonly first: number; readonly middle: number };
  /** Create bodies prepared through the store, each to be sent once (APIs whose create consumes a token). */
  readonly createBodies?: readonly unknown[];
}


/**
 * Every registered API, its tenant and `count` sample resources, through the store (before the
 * server starts), and `creates` create bodies for APIs that need theirs prepared.
 */
export async function preloadAll(store: Store, count: number, creates: number, apis: readonly ServerApi[] = serverApis): Promise<Preloaded[]> {
  const loaded: Preloaded[] = [];
  for (const api of apis) {
    const tenant = await api.provisionTenant(store, { name: 'bench' });
    const ids: string[] = [];
    const first = systemClock.nowMs();
    let middle = first;
    for (let from = 0; from < count; from += BATCH) {
      if (from <= count / 2) middle = systemClock.nowMs();
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

const pathOf = ({ api, tenant }: Preloaded, op: Operation, id: string) => operationPath(api, op, api.samples.params(id, tenant));
/** A sample body as a template: each request fills `{n}` with its own number, so unique values stay unique. */
const template = ({ api, tenant }: Preloaded) =>
  // Where the number stands alone (Balanced's `meta.index`) it becomes 0; inside text, the request's own `{n}`.
  JSON.stringify(api.samples.body(MARKER, tenant), (_key, value: unknown) => (value === MARKER ? 0 : value)).replaceAll(String(MARKER), '{n}');

/**
 * The scenarios of an API, read off its route table: get one (GET of one resource), create (POST
 * to the collection, with prepared bodies where the API needs them), update (the write to one
 * resource), the first page of the list, a page nine tenths deep (offset 90,000 of 100,000, or
 * the cursor at that depth) and, where the list takes `created`, a page of a creation-time range.
 * Where the samples name the update or the list, those are taken.
 */
export function scenariosOf(loaded: Preloaded, headers: Record<string, string>): Scenario[] {
  const { api, tenant, ids, created, createBodies } = loaded;
  const operations = sampleOperations(api, tenant);
  const [get, create, update, list] = [operations.get?.op, operations.create?.op, operations.update?.op, operations.list?.op];
  const scenarios: Scenario[] = [];
  // A body travels as the operation's JSON media type, whatever the API's authorization headers say.
  const request = (op: Operation, path: string, body?: string): RequestShape => ({
    method: op.method as RequestShape['method'],
    headers: body ? { ...headers, 'content-type': op.request?.body?.contentTypes.find((t) => t.includes('json')) ?? 'application/json' } : headers,
    path,
    ...(body ? { body } : {}),
  });
  if (get) scenarios.push({ name: 'get one', key: 'get', request: request(get, pathOf(loaded, get, '{id}')), expected: expectedOf(get, 'resource') });
  if (create && createBodies) {
    const shape = request(create, `/${api.definition.name}${create.path}`, '{body}');
    scenarios.push({ name: 'create (prepared token)', key: 'create', writes: true, request: shape, bodies: createBodies, expected: expectedOf(create, 'created') });
  } else if (create) {
    scenarios.push({ name: 'create', key: 'create', writes: true, request: request(create, `/${api.definition.name}${create.path}`, template(loaded)), expected: expectedOf(create, 'created') });
  }
  if (update) scenarios.push({ name: 'update', key: 'update', writes: true, request: request(update, pathOf(loaded, update, '{id}'), template(loaded)), expected: expectedOf(update, 'resource') });
  if (list) {
    const page = expectedOf(list, 'page');
    const root = pathOf(loaded, list, '{id}');
    const query = list.request!.query!.properties;
    // Nine tenths of the way: offset 90,000 of 100,000 (900,000 of a grown 1,000,000).
    const depth = Math.max(0, Math.min(Math.floor(ids.length * 0.9), ids.length - 10));
    scenarios.push({ name: 'list, first page', key: 'list_first', request: request(list, `${root}?limit=10`), expected: page });
    if ('offset' in query) {
      scenarios.push({ name: 'list, random offset', key: 'list_random', request: request(list, `${root}?limit=10&offset={offset}`), expected: page });
      scenarios.push({ name: `list, offset ${depth.toLocaleString('en')}`, key: 'list_deep', request: request(list, `${root}?limit=10&offset=${depth}`), expected: page });
    } else if ('starting_after' in query) {
      // Newest first: the document `depth` places from the newest.
      const cursor = ids[ids.length - 1 - depth]!;
      scenarios.push({ name: `list, cursor at ${depth.toLocaleString('en')}`, key: 'list_deep', request: request(list, `${root}?limit=10&starting_after=${cursor}`), expected: page });
    }
    const range = api.samples.benchmark?.createdRange;
    // Bounds around the milliseconds measured (whole seconds widened outwards): a preload within one second still fills the page.
    const iso = (ms: number) => encodeURIComponent(new Date(ms).toISOString());
    if ('created' in query) {
      const bounds = `created%5Bgte%5D=${Math.floor(created.first / 1000)}&created%5Blte%5D=${Math.ceil(created.middle / 1000)}`;
      scenarios.push({ name: 'list, created range', key: 'list_created', request: request(list, `${root}?limit=10&${bounds}`), expected: page });
    } else if (range) {
      const bounds = `${range.from}=${iso(created.first)}&${range.to}=${iso(created.middle)}`;
      scenarios.push({ name: 'list, created range', key: 'list_created', request: request(list, `${root}?limit=10&${bounds}`), expected: page });
    }
  }
  // A child collection of the resource (a GET list under its path), read for a random resource.
  const child = get && Object.values(api.definition.routes).find((op) => op.method === 'GET' && !op.headOf && op.path.startsWith(`${get.path}/`) && op.request?.query?.properties && 'limit' in op.request.query.properties);
  if (child) {
    const path = `${pathOf(loaded, child, '{id}')}?limit=10`;
    scenarios.push({ name: `child list …${child.path.slice(get.path.length)}`, key: 'list_child', request: request(child, path), expected: expectedOf(child, 'page') });
  }
  return scenarios;
}

/** Walks every preloaded resource 100 at a time by the list's own paging parameters; returns the resources it saw. */
export async function walk(origin: string, loaded: Preloaded, headers: Record<string, string>): Promise<{ id: string }[]> {
  const { api, tenant } = loaded;
  const pages = await walkList(origin, api, sampleOperations(api, tenant).list!.op, api.samples.params('', tenant), headers);
  return pages.flatMap((page) => itemsOf(page));
}
