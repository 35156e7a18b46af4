import { afterAll, beforeAll, expect, it } from 'vitest';
import { manualClock } from '../src/platform/clock.ts';
import { clientFixtures, type ClientFixture } from './support/clients.ts';
import { describeEachDriver } from './support/drivers.ts';
import { startServer, type TestServer } from './support/server.ts';

const COUNT = 250;

describeEachDriver('paginate, for every API (@clientele/client)', (driver) => {
  let server: TestServer;
  let fixtures: ClientFixture[];
  const clock = manualClock();
  /** Each API's customers, created before the walk. */
  const created = new Map<string, string[]>();

  beforeAll(async () => {
    server = await startServer(driver, { clock });
    fixtures = await clientFixtures(server, server.origin, clock);
    for (const fixture of fixtures) {
      const ids: string[] = [];
      for (let n = 0; n < COUNT; n++) {
        ids.push(await fixture.create(n));
        // Distinct creation times: "newest first" is then one order, as it is for people.
        clock.advance(1000);
      }
      created.set(fixture.api, ids);
    }
  }, 240_000);
  afterAll(() => server.close());

  it.each(['balanced', 'dwolla', 'bank', 'octobat', 'pingpp'])('%s: every customer once, in pages, while new ones are created between pages', async (api) => {
    const fixture = fixtures.find((f) => f.api === api)!;
    const walked: string[] = [];
    const during: string[] = [];
    for await (const customer of fixture.paginate({ limit: 40 })) {
      walked.push(customer.id);
      // A new customer after every 30 read: each lands at the head of a newest-first list (at the
      // tail of the bank's firehose, which it reads oldest first unless asked), shifting offsets.
      if (walked.length % 30 === 0) {
        clock.advance(1000);
        during.push(await fixture.create(COUNT + during.length));
      }
    }
    expect(during.length).toBeGreaterThanOrEqual(8);
    expect(new Set(walked).size, 'no customer repeated').toBe(walked.length);
    const before = created.get(api)!;
    expect(before.filter((id) => !walked.includes(id)), 'no customer skipped').toEqual([]);
    // Nothing but this tenant's customers.
    expect(walked.filter((id) => !before.includes(id) && !during.includes(id))).toEqual([]);
  });

  it('pages of the largest size the API allows when no limit is given', async () => {
    for (const fixture of fixtures) {
      let count = 0;
      for await (const _ of fixture.paginate()) count++;
      expect(count, fixture.api).toBeGreaterThanOrEqual(COUNT);
    }
  });
});
