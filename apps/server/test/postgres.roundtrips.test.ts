import { recordStatements, type SentStatement } from '@clientele/store/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drivers } from './support/drivers.ts';
import { basic, raw } from './support/http.ts';
import { pingppAccount } from './support/pingpp.ts';
import { startReceiver, type Receiver } from './support/receiver.ts';
import { startServer, type TestServer } from './support/server.ts';

/**
 * What a write costs on PostgreSQL, in round trips: the statements the store's pg clients send are
 * counted, and a statement sent while an earlier one on the same connection is still unanswered
 * (pipelined) waits for no answer of its own, so it shares that round trip. The figure is the same
 * on any machine. The budgets are what the write path takes today: a create is one round trip
 * (the document's insert and its event, Balanced's customer.created, pipelined between begin and
 * commit), an update two (the document read, then its write and its event so). A change that adds
 * a round trip fails here. Before: a create took 4 (begin, the document's statement, the event,
 * commit), an update 5; earlier still 7 and 7 to 9 (a savepoint around each statement, no event).
 */
const BUDGET = { create: 1, update: 2 } as const;

/** The statements, one a line, those pipelined behind another indented. */
const shown = (sent: readonly SentStatement[]) => sent.map(({ text, roundTrip }) => `${roundTrip ? '' : '  '}${text.replace(/\s+/g, ' ').slice(0, 120)}`).join('\n');

const postgres = drivers.find((d) => d.name === 'postgres')!;

describe.skipIf(!postgres.available)('round trips per write on PostgreSQL (steady state)', () => {
  let server: TestServer;
  let auth: string;
  const customers = () => `${server.origin}/balanced/v1/customers`;
  const json = (method: string, body: unknown) => ({ method, headers: { authorization: auth, 'content-type': 'application/json' }, body: JSON.stringify(body) });

  beforeAll(async () => {
    // The request log off, shared state read once an hour and the delivery worker idle: only the
    // request's own statements are sent.
    server = await startServer(postgres, { sandbox: { requestLogLimit: 0, sharedStateTtlMs: 3_600_000, deliveries: { pollMs: false, afterWrites: false } } });
    const tenant = await server.tenant('balanced');
    auth = basic(tenant.api_key_secret!);
    // Steady state: the credential is cached, the scope's counter row exists.
    const first = await raw(customers(), json('POST', { name: 'First', email_address: 'first@example.org' }));
    expect(first.status).toBe(201);
    expect((await raw(`${customers()}/${first.json.id}`, json('PUT', { name: 'Again' }))).status).toBe(200);
  });
  afterAll(() => server?.close());

  /** The statements one request sends, and the round trips they took. */
  async function statementsOf(request: () => Promise<{ status: number }>, status: number) {
    const recording = recordStatements();
    try {
      expect((await request()).status).toBe(status);
    } finally {
      recording.stop();
    }
    return { sent: recording.sent, roundTrips: recording.roundTrips() };
  }

  it(`a Balanced create takes at most ${BUDGET.create} round trips, with no savepoint`, async () => {
    const { sent, roundTrips } = await statementsOf(() => raw(customers(), json('POST', { name: 'Benny', email_address: 'benny@example.org' })), 201);
    expect(roundTrips, shown(sent)).toBeLessThanOrEqual(BUDGET.create);
    expect(sent.filter(({ text }) => /savepoint/i.test(text))).toEqual([]);
  });

  it(`a Balanced update takes at most ${BUDGET.update} round trips, with no savepoint`, async () => {
    const created = await raw(customers(), json('POST', { name: 'Clara', email_address: 'clara@example.org' }));
    const { sent, roundTrips } = await statementsOf(() => raw(`${customers()}/${created.json.id}`, json('PUT', { name: 'Clara B', email_address: 'clara.b@example.org' })), 200);
    expect(roundTrips, shown(sent)).toBeLessThanOrEqual(BUDGET.update);
    expect(sent.filter(({ text }) => /savepoint/i.test(text))).toEqual([]);
  });
});

