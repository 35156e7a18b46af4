import { fixtures } from '@clientele/server/fixtures';
import type { Store } from '@clientele/store';

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
