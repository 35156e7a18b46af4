import { afterAll, beforeAll, expect, it } from 'vitest';
import { run as runCli } from '../src/cli.ts';
import { manualClock } from '../src/platform/clock.ts';
import { describeEachDriver } from './support/drivers.ts';
import { dwollaToken, HAL } from './support/dwolla.ts';
import { basic, raw } from './support/http.ts';
import { capturedIo } from './support/process.ts';
import { documented, startSandbox, type SandboxServer } from './support/sandbox.ts';

describeEachDriver('the movable clock', (driver) => {
  let server: SandboxServer;
  const clock = manualClock(Date.UTC(2026, 0, 1));

  beforeAll(async () => {
    server = await startSandbox(driver, {}, { clock });
  });
  afterAll(() => server.close());

  it('moving it forward expires a Dwolla token without waiting', async () => {
    const dwolla = (await server.admin.createTenant({ api: 'dwolla' })).data as { credentials: Record<string, string> };
    const token = await dwollaToken(`${server.origin}/dwolla`, dwolla.credentials.client_id!, dwolla.credentials.client_secret!);
    const customers = () => raw(`${server.origin}/dwolla/customers`, { headers: { authorization: `Bearer ${token}`, accept: HAL } });
    expect((await customers()).status).toBe(200);

    const read = await server.admin.getClock();
    documented('getClock', read, 200);
    expect(read.data).toEqual({ now: '2026-01-01T00:00:00.000Z', offset_ms: 0 });
    const moved = await server.call('POST', '/clock', { advance: '59m59s' });
    documented('advanceClock', moved, 200);
    expect(moved.json).toEqual({ now: '2026-01-01T00:59:59.000Z', offset_ms: 3_599_000 });
    expect((await customers()).status).toBe(200);
    await server.admin.advanceClock({ advance: 1000 });
    const expired = await customers();
    expect(expired.status).toBe(401);
    expect(expired.json).toMatchObject({ code: 'ExpiredAccessToken' });
  });

  it('moves creation times and expires idempotency keys', async () => {
    await server.admin.advanceClock({ advance: '1d' });
    const octobat = (await server.admin.createTenant({ api: 'octobat' })).data as { credentials: Record<string, string> };
    const create = () =>
      raw(`${server.origin}/octobat/customers`, {
        method: 'POST',
        headers: { authorization: basic(octobat.credentials.test_secret_key!), 'content-type': 'application/json', 'idempotency-key': 'clock-key' },
        body: JSON.stringify({ name: 'Once', billing_address_country: 'FR' }),
      });
    const first = await create();
    expect(first.status).toBe(201);
    expect(first.json.created_at.slice(0, 10)).toBe('2026-01-02');
    expect((await create()).headers.get('idempotent-replayed')).toBe('true');
    await server.admin.advanceClock({ advance: '24h' });
    const again = await create();
    expect(again.status).toBe(201);
    expect(again.json.id).not.toBe(first.json.id);
    expect(again.json.created_at.slice(0, 10)).toBe('2026-01-03');
  });

  it('only moves forward, by a duration the API understands', async () => {
    documented('advanceClock', await server.call('POST', '/clock', { advance: -5 }), 400);
    documented('advanceClock', await server.call('POST', '/clock', { advance: '1 week' }), 400);
  });

  it('from the command line: every server on the database follows', async () => {
    const before = (await server.admin.getClock()).data as { offset_ms: number };
    const io = capturedIo();
    expect(await runCli(['clock', 'advance', '--by', '2h', '--json', '--db', server.url], io)).toBe(0);
    expect(JSON.parse(io.stdout[0]!).offset_ms).toBe(before.offset_ms + 7_200_000);
    // The server reads the shared offset again on its next request.
    expect((await server.admin.getClock()).data).toMatchObject({ offset_ms: before.offset_ms + 7_200_000 });
    const shown = capturedIo();
    expect(await runCli(['clock', 'show', '--json', '--db', server.url], shown)).toBe(0);
    expect(JSON.parse(shown.stdout[0]!).offset_ms).toBe(before.offset_ms + 7_200_000);
  });
});
