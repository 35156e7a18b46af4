import { serverApiNamed } from '@clientele/server/apis';
import type { BenchApi } from '../scenario.ts';
import { offsetScenarios, preload, walk } from './customers.ts';

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
      scenarios: offsetScenarios({
        root,
        headers,
        count,
        create: '{"name":"New {n}","meta":{"source":"bench"}}',
        update: { method: 'PUT', body: '{"phone_number":"+1650555{digits}"}' },
      }),
      // Balanced's links are relative to the API root.
      walk: (origin) =>
        walk(origin, `${root}?limit=100&offset=0`, headers, (page: { items: unknown[]; next_uri: string | null }) => ({
          items: page.items.length,
          next: page.next_uri && `/balanced${page.next_uri}`,
        })),
    };
  },
};
