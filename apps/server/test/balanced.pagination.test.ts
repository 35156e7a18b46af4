import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBalancedClient, type BalancedClient } from '@clientele/client';
import { describeEachDriver } from './support/drivers.ts';
import { startServer, type TestServer } from './support/server.ts';
import { specValidator } from './support/spec.ts';

const spec = specValidator('balanced');

describeEachDriver('Balanced list pagination', (driver) => {
  let server: TestServer;
  let root: string;
  const clientFor = async () =>
    createBalancedClient({ baseUrl: root, apiKeySecret: (await server.tenant('balanced')).api_key_secret! });

  beforeAll(async () => {
    server = await startServer(driver);
    root = `${server.origin}/balanced`;
  });
  afterAll(() => server.close());

  const page = async (client: BalancedClient, params: { limit?: number; offset?: number }) => {
    const res = await client.listCustomers(params);
    expect(res.status).toBe(200);
    expect(spec.responseErrors('listCustomers', 200, res.data)).toEqual([]);
    return res.data as {
      items: { id: string; name: string }[];
      total: number;
      limit: number;
      offset: number;
      uri: string;
      first_uri: string;
      last_uri: string;
      next_uri: string | null;
      previous_uri: string | null;
      _uris: Record<string, unknown>;
    };
  };

  it('empty marketplace: defaults 10/0, no items, every link but first/last null', async () => {
    const p = await page(await clientFor(), {});
    expect(p).toMatchObject({
      _type: 'page',
      items: [],
      total: 0,
      limit: 10,
      offset: 0,
      uri: '/v1/customers?limit=10&offset=0',
      first_uri: '/v1/customers?limit=10&offset=0',
      last_uri: '/v1/customers?limit=10&offset=0',
      next_uri: null,
      previous_uri: null,
    });
    expect(p._uris).toEqual({
      first_uri: { _type: 'page', key: 'first' },
      next_uri: { _type: 'page', key: 'next' },
      previous_uri: { _type: 'page', key: 'previous' },
      last_uri: { _type: 'page', key: 'last' },
    });
  });

  describe('with 20 customers (an exact multiple of the limit)', () => {
    let client: BalancedClient;
    const names: string[] = [];
    beforeAll(async () => {
      client = await clientFor();
      for (let i = 0; i < 20; i++) {
        names.push(`c${i}`);
        expect((await client.createCustomer({ name: `c${i}` })).status).toBe(201);
      }
    });
    const newestFirst = () => [...names].reverse();

    it('first page is the 10 newest, newest first', async () => {
      const p = await page(client, {});
      expect(p.items.map((c) => c.name)).toEqual(newestFirst().slice(0, 10));
      expect(p).toMatchObject({ total: 20, next_uri: '/v1/customers?limit=10&offset=10', previous_uri: null, last_uri: '/v1/customers?limit=10&offset=10' });
    });

    it('last page of an exact multiple has no next', async () => {
      const p = await page(client, { offset: 10 });
      expect(p.items.map((c) => c.name)).toEqual(newestFirst().slice(10, 20));
      expect(p).toMatchObject({ next_uri: null, previous_uri: '/v1/customers?limit=10&offset=0', last_uri: '/v1/customers?limit=10&offset=10' });
    });

    it('limit 1 walks every customer exactly once', async () => {
      const seen: string[] = [];
      let p = await page(client, { limit: 1 });
      expect(p.last_uri).toBe('/v1/customers?limit=1&offset=19');
      seen.push(...p.items.map((c) => c.name));
      while (p.next_uri) {
        const offset = Number(new URL(p.next_uri, 'http://x').searchParams.get('offset'));
        p = await page(client, { limit: 1, offset });
        seen.push(...p.items.map((c) => c.name));
      }
      expect(seen).toEqual(newestFirst());
    });

    it('an uneven page: limit 7 offset 14 holds the last 6', async () => {
      const p = await page(client, { limit: 7, offset: 14 });
      expect(p.items).toHaveLength(6);
      expect(p).toMatchObject({ last_uri: '/v1/customers?limit=7&offset=14', next_uri: null, previous_uri: '/v1/customers?limit=7&offset=7' });
    });

    it('offset past the end: no items, the true total, previous leads back to the last page', async () => {
      const p = await page(client, { offset: 500 });
      expect(p).toMatchObject({ items: [], total: 20, offset: 500, next_uri: null, previous_uri: '/v1/customers?limit=10&offset=10' });
    });

    it('the largest limit (100) returns everything', async () => {
      const p = await page(client, { limit: 100 });
      expect(p.items).toHaveLength(20);
      expect(p).toMatchObject({ next_uri: null, last_uri: '/v1/customers?limit=100&offset=0' });
    });
  });
});
