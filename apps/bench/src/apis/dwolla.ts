import { serverApiNamed } from '@clientele/server/apis';
import { issueAccessToken } from '@clientele/server/oauth';
import type { BenchApi } from '../scenario.ts';
import { offsetScenarios, preload, walk } from './customers.ts';

const HAL = 'application/vnd.dwolla.v1.hal+json';

export const dwollaBench: BenchApi = {
  name: 'dwolla',
  async prepare(store, count) {
    const { tenant } = await serverApiNamed('dwolla')!.provisionTenant(store, { name: 'bench' });
    const ids = await preload(store, 'dwolla', tenant.id, count);
    // A token issued through the store, as the token endpoint would, valid for the whole run.
    const { accessToken } = await issueAccessToken(store, {
      api: 'dwolla',
      principal: { tenant, scopes: ['ManageCustomers'] },
      lifetimeSeconds: 24 * 3600,
    });
    const headers = { authorization: `Bearer ${accessToken}`, accept: HAL, 'content-type': HAL };
    const root = '/dwolla/customers';
    return {
      ids,
      scenarios: offsetScenarios({
        root,
        headers,
        count,
        create: '{"firstName":"New","lastName":"Customer {n}","email":"new{n}@example.org"}',
        update: { method: 'POST', body: '{"lastName":"Updated {digits}"}' },
      }),
      // Dwolla's links are absolute: keep the path.
      walk: (origin) =>
        walk(origin, `${root}?limit=100&offset=0`, headers, (page: { _embedded: { customers: unknown[] }; _links: { next?: { href: string } } }) => ({
          items: page._embedded.customers.length,
          next: page._links.next ? new URL(page._links.next.href).pathname + new URL(page._links.next.href).search : null,
        })),
    };
  },
};
