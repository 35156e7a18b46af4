import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { expect, it } from 'vitest';
import { openStore } from '@clientele/store';
import { logWriter, type LogWriter, type Recorded } from '../src/sandbox/log-entries.ts';
import { logThread } from '../src/sandbox/log-thread.ts';
import { describeEachDriver } from './support/drivers.ts';

/** A request as the request path records it, its body and answer holding `secret`. */
const recorded = (n: number, secret: string): Recorded => ({
  atUs: n,
  meta: { instance: 'test', api: 'balanced', tenant: 't1', operation: 'createCustomer', method: 'POST', status: 201, duration_ms: 1, fault: null },
  url: `/balanced/v1/customers?n=${n}`,
  requestHeaders: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
  requestBody: JSON.stringify({ name: `Customer ${n}`, note: secret }),
  requestType: 'application/json',
  requestParsed: true,
  responseSerialized: true,
  responseHeaders: { 'content-type': 'application/json; charset=utf-8' },
  // Bytes, as Fastify may send them: posted to the thread, they arrive as a Uint8Array.
  responseBody: Buffer.from(JSON.stringify({ id: `CU${n}`, note: secret })),
});

const mustNotRun = (): LogWriter => {
  throw new Error('written on the request thread');
};

describeEachDriver("the request log's own thread", (driver) => {
  it('writes what the request thread posts on its own connection: entries redacted by name and by value, pruned to the limit', async () => {
    const { store, url, dispose } = await driver.open();
    const warnings: string[] = [];
    const thread = logThread({ url }, 3, mustNotRun, (warning) => warnings.push(warning));
    try {
      const secret = 'sk_test_0123456789abcdefXYZ';
      await store.tenants.create({ id: 't1', api: 'balanced', name: 't1' });
      await store.credentials.create({ secret, tenantId: 't1', api: 'balanced', kind: 'api_key' });
      await thread.write([1, 2, 3, 4].map((n) => recorded(n, secret)));
      await thread.prune();
      const rows = await store.sandbox.requests.list({ limit: 10 });
      expect(rows.map((row) => row.atUs)).toEqual([4, 3, 2]);
      const [newest] = rows as { entry: Record<string, any> }[];
      expect(newest!.entry).toMatchObject({
        path: '/balanced/v1/customers?n=4',
        request: { headers: { authorization: 'Bearer [redacted]' }, body: { name: 'Customer 4', note: '[redacted]' } },
        response: { body: { id: 'CU4', note: '[redacted]' } },
      });
      expect(JSON.stringify(rows)).not.toContain(secret);
      expect([warnings, thread.inThread]).toEqual([[], true]);
    } finally {
      await thread.close();
      await dispose();
    }
  });
});

it('falls back to the request thread when its own cannot open the database, losing nothing', async () => {
  const store = await openStore(':memory:');
  await store.migrate();
  const warnings: string[] = [];
  // A file where its folder should be: the thread cannot open the database.
  const inTheWay = join(mkdtempSync(join(tmpdir(), 'clientele-log-')), 'file');
  writeFileSync(inTheWay, '');
  const thread = logThread({ url: join(inTheWay, 'clientele.sqlite') }, 10, () => logWriter(store, 10, () => {}), (warning) => warnings.push(warning));
  try {
    await thread.write([recorded(1, 'not-a-known-secret-at-all')]);
    await thread.write([recorded(2, 'not-a-known-secret-at-all')]);
    expect((await store.sandbox.requests.list({ limit: 10 })).map((row) => row.atUs)).toEqual([2, 1]);
    expect(warnings.join('\n')).toMatch(/thread failed .*written on the request thread/);
    expect(thread.inThread).toBe(false);
  } finally {
    await thread.close();
    await store.close();
    rmSync(dirname(inTheWay), { recursive: true, force: true });
  }
});

describeEachDriver("the request log's own thread, given what cannot be posted to it", (driver) => {
  it('writes that batch on the request thread, and the next ones in its own', async () => {
    const { store, url, dispose } = await driver.open();
    const warnings: string[] = [];
    const thread = logThread({ url }, 10, () => logWriter(store, 10, () => {}), (warning) => warnings.push(warning));
    try {
      // A value no thread can be posted (the request path records plain data; this is the guard).
      const unpostable = { ...recorded(1, 'not-a-known-secret-at-all'), requestBody: { name: 'x', toJSON: () => 'x', hook: () => {} } };
      await thread.write([unpostable]);
      await thread.write([recorded(2, 'not-a-known-secret-at-all')]);
      expect((await store.sandbox.requests.list({ limit: 10 })).map((row) => row.atUs)).toEqual([2, 1]);
      expect([warnings.join('\n'), thread.inThread]).toEqual([expect.stringMatching(/could not be posted .* written here/), true]);
    } finally {
      await thread.close();
      await dispose();
    }
  });
});
