import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgres, type Store } from '@clientele/store';
import { throwawayDatabase, type ThrowawayDatabase } from '@clientele/store/testing';
import { serverApis } from '../src/apis/index.ts';
import { buildApp } from '../src/app.ts';
import { manualClock } from '../src/platform/clock.ts';
import { postgres } from './support/drivers.ts';
import { createCustomer, dwollaToken, HAL, type DwollaAccount } from './support/dwolla.ts';
import { raw } from './support/http.ts';
import { startReceiver, type Receiver } from './support/receiver.ts';
import { ADMIN_TOKEN } from './support/sandbox.ts';

/** As many as one instance attempts at once: the first takes them all, and the second finds none it may take. */
const WEBHOOKS = 10;

/** Two instances on one PostgreSQL database, both delivering: every attempt is made once, by one of them. */
describe.skipIf(!postgres.available)('two instances delivering from one PostgreSQL outbox', () => {
  let database: ThrowawayDatabase;
  const stores: Store[] = [];
  const origins: string[] = [];
  const apps: Awaited<ReturnType<typeof buildApp>>[] = [];
  let receiver: Receiver;

  beforeAll(async () => {
    database = await throwawayDatabase(postgres.adminUrl);
    receiver = await startReceiver('hold');
    for (let i = 0; i < 2; i++) {
      const store = openPostgres(database.url);
      await store.migrate();
      const app = await buildApp({
        store,
        apis: serverApis,
        pruneEveryMs: false,
        clock: manualClock(Date.UTC(2026, 0, 1)),
        sandbox: { adminToken: ADMIN_TOKEN, sharedStateTtlMs: 0, deliveries: { pollMs: false } },
      });
      await app.listen({ port: 0, host: '127.0.0.1' });
      stores.push(store);
      apps.push(app);
      origins.push(`http://127.0.0.1:${(app.server.address() as AddressInfo).port}`);
    }
  });
  afterAll(async () => {
    for (const app of apps) await app.close();
    for (const store of stores) await store.close();
    await receiver?.close();
    await database?.drop();
  });

  const clock = (origin: string, advance: number | string) =>
    raw(`${origin}/_clientele/clock`, { method: 'POST', headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' }, body: JSON.stringify({ advance }) });

  it('each of 9 attempts of every webhook is made once, whichever instance makes it', async () => {
    const tenant = await serverApis.find((api) => api.definition.name === 'dwolla')!.provisionTenant(stores[0]!, {});
    const root = `${origins[0]}/dwolla`;
    const token = await dwollaToken(root, tenant.credentials.client_id!, tenant.credentials.client_secret!);
    const account = { accountId: tenant.tenant.id, headers: { authorization: `Bearer ${token}`, accept: HAL, 'content-type': HAL } } as unknown as DwollaAccount;
    const subscribed = await raw(`${root}/webhook-subscriptions`, { method: 'POST', headers: account.headers, body: JSON.stringify({ url: receiver.url, secret: 's' }) });
    expect(subscribed.status).toBe(201);
    for (let i = 0; i < WEBHOOKS; i++) await createCustomer(root, account);
    // At each step the first instance claims every due attempt and sends them; while the receiver
    // holds them, the second looks for due attempts too: it must find none (they are claimed), or
    // the receiver would see an extra request.
    for (const [i, step] of ['0ms', '15m', '45m', '2h', '3h', '6h', '12h', '24h', '24h'].entries()) {
      const first = clock(origins[0]!, step);
      await receiver.waitFor(WEBHOOKS * (i + 1));
      const second = clock(origins[1]!, 0);
      const extra = receiver.waitFor(WEBHOOKS * (i + 1) + 1).then(() => 'a second send');
      expect(await Promise.race([second.then((res) => res.status), extra])).toBe(200);
      receiver.release(500);
      expect((await first).status).toBe(200);
    }
    expect(receiver.received).toHaveLength(WEBHOOKS * 9);
    const perEvent = new Map<string, number>();
    for (const request of receiver.received) {
      const id = JSON.parse(request.body).id as string;
      perEvent.set(id, (perEvent.get(id) ?? 0) + 1);
    }
    expect([...perEvent.values()]).toEqual(Array.from({ length: WEBHOOKS }, () => 9));
    const { items } = await stores[1]!.outbox.deliveries({ tenantId: tenant.tenant.id, limit: 100, offset: 0 });
    for (const delivery of items) {
      expect(delivery.state).toBe('failed');
      expect((await stores[1]!.outbox.attempts(tenant.tenant.id, delivery.id)).map((a) => a.n)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    }
  });
});
