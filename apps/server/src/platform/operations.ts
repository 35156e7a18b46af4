import type { Operation } from '@clientele/schemas';
import type { ProvisionedTenant, ServerApi } from './handlers.ts';

/** An operation of a route table, with its id. */
export interface NamedOperation {
  readonly id: string;
  readonly op: Operation;
}

/**
 * The operations of an API's sample resource, read off its route table and samples, for the tools
 * that drive every API alike (benchmarks, crash and soak runs): get one (GET of one resource),
 * create (POST to the collection), update (the write to one resource) and the list. Where the
 * samples name the update or the list (`samples.benchmark`), those are taken.
 */
export interface SampleOperations {
  readonly get?: NamedOperation;
  readonly create?: NamedOperation;
  readonly update?: NamedOperation;
  readonly list?: NamedOperation;
}

const paramsOf = (op: Operation) => Object.keys(op.request?.params?.properties ?? {});
/** The resource itself rather than one of its children: its path ends at its id. */
const endsAtId = (op: Operation) => /\{[^}]+\}$/.test(op.path);

export function sampleOperations(api: ServerApi, tenant: ProvisionedTenant): SampleOperations {
  const entries = Object.entries(api.definition.routes).filter(([, op]) => !op.headOf);
  const find = (test: (op: Operation) => boolean): NamedOperation | undefined => {
    const found = entries.find(([, op]) => test(op));
    return found && { id: found[0], op: found[1] };
  };
  const named = (id: string | undefined): NamedOperation | undefined => (id && api.definition.routes[id] ? { id, op: api.definition.routes[id] } : undefined);
  const addressing = Object.keys(api.samples.params('x', tenant));
  /** Routes of one sample resource: addressed by exactly the parameters its samples give. */
  const isItem = (op: Operation) => paramsOf(op).length === addressing.length && paramsOf(op).every((p) => addressing.includes(p));
  const item = (test: (op: Operation) => boolean) => find((op) => isItem(op) && endsAtId(op) && test(op)) ?? find((op) => isItem(op) && test(op));
  // The list the samples name, or a GET with a query whose path parameters (if any) the samples give, that is not one resource.
  const list =
    named(api.samples.benchmark?.list) ??
    find((op) => op.method === 'GET' && Boolean(op.request?.query) && !isItem(op) && paramsOf(op).every((p) => addressing.includes(p)));
  return {
    get: item((op) => op.method === 'GET'),
    // The collection's own create: authenticated like its list (Dwolla's token endpoint is a POST too).
    create: find((op) => op.method === 'POST' && !op.request?.params && Boolean(op.request?.body) && op.auth?.scheme === list?.op.auth?.scheme),
    update: named(api.samples.benchmark?.update) ?? item((op) => ['PUT', 'PATCH', 'POST'].includes(op.method) && Boolean(op.request?.body)),
    list,
  };
}

/** The first array of objects with ids in a page: `items`, `data`, `_embedded.customers`, … */
export function itemsOf(page: unknown): { id: string }[] {
  if (Array.isArray(page)) return page.every((item) => item && typeof item === 'object' && 'id' in item) ? (page as { id: string }[]) : [];
  if (!page || typeof page !== 'object') return [];
  for (const value of Object.values(page)) {
    const items = itemsOf(value);
    if (items.length) return items;
  }
  return [];
}

/** A path of `op` under the API's mount, its parameters filled from `params` (those missing stay as their names). */
export const operationPath = (api: ServerApi, op: Operation, params: Readonly<Record<string, string>>) =>
  `/${api.definition.name}${op.path.replace(/\{([^}]+)\}/g, (_, key: string) => params[key] ?? key)}`;

/**
 * Every live resource of a list, 100 at a time by its own paging parameters (offset, or
 * `starting_after` the last id): the page bodies, in order.
 */
export async function walkList(origin: string, api: ServerApi, list: Operation, params: Readonly<Record<string, string>>, headers: Record<string, string>): Promise<unknown[]> {
  const byOffset = 'offset' in (list.request?.query?.properties ?? {});
  const pages: unknown[] = [];
  let seen = 0;
  let after: string | undefined;
  for (;;) {
    const paging = byOffset ? `offset=${seen}` : after ? `starting_after=${after}` : '';
    const response = await fetch(`${origin}${operationPath(api, list, params)}?limit=100&${paging}`, { headers });
    if (!response.ok) throw new Error(`walk: ${list.path} answered ${response.status}: ${await response.text()}`);
    const page: unknown = await response.json();
    pages.push(page);
    const items = itemsOf(page);
    seen += items.length;
    if (items.length < 100) return pages;
    after = items.at(-1)!.id;
  }
}
