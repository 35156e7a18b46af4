import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeEachDriver } from './support/drivers.ts';
import { createCustomer, dwollaAccount, newCustomer, type DwollaAccount } from './support/dwolla.ts';
import { raw } from './support/http.ts';
import { startServer, type TestServer } from './support/server.ts';
import { specValidator } from './support/spec.ts';

const spec = specValidator('dwolla');

describeEachDriver('Dwolla list pagination', (driver) => {
  let server: TestServer;
  let root: string;
  let account: DwollaAccount;
  /** Ids in creation order. */
  const ids: string[] = [];

  const list = async (query = '', headers: Record<string, string> = {}) => {
    const res = await raw(`${root}/customers${query}`, { headers: { ...account.headers, ...headers } });
    expect(res.status).toBe(200);
    expect(spec.responseErrors('listCustomers', 200, res.json)).toEqual([]);
    return res.json as {
      _links: Record<string, { href: string }>;
      _embedded: { customers: { id: string; _links: { self: { href: string } } }[] };
      total: number;
    };
  };
  const href = (limit: number, offset: number) => ({ href: `${root}/customers?limit=${limit}&offset=${offset}` });

  beforeAll(async () => {
    // Behind a proxy (`--trust-proxy`), so the proxy-header test below is honoured.
    server = await startServer(driver, { trustProxy: true });
    root = `${server.origin}/dwolla`;
    account = await dwollaAccount(server, root);
  });
  afterAll(() => server.close());

  it('an empty account: default limit 25, self, first and last at offset 0, no next or prev', async () => {
    expect(await list()).toEqual({
      _links: { self: href(25, 0), first: href(25, 0), last: href(25, 0) },
      _embedded: { customers: [] },
      total: 0,
    });
  });

  it('five customers by two: links at the first, middle and last page, newest first', async () => {
    for (let i = 0; i < 5; i++) ids.push(await createCustomer(root, account, newCustomer({ firstName: `N${i}` })));
    const newestFirst = [...ids].reverse();

    const first = await list('?limit=2');
    expect(first.total).toBe(5);
    expect(first._links).toEqual({ self: href(2, 0), first: href(2, 0), last: href(2, 4), next: href(2, 2) });
    expect(first._embedded.customers.map((c) => c.id)).toEqual(newestFirst.slice(0, 2));
    expect(first._embedded.customers[0]!._links.self.href).toBe(`${root}/customers/${newestFirst[0]}`);

    const middle = await list('?limit=2&offset=2');
    expect(middle._links).toEqual({ self: href(2, 2), first: href(2, 0), last: href(2, 4), next: href(2, 4), prev: href(2, 0) });
    expect(middle._embedded.customers.map((c) => c.id)).toEqual(newestFirst.slice(2, 4));

    const last = await list('?limit=2&offset=4');
    expect(last._links).toEqual({ self: href(2, 4), first: href(2, 0), last: href(2, 4), prev: href(2, 2) });
    expect(last._embedded.customers.map((c) => c.id)).toEqual(newestFirst.slice(4));
  });

  it('an offset between strides and one past the end', async () => {
    const odd = await list('?limit=2&offset=1');
    expect(odd._links).toEqual({ self: href(2, 1), first: href(2, 0), last: href(2, 4), next: href(2, 3), prev: href(2, 0) });
    const past = await list('?limit=2&offset=10');
    expect(past._embedded.customers).toEqual([]);
    expect(past.total).toBe(5);
    // Stepping back from past the end lands on the last page.
    expect(past._links).toEqual({ self: href(2, 10), first: href(2, 0), last: href(2, 4), prev: href(2, 4) });
  });

  it('a page exactly as long as the list, and the largest limit', async () => {
    const exact = await list('?limit=5');
    expect(exact._links).toEqual({ self: href(5, 0), first: href(5, 0), last: href(5, 0) });
    const max = await list('?limit=200');
    expect(max._embedded.customers).toHaveLength(5);
    expect(max._links.self).toEqual(href(200, 0));
  });

  it('links follow the proxy headers behind a trusted proxy', async () => {
    const proxied = await list('?limit=2&offset=2', { 'x-forwarded-proto': 'https', 'x-forwarded-host': 'sandbox.example.com:8443' });
    expect(proxied._links.next).toEqual({ href: 'https://sandbox.example.com:8443/dwolla/customers?limit=2&offset=4' });
    expect(proxied._links.prev).toEqual({ href: 'https://sandbox.example.com:8443/dwolla/customers?limit=2&offset=0' });
  });
});
