import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drivers } from './support/drivers.ts';
import { basic, raw } from './support/http.ts';
import { startServer, type TestServer } from './support/server.ts';

/**
 * What a write costs on PostgreSQL, in round trips: the pg client the store loads is counted (it
 * sends one statement at a time and waits for its answer), so the figure is the same on any machine.
 * The budgets are what the write path takes today: begin, the write's statements (a create one, an
 * update two), the event it appends to the outbox (Balanced's customer.created or .updated), commit.
 * A change that adds a round trip fails here. Before: a create took 7 (a savepoint around the
 * counter, the unique value and the document, each a statement), an update 7 to 9, and neither
 * wrote an event.
 */
const BUDGET = { create: 4, update: 5 } as const;

/** Every statement the store's pg clients send from now on, until `stop`. */
function recordStatements() {
  type Query = (this: unknown, ...args: unknown[]) => unknown;
  const pg = createRequire(createRequire(import.meta.url).resolve('@clientele/store'))('pg') as { Client: { prototype: { query: Query } } };
  const sent: string[] = [];
  const original = pg.Client.prototype.query;
  pg.Client.prototype.query = function (this: unknown, ...args: unknown[]) {
    const first = args[0] as string | { text?: string };
    sent.push(typeof first === 'string' ? first : (first?.text ?? String(first)));
    return original.apply(this, args);
  };
  return { sent, stop: () => void (pg.Client.prototype.query = original) };
}

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

  /** The statements one request sends. */
  async function statementsOf(request: () => Promise<{ status: number }>, status: number): Promise<string[]> {
    const recording = recordStatements();
    try {
      expect((await request()).status).toBe(status);
    } finally {
      recording.stop();
    }
    return recording.sent;
  }

  it(`a Balanced create takes at most ${BUDGET.create} round trips, with no savepoint`, async () => {
    const sent = await statementsOf(() => raw(customers(), json('POST', { name: 'Benny', email_address: 'benny@example.org' })), 201);
    expect(sent.length, sent.join('\n')).toBeLessThanOrEqual(BUDGET.create);
    expect(sent.filter((text) => /savepoint/i.test(text))).toEqual([]);
  });

  it(`a Balanced update takes at most ${BUDGET.update} round trips, with no savepoint`, async () => {
    const created = await raw(customers(), json('POST', { name: 'Clara', email_address: 'clara@example.org' }));
    const sent = await statementsOf(() => raw(`${customers()}/${created.json.id}`, json('PUT', { name: 'Clara B', email_address: 'clara.b@example.org' })), 200);
    expect(sent.length, sent.join('\n')).toBeLessThanOrEqual(BUDGET.update);
    expect(sent.filter((text) => /savepoint/i.test(text))).toEqual([]);
  });
});
