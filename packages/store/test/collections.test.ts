import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CursorNotFound, openStore, UniqueViolation, type Collection, type CreatedRange, type Scope, type Store } from '../src/index.ts';
import { testDrivers, type OpenedStore } from '../src/testing.ts';
import { idsOf, ScopeModel } from './support/model.ts';
import { rawDatabase } from './support/raw.ts';

const drivers = testDrivers(inject('postgres'));

/** Created ranges around documents created every 10 µs from 1000 (bounds on and between documents). */
const RANGES: CreatedRange[] = [
  {},
  { gt: 1050 },
  { gte: 1050 },
  { lt: 1120 },
  { lte: 1120 },
  { gt: 1045, lt: 1125 },
  { gte: 1050, lte: 1120 },
  { gt: 1050, lte: 1120, gte: 1000, lt: 5000 },
  { gte: 1001 },
  { lte: 999 },
  { gt: 1100, lt: 1101 },
  { gte: 2000 },
];

for (const driver of drivers) {
  describe.skipIf(!driver.available)(`collections (${driver.name})`, () => {
    let opened: OpenedStore;
    let store: Store;
    let raw: Kysely<any>;
    let n = 0;
    /** A fresh collection per test, so tests share one database without seeing each other. */
    const fresh = <T = { n: number }>() => store.collection<T>(`x.things${++n}`);
    const t1: Scope = { tenantId: 't1' };

    beforeAll(async () => {
      opened = await driver.open();
      store = opened.store;
      raw = rawDatabase(driver, opened);
      await store.tenants.create({ id: 't1', api: 'x', name: 'one' });
      await store.tenants.create({ id: 't2', api: 'x', name: 'two' });
    });
    afterAll(async () => {
      await raw?.destroy();
      await opened?.dispose();
    });

    /** Fills a scope with `count` documents created every 10 µs from 1000, recorded in a model. */
    const fill = async (docs: Collection<{ n: number }>, scope: Scope, count: number) => {
      const model = new ScopeModel();
      for (let i = 0; i < count; i++) {
        const stored = await docs.insert(scope, { id: `d${i}`, createdUs: 1000 + 10 * i, data: { n: i } });
        model.add(stored.id, stored.createdUs);
      }
      return model;
    };

    /**
     * A walk against the model runs about a thousand queries one after another: a safety net for
     * a busy machine, not a limit on how fast it must be.
     */
    const MODEL_WALK_TIMEOUT = 180_000;

    /** Every offset page, and the cursor pages on each side of every live document, against the model. */
    const agreesWithModel = async (docs: Collection<{ n: number }>, scope: Scope, model: ScopeModel) => {
      for (const created of RANGES) {
        for (const order of ['desc', 'asc'] as const) {
          const total = model.list(order, created).length;
          for (let offset = 0; offset <= total + 1; offset++) {
            const query = { offset, limit: 4, order, created };
            const page = await docs.page(scope, query);
            expect({ ids: idsOf(page), total: page.total }, JSON.stringify(query)).toEqual(model.page(query));
          }
          for (const cursor of [undefined, ...model.live.map((d) => d.id)]) {
            for (const side of ['startingAfter', 'endingBefore'] as const) {
              if (side === 'endingBefore' && cursor === undefined) continue;
              const query = { limit: 3, order, created, [side]: cursor };
              const page = await docs.cursorPage(scope, query);
              expect({ ids: idsOf(page), before: page.before, after: page.after }, JSON.stringify(query)).toEqual(
                model.cursorPage(query),
              );
            }
          }
        }
      }
    };

    it('keeps scopes apart: ids, totals, ranks, unique values; modes never mix; another tenant sees nothing', async () => {
      const docs = fresh<{ where: string }>();
      const scopes: Scope[] = [
        t1,
        { tenantId: 't1', mode: 'test' },
        { tenantId: 't1', mode: 'live' },
        { tenantId: 't1', parentId: 'cus_1' },
        { tenantId: 't1', parentId: 'cus_2' },
        { tenantId: 't1', mode: 'test', parentId: 'cus_1' },
        { tenantId: 't2' },
      ];
      // The same id and the same unique value in every scope; each scope gets a different number of documents.
      for (const [i, scope] of scopes.entries()) {
        for (let k = 0; k <= i; k++) {
          await docs.insert(scope, { id: `doc${k}`, createdUs: 10 + k, data: { where: `${i}:${k}` }, unique: { email: `e${k}` } });
        }
      }
      for (const [i, scope] of scopes.entries()) {
        expect((await docs.get(scope, 'doc0'))?.data).toEqual({ where: `${i}:0` });
        expect((await docs.findUnique(scope, 'email', 'e0'))?.data).toEqual({ where: `${i}:0` });
        const page = await docs.page(scope, { offset: 0, limit: 100 });
        expect(page.total).toBe(i + 1);
        expect(page.items.map((d) => d.data.where)).toEqual(Array.from({ length: i + 1 }, (_, k) => `${i}:${i - k}`));
        // Ranks are per scope: the oldest document is the last at offset total - 1.
        expect(idsOf(await docs.page(scope, { offset: i, limit: 5 }))).toEqual(['doc0']);
        expect(idsOf(await docs.cursorPage(scope, { limit: 1, order: 'asc' }))).toEqual(['doc0']);
        expect(page.items.every((d) => d.tenantId === scope.tenantId)).toBe(true);
      }
      await expect(docs.insert(scopes[1]!, { id: 'again', createdUs: 99, data: { where: '' }, unique: { email: 'e1' } })).rejects.toBeInstanceOf(UniqueViolation);
      // A document of one scope is no cursor in another.
      await expect(docs.cursorPage({ tenantId: 't1', mode: 'live' }, { limit: 2, startingAfter: 'doc1' })).resolves.toBeDefined();
      await expect(docs.cursorPage(t1, { limit: 2, startingAfter: 'doc1' })).rejects.toBeInstanceOf(CursorNotFound);
      // Updates and removals stay in their scope.
      await docs.update({ tenantId: 't1', mode: 'test' }, 'doc0', () => ({ data: { where: 'changed' } }));
      await docs.remove({ tenantId: 't1', mode: 'live' }, 'doc1');
      expect((await docs.get({ tenantId: 't1', mode: 'live' }, 'doc0'))?.data).toEqual({ where: '2:0' });
      expect((await docs.get({ tenantId: 't1', mode: 'test' }, 'doc1'))?.data).toEqual({ where: '1:1' });
      expect((await docs.page({ tenantId: 't1', mode: 'test' }, { offset: 0, limit: 9 })).total).toBe(2);
      expect((await docs.page({ tenantId: 't1', mode: 'live' }, { offset: 0, limit: 9 })).total).toBe(2);
      // A tenant with no documents here, and a parent with none, see nothing.
      expect(await docs.page({ tenantId: 't3' }, { offset: 0, limit: 9 })).toEqual({ items: [], total: 0 });
      expect(await docs.cursorPage({ tenantId: 't1', parentId: 'cus_3' }, { limit: 9 })).toEqual({ items: [], before: false, after: false, total: 0 });
      expect(await docs.getMany({ tenantId: 't1', mode: 'other' }, ['doc0', 'doc1'])).toEqual([]);
    });

    it('cursor pages walk both ways in both orders, with before/after right at both ends', async () => {
      const docs = fresh();
      await fill(docs, t1, 10);
      const ids = (list: string) => list.split(' ').filter(Boolean);
      const page = async (query: Parameters<Collection<unknown>['cursorPage']>[1]) => {
        const got = await docs.cursorPage(t1, query);
        return { ids: idsOf(got).join(' '), before: got.before, after: got.after };
      };
      // Newest first (the default).
      expect(await page({ limit: 4 })).toEqual({ ids: 'd9 d8 d7 d6', before: false, after: true });
      expect(await page({ limit: 4, startingAfter: 'd6' })).toEqual({ ids: 'd5 d4 d3 d2', before: true, after: true });
      expect(await page({ limit: 4, startingAfter: 'd2' })).toEqual({ ids: 'd1 d0', before: true, after: false });
      expect(await page({ limit: 4, startingAfter: 'd0' })).toEqual({ ids: '', before: true, after: false });
      expect(await page({ limit: 4, endingBefore: 'd1' })).toEqual({ ids: 'd5 d4 d3 d2', before: true, after: true });
      expect(await page({ limit: 4, endingBefore: 'd5' })).toEqual({ ids: 'd9 d8 d7 d6', before: false, after: true });
      expect(await page({ limit: 4, endingBefore: 'd7' })).toEqual({ ids: 'd9 d8', before: false, after: true });
      expect(await page({ limit: 4, endingBefore: 'd9' })).toEqual({ ids: '', before: false, after: true });
      expect(await page({ limit: 10 })).toEqual({ ids: 'd9 d8 d7 d6 d5 d4 d3 d2 d1 d0', before: false, after: false });
      // An empty page answers for the cursor's own sides.
      expect(await page({ limit: 0, startingAfter: 'd5' })).toEqual({ ids: '', before: true, after: true });
      expect(await page({ limit: 0, endingBefore: 'd0' })).toEqual({ ids: '', before: true, after: false });
      // Oldest first.
      expect(await page({ limit: 4, order: 'asc' })).toEqual({ ids: 'd0 d1 d2 d3', before: false, after: true });
      expect(await page({ limit: 4, order: 'asc', startingAfter: 'd7' })).toEqual({ ids: 'd8 d9', before: true, after: false });
      expect(await page({ limit: 4, order: 'asc', startingAfter: 'd9' })).toEqual({ ids: '', before: true, after: false });
      expect(await page({ limit: 4, order: 'asc', endingBefore: 'd6' })).toEqual({ ids: 'd2 d3 d4 d5', before: true, after: true });
      expect(await page({ limit: 4, order: 'asc', endingBefore: 'd3' })).toEqual({ ids: 'd0 d1 d2', before: false, after: true });
      expect(await page({ limit: 4, order: 'asc', endingBefore: 'd0' })).toEqual({ ids: '', before: false, after: true });

      // A whole walk forward, then back, in each order.
      for (const order of ['desc', 'asc'] as const) {
        const expected = order === 'asc' ? ids('d0 d1 d2 d3 d4 d5 d6 d7 d8 d9') : ids('d9 d8 d7 d6 d5 d4 d3 d2 d1 d0');
        const forward: string[] = [];
        let next = await docs.cursorPage(t1, { limit: 3, order });
        for (;;) {
          forward.push(...idsOf(next));
          if (!next.after) break;
          next = await docs.cursorPage(t1, { limit: 3, order, startingAfter: next.items.at(-1)!.id });
        }
        expect(forward).toEqual(expected);
        const back: string[] = [];
        let previous = await docs.cursorPage(t1, { limit: 3, order, endingBefore: expected.at(-1)! });
        back.unshift(expected.at(-1)!);
        for (;;) {
          back.unshift(...idsOf(previous));
          if (!previous.before) break;
          previous = await docs.cursorPage(t1, { limit: 3, order, endingBefore: previous.items[0]!.id });
        }
        expect(back).toEqual(expected);
      }
    });

    it('created ranges (gt, gte, lt, lte, alone and combined) with offset and cursor pages, in both orders', async () => {
      const docs = fresh();
      const model = await fill(docs, t1, 16);
      await agreesWithModel(docs, t1, model);
    }, MODEL_WALK_TIMEOUT);

    it('an unknown, deleted or foreign cursor is CursorNotFound', async () => {
      const docs = fresh();
      await fill(docs, t1, 3);
      await docs.remove(t1, 'd1');
      for (const id of ['nope', 'd1']) {
        for (const side of ['startingAfter', 'endingBefore'] as const) {
          const error = await docs.cursorPage(t1, { limit: 2, [side]: id }).catch((e: unknown) => e);
          expect(error).toBeInstanceOf(CursorNotFound);
          expect((error as CursorNotFound).id).toBe(id);
        }
      }
      await expect(docs.cursorPage({ tenantId: 't2' }, { limit: 2, startingAfter: 'd0' })).rejects.toBeInstanceOf(CursorNotFound);
      // Even when the created range leaves nothing to list.
      await expect(docs.cursorPage(t1, { limit: 2, startingAfter: 'nope', created: { gt: 9e15 } })).rejects.toBeInstanceOf(CursorNotFound);
    });

    it('a page that fails hands its connection back: more failures than the pool holds, then a page', async () => {
      const docs = fresh();
      await fill(docs, t1, 3);
      for (let i = 0; i < 6; i++) {
        await expect(docs.cursorPage(t1, { limit: 2, startingAfter: 'nope' })).rejects.toBeInstanceOf(CursorNotFound);
        await expect(docs.cursorPage(t1, { limit: 2, startingAfter: 'd0', endingBefore: 'd2' })).rejects.toBeInstanceOf(TypeError);
      }
      expect((await docs.page(t1, { limit: 2, offset: 0 })).total).toBe(3);
    });

    it('shown text: kept for the createdUs it was made for, read back by every read, dropped by a write that gives none', async () => {
      const docs = fresh();
      const first = await docs.insert(t1, { id: 'a', createdUs: 5000, data: { n: 1 }, shown: '{"a":1}' });
      expect(first.shown).toBe('{"a":1}');
      // Stored 1 µs after the scope's newest, not at the time its text was made for: none kept.
      const moved = await docs.insert(t1, { id: 'b', createdUs: 5000, data: { n: 2 }, shown: '{"b":2}' });
      expect([moved.createdUs, moved.shown]).toEqual([5001, undefined]);
      await docs.insertMany(t1, [{ id: 'c', createdUs: 6000, data: { n: 3 }, shown: '{"c":3}' }]);
      expect((await docs.get(t1, 'a'))?.shown).toBe('{"a":1}');
      expect((await docs.get(t1, 'b'))?.shown).toBeUndefined();
      expect((await docs.page(t1, { limit: 10, offset: 0 })).items.map((doc) => doc.shown)).toEqual(['{"c":3}', undefined, '{"a":1}']);
      expect((await docs.cursorPage(t1, { limit: 10 })).items.map((doc) => doc.shown)).toEqual(['{"c":3}', undefined, '{"a":1}']);
      const changed = await docs.update(t1, 'a', (data, stored) => ({ data: { n: data.n + 1 }, shown: `${stored.shown}!` }));
      expect([changed?.data, changed?.shown, (await docs.get(t1, 'a'))?.shown]).toEqual([{ n: 2 }, '{"a":1}!', '{"a":1}!']);
      await docs.update(t1, 'c', (data) => ({ data }));
      expect((await docs.getMany(t1, ['a', 'c'])).map((doc) => doc.shown)).toEqual(['{"a":1}!', undefined]);
    });

    it('soft delete: gone from every read, list and total, kept in the table, its unique value free again', async () => {
      const docs = fresh<{ email: string }>();
      for (let i = 0; i < 6; i++) {
        await docs.insert(t1, { id: `u${i}`, createdUs: 100 + i, data: { email: `e${i}` }, unique: { email: `e${i}` } });
      }
      const removed = await docs.remove(t1, 'u2');
      expect(removed).toEqual({ id: 'u2', tenantId: 't1', createdUs: 102, data: { email: 'e2' } });
      expect(await docs.remove(t1, 'u2')).toBeUndefined();
      expect(await docs.remove(t1, 'never')).toBeUndefined();
      expect(await docs.get(t1, 'u2')).toBeUndefined();
      expect((await docs.getMany(t1, ['u1', 'u2', 'u3'])).map((d) => d.id)).toEqual(['u1', 'u3']);
      expect(await docs.findUnique(t1, 'email', 'e2')).toBeUndefined();
      expect(await docs.update(t1, 'u2', () => ({ data: { email: 'x' } }))).toBeUndefined();
      const page = await docs.page(t1, { offset: 0, limit: 10 });
      expect(page.total).toBe(5);
      expect(idsOf(page)).toEqual(['u5', 'u4', 'u3', 'u1', 'u0']);
      expect(idsOf(await docs.cursorPage(t1, { limit: 10, order: 'asc' }))).toEqual(['u0', 'u1', 'u3', 'u4', 'u5']);
      expect((await docs.page(t1, { offset: 0, limit: 10, created: { gte: 101, lte: 103 } })).total).toBe(2);
      // Still stored, marked deleted, its claim gone.
      const rows = await raw
        .selectFrom('documents')
        .select(['id', 'deleted_us'])
        .where('collection', '=', `x.things${n}`)
        .where('id', '=', 'u2')
        .execute();
      expect(rows).toHaveLength(1);
      expect(Number(rows[0]!.deleted_us)).toBeGreaterThan(0);
      const claims = await raw.selectFrom('unique_values').selectAll().where('collection', '=', `x.things${n}`).where('doc_id', '=', 'u2').execute();
      expect(claims).toEqual([]);
      // Its unique value is free for a new document; its id stays taken in the scope.
      await docs.insert(t1, { id: 'u6', createdUs: 1, data: { email: 'e2' }, unique: { email: 'e2' } });
      expect((await docs.findUnique(t1, 'email', 'e2'))?.id).toBe('u6');
      await expect(docs.insert(t1, { id: 'u2', createdUs: 1, data: { email: 'z' } })).rejects.toMatchObject({ name: 'id', value: 'u2' });
      expect((await docs.page(t1, { offset: 0, limit: 10 })).total).toBe(6);
      // A document's claims go with it, so an update after a removal cannot collide with them.
      await docs.remove(t1, 'u6');
      await docs.update(t1, 'u0', () => ({ data: { email: 'e2' }, unique: { email: 'e2' } }));
      expect((await docs.findUnique(t1, 'email', 'e2'))?.id).toBe('u0');
    });

    it('offset and cursor pages stay right after deletions, with and without created ranges', async () => {
      const docs = fresh();
      const model = await fill(docs, t1, 16);
      for (const id of ['d0', 'd3', 'd4', 'd9', 'd15']) {
        await docs.remove(t1, id);
        model.remove(id);
      }
      await agreesWithModel(docs, t1, model);
    }, MODEL_WALK_TIMEOUT);

    it('unique values holding a NUL, a lone surrogate or the keying marker are claimed, found and kept apart', async () => {
      const docs = fresh<{ email: string }>();
      const values = ['a\u0000b', 'a\u0000c', '\u0000', 'x\ud800', 'x\udc00', '\u0001a\u0000b', '\u0001', 'a😀b'];
      for (const [i, email] of values.entries()) await docs.insert(t1, { id: `v${i}`, createdUs: i + 1, data: { email }, unique: { email } });
      for (const [i, email] of values.entries()) expect((await docs.findUnique(t1, 'email', email))?.id).toBe(`v${i}`);
      expect(await docs.findUnique(t1, 'email', 'ab')).toBeUndefined();
      await expect(docs.insert(t1, { id: 'again', createdUs: 99, data: { email: 'a\u0000b' }, unique: { email: 'a\u0000b' } })).rejects.toBeInstanceOf(UniqueViolation);
      // An update that keeps the value keeps its claim; one that changes it moves the claim.
      await docs.update(t1, 'v0', () => ({ data: { email: 'a\u0000b' }, unique: { email: 'a\u0000b' } }));
      await docs.update(t1, 'v1', () => ({ data: { email: 'y\udfff' }, unique: { email: 'y\udfff' } }));
      expect(await docs.findUnique(t1, 'email', 'a\u0000c')).toBeUndefined();
      expect((await docs.findUnique(t1, 'email', 'y\udfff'))?.data).toEqual({ email: 'y\udfff' });
      expect((await docs.get(t1, 'v0'))?.data).toEqual({ email: 'a\u0000b' });
    });

    it('getMany keeps the order asked for and leaves out what is missing; findUnique finds by value', async () => {
      const docs = fresh<{ email: string | null }>();
      await docs.insert(t1, { id: 'a', createdUs: 1, data: { email: 'a@x' }, unique: { email: 'a@x' } });
      await docs.insert(t1, { id: 'b', createdUs: 2, data: { email: null }, unique: { email: null } });
      await docs.insert(t1, { id: 'c', createdUs: 3, data: { email: 'c@x' }, unique: { email: 'c@x', phone: '555' } });
      expect((await docs.getMany(t1, ['c', 'missing', 'a', 'b', 'a'])).map((d) => d.id)).toEqual(['c', 'a', 'b', 'a']);
      expect(await docs.getMany(t1, [])).toEqual([]);
      expect((await docs.getMany(t1, ['b']))[0]).toEqual({ id: 'b', tenantId: 't1', createdUs: 2, data: { email: null } });
      expect((await docs.findUnique(t1, 'email', 'c@x'))?.id).toBe('c');
      expect((await docs.findUnique(t1, 'phone', '555'))?.id).toBe('c');
      expect(await docs.findUnique(t1, 'email', 'nobody@x')).toBeUndefined();
      expect(await docs.findUnique(t1, 'phone', 'c@x')).toBeUndefined();
      expect(await docs.findUnique({ tenantId: 't2' }, 'email', 'c@x')).toBeUndefined();
      // After an update moves the claim, the old value finds nothing.
      await docs.update(t1, 'c', () => ({ data: { email: 'new@x' }, unique: { email: 'new@x' } }));
      expect(await docs.findUnique(t1, 'email', 'c@x')).toBeUndefined();
      expect((await docs.findUnique(t1, 'email', 'new@x'))?.data).toEqual({ email: 'new@x' });
      expect((await docs.findUnique(t1, 'phone', '555'))?.id).toBe('c');
    });

    it('stores a createdUs that is not after the newest 1 µs after it, and answers the stored value', async () => {
      const docs = fresh();
      const scope = { tenantId: 't1', mode: 'test' };
      const stored: number[] = [];
      for (const createdUs of [1000, 900, 1001, 5000, 5000]) stored.push((await docs.insert(scope, { id: `i${stored.length}`, createdUs, data: { n: 0 } })).createdUs);
      expect(stored).toEqual([1000, 1001, 1002, 5000, 5001]);
      await docs.insertMany(scope, [10, 10, 5003, 3, 7000].map((createdUs, i) => ({ id: `m${i}`, createdUs, data: { n: i } })));
      const all = (await docs.page(scope, { offset: 0, limit: 20, order: 'asc' })).items.map((d) => [d.id, d.createdUs]);
      expect(all).toEqual([
        ['i0', 1000], ['i1', 1001], ['i2', 1002], ['i3', 5000], ['i4', 5001],
        ['m0', 5002], ['m1', 5003], ['m2', 5004], ['m3', 5005], ['m4', 7000],
      ]);
      expect((await docs.insert(scope, { id: 'last', createdUs: 6000, data: { n: 0 } })).createdUs).toBe(7001);
      expect((await docs.get(scope, 'last'))?.createdUs).toBe(7001);
      // Another scope has its own newest.
      expect((await docs.insert(t1, { id: 'other', createdUs: 5, data: { n: 0 } })).createdUs).toBe(5);
      // A created range is exactly the documents stored in it.
      expect(idsOf(await docs.page(scope, { offset: 0, limit: 9, order: 'asc', created: { gte: 5001, lt: 5005 } }))).toEqual(['i4', 'm0', 'm1', 'm2']);
    });

    it('concurrent inserts while walking with cursors and offsets: no document skipped or repeated', async () => {
      const docs = fresh();
      const scope = { tenantId: 't1', parentId: 'walk' };
      for (let i = 0; i < 40; i++) await docs.insert(scope, { id: `s${i}`, createdUs: 1000 + i, data: { n: i } });
      let inserted = 0;
      // Each with an earlier createdUs than the newest: stored after it all the same.
      const insert = () => docs.insert(scope, { id: `new${inserted++}`, createdUs: 1, data: { n: -1 } });

      /** One page at a time from `query(previous)`, with an insert between pages on top of the ones running alongside. */
      type Step = { ids: string[]; done: boolean; next: string | undefined };
      const walk = async (page: (at: { offset: number; cursor: string | undefined }) => Promise<Step>) => {
        const seen: string[] = [];
        for (let at = { offset: 0, cursor: undefined as string | undefined }; ; ) {
          const step = await page(at);
          seen.push(...step.ids);
          if (step.done) return seen;
          await insert();
          at = { offset: at.offset + step.ids.length, cursor: step.next };
        }
      };
      const cursorWalk = (order: 'asc' | 'desc') => () =>
        walk(async ({ cursor }) => {
          const page = await docs.cursorPage(scope, { limit: 3, order, startingAfter: cursor });
          return { ids: idsOf(page), done: !page.after, next: page.items.at(-1)?.id };
        });
      const offsetWalk = (order: 'asc' | 'desc', created?: CreatedRange) => () =>
        walk(async ({ offset }) => {
          const page = await docs.page(scope, { offset, limit: 3, order, created });
          return { ids: idsOf(page), done: offset + 3 >= page.total, next: undefined };
        });

      for (const name of ['cursor desc', 'cursor asc', 'offset asc', 'offset desc, created up to the newest']) {
        const existing = (await docs.page(scope, { offset: 0, limit: 1000, order: 'asc' })).items;
        const ids = existing.map((d) => d.id);
        const newest = existing.at(-1)!.createdUs;
        const walker = {
          'cursor desc': cursorWalk('desc'),
          'cursor asc': cursorWalk('asc'),
          'offset asc': offsetWalk('asc'),
          // Newest first, offsets shift as documents arrive: pinned to what existed when the walk began.
          'offset desc, created up to the newest': offsetWalk('desc', { lte: newest }),
        }[name]!;
        let writing = true;
        const writes = (async () => {
          for (let i = 0; i < 30; i++) await insert();
          writing = false;
        })();
        const seen = await walker();
        await writes;
        expect(writing).toBe(false);
        expect(new Set(seen).size, `${name}: repeated`).toBe(seen.length);
        expect(
          ids.filter((id) => !seen.includes(id)),
          `${name}: skipped`,
        ).toEqual([]);
        // In list order, with anything new only at the newest end.
        const old = seen.filter((id) => ids.includes(id));
        expect(old, name).toEqual(name.includes('desc') ? [...ids].reverse() : ids);
        if (name.includes('asc')) expect(seen.slice(0, ids.length), name).toEqual(ids);
      }
      expect(inserted).toBeGreaterThan(4 * 30);
    });

    it('concurrent removes and inserts claiming the freed values: each insert wins or is a UniqueViolation, totals stay right', async () => {
      const docs = fresh<{ email: string }>();
      for (let i = 0; i < 12; i++) await docs.insert(t1, { id: `old${i}`, createdUs: i, data: { email: `e${i}` }, unique: { email: `e${i}` } });
      const results = await Promise.allSettled(
        Array.from({ length: 12 }, (_, i) => [
          docs.remove(t1, `old${i}`),
          docs.insert(t1, { id: `new${i}`, createdUs: 100 + i, data: { email: `e${i}` }, unique: { email: `e${i}` } }),
          docs.update(t1, `old${(i + 1) % 12}`, () => ({ data: { email: `moved${i}` }, unique: { email: `moved${i}` } })),
        ]).flat(),
      );
      for (const r of results) if (r.status === 'rejected') expect(r.reason).toBeInstanceOf(UniqueViolation);
      const page = await docs.page(t1, { offset: 0, limit: 100 });
      const removed = results.filter((r, i) => i % 3 === 0 && r.status === 'fulfilled' && r.value !== undefined).length;
      const added = results.filter((r, i) => i % 3 === 1 && r.status === 'fulfilled').length;
      expect(removed).toBe(12);
      expect(page.total).toBe(12 - removed + added);
      expect(page.items).toHaveLength(page.total);
      // Every live document holds its own email, and no two hold one.
      for (const doc of page.items) expect((await docs.findUnique(t1, 'email', doc.data.email))?.id).toBe(doc.id);
    });

    it('credentials keep the mode their requests act in (null when none)', async () => {
      await store.credentials.create({ secret: 'sk_test_1', tenantId: 't1', api: 'x', kind: 'secret_key', mode: 'test' });
      await store.credentials.create({ secret: 'plain', tenantId: 't1', api: 'x', kind: 'api_key' });
      expect((await store.credentials.find('x', 'sk_test_1'))?.mode).toBe('test');
      expect((await store.credentials.find('x', 'plain'))?.mode).toBeNull();
    });
  });
}

describe('collections (SQLite in memory: one connection for reads and writes)', () => {
  it('pages, cursors, reads and removes', async () => {
    const store = await openStore(':memory:');
    try {
      await store.migrate();
      await store.tenants.create({ id: 't1', api: 'x', name: 'one' });
      const docs = store.collection<{ n: number }>('x.mem');
      const t1 = { tenantId: 't1' };
      await docs.insertMany(t1, Array.from({ length: 5 }, (_, n) => ({ id: `m${n}`, createdUs: 10 + n, data: { n } })));
      await docs.remove(t1, 'm2');
      expect(idsOf(await docs.page(t1, { offset: 1, limit: 2 }))).toEqual(['m3', 'm1']);
      expect(await docs.cursorPage(t1, { limit: 2, order: 'asc', startingAfter: 'm0' })).toMatchObject({ before: true, after: true });
      expect(idsOf(await docs.cursorPage(t1, { limit: 2, created: { lt: 14 } }))).toEqual(['m3', 'm1']);
      expect((await docs.getMany(t1, ['m4', 'm2', 'm0'])).map((d) => d.id)).toEqual(['m4', 'm0']);
    } finally {
      await store.close();
    }
  });
});
