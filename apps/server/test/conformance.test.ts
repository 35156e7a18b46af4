import { afterAll, beforeAll, expect, it } from 'vitest';
import { emitOpenApi } from '@clientele/codegen';
import type { Operation } from '@clientele/schemas';
import { serverApis } from '../src/apis/index.ts';
import { manualClock } from '../src/platform/clock.ts';
import type { ProvisionedTenant, ServerApi } from '../src/platform/handlers.ts';
import { describeEachDriver } from './support/drivers.ts';
import { raw, type RawResponse } from './support/http.ts';
import { notesApi } from './support/notes/api.ts';
import { exampleRequest, type ExampleRequest } from './support/requests.ts';
import { startServer, type TestServer } from './support/server.ts';
import { specValidator } from './support/spec.ts';

/**
 * The conformance suite: what every API owes its clients whatever its provider, generated from
 * its route table and run for every registered API (and one API that exists only in the tests)
 * on every storage driver. A new API gets all of it by being registered.
 */
const registered: readonly ServerApi[] = [...serverApis, notesApi];
const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH']);
const SAFE_ORDER = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'];
const UNKNOWN_ID = 'no-such-thing-0000';

for (const api of registered) {
  const { name, routes } = api.definition;
  const spec = specValidator(serverApis.includes(api) ? name : emitOpenApi(api.definition));
  // Deletes last, so the sample resource is still there for every other route.
  const operations = Object.entries(routes).sort(([, a], [, b]) => SAFE_ORDER.indexOf(a.method) - SAFE_ORDER.indexOf(b.method));
  const authed = operations.filter(([, op]) => op.auth);
  const withParams = operations.filter(([, op]) => op.request?.params);
  const paramNames = (op: Operation) => Object.keys(op.request!.params!.properties);
  const withBody = operations.filter(([, op]) => op.request?.body);
  const scoped = authed.filter(([, op]) => op.auth?.scopes?.length);
  const expiring = authed.filter(([, op]) => api.definition.securitySchemes[op.auth!.scheme]?.type === 'oauth2');
  /** The API's error envelope, as its route table names it (the body of a documented 401 or 404). */
  const errorSchema = operations.flatMap(([, op]) => [op.responses[404]?.body?.schema, op.responses[401]?.body?.schema]).find(Boolean)!;

  describeEachDriver(`conformance: ${name}`, (driver) => {
    let server: TestServer;
    let root: string;
    const clock = manualClock();
    let owner: ProvisionedTenant;
    let ownerHeaders: Record<string, string>;
    let otherHeaders: Record<string, string>;
    let sample: Readonly<Record<string, string>>;
    /** What each operation is sent: the contract's example request, naming the owner's own things where it must. */
    const requests = new Map<Operation, ExampleRequest>();

    const authorize = (tenant: ProvisionedTenant) => api.authorize(tenant.credentials, { apiRoot: root, fetch });
    const url = (op: Operation, params: Readonly<Record<string, string>> = {}) =>
      `${root}${op.path.replace(/\{([^}]+)\}/g, (_, key: string) => encodeURIComponent(params[key] ?? UNKNOWN_ID))}`;
    /** The operation's example request (`body` instead of its example body) with `headers`, addressing `params`. */
    const call = (op: Operation, headers: Record<string, string>, params?: Readonly<Record<string, string>>, body?: string) => {
      const example = requests.get(op);
      const target = url(op, params) + (example?.query ?? '');
      const sent = { ...example?.headers, ...headers };
      if (!BODY_METHODS.has(op.method)) return raw(target, { method: op.method, headers: sent });
      const type = headers['content-type'] ?? op.request?.body?.contentTypes.find((t) => t.includes('json')) ?? 'application/json';
      return raw(target, { method: op.method, headers: { ...sent, 'content-type': type }, body: body ?? example?.body ?? '{}' });
    };
    /** A body is documented for `status` (HEAD answers none). `label` says which request it was. */
    const documented = (operationId: string, op: Operation, res: RawResponse, status: number, label = operationId) => {
      expect(res.status, `${label}: ${res.text}`).toBe(status);
      if (op.method === 'HEAD') return expect(res.text).toBe('');
      expect(spec.responseErrors(operationId, status, res.json), `${label} ${status}: ${res.text}`).toEqual([]);
    };
    /** An error in the API's envelope, for statuses no operation documents (unknown paths, 405, 406). */
    const enveloped = (res: RawResponse, status: number) => {
      expect(res.status, res.text).toBe(status);
      expect(spec.schemaErrors(errorSchema, res.json), res.text).toEqual([]);
    };

    beforeAll(async () => {
      server = await startServer(driver, { apis: registered, clock });
      root = `${server.origin}/${name}`;
      owner = await api.provisionTenant(server.store, { name: 'owner' });
      ownerHeaders = await authorize(owner);
      otherHeaders = await authorize(await api.provisionTenant(server.store, { name: 'other' }));
      const [id] = await api.samples.insert(server.store, owner.scope, { from: 0, count: 1 }, clock);
      // Every route that takes an id reaches the sample, or what `related` prepares around it (its children, a token).
      sample = { ...api.samples.params(id!, owner), ...(await api.samples.related?.(server.store, owner, id!, clock)) };
      const references = api.samples.references?.(sample, owner);
      for (const [operationId, op] of operations) requests.set(op, exampleRequest(spec, operationId, references));
    });
    afterAll(() => server.close());

    it('every operation that needs credentials answers 401 without them, and with unknown ones', async () => {
      const { authorization, ...anonymous } = ownerHeaders;
      const unknown = /^Bearer /i.test(authorization ?? '')
        ? 'Bearer Zk9sQ2x1ZW50ZWxlVW5rbm93blRva2Vu'
        : `Basic ${Buffer.from('no-such-key-of-anyone:').toString('base64')}`;
      for (const [operationId, op] of authed) {
        documented(operationId, op, await call(op, anonymous, sample), 401);
        documented(operationId, op, await call(op, { ...anonymous, authorization: unknown }, sample), 401);
      }
    });

    // Only where the API has them: a test that could only skip is not written at all.
    if (scoped.length) it('every operation that needs a scope answers 403 to credentials without it', async () => {
      const headers = await authorize(await api.provisionTenant(server.store, { name: 'no scopes', scopes: [] }));
      for (const [operationId, op] of scoped) documented(operationId, op, await call(op, headers, sample), 403);
    });

    it("an unknown path inside the API is a 404 in the API's envelope", async () => {
      enveloped(await raw(`${root}/no/such/path`, { headers: ownerHeaders }), 404);
    });

    // The checks of ids below prove something only with requests the operation accepts: a 400 for the body answers nothing about the id.
    it('every route that takes an id can be exercised: a sample for each id, a documented example of each part it requires', () => {
      const unexercisable = withParams.flatMap(([operationId, op]) => [
        ...paramNames(op).filter((name) => sample[name] === undefined).map((name) => `${operationId}: the samples address no {${name}}`),
        ...requests.get(op)!.missing.map((what) => `${operationId}: ${what}`),
      ]);
      expect(unexercisable).toEqual([]);
    });

    it('an unknown id on every route that takes one is a 404, each id on its own and all of them', async () => {
      for (const [operationId, op] of withParams) {
        const names = paramNames(op);
        const alone = names.length > 1 ? names : [];
        for (const name of alone) documented(operationId, op, await call(op, ownerHeaders, { ...sample, [name]: UNKNOWN_ID }), 404, `${operationId} with {${name}} unknown`);
        documented(operationId, op, await call(op, ownerHeaders), 404, `${operationId} with every id unknown`);
      }
    });

    it("another tenant's ids are a 404 on every route that takes one, where the same request is the owner's 2xx", async () => {
      for (const [operationId, op] of withParams) {
        // The intruder first: the owner's request may use up what it names (Ping++'s single-use token).
        const intruder = await call(op, otherHeaders, sample);
        const own = await call(op, ownerHeaders, sample);
        expect(own.status, `${operationId} (the owner, so the request is valid and the ids exist): ${own.text}`).toBeLessThan(300);
        documented(operationId, op, own, own.status);
        documented(operationId, op, intruder, 404, `${operationId} (another tenant)`);
      }
    });

    // Only where the API has modes.
    if (api.modes) it("the owner's keys of another mode (live for test) get a 404 on every route that takes an id", async () => {
      for (const mode of api.modes!.slice(1)) {
        const headers = await api.authorize(owner.credentials, { apiRoot: root, fetch, mode });
        for (const [operationId, op] of withParams) {
          documented(operationId, op, await call(op, headers, sample), 404);
        }
      }
    });

    it('every documented path answers 405 with Allow for the verbs it does not take', async () => {
      const byPath = new Map<string, Set<string>>();
      for (const [, op] of operations) byPath.set(op.path, (byPath.get(op.path) ?? new Set()).add(op.method));
      for (const [path, methods] of byPath) {
        const verb = ['PATCH', 'PUT', 'DELETE', 'POST'].find((m) => !methods.has(m));
        if (!verb) continue;
        const res = await raw(url({ path } as Operation, sample), { method: verb, headers: ownerHeaders });
        enveloped(res, 405);
        const allowed = new Set(res.headers.get('allow')!.split(', '));
        for (const method of methods) expect(allowed.has(method), `${path} Allow: ${res.headers.get('allow')}`).toBe(true);
        expect(allowed.has(verb)).toBe(false);
      }
    });

    it('an Accept the operation cannot answer is a 406 where the operation documents one, and disregarded where not', async () => {
      for (const [operationId, op] of operations.filter(([, op]) => op.method !== 'HEAD')) {
        const res = await call(op, { ...ownerHeaders, accept: 'image/png' }, sample);
        if (op.responses[406]) documented(operationId, op, res, 406);
        else {
          // RFC 9110 §12.5.1 lets a server answer as if there were no Accept: it must, where its spec documents no 406.
          expect(op.responses[res.status], `${operationId} answered an undocumented ${res.status}: ${res.text}`).toBeDefined();
          // A response documented without a body (a 204) has no media type to answer in.
          if (op.responses[res.status]?.body) expect(res.headers.get('content-type'), operationId).toMatch(/json/);
          else expect(res.text, `${operationId} answered a body to a ${res.status} documented without one`).toBe('');
        }
      }
    });

    it('bodies: too large is 413, another media type is 415, malformed is 400, each as documented', async () => {
      const big = JSON.stringify({ filler: 'x'.repeat(1024 * 1024 + 10) });
      for (const [operationId, op] of withBody) {
        const json = op.request!.body!.contentTypes.find((t) => t.includes('json')) ?? 'application/json';
        documented(operationId, op, await call(op, { ...ownerHeaders, 'content-type': json }, sample, big), 413);
        documented(operationId, op, await call(op, { ...ownerHeaders, 'content-type': 'text/xml' }, sample, '<customer/>'), 415);
        documented(operationId, op, await call(op, { ...ownerHeaders, 'content-type': json }, sample, '{"broken": '), 400);
      }
    });

    // Last: it moves the server's clock far ahead.
    if (expiring.length) it('credentials that expire (OAuth tokens) are a 401 once expired', async () => {
      clock.advance(400 * 24 * 3600 * 1000);
      for (const [operationId, op] of expiring) documented(operationId, op, await call(op, ownerHeaders, sample), 401);
    });
  });
}
