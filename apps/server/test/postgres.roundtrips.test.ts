import { recordStatements, type SentStatement } from '@clientele/store/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drivers } from './support/drivers.ts';
import { basic, raw } from './support/http.ts';
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
