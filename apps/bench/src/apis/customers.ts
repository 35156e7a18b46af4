import { fixtures } from '@clientele/server/fixtures';
import type { Store } from '@clientele/store';
import type { RequestShape, Scenario } from '../scenario.ts';

const BATCH = 1_000;

/** Fills a tenant's main collection with `count` sample documents through the store; returns their ids. */
export async function preload(store: Store, api: string, tenantId: string, count: number): Promise<string[]> {
  const fixture = fixtures[api];
  if (!fixture) throw new Error(`no fixture for ${api}`);
  const collection = store.collection(fixture.collection);
  const ids: string[] = [];
  for (let start = 0; start < count; start += BATCH) {
    const docs = Array.from({ length: Math.min(BATCH, count - start) }, (_, i) => fixture.sample(start + i));
    await collection.insertMany(tenantId, docs);
    ids.push(...docs.map((d) => d.id));
  }
  return ids;
}

/** Follows a list's next links from `first` until there are none; returns how many items it saw. */
export async function walk(
  origin: string,
  first: string,
  headers: Record<string, string>,
  read: (page: any) => { items: number; next: string | null },
): Promise<number> {
  let next: string | null = first;
  let seen = 0;
  while (next) {
    const response = await fetch(`${origin}${next}`, { headers });
    if (!response.ok) throw new Error(`walk: ${next} answered ${response.status}`);
    const page = read(await response.json());
    seen += page.items;
    next = page.next;
  }
  return seen;
}

/**
 * The six scenarios of a customer collection with offset pagination: get one, create, update, the
 * first page, random offsets and offset 90,000 (or as deep as `count` allows).
 */
export function offsetScenarios(options: {
  root: string;
  headers: Record<string, string>;
  create: string;
  update: Pick<RequestShape, 'method' | 'body'>;
  count: number;
}): Scenario[] {
  const { root, headers, count } = options;
  const deep = Math.max(0, Math.min(90_000, count - 10));
  return [
    { name: 'get one', key: 'get', request: { method: 'GET', headers, path: `${root}/{id}` } },
    { name: 'create', key: 'create', writes: true, request: { method: 'POST', headers, path: root, body: options.create } },
    { name: 'update', key: 'update', writes: true, request: { ...options.update, headers, path: `${root}/{id}` } },
    { name: 'list, first page', key: 'list_first', request: { method: 'GET', headers, path: `${root}?limit=10` } },
    { name: 'list, random offset', key: 'list_random', request: { method: 'GET', headers, path: `${root}?limit=10&offset={offset}` } },
    { name: 'list, offset 90,000', key: 'list_deep', request: { method: 'GET', headers, path: `${root}?limit=10&offset=${deep}` } },
  ];
}
