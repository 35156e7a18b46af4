import { afterAll, beforeAll, expect, it } from 'vitest';
import { manualClock } from '../src/platform/clock.ts';
import { describeEachDriver } from './support/drivers.ts';
import { pingppAccount, unionPay, type PingppAccount } from './support/pingpp.ts';
import { startServer, type TestServer } from './support/server.ts';

interface Page {
  object: 'list';
  url: string;
  has_more: boolean;
  data: { id: string; created: number }[];
}

describeEachDriver('Ping++ lists: cursors, limits and created ranges', (driver) => {
  let server: TestServer;
  let account: PingppAccount;
  const clock = manualClock(Date.UTC(2026, 0, 1));
  const start = Math.floor(clock.nowMs() / 1000);
  /** Customer ids oldest first; customer i was created at `start + 10 i` seconds. */
  const ids: string[] = [];
  let newest: string[];

  const list = async (query = '', path = '/v1/customers'): Promise<Page> => {
    const res = await account.call('GET', `${path}${query}`);
    expect(res.status, res.text).toBe(200);
    return res.json;
  };
  const idsOf = (page: Page) => page.data.map((item) => item.id);

  beforeAll(async () => {
    server = await startServer(driver, { clock });
    account = await pingppAccount(server, `${server.origin}/pingpp`);
    expect(await list()).toEqual({ object: 'list', url: '/v1/customers', has_more: false, data: [] });
    for (let i = 0; i < 15; i++) {
      ids.push((await account.customer({}, { card_number: unionPay(i + 1) })).id);
      clock.advance(10_000);
    }
    newest = [...ids].reverse();
  });
  afterAll(() => server.close());

  it('newest first, limit 10 by default, has_more while more remain', async () => {
    const first = await list();
    expect(first.url).toBe('/v1/customers');
    expect(idsOf(first)).toEqual(newest.slice(0, 10));
    expect(first.has_more).toBe(true);
    expect(first.data.map((c) => c.created)).toEqual(newest.slice(0, 10).map((_, k) => start + 10 * (14 - k)));
  });

  it('limit at its edges: 1 and 100', async () => {
    const one = await list('?limit=1');
    expect([idsOf(one), one.has_more]).toEqual([[newest[0]], true]);
    const hundred = await list('?limit=100');
    expect([idsOf(hundred), hundred.has_more]).toEqual([newest, false]);
  });

  it('starting_after walks to the end: has_more false on the last page, an empty page after the oldest', async () => {
    const second = await list(`?limit=10&starting_after=${newest[9]}`);
    expect([idsOf(second), second.has_more]).toEqual([newest.slice(10), false]);
    const exact = await list(`?limit=5&starting_after=${newest[9]}`);
    expect([idsOf(exact), exact.has_more]).toEqual([newest.slice(10), false]);
    const short = await list(`?limit=4&starting_after=${newest[9]}`);
    expect([idsOf(short), short.has_more]).toEqual([newest.slice(10, 14), true]);
    const after = await list(`?starting_after=${ids[0]}`);
    expect([idsOf(after), after.has_more]).toEqual([[], false]);
  });

  it('ending_before walks back to the newest: the page just before the cursor, still newest first', async () => {
    const back = await list(`?limit=3&ending_before=${newest[10]}`);
    expect([idsOf(back), back.has_more]).toEqual([newest.slice(7, 10), true]);
    const top = await list(`?limit=3&ending_before=${newest[3]}`);
    expect([idsOf(top), top.has_more]).toEqual([newest.slice(0, 3), false]);
    const before = await list(`?ending_before=${newest[0]}`);
    expect([idsOf(before), before.has_more]).toEqual([[], false]);
  });

  it('created[gt|gte|lt|lte] in Unix seconds, alone, together and with cursors', async () => {
    const at = (i: number) => start + 10 * i;
    expect(idsOf(await list(`?created[gte]=${at(12)}`))).toEqual(newest.slice(0, 3));
    expect(idsOf(await list(`?created[gt]=${at(12)}`))).toEqual(newest.slice(0, 2));
    expect(idsOf(await list(`?created[lte]=${at(2)}`))).toEqual(newest.slice(12));
    expect(idsOf(await list(`?created[lt]=${at(2)}`))).toEqual(newest.slice(13));
    const range = await list(`?created[gte]=${at(3)}&created[lt]=${at(7)}&limit=2`);
    expect([idsOf(range), range.has_more]).toEqual([[ids[6], ids[5]], true]);
    const rest = await list(`?created[gte]=${at(3)}&created[lt]=${at(7)}&limit=2&starting_after=${ids[5]}`);
    expect([idsOf(rest), rest.has_more]).toEqual([[ids[4], ids[3]], false]);
    // Within one second: every customer created in it, at any microsecond.
    expect(idsOf(await list(`?created[gte]=${at(5)}&created[lte]=${at(5)}`))).toEqual([ids[5]]);
    expect(idsOf(await list(`?created[gt]=${at(14)}`))).toEqual([]);
    expect(idsOf(await list(`?created[gt]=${at(9)}&created[lt]=${at(9)}`))).toEqual([]);
  });

  it('deleted customers leave the list, and cannot be a cursor', async () => {
    await account.call('DELETE', `/v1/customers/${ids[7]}`);
    expect(idsOf(await list('?limit=100'))).toEqual(newest.filter((id) => id !== ids[7]));
    expect((await account.call('GET', `/v1/customers?starting_after=${ids[7]}`)).status).toBe(400);
    expect(idsOf(await list(`?limit=2&starting_after=${ids[9]}`))).toEqual([ids[8], ids[6]]);
  });

  it("a customer's cards page the same way", async () => {
    const customer = ids[0]!;
    const cards = [(await account.call('GET', `/v1/customers/${customer}`)).json.default_source as string];
    for (let n = 0; n < 4; n++) {
      clock.advance(10_000);
      const { id: source, sms_code } = await account.token({ card_number: unionPay(100 + n) });
      cards.push((await account.call('POST', `/v1/customers/${customer}/sources`, { source, sms_code })).json.id);
    }
    const path = `/v1/customers/${customer}/sources`;
    const newestCards = [...cards].reverse();
    const first = await list('?limit=2', path);
    expect([first.url, idsOf(first), first.has_more]).toEqual([path, newestCards.slice(0, 2), true]);
    const next = await list(`?limit=2&starting_after=${newestCards[1]}`, path);
    expect([idsOf(next), next.has_more]).toEqual([newestCards.slice(2, 4), true]);
    const back = await list(`?limit=2&ending_before=${newestCards[2]}`, path);
    expect([idsOf(back), back.has_more]).toEqual([newestCards.slice(0, 2), false]);
    const lastSecond = Math.floor(clock.nowMs() / 1000);
    expect(idsOf(await list(`?created[gte]=${lastSecond}`, path))).toEqual([newestCards[0]]);
    // A card of another customer is no cursor here.
    const otherCard = (await account.call('GET', `/v1/customers/${ids[1]}`)).json.default_source;
    expect((await account.call('GET', `${path}?starting_after=${otherCard}`)).status).toBe(400);
  });
});
