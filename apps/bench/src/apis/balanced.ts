import { serverApiNamed } from '@clientele/server/apis';
import type { BenchApi } from '../scenario.ts';
import { preload, walk } from './preload.ts';

export const balancedBench: BenchApi = {
  name: 'balanced',
  async prepare(store, count) {
    const { tenant, credentials } = await serverApiNamed('balanced')!.provisionTenant(store, { name: 'bench' });
    const ids = await preload(store, 'balanced', tenant.id, count);
    const headers = {
      authorization: `Basic ${Buffer.from(`${credentials.api_key_secret}:`).toString('base64')}`,
      'content-type': 'application/json',
    };
    const root = '/balanced/v1/customers';
    return {
      ids,
      scenarios: [
        { name: 'get one', key: 'get', request: { method: 'GET', headers, path: `${root}/{id}` } },
        { name: 'create', key: 'create', writes: true, request: { method: 'POST', headers, path: root, body: '{"name":"New {n}","meta":{"source":"bench"}}' } },
        { name: 'update', key: 'update', writes: true, request: { method: 'PUT', headers, path: `${root}/{id}`, body: '{"phone_number":"+1650555{digits}"}' } },
        { name: 'list, first page', key: 'list_first', request: { method: 'GET', headers, path: `${root}?limit=10` } },
        { name: 'list, random offset', key: 'list_random', request: { method: 'GET', headers, path: `${root}?limit=10&offset={offset}` } },
        { name: 'list, offset 90,000', key: 'list_deep', request: { method: 'GET', headers, path: `${root}?limit=10&offset=${Math.max(0, Math.min(90_000, count - 10))}` } },
      ],
      // Balanced's links are relative to the API root.
      walk: (origin) =>
        walk(origin, `${root}?limit=100&offset=0`, headers, (page: { items: unknown[]; next_uri: string | null }) => ({
          items: page.items.length,
          next: page.next_uri && `/balanced${page.next_uri}`,
        })),
    };
  },
};
