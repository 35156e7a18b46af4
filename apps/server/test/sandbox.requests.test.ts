import type { FastifyBaseLogger } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { hashSecret, requestLogPath, type Store } from '@clientele/store';
import { run as runCli } from '../src/cli.ts';
import { manualClock } from '../src/platform/clock.ts';
import { logWriter, type Recorded } from '../src/sandbox/log-entries.ts';
import { madeATurn, requestLog, WRITE_BACKLOG_HERE, WRITE_BATCH_HERE } from '../src/sandbox/request-log.ts';
import { tokenFor, type Sandbox } from './support/bank.ts';
import { describeEachDriver } from './support/drivers.ts';
import { dwollaToken } from './support/dwolla.ts';
import { basic, raw } from './support/http.ts';
import { capturedIo } from './support/process.ts';
import { documented, startSandbox, type SandboxServer } from './support/sandbox.ts';

// As the server command writes it (in its own thread, on the database's file or URL), and on the
// request thread (an in-memory database, which no other thread can open).
for (const logThread of [true, false]) {
  describeEachDriver(`the request log, written ${logThread ? 'in its own thread' : 'on the request thread'}`, (driver) => {
    let server: SandboxServer;
    const clock = manualClock(Date.UTC(2026, 5, 1));
    let balanced: { tenant_id: string; credentials: Record<string, string> };
    let octobat: { tenant_id: string; credentials: Record<string, string> };

    const create = async (api: string) => (await server.admin.createTenant({ api })).data as { tenant_id: string; credentials: Record<string, string> };
    const list = async (query = '') => {
      const res = await server.call('GET', `/requests${query}`);
      documented('listRequests', res, 200);
      return res.json as { items: Record<string, any>[]; next_before: number | null };
    };

    beforeAll(async () => {
      server = await startSandbox(driver, { requestLogLimit: 5, logThread }, { clock });
      balanced = await create('balanced');
      octobat = await create('octobat');
    });
    afterAll(() => server.close());

    it('logs each request with its answer: time, instance, tenant, operation, status, duration, headers and bodies', async () => {
      const res = await raw(`${server.origin}/balanced/v1/customers`, {
        method: 'POST',
        headers: { authorization: basic(balanced.credentials.api_key_secret!), 'content-type': 'application/json' },
        body: JSON.stringify({ name: 'Logged', meta: { tier: 'gold' } }),
      });
      const [entry] = (await list(`?tenant=${balanced.tenant_id}&limit=1`)).items;
    expect(server.app.clienteleSandbox.logThread()).toBe(logThread);
      expect(entry).toMatchObject({
        // The server's clock: what the APIs see.
        time: expect.stringMatching(/^2026-06-01T00:00/),
        instance: expect.any(String),
        api: 'balanced',
        tenant: balanced.tenant_id,
        operation: 'createCustomer',
        method: 'POST',
        path: '/balanced/v1/customers',
        status: 201,
        fault: null,
        request: { headers: { authorization: 'Basic [redacted]', 'content-type': 'application/json' }, body: { name: 'Logged', meta: { tier: 'gold' } } },
        response: { headers: { 'content-type': 'application/json; charset=utf-8' }, body: res.json },
      });
      expect(entry!.duration_ms).toBeGreaterThan(0);
    });

    it('logs a body nested 10,000 levels deep as a note, and answers it as the API does', async () => {
      const deep = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
      const res = await raw(`${server.origin}/balanced/v1/customers`, {
        method: 'POST',
        headers: { authorization: basic(balanced.credentials.api_key_secret!), 'content-type': 'application/json' },
        body: deep,
      });
      // Balanced's own 400 envelope (a body must be an object), not the web framework's.
      expect(res.status).toBe(400);
      expect(res.json).toMatchObject({ status_code: 400, category_type: 'request' });
      const [entry] = (await list(`?tenant=${balanced.tenant_id}&limit=1`)).items;
      expect(entry).toMatchObject({ status: 400, request: { body: '[nested deeper than 64 levels, not kept]' } });
    });

    it('filters by API, tenant, status (or class), operation and time; pages back with `before`', async () => {
      const octobatAuth = { authorization: basic(octobat.credentials.test_secret_key!) };
      const start = new Date(clock.nowMs()).toISOString();
      clock.advance(60_000);
      const middle = new Date(clock.nowMs()).toISOString();
      await raw(`${server.origin}/octobat/customers`, { headers: octobatAuth });
      await raw(`${server.origin}/octobat/customers/oc_cu_1421878635hksc26e4de79`, { headers: octobatAuth });
      await raw(`${server.origin}/octobat/customers`, { headers: { authorization: basic('no-such-key') } });
      clock.advance(60_000);
      await raw(`${server.origin}/balanced/v1/customers`, { headers: { authorization: basic(balanced.credentials.api_key_secret!) } });

      expect((await list('?api=octobat')).items.map((e) => e.status)).toEqual([401, 404, 200]);
      expect((await list(`?tenant=${octobat.tenant_id}`)).items.map((e) => e.operation)).toEqual(['retrieveCustomer', 'listCustomers']);
      expect((await list('?status=404')).items.map((e) => e.path)).toEqual(['/octobat/customers/oc_cu_1421878635hksc26e4de79']);
      expect((await list('?status=4xx&api=octobat')).items.map((e) => e.status)).toEqual([401, 404]);
      expect((await list('?operation=listCustomers')).items.map((e) => [e.api, e.status])).toEqual([
        ['balanced', 200],
        ['octobat', 401],
        ['octobat', 200],
      ]);
      // An unauthenticated request names no tenant.
      expect((await list('?status=401')).items[0]).toMatchObject({ tenant: null, operation: 'listCustomers' });
      expect((await list(`?since=${encodeURIComponent(middle)}&until=${encodeURIComponent(new Date(clock.nowMs() - 1).toISOString())}`)).items.map((e) => e.api)).toEqual(['octobat', 'octobat', 'octobat']);
      expect((await list(`?until=${encodeURIComponent(start)}`)).items.every((e) => e.path === '/balanced/v1/customers')).toBe(true);
      const page = await list('?limit=2');
      expect(page.items).toHaveLength(2);
      const older = await list(`?limit=2&before=${page.next_before}`);
      expect(older.items[0]!.id).toBeLessThan(page.items[1]!.id);
      documented('listRequests', await server.call('GET', '/requests?status=6xx'), 400);
    });

    it('keeps only the newest entries of each API and tenant (here 5)', async () => {
      const fresh = await create('balanced');
      for (let i = 0; i < 8; i++) await raw(`${server.origin}/balanced/v1/customers?offset=${i}`, { headers: { authorization: basic(fresh.credentials.api_key_secret!) } });
      const kept = (await list(`?tenant=${fresh.tenant_id}`)).items;
      expect(kept.map((e) => e.path)).toEqual([7, 6, 5, 4, 3].map((i) => `/balanced/v1/customers?offset=${i}`));
      expect((await list(`?tenant=${octobat.tenant_id}`)).items).toHaveLength(2);
    });

    it('redacts secrets: keys, tokens, passwords, codes and signatures are in no stored entry', async () => {
      const secrets: string[] = [];
      const dwolla = await create('dwolla');
      const token = await dwollaToken(`${server.origin}/dwolla`, dwolla.credentials.client_id!, dwolla.credentials.client_secret!);
      // The key and secret in the body, as Dwolla's 2015 clients sent them.
      const bodyToken = await raw(`${server.origin}/dwolla/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: `grant_type=client_credentials&client_id=${dwolla.credentials.client_id}&client_secret=${dwolla.credentials.client_secret}`,
      });
      await raw(`${server.origin}/dwolla/customers`, { headers: { authorization: `Bearer ${token}` } });
      secrets.push(dwolla.credentials.client_secret!, token, bodyToken.json.access_token);

      const bank = await create('bank');
      const c = bank.credentials;
      const sandbox = { clientId: c.client_id, redirectUri: c.redirect_uri } as Sandbox;
      const issued = await tokenFor(`${server.origin}/bank`, sandbox, c.user_id!, c.user_password!);
      await raw(`${server.origin}/bank/v1/customers`, { headers: { authorization: `Bearer ${issued.access_token}` } });
      secrets.push(c.user_password!, c.client_secret!, c.access_token!, c.refresh_token!, issued.access_token, issued.refresh_token);

      const pingpp = await create('pingpp');
      await raw(`${server.origin}/pingpp/v1/customers`, { headers: { authorization: `Bearer ${pingpp.credentials.test_secret_key}` } });
      secrets.push(pingpp.credentials.test_secret_key!, pingpp.credentials.live_secret_key!);
      // A secret where no field name says so: found by its hash among the stored credentials.
      await raw(`${server.origin}/balanced/v1/customers`, {
        method: 'POST',
        headers: { authorization: basic(balanced.credentials.api_key_secret!), 'content-type': 'application/json' },
        body: JSON.stringify({ name: balanced.credentials.api_key_secret, meta: { note: `key ${balanced.credentials.api_key_secret} here` } }),
      });
      secrets.push(balanced.credentials.api_key_secret!, octobat.credentials.test_secret_key!);

      await server.app.clienteleSandbox.flush();
      const stored = JSON.stringify(await server.store.sandbox.requests.list({ limit: 10_000 }));
      for (const secret of secrets) expect(stored.includes(secret), `a secret ending ${secret.slice(-4)} is stored`).toBe(false);
      if (server.url.startsWith('sqlite://')) {
        // Nor anywhere in the log's own database file and its write-ahead log, bytes and all.
        const file = requestLogPath(server.url.slice('sqlite://'.length));
        const bytes = [file, `${file}-wal`].filter(existsSync).map((path) => readFileSync(path).toString('latin1')).join('');
        expect(bytes).toContain('createCustomer');
        for (const secret of secrets) expect(bytes.includes(secret), `a secret ending ${secret.slice(-4)} is in the log's file`).toBe(false);
      }
      // What was redacted says so, and the rest is kept.
      const [named] = (await list(`?tenant=${balanced.tenant_id}&operation=createCustomer&limit=1`)).items;
      expect(named!.request.body).toEqual({ name: '[redacted]', meta: { note: 'key [redacted] here' } });
      const [grant] = (await list(`?tenant=${dwolla.tenant_id}&operation=requestToken&limit=1`)).items;
      expect(grant!.request.body).toEqual({ grant_type: 'client_credentials', client_id: dwolla.credentials.client_id, client_secret: '[redacted]' });
      expect(grant!.response.body).toMatchObject({ access_token: '[redacted]', expires_in: 3600 });
    });

    it('finds secrets by value by the lengths secrets have, and by every candidate while a credential known by its hash alone has a length not known', async () => {
      const key = balanced.credentials.api_key_secret!;
      const lengths = await server.store.sandbox.credentials.secretLengths();
      expect(lengths?.has(key.length)).toBe(true);
      // Imported by its hash alone (an export's credential): its length is not known, so every candidate is hashed.
      const hashOnly = 'HashOnlySecret0123456789abcdefghijklmnopqrstuvw';
      expect(lengths?.has(hashOnly.length)).toBe(false);
      const id = 'cred_hashonly';
      const credential = { hash: hashSecret(hashOnly), id, tenantId: balanced.tenant_id, api: 'balanced', kind: 'api_key', scopes: [], mode: null, subject: null, expiresAt: null, info: {} };
      expect(await server.store.sandbox.credentials.insertHashed(credential)).toBe(true);
      try {
        expect(await server.store.sandbox.credentials.secretLengths()).toBeUndefined();
        const headers = { authorization: basic(key), 'content-type': 'application/json' };
        expect((await raw(`${server.origin}/balanced/v1/customers`, { method: 'POST', headers, body: JSON.stringify({ name: hashOnly }) })).status).toBe(201);
        await server.app.clienteleSandbox.flush();
        expect(JSON.stringify(await server.store.sandbox.requests.list({ limit: 10_000 })).includes(hashOnly)).toBe(false);
      } finally {
        await server.store.sandbox.credentials.remove(id);
      }
      expect(await server.store.sandbox.credentials.secretLengths()).toEqual(lengths);
    });

    it('redacts what the text of a body or query hides: a field name spelled with escapes, a secret after an escape, JSON that does not parse, an encoded parameter name', async () => {
      const key = balanced.credentials.api_key_secret!;
      const headers = { authorization: basic(key), 'content-type': 'application/json' };
      const customers = `${server.origin}/balanced/v1/customers`;
      // Bodies kept as their text unless a field name could be a secret's: here only an escape spells it.
      const escaped = await raw(customers, { method: 'POST', headers, body: `{"name":"Escaped","meta":{"\\u0074oken":"tok-value-0123456789","note":"line\\n${key}"}}` });
      expect(escaped.status).toBe(201);
      // A chosen secret with slashes, sent escaped (`\/`): found in the text unescaped.
      const chosen = 'picked/by/hand/0123';
      expect((await server.admin.addCredential(balanced.tenant_id, { kind: 'api_key', secret: chosen })).status).toBe(201);
      // To a customer there is none of: the answer does not repeat it.
      const slashed = await raw(`${customers}/CU000000000000000000000`, { method: 'PUT', headers, body: `{"name":"${chosen.replaceAll('/', '\\/')}"}` });
      expect(slashed.status).toBe(404);
      expect((await raw(customers, { method: 'POST', headers, body: `{"name":"${key}"` })).status).toBe(400);
      await raw(`${customers}?%74oken=query-value-0123456789`, { headers: { authorization: basic(key) } });
      await server.app.clienteleSandbox.flush();
      const stored = JSON.stringify(await server.store.sandbox.requests.list({ limit: 10_000 }));
      for (const secret of [key, 'tok-value-0123456789', 'query-value-0123456789']) expect(stored.includes(secret), `${secret.slice(0, 9)}… is stored`).toBe(false);
      // Newest first: the list, the body that did not parse (refused before authentication: no tenant), the update, the create.
      const [listed, unparsed, withSlashes, created] = (await list('?limit=4')).items;
      expect(withSlashes!.request.body).toEqual({ name: '[redacted]' });
      expect(created!.request.body).toEqual({ name: 'Escaped', meta: { token: '[redacted]', note: 'line\n[redacted]' } });
      expect(created!.response.body).toMatchObject({ name: 'Escaped' });
      expect(unparsed!.request.body).toBe('{"name":"[redacted]"');
      expect(listed!.path).toBe('/balanced/v1/customers?token=%5Bredacted%5D');
    });

    it('refuses a Last-Event-ID that names no entry with a JSON problem naming the header, not a 500 (an event stream cannot carry one)', async () => {
      const res = await server.call('GET', '/requests/tail', undefined, { 'last-event-id': 'abc', accept: 'text/event-stream' });
      expect(res.status).toBe(400);
      expect(res.headers.get('content-type')).toMatch(/json/);
      expect(res.json.errors).toEqual([expect.objectContaining({ field: 'last-event-id' })]);
    });

    it('follows the log live (server-sent events, Last-Event-ID resumes) and from the command line', async () => {
      const abort = new AbortController();
      const seen: Record<string, any>[] = [];
      const following = (async () => {
        for await (const entry of server.admin.followRequests({ api: 'balanced' }, { signal: abort.signal })) {
          seen.push(entry);
          if (seen.length === 2) break;
        }
        abort.abort();
      })();
      const auth = { authorization: basic(balanced.credentials.api_key_secret!) };
      // Until the stream is open, a request would be before it: send until two have come through.
      for (let i = 0; seen.length < 2 && i < 500; i++) {
        await raw(`${server.origin}/balanced/v1/customers?limit=${(i % 100) + 1}`, { headers: auth });
        await raw(`${server.origin}/octobat/customers`, { headers: { authorization: basic(octobat.credentials.test_secret_key!) } });
        // Written now, not within 50 ms: entries sent past the second would be pruned (a limit of 5) before the resume reads them.
        await server.app.clienteleSandbox.flush();
      }
      await following;
      expect(seen.map((e) => e.api)).toEqual(['balanced', 'balanced']);
      expect(seen[1]!.id).toBeGreaterThan(seen[0]!.id);

      const resumed: number[] = [];
      const again = new AbortController();
      for await (const entry of server.admin.followRequests({ api: 'balanced' }, { signal: again.signal, afterId: seen[0]!.id })) {
        resumed.push(entry.id);
        break;
      }
      again.abort();
      expect(resumed).toEqual([seen[1]!.id]);

      const io = capturedIo();
      const tail = runCli(['requests', 'tail', '--api', 'octobat', '--count', '1', '--json', '--db', server.url], io);
      for (let i = 0; io.stdout.length === 0 && i < 500; i++) {
        await raw(`${server.origin}/octobat/customers`, { headers: { authorization: basic(octobat.credentials.test_secret_key!) } });
        await server.app.clienteleSandbox.flush();
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      expect(await tail).toBe(0);
      expect(JSON.parse(io.stdout[0]!)).toMatchObject({ api: 'octobat', operation: 'listCustomers', status: 200 });
    });

    it('is cleared, and off with a limit of 0', async () => {
      documented('clearRequests', await server.call('DELETE', '/requests'), 204);
      expect((await list()).items).toEqual([]);
      const quiet = await startSandbox(driver, { requestLogLimit: 0 });
      try {
        const tenant = (await quiet.admin.createTenant({ api: 'balanced' })).data as { credentials: Record<string, string> };
        await raw(`${quiet.origin}/balanced/v1/customers`, { headers: { authorization: basic(tenant.credentials.api_key_secret!) } });
        expect((await quiet.call('GET', '/requests')).json.items).toEqual([]);
      } finally {
        await quiet.close();
      }
    });
  });
}

it('when the store writes slower than requests arrive, one write runs at a time and waiting entries stay bounded (the oldest dropped, and said)', async () => {
  // A store whose first write hangs until released: what PostgreSQL under a flood looks like from here.
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const writes: string[][] = [];
  const store = {
    sandbox: {
      credentials: { knownHashes: async () => new Set<string>(), secretLengths: async () => undefined },
      requests: {
        append: async (rows: { entryJson: string }[]) => {
          writes.push(rows.map((row) => (JSON.parse(row.entryJson) as { path: string }).path));
          if (writes.length === 1) await gate;
        },
        prune: async () => {},
      },
    },
  } as unknown as Store;
  const warnings: string[] = [];
  const log = requestLog(store, manualClock(0), { limit: 1000, instance: 'test' }, { warn: (message: string) => warnings.push(message) } as unknown as FastifyBaseLogger);
  const RECORDED = 12_000;
  for (let n = 0; n < RECORDED; n++) {
    const request = { clienteleLog: { api: 'balanced', startNs: 0n, logged: false }, url: `/v1/customers/${n}`, method: 'GET', headers: {} };
    log.record(request as never, { statusCode: 200, getHeaders: () => ({}) } as never, '');
    if (n % 100 === 99) await new Promise((resolve) => setImmediate(resolve));
  }
  // The first write holds the rest back: they wait in one bounded list, not in batches of their own.
  expect(writes.length).toBe(1);
  release();
  await log.flush();
  const afterwards = writes.slice(1).flat();
  expect(afterwards.length).toBe(5000);
  expect(afterwards.at(-1)).toBe(`/v1/customers/${RECORDED - 1}`);
  expect(writes.slice(1).every((batch) => batch.length <= WRITE_BACKLOG_HERE)).toBe(true);
  // Said once in the server's log (what was recorded, less the first write's and what waited).
  expect(warnings).toEqual([`the request log dropped ${RECORDED - writes[0]!.length - 5000} entries: its writes fell behind the requests`]);
});

it('a flush asked for while a write is under way prunes after the entries it writes (what a read of the log then lists holds the limit)', async () => {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const calls: string[] = [];
  const store = {
    sandbox: {
      credentials: { knownHashes: async () => new Set<string>(), secretLengths: async () => undefined },
      requests: {
        append: async (rows: unknown[]) => {
          calls.push(`append ${rows.length}`);
          if (calls.length === 1) await gate;
        },
        prune: async (groups: unknown[]) => void calls.push(`prune ${groups.length}`),
      },
    },
  } as unknown as Store;
  const log = requestLog(store, manualClock(0), { limit: 5, instance: 'test' }, { warn: () => {} } as unknown as FastifyBaseLogger);
  const record = (n: number) => {
    const request = { clienteleLog: { api: 'balanced', startNs: 0n, logged: false }, url: `/v1/customers/${n}`, method: 'GET', headers: {} };
    log.record(request as never, { statusCode: 200, getHeaders: () => ({}) } as never, '');
  };
  // A full batch is written at once; the write hangs until released.
  for (let n = 0; n < WRITE_BATCH_HERE; n++) record(n);
  // The append starts once its entries are made, a few a turn of the event loop.
  for (let turn = 0; turn < 100 && !calls.length; turn++) await new Promise((resolve) => setImmediate(resolve));
  expect(calls).toEqual([`append ${WRITE_BATCH_HERE}`]);
  record(WRITE_BATCH_HERE);
  const flushed = log.flush();
  release();
  await flushed;
  expect(calls).toEqual([`append ${WRITE_BATCH_HERE}`, 'append 1', 'prune 1']);
});

it('spreads a write with nothing else waiting over turns of the event loop (entries a few a turn, then the store’s part); writes a backlog a batch a turn', async () => {
  let turns = 0;
  let counting = true;
  const count = () => {
    turns++;
    if (counting) setImmediate(count);
  };
  const seen: number[] = [];
  const store = {
    sandbox: {
      credentials: { knownHashes: async () => new Set<string>(), secretLengths: async () => undefined },
      requests: { append: async () => void seen.push(turns), prune: async () => {} },
    },
  } as unknown as Store;
  const writer = logWriter(store, 1000, (error) => {
    throw error;
  });
  const recorded = (n: number): Recorded => ({
    atUs: n,
    meta: { instance: 'test', api: 'balanced', tenant: 't1', operation: 'getCustomer', method: 'GET', status: 200, duration_ms: 1, fault: null },
    url: `/v1/customers/${n}`,
    requestHeaders: {},
    requestBody: undefined,
    requestType: undefined,
    requestParsed: false,
    responseSerialized: true,
    responseHeaders: { 'content-type': 'application/json' },
    responseBody: JSON.stringify({ id: n }),
  });
  const batch = () => Array.from({ length: WRITE_BATCH_HERE }, (_, n) => recorded(n));
  setImmediate(count);
  await writer.write(batch(), true);
  // 32 entries, 8 a turn, then the store's turn: other callbacks ran at least 4 times before it.
  expect(seen).toHaveLength(1);
  expect(seen[0]).toBeGreaterThanOrEqual(WRITE_BATCH_HERE / 8);
  // Behind other entries: in one turn, so the log keeps up with the requests.
  const before = turns;
  await writer.write(batch(), false);
  expect(seen[1]).toBe(before);
  counting = false;
  await writer.close();
});

it('spreads a write only while nothing else waits to be written', async () => {
  const spreads: boolean[] = [];
  const writer = { write: async (_batch: Recorded[], spread?: boolean) => void spreads.push(spread === true), prune: async () => {}, close: async () => {}, inThread: false };
  const log = requestLog({} as Store, manualClock(0), { limit: 1000, instance: 'test', writer }, { warn: () => {} } as unknown as FastifyBaseLogger);
  const record = (n: number) => {
    const request = { clienteleLog: { api: 'balanced', startNs: 0n, logged: false }, url: `/v1/customers/${n}`, method: 'GET', headers: {} };
    log.record(request as never, { statusCode: 200, getHeaders: () => ({}) } as never, '');
  };
  // Three batches' worth at once: written behind one another (a backlog, one write); then one alone.
  for (let n = 0; n < 3 * WRITE_BATCH_HERE; n++) record(n);
  await log.flush();
  record(3 * WRITE_BATCH_HERE);
  await log.flush();
  expect(spreads).toEqual([false, true]);
});

for (const dialect of ['sqlite', 'postgres'] as const) {
  it(`behind a backlog on the request thread (${dialect}), a write takes up to WRITE_BACKLOG_HERE entries and asks the store once for them all, its entries made more a turn the more wait; nothing that fit in the queue is dropped`, async () => {
    // Turns of the event loop, counted by a callback that comes back each turn.
    let turns = 0;
    let counting = true;
    const count = () => {
      turns++;
      if (counting) setImmediate(count);
    };
    setImmediate(count);
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    /** Each write: its entries, and the turns between its first question to the store and its append. */
    const writes: { entries: number; turns: number }[] = [];
    const asked: string[] = [];
    let startedAt = 0;
    const store = {
      dialect,
      sandbox: {
        credentials: {
          secretLengths: async () => {
            asked.push('lengths');
            startedAt = turns;
            return new Set([24]);
          },
          knownHashes: async () => {
            asked.push('hashes');
            return new Set<string>();
          },
        },
        requests: {
          append: async (rows: unknown[]) => {
            asked.push('append');
            writes.push({ entries: rows.length, turns: turns - startedAt });
            if (writes.length === 1) await gate;
          },
          prune: async () => {},
        },
      },
    } as unknown as Store;
    const warnings: string[] = [];
    const log = requestLog(store, manualClock(0), { limit: 10_000, instance: 'test' }, { warn: (message: string) => warnings.push(message) } as unknown as FastifyBaseLogger);
    const record = (n: number) => {
      // A candidate of the secrets' length in each entry: every write looks its hashes up.
      const request = { clienteleLog: { api: 'balanced', startNs: 0n, logged: false }, url: `/v1/customers/CU${String(n).padStart(22, '0')}`, method: 'GET', headers: {} };
      log.record(request as never, { statusCode: 200, getHeaders: () => ({}) } as never, '');
    };
    for (let n = 0; n < WRITE_BATCH_HERE; n++) record(n);
    // The first write hangs at its append; 3,000 entries (under the queue's 5,000) wait behind it.
    for (let turn = 0; turn < 100 && !writes.length; turn++) await new Promise((resolve) => setImmediate(resolve));
    expect(writes).toHaveLength(1);
    for (let n = WRITE_BATCH_HERE; n < WRITE_BATCH_HERE + 3000; n++) record(n);
    release();
    await log.close();
    counting = false;
    const largest = WRITE_BACKLOG_HERE;
    const behind = writes.slice(1);
    expect(behind.reduce((sum, write) => sum + write.entries, 0)).toBe(3000);
    expect(behind.map((write) => write.entries)).toEqual([...Array.from({ length: Math.floor(3000 / largest) }, () => largest), 3000 % largest].filter(Boolean));
    // Once a write: the secrets' lengths, the candidates' hashes, the append.
    expect(asked).toEqual(writes.flatMap(() => ['lengths', 'hashes', 'append']));
    // Made `madeATurn(waiting)` a turn: 188 with 3,000 waiting (a write of 512 in 3 turns), 32 with 440.
    let waiting = 3000;
    for (const write of behind) {
      const turns = Math.ceil(write.entries / madeATurn(waiting));
      expect(write.turns).toBeGreaterThanOrEqual(turns - 1);
      expect(write.turns).toBeLessThanOrEqual(turns + 1);
      waiting -= write.entries;
    }
    expect(madeATurn(3000)).toBe(188);
    expect(behind.at(-1)!.turns).toBeGreaterThanOrEqual(Math.ceil(440 / WRITE_BATCH_HERE) - 1);
    expect(warnings).toEqual([]);
  });
}

it('by close, every entry dropped has been said (the warnings come at most every 10 s; what was dropped since the last is said at close)', async () => {
  const gates: (() => void)[] = [];
  const store = {
    sandbox: {
      credentials: { knownHashes: async () => new Set<string>(), secretLengths: async () => undefined },
      requests: { append: () => new Promise<void>((resolve) => gates.push(resolve)), prune: async () => {} },
    },
  } as unknown as Store;
  const warnings: string[] = [];
  const log = requestLog(store, manualClock(0), { limit: 1000, instance: 'test' }, { warn: (message: string) => warnings.push(message) } as unknown as FastifyBaseLogger);
  let recorded = 0;
  const record = (count: number) => {
    for (const end = recorded + count; recorded < end; recorded++) {
      const request = { clienteleLog: { api: 'balanced', startNs: 0n, logged: false }, url: `/v1/customers/${recorded}`, method: 'GET', headers: {} };
      log.record(request as never, { statusCode: 200, getHeaders: () => ({}) } as never, '');
    }
  };
  const nextTurn = () => new Promise((resolve) => setImmediate(resolve));
  const waitForWrite = async (count: number) => {
    for (let turn = 0; turn < 1000 && gates.length < count; turn++) await nextTurn();
    expect(gates).toHaveLength(count);
  };
  record(WRITE_BATCH_HERE);
  await waitForWrite(1);
  // 5,010 behind the held write: 10 dropped, said when it ends.
  record(5010);
  gates[0]!();
  await waitForWrite(2);
  // The next write took 512 of the 5,000 waiting; 520 more behind it: 8 more dropped, said at close
  // if not before (whether 10 s have passed is not the test's to say).
  record(WRITE_BACKLOG_HERE + 8);
  let closed = false;
  const closing = log.close().then(() => (closed = true));
  while (!closed) {
    gates.splice(0).forEach((release) => release());
    await nextTurn();
  }
  await closing;
  const said = warnings.map((warning) => Number(/dropped (\d+) entries/.exec(warning)?.[1]));
  expect(said.reduce((sum, n) => sum + n, 0)).toBe(18);
});
