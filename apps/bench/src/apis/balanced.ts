import { serverApiNamed } from '@clientele/server/apis';
import { fixtures } from '@clientele/server/fixtures';
import type { BenchApi } from '../scenario.ts';

const BATCH = 1_000;

export const balancedBench: BenchApi = {
  name: 'balanced',
  async prepare(store, count) {
    const api = serverApiNamed('balanced')!;
    const { tenant, credentials } = await api.provisionTenant(store, { name: 'bench' });
    const fixture = fixtures.balanced!;
    const collection = store.collection(fixture.collection);
    const ids: string[] = [];
    for (let start = 0; start < count; start += BATCH) {
      const docs = Array.from({ length: Math.min(BATCH, count - start) }, (_, i) => fixture.sample(start + i));
      await collection.insertMany(tenant.id, docs);
      ids.push(...docs.map((d) => d.id));
    }
    const headers = {
      authorization: `Basic ${Buffer.from(`${credentials.api_key_secret}:`).toString('base64')}`,
      'content-type': 'application/json',
    };
    const root = '/balanced/v1/customers';
    return {
      ids,
      scenarios: [
        { name: 'get one', key: 'get', request: { method: 'GET', headers, path: `${root}/{id}` } },
        {
          name: 'create',
          key: 'create',
          writes: true,
          request: { method: 'POST', headers, path: root, body: '{"name":"New {n}","meta":{"source":"bench"}}' },
        },
        {
          name: 'update',
          key: 'update',
          writes: true,
          request: { method: 'PUT', headers, path: `${root}/{id}`, body: '{"phone_number":"+1650555{digits}"}' },
        },
        { name: 'list, first page', key: 'list_first', request: { method: 'GET', headers, path: `${root}?limit=10` } },
        { name: 'list, random offset', key: 'list_random', request: { method: 'GET', headers, path: `${root}?limit=10&offset={offset}` } },
        { name: 'list, offset 90,000', key: 'list_deep', request: { method: 'GET', headers, path: `${root}?limit=10&offset=${Math.max(0, Math.min(90_000, count - 10))}` } },
      ],
      async walk(origin) {
        let next: string | null = '/v1/customers?limit=100&offset=0';
        let seen = 0;
        while (next) {
          const response = await fetch(`${origin}/balanced${next}`, { headers });
          const page = (await response.json()) as { items: unknown[]; next_uri: string | null };
          seen += page.items.length;
          next = page.next_uri;
        }
        return seen;
      },
    };
  },
};
