import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Operation } from '@clientele/schemas';
import { serverApis } from '../src/apis/index.ts';
import { run as runCli } from '../src/cli.ts';
import type { ServerApi } from '../src/platform/handlers.ts';
import { describeEachDriver } from './support/drivers.ts';
import { basic, raw } from './support/http.ts';
import { capturedIo } from './support/process.ts';
import { documented, startSandbox, type SandboxServer } from './support/sandbox.ts';
import { specValidator } from './support/spec.ts';

/** Draws that repeat 0.1, 0.9: a rule of probability 0.5 fires on every other matching request. */
const alternating = () => {
  let n = 0;
  return () => (n++ % 2 === 0 ? 0.1 : 0.9);
};

/** Each API's list of customers, and the error envelope its route table names. */
function listOf(api: ServerApi): [string, Operation, string] {
  const [operationId, op] = Object.entries(api.definition.routes).find(([, op]) => op.method === 'GET' && !op.request?.params && op.auth && op.path.includes('customers'))!;
  return [operationId, op, (op.responses[401] ?? op.responses[400])!.body!.schema];
}

describeEachDriver('fault injection', (driver) => {
  let server: SandboxServer;
  const tenants = new Map<string, { tenant_id: string; credentials: Record<string, string>; headers: Record<string, string> }>();

  /** A request to an API's customer list, as its tenant, with extra headers. */
  const listAs = (api: ServerApi, headers: Record<string, string> = {}) =>
    raw(`${server.origin}/${api.definition.name}${listOf(api)[1].path}`, { headers: { ...tenants.get(api.definition.name)!.headers, ...headers } });
  const balanced = serverApis.find((a) => a.definition.name === 'balanced')!;
  const octobat = serverApis.find((a) => a.definition.name === 'octobat')!;

  beforeAll(async () => {
    server = await startSandbox(driver, { random: alternating() });
    for (const api of serverApis) {
      const created = (await server.admin.createTenant({ api: api.definition.name })).data as { tenant_id: string; credentials: Record<string, string> };
      const headers = await api.authorize(created.credentials, { apiRoot: `${server.origin}/${api.definition.name}`, fetch });
      tenants.set(api.definition.name, { ...created, headers });
    }
  });
  afterAll(() => server.close());

  it("by header: 429 (with Retry-After), 500 and 503 in every API's own envelope", async () => {
    for (const api of serverApis) {
      const spec = specValidator(api.definition.name);
      const [, , envelope] = listOf(api);
      for (const [fault, status] of [['status=429;retry-after=2', 429], ['status=500', 500], ['status=503, retry-after=7', 503]] as const) {
        const res = await listAs(api, { 'clientele-fault': fault });
        expect(res.status, `${api.definition.name} ${fault}: ${res.text}`).toBe(status);
        expect(spec.schemaErrors(envelope, res.json), `${api.definition.name} ${fault}: ${res.text}`).toEqual([]);
        expect(res.headers.get('retry-after')).toBe(status === 429 ? '2' : status === 503 ? '7' : null);
      }
    }
    // Each in its provider's words: a few of them.
    expect((await listAs(balanced, { 'clientele-fault': 'status=429' })).json).toMatchObject({ status: 'Too Many Requests', status_code: 429, category_code: 'too-many-requests' });
    const dwolla = serverApis.find((a) => a.definition.name === 'dwolla')!;
    expect((await listAs(dwolla, { 'clientele-fault': 'status=429' })).json).toMatchObject({ code: 'TooManyRequests' });
    expect((await listAs(serverApis.find((a) => a.definition.name === 'bank')!, { 'clientele-fault': 'status=429' })).json).toMatchObject({ code: 8, details: [] });
    expect((await listAs(serverApis.find((a) => a.definition.name === 'pingpp')!, { 'clientele-fault': 'status=503', 'accept-language': 'en' })).json).toMatchObject({ error: { type: 'api_error' } });
    // Dwolla's token endpoint answers OAuth 2.0 errors, faults too.
    const { credentials } = tenants.get('dwolla')!;
    const token = await raw(`${server.origin}/dwolla/token`, {
      method: 'POST',
      headers: { authorization: basic(credentials.client_id!, credentials.client_secret!), 'content-type': 'application/x-www-form-urlencoded', 'clientele-fault': 'status=429' },
      body: 'grant_type=client_credentials',
    });
    expect(token.status).toBe(429);
    expect(specValidator('dwolla').schemaErrors('OAuthError', token.json)).toEqual([]);
  });

  it('by header: a latency (fixed or a range) is waited before answering, then the request runs', async () => {
    for (const [fault, least] of [['latency=250ms', 250], ['latency=100-300ms', 100]] as const) {
      const started = performance.now();
      const res = await listAs(balanced, { 'clientele-fault': fault });
      expect(res.status).toBe(200);
      expect(performance.now() - started).toBeGreaterThanOrEqual(least);
    }
    const started = performance.now();
    const both = await listAs(octobat, { 'clientele-fault': 'latency=200ms;status=503' });
    expect(both.status).toBe(503);
    expect(performance.now() - started).toBeGreaterThanOrEqual(200);
  });

  it('by header: drop resets the connection, and the log says so', async () => {
    await expect(listAs(balanced, { 'clientele-fault': 'drop' })).rejects.toThrow();
    await server.app.clienteleSandbox.flush();
    const [entry] = (await server.call('GET', `/requests?tenant=${tenants.get('balanced')!.tenant_id}&limit=1`)).json.items;
    expect(entry).toMatchObject({ status: 0, fault: 'drop', response: { body: null } });
    // The server goes on serving.
    expect((await listAs(balanced)).status).toBe(200);
  });

  it('a Clientele-Fault the server does not understand is a 400 naming the header', async () => {
    for (const fault of ['status=404', 'latency=fast', 'retry-after=2', 'explode', '']) {
      const res = await listAs(balanced, { 'clientele-fault': fault });
      expect(res.status, fault).toBe(400);
      expect(res.json.extras, fault).toHaveProperty('clientele-fault');
    }
  });

  it('by rule: matching API, operation, tenant and verb; the next N; a share; removed and cleared', async () => {
    const rule = await server.admin.addFault({ match: { api: 'balanced', operation: 'listCustomers', method: 'GET' }, status: 503 });
    documented('addFault', rule, 201);
    expect((await listAs(balanced)).status).toBe(503);
    expect((await listAs(octobat)).status).toBe(200);
    const create = await raw(`${server.origin}/balanced/v1/customers`, { method: 'POST', headers: { ...tenants.get('balanced')!.headers, 'content-type': 'application/json' }, body: '{}' });
    expect(create.status).toBe(201);
    documented('deleteFault', await server.call('DELETE', `/faults/${rule.status === 201 ? rule.data.id : ''}`), 204);
    documented('deleteFault', await server.call('DELETE', `/faults/${rule.status === 201 ? rule.data.id : ''}`), 404);
    expect((await listAs(balanced)).status).toBe(200);

    // One tenant's requests only, the next two of them.
    const other = (await server.admin.createTenant({ api: 'octobat' })).data as { credentials: Record<string, string> };
    const counted = await server.admin.addFault({ match: { tenant: tenants.get('octobat')!.tenant_id }, status: 429, retry_after: 1, count: 2 });
    documented('addFault', counted, 201);
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await listAs(octobat)).status);
    expect(statuses).toEqual([429, 429, 200, 200]);
    expect((await raw(`${server.origin}/octobat/customers`, { headers: { authorization: basic(other.credentials.test_secret_key!) } })).status).toBe(200);
    const listed = await server.admin.listFaults();
    documented('listFaults', listed, 200);
    expect(listed.status === 200 && listed.data.items).toMatchObject([{ match: { tenant: tenants.get('octobat')!.tenant_id }, count: 2, remaining: 0 }]);

    // A share of requests (the draws alternate 0.1 and 0.9, so a probability of 0.5 fires on every other).
    await server.admin.addFault({ match: { api: 'pingpp' }, status: 500, probability: 0.5 });
    const pingpp = serverApis.find((a) => a.definition.name === 'pingpp')!;
    const shares = [];
    for (let i = 0; i < 4; i++) shares.push((await listAs(pingpp)).status);
    expect(shares.filter((s) => s === 500)).toHaveLength(2);
    expect(shares.filter((s) => s === 200)).toHaveLength(2);

    documented('clearFaults', await server.call('DELETE', '/faults'), 204);
    expect((await server.admin.listFaults()).data).toEqual({ items: [] });
    expect((await listAs(pingpp)).status).toBe(200);
  });

  it('refuses rules that do nothing or contradict themselves', async () => {
    documented('addFault', await server.call('POST', '/faults', { match: { api: 'balanced' } }), 400);
    documented('addFault', await server.call('POST', '/faults', { status: 500, retry_after: 3 }), 400);
    documented('addFault', await server.call('POST', '/faults', { latency_ms: 300, latency_max_ms: 100 }), 400);
    documented('addFault', await server.call('POST', '/faults', { status: 404 }), 400);
    documented('addFault', await server.call('POST', '/faults', { status: 503, probability: 0 }), 400);
  });

  it('from the command line: fault add, list, remove and clear, shared with the running server', async () => {
    const cli = async (...args: string[]) => {
      const io = capturedIo();
      const code = await runCli([...args, '--json', '--db', server.url], io);
      return { code, json: code === 0 ? JSON.parse(io.stdout.join('\n')) : undefined, err: io.stderr };
    };
    const added = await cli('fault', 'add', '--api', 'balanced', '--method', 'get', '--status', '503', '--latency', '10-20ms', '--count', '1');
    expect(added.code).toBe(0);
    expect(added.json).toMatchObject({ match: { api: 'balanced', method: 'GET' }, status: 503, latency_ms: 10, latency_max_ms: 20, count: 1, remaining: 1 });
    expect((await listAs(balanced)).status).toBe(503);
    expect((await listAs(balanced)).status).toBe(200);
    expect((await cli('fault', 'list')).json.items).toHaveLength(1);
    expect((await cli('fault', 'remove', '--id', added.json.id)).code).toBe(0);
    const wrong = await cli('fault', 'add', '--status', '418');
    expect(wrong.code).toBe(2);
    expect(wrong.err[0]).toContain('status');
    expect((await cli('fault', 'add', '--drop', '--api', 'octobat')).code).toBe(0);
    expect((await cli('fault', 'clear')).code).toBe(0);
    expect((await listAs(octobat)).status).toBe(200);
  });
});

describeEachDriver('fault injection turned off by header', (driver) => {
  it('ignores Clientele-Fault when started without it (rules still apply)', async () => {
    const server = await startSandbox(driver, { faultHeader: false });
    try {
      const created = (await server.admin.createTenant({ api: 'balanced' })).data as { credentials: Record<string, string> };
      const headers = { authorization: basic(created.credentials.api_key_secret!), 'clientele-fault': 'status=503' };
      expect((await raw(`${server.origin}/balanced/v1/customers`, { headers })).status).toBe(200);
      await server.admin.addFault({ status: 503, count: 1 });
      expect((await raw(`${server.origin}/balanced/v1/customers`, { headers })).status).toBe(503);
    } finally {
      await server.close();
    }
  });
});
