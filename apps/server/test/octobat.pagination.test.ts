import { afterAll, beforeAll, expect, it } from 'vitest';
import { stringify } from 'qs';
import { manualClock } from '../src/platform/clock.ts';
import { describeEachDriver } from './support/drivers.ts';
import { basic, rawHttp } from './support/http.ts';
import { errorsOf, FORM, octobatAccount, octobatCaller, type OctobatCaller } from './support/octobat.ts';
import { startServer, type TestServer } from './support/server.ts';
import { specValidator } from './support/spec.ts';

const spec = specValidator('octobat');

interface Page {
  object: 'list';
  data: { id: string; name: string }[];
  has_more: boolean;
  has_before: boolean;
  total_count: number;
}

describeEachDriver('Octobat customer lists: cursors both ways, parameters in a GET body', (driver) => {
  let server: TestServer;
  let root: string;
  let key: string;
  let octobat: OctobatCaller;
  /** The customers created, newest first (the list's order). */
  let ids: string[];
  const clock = manualClock();

  const page = async (query: string): Promise<Page> => {
    const res = await octobat.list(query);
    expect(res.status, res.text).toBe(200);
    expect(spec.responseErrors('listCustomers', 200, res.json)).toEqual([]);
    return res.json as Page;
  };
  const names = (p: Page) => p.data.map((c) => c.name);
  /** A GET whose parameters travel in its body, as Octobat's Node SDK sends them. */
  const getWithBody = (query: string, body: string, type = FORM, chunked = false) =>
    rawHttp(`${root}/customers${query ? `?${query}` : ''}`, { method: 'GET', headers: { authorization: basic(key), 'content-type': type }, body, chunked });

  beforeAll(async () => {
    server = await startServer(driver, { clock });
    root = `${server.origin}/octobat`;
    key = (await octobatAccount(server)).testKey;
    octobat = octobatCaller(root, key);
    const created: string[] = [];
    for (let i = 0; i < 25; i++) {
      clock.advance(1000);
      const res = await octobat.create({ name: `c${i}`, billing_address_country: 'FR' });
      created.push(res.json.id);
    }
    ids = created.reverse();
  });
  afterAll(() => server.close());

  it('lists newest first, 10 by default, with the total and no page before the first', async () => {
    const first = await page('');
    expect(Object.keys(first)).toEqual(['object', 'has_before', 'has_more', 'total_count', 'data']);
    expect(names(first)).toEqual(['c24', 'c23', 'c22', 'c21', 'c20', 'c19', 'c18', 'c17', 'c16', 'c15']);
    expect([first.has_before, first.has_more, first.total_count]).toEqual([false, true, 25]);
  });

  it('walks forward with starting_after to the end, then back with ending_before to the start', async () => {
    const forward: string[] = [];
    let p = await page('limit=7');
    const flags = [[p.has_before, p.has_more]];
    forward.push(...p.data.map((c) => c.id));
    while (p.has_more) {
      p = await page(`limit=7&starting_after=${p.data.at(-1)!.id}`);
      flags.push([p.has_before, p.has_more]);
      forward.push(...p.data.map((c) => c.id));
    }
    expect(forward).toEqual(ids);
    expect(flags).toEqual([[false, true], [true, true], [true, true], [true, false]]);
    expect(p.data).toHaveLength(4);
    expect(p.total_count).toBe(25);

    const backward: string[] = [...p.data.map((c) => c.id)];
    while (p.has_before) {
      p = await page(`limit=7&ending_before=${p.data[0]!.id}`);
      backward.unshift(...p.data.map((c) => c.id));
      // Pages before a cursor are still listed newest first.
      expect(p.data.map((c) => c.id)).toEqual(ids.slice(ids.indexOf(p.data[0]!.id), ids.indexOf(p.data[0]!.id) + p.data.length));
    }
    expect(backward).toEqual(ids);
    expect([p.has_before, p.has_more]).toEqual([false, true]);
  });

  it('at the ends: after the oldest and before the newest are empty pages that say where the customers are', async () => {
    const afterLast = await page(`starting_after=${ids.at(-1)}`);
    expect([afterLast.data, afterLast.has_before, afterLast.has_more]).toEqual([[], true, false]);
    const beforeFirst = await page(`ending_before=${ids[0]}`);
    expect([beforeFirst.data, beforeFirst.has_before, beforeFirst.has_more]).toEqual([[], false, true]);
    const exact = await page(`limit=3&ending_before=${ids[3]}`);
    expect([exact.data.map((c) => c.id), exact.has_before, exact.has_more]).toEqual([ids.slice(0, 3), false, true]);
    const all = await page('limit=100');
    expect([all.data.length, all.has_before, all.has_more]).toEqual([25, false, false]);
  });

  it('an unknown cursor is a 422 naming its parameter; both cursors at once too', async () => {
    const unknown = await octobat.list('starting_after=oc_cu_1421878635hksc26e4de79');
    expect(unknown.status).toBe(422);
    expect(spec.responseErrors('listCustomers', 422, unknown.json)).toEqual([]);
    expect(errorsOf(unknown)).toEqual({ starting_after: ['No such customer: oc_cu_1421878635hksc26e4de79'] });
    const before = await octobat.list('ending_before=nope');
    expect(errorsOf(before)).toEqual({ ending_before: ['No such customer: nope'] });
    const both = await octobat.list(`starting_after=${ids[1]}&ending_before=${ids[0]}`);
    expect(both.status).toBe(422);
    expect(Object.keys(errorsOf(both))).toEqual(['ending_before']);
  });

  it('limit is 1 to 100: anything else is a 422 naming it', async () => {
    expect(names(await page('limit=1'))).toEqual(['c24']);
    expect((await page('limit=100')).data).toHaveLength(25);
    for (const limit of ['0', '101', 'ten', '2.5']) {
      const res = await octobat.list(`limit=${limit}`);
      expect(res.status, limit).toBe(422);
      expect(Object.keys(errorsOf(res))).toEqual(['limit']);
    }
  });

  it('takes the parameters from a form body of the GET, as the Node SDK sends them, or a JSON body', async () => {
    const form = await getWithBody('', stringify({ limit: 2, starting_after: ids[4] }));
    expect(form.status, form.text).toBe(200);
    expect(form.json.data.map((c: { id: string }) => c.id)).toEqual(ids.slice(5, 7));
    const json = await getWithBody('', JSON.stringify({ limit: 3, ending_before: ids[10] }), 'application/json');
    expect(json.json.data.map((c: { id: string }) => c.id)).toEqual(ids.slice(7, 10));
    // Body values win over the query string's, as Rails merges them; the rest of the query stays.
    const merged = await getWithBody(`limit=5&starting_after=${ids[0]}`, stringify({ limit: 1 }));
    expect(merged.json.data.map((c: { id: string }) => c.id)).toEqual([ids[1]]);
    // A body sent in chunks (no Content-Length) is read the same way.
    const chunked = await getWithBody('', stringify({ limit: 4 }), FORM, true);
    expect(chunked.json.data).toHaveLength(4);
    // An empty body (what the SDK sends for a plain list) is no parameters.
    expect((await getWithBody('', '')).json.data).toHaveLength(10);
  });

  it('a GET body is checked like any other: bad values 422, another media type 415, unparsable 400, too large 413', async () => {
    const bad = await getWithBody('', 'limit=500');
    expect(bad.status).toBe(422);
    expect(Object.keys(errorsOf(bad))).toEqual(['limit']);
    const xml = await getWithBody('', '<limit>2</limit>', 'text/xml');
    expect(xml.status).toBe(415);
    expect(spec.responseErrors('listCustomers', 415, xml.json)).toEqual([]);
    const broken = await getWithBody('', '{"limit": ', 'application/json');
    expect(broken.status).toBe(400);
    expect(errorsOf(broken)).toEqual({ global: ['The body is not valid JSON.'] });
    const pad = `limit=2&pad=${'x'.repeat(1024 * 1024)}`;
    const big = await getWithBody('', pad);
    expect(big.status).toBe(413);
    expect(spec.responseErrors('listCustomers', 413, big.json)).toEqual([]);
    expect((await getWithBody('', pad, FORM, true)).status).toBe(413);
    // The connection is still good afterwards.
    expect((await octobat.list('limit=1')).status).toBe(200);
  });

  it('the total counts the mode, whatever page is asked for', async () => {
    const deep = await page(`limit=2&starting_after=${ids[20]}`);
    expect(deep.total_count).toBe(25);
    expect(deep.data.map((c) => c.id)).toEqual(ids.slice(21, 23));
  });
});
