import { afterAll, beforeAll, expect, it } from 'vitest';
import { manualClock } from '../../src/platform/clock.ts';
import type { ProvisionedTenant } from '../../src/platform/handlers.ts';
import { describeEachDriver } from '../support/drivers.ts';
import { raw } from '../support/http.ts';
import { notesApi } from '../support/notes/api.ts';
import { startServer, type TestServer } from '../support/server.ts';

/**
 * The resource kit through HTTP, on the test-only notes API: cursor pages both ways with a
 * creation-time filter, modes that never mix, soft delete, child collections, unique values.
 */
describeEachDriver('the resource kit (notes, a test-only API)', (driver) => {
  let server: TestServer;
  let root: string;
  let account: ProvisionedTenant;
  const clock = manualClock(Date.UTC(2026, 0, 1));
  const basic = (key: string) => ({ authorization: `Basic ${Buffer.from(`${key}:`).toString('base64')}`, 'content-type': 'application/json' });
  let test: Record<string, string>;
  let live: Record<string, string>;
  const ids: string[] = [];
  const createdAt: number[] = [];

  const create = async (headers: Record<string, string>, body: object) => {
    const res = await raw(`${root}/notes`, { method: 'POST', headers, body: JSON.stringify(body) });
    expect(res.status, res.text).toBe(201);
    return res.json as { id: string; created: number; livemode: boolean };
  };
  const list = async (query: string, headers = test) => {
    const res = await raw(`${root}/notes?${query}`, { headers });
    expect(res.status, res.text).toBe(200);
    return res.json as { data: { id: string }[]; has_more: boolean; has_before: boolean };
  };

  beforeAll(async () => {
    server = await startServer(driver, { apis: [notesApi], clock });
    root = `${server.origin}/notes`;
    account = await notesApi.provisionTenant(server.store, {});
    test = basic(account.credentials.test_key!);
    live = basic(account.credentials.live_key!);
    // Twelve notes, one a minute: oldest first in `ids`.
    for (let i = 0; i < 12; i++) {
      const note = await create(test, { title: `n${i}`, slug: `n-${i}` });
      ids.push(note.id);
      createdAt.push(note.created);
      clock.advance(60_000);
    }
  });
  afterAll(() => server.close());

  it('pages newest first with starting_after and ending_before, saying whether more lie either side', async () => {
    const newest = [...ids].reverse();
    const first = await list('limit=5');
    expect(first.data.map((n) => n.id)).toEqual(newest.slice(0, 5));
    expect([first.has_before, first.has_more]).toEqual([false, true]);
    const second = await list(`limit=5&starting_after=${newest[4]}`);
    expect(second.data.map((n) => n.id)).toEqual(newest.slice(5, 10));
    expect([second.has_before, second.has_more]).toEqual([true, true]);
    const last = await list(`limit=5&starting_after=${newest[9]}`);
    expect(last.data.map((n) => n.id)).toEqual(newest.slice(10));
    expect([last.has_before, last.has_more]).toEqual([true, false]);
    const back = await list(`limit=5&ending_before=${newest[10]}`);
    expect(back.data.map((n) => n.id)).toEqual(newest.slice(5, 10));
    expect([back.has_before, back.has_more]).toEqual([true, true]);
    const start = await list(`limit=5&ending_before=${newest[3]}`);
    expect(start.data.map((n) => n.id)).toEqual(newest.slice(0, 3));
    expect(start.has_before).toBe(false);
  });

  it('filters on creation time in Unix seconds, combined with cursors', async () => {
    const from = createdAt[3]!;
    const to = createdAt[8]!;
    const range = await list(`limit=100&created[gte]=${from}&created[lt]=${to}`);
    expect(range.data.map((n) => n.id)).toEqual(ids.slice(3, 8).reverse());
    const after = await list(`limit=2&created[gt]=${from}&created[lte]=${to}&starting_after=${ids[7]}`);
    expect(after.data.map((n) => n.id)).toEqual(ids.slice(5, 7).reverse());
    expect(after.has_more).toBe(true);
  });

  it('an unknown cursor, or both cursors at once, is a 400 naming the field', async () => {
    const unknown = await raw(`${root}/notes?starting_after=note_000000000000`, { headers: test });
    expect(unknown.status).toBe(400);
    expect(unknown.json.error).toMatchObject({ kind: 'invalid_reference', field: 'starting_after' });
    const both = await raw(`${root}/notes?starting_after=${ids[1]}&ending_before=${ids[2]}`, { headers: test });
    expect(both.status).toBe(400);
    expect(both.json.error.field).toBe('ending_before');
  });

  it('an id or cursor holding a NUL character names nothing (PostgreSQL text cannot hold one): 404 and 400, never a 500', async () => {
    for (const method of ['GET', 'PATCH', 'DELETE']) {
      const res = await raw(`${root}/notes/note_%00`, { method, headers: test, ...(method === 'PATCH' ? { body: '{}' } : {}) });
      expect(res.status, `${method}: ${res.text}`).toBe(404);
    }
    expect((await raw(`${root}/notes/note_%00/comments`, { headers: test })).status).toBe(404);
    const cursor = await raw(`${root}/notes?ending_before=%00`, { headers: test });
    expect(cursor.status).toBe(400);
    expect(cursor.json.error).toMatchObject({ kind: 'invalid_reference', field: 'ending_before' });
  });

  it('test and live keys of one account never see each other’s data', async () => {
    const note = await create(live, { title: 'live one', slug: 'n-0' });
    expect(note.livemode).toBe(true);
    expect((await list('limit=100', live)).data.map((n) => n.id)).toEqual([note.id]);
    expect((await raw(`${root}/notes/${note.id}`, { headers: test })).status).toBe(404);
    expect((await raw(`${root}/notes/${ids[0]}`, { headers: live })).status).toBe(404);
  });

  it('deleted notes are gone from reads, lists and cursors, their unique slug is free again, and they stay stored', async () => {
    const victim = ids[11]!;
    const deleted = await raw(`${root}/notes/${victim}`, { method: 'DELETE', headers: test });
    expect(deleted.json).toEqual({ id: victim, deleted: true });
    expect((await raw(`${root}/notes/${victim}`, { headers: test })).status).toBe(404);
    expect((await raw(`${root}/notes/${victim}`, { method: 'DELETE', headers: test })).status).toBe(404);
    expect((await list('limit=100')).data.map((n) => n.id)).not.toContain(victim);
    expect((await raw(`${root}/notes?starting_after=${victim}`, { headers: test })).status).toBe(400);
    const again = await create(test, { title: 'reborn', slug: 'n-11' });
    expect(again.id).not.toBe(victim);
    const taken = await raw(`${root}/notes`, { method: 'POST', headers: test, body: JSON.stringify({ title: 'x', slug: 'n-10' }) });
    expect([taken.status, taken.json.error.field]).toEqual([409, 'slug']);
  });

  it("comments are the note's own: counted and paged within it", async () => {
    for (const text of ['a', 'b', 'c']) {
      const res = await raw(`${root}/notes/${ids[0]}/comments`, { method: 'POST', headers: test, body: JSON.stringify({ text }) });
      expect(res.status, res.text).toBe(201);
    }
    await raw(`${root}/notes/${ids[1]}/comments`, { method: 'POST', headers: test, body: JSON.stringify({ text: 'other' }) });
    const page = await raw(`${root}/notes/${ids[0]}/comments?limit=2&offset=1`, { headers: test });
    expect(page.json.total).toBe(3);
    expect(page.json.data.map((c: { text: string }) => c.text)).toEqual(['b', 'a']);
    expect((await raw(`${root}/notes/${ids[0]}/comments`, { headers: live })).status).toBe(404);
  });
});