describe.skipIf(!postgres.available)('round trips per read of a signed API on PostgreSQL', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startServer(postgres, { sandbox: { requestLogLimit: 0, sharedStateTtlMs: 3_600_000, deliveries: { pollMs: false, afterWrites: false } } });
  });
  afterAll(() => server?.close());

  it("a Ping++ read takes one round trip once its key is known: the account's public key (or that it has none) is read with the credential, not at every request", async () => {
    const account = await pingppAccount(server, `${server.origin}/pingpp`);
    const { id } = await account.token();
    const read = () => raw(`${server.origin}/pingpp/v1/tokens/${id}`, { headers: { authorization: basic(account.testKey) } });
    // Its first request finds the key, and whether the account has a public key.
    expect((await read()).status).toBe(200);
    const recording = recordStatements();
    try {
      for (let i = 0; i < 3; i++) expect((await read()).status).toBe(200);
    } finally {
      recording.stop();
    }
    // One read each: the token's (before, the key's too, a second round trip).
    expect(recording.roundTrips(), shown(recording.sent)).toBe(3);
  });
});

/**
 * What a write costs the delivery worker on PostgreSQL: a write to an API with events asks it to
 * look (a kick, shared by the writes of 20 ms; here one write, alone), and it sends these
 * statements, counted from the write's response until it has nothing left to do. A tenant found
 * with no endpoint (its first write's look read its callbacks) has its events written fanned out
 * by their own statement, and its writes ask for no look: none. A tenant with one callback: the
 * unfanned event read (1), the tenant's callbacks (a page: begin, rows, count, commit: 4), the
 * delivery written and the event marked (begin, insert, update, commit: 4), the claim (1, one
 * statement), the attempt's reads (the event, the callback, its deliveries and their count for the
 * event's body, the allowed targets: 5), its record (begin, update, insert, commit: 4), and a last
 * look (2). Before: 10 with no endpoint (the tenant's callbacks read and the event marked fanned
 * out, and twice a read of what is due) and 25 with one (a claim of a read, then begin, lock,
 * lease, commit).
 */
const WORKER_BUDGET = { noEndpoint: 0, oneEndpoint: 21 } as const;

describe.skipIf(!postgres.available)('statements the delivery worker sends per write on PostgreSQL', () => {
  let server: TestServer;
  let receiver: Receiver;
  const json = (auth: string, method: string, body: unknown) => ({ method, headers: { authorization: auth, 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const customers = () => `${server.origin}/balanced/v1/customers`;

  beforeAll(async () => {
    // The worker looks after each write, never on a timer; the request log off.
    server = await startServer(postgres, { sandbox: { requestLogLimit: 0, sharedStateTtlMs: 3_600_000, deliveries: { pollMs: false } } });
    receiver = await startReceiver(200);
  });
  afterAll(async () => {
    await server?.close();
    await receiver?.close();
  });

  /** A tenant whose credential is cached and whose scope's counter row exists, its worker's looks done. */
  async function steadyTenant() {
    const tenant = await server.tenant('balanced');
    const auth = basic(tenant.api_key_secret!);
    expect((await raw(customers(), json(auth, 'POST', { name: 'First', email_address: 'first@example.org' }))).status).toBe(201);
    await server.app.clienteleSandbox.deliveriesSettled();
    return auth;
  }

  /** The statements the worker sent for one create: those from its response until the worker has nothing left to do. */
  async function workerStatementsOf(auth: string) {
    const recording = recordStatements();
    let request: number;
    try {
      expect((await raw(customers(), json(auth, 'POST', { name: 'Dora', email_address: 'dora@example.org' }))).status).toBe(201);
      request = recording.sent.length;
      await server.app.clienteleSandbox.deliveriesSettled();
    } finally {
      recording.stop();
    }
    return recording.sent.slice(request);
  }

  it(`a create of a tenant with no endpoint costs the worker at most ${WORKER_BUDGET.noEndpoint} statements, none of a fan-out`, async () => {
    const sent = await workerStatementsOf(await steadyTenant());
    expect(sent.length, shown(sent)).toBeLessThanOrEqual(WORKER_BUDGET.noEndpoint);
    expect(sent.filter(({ text }) => /insert into "deliveries"|update "events"/i.test(text)), shown(sent)).toEqual([]);
  });

  it(`a create of a tenant with one callback costs the worker at most ${WORKER_BUDGET.oneEndpoint} statements, the attempt made`, async () => {
    const auth = await steadyTenant();
    expect((await raw(`${server.origin}/balanced/v1/callbacks`, json(auth, 'POST', { url: receiver.url }))).status).toBe(201);
    await server.app.clienteleSandbox.deliveriesSettled();
    const before = receiver.received.length;
    const sent = await workerStatementsOf(auth);
    expect(receiver.received.length).toBe(before + 1);
    expect(sent.length, shown(sent)).toBeLessThanOrEqual(WORKER_BUDGET.oneEndpoint);
  });
});
