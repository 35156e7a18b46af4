import { sql, type Compilable, type Transaction } from 'kysely';
import type { Context } from './context.ts';
import type { DialectSql } from './driver.ts';
import { prepare } from './prepared.ts';
import type { Database } from './schema.ts';
import type { Delivery, DeliveryAttempt, DeliveryState, NewEvent, OutboxStore, StoredEvent } from './types.ts';

type EventRow = Database['events'] & { seq: number };
type DeliveryRow = Database['deliveries'] & { seq: number };

const toEvent = (row: EventRow): StoredEvent => ({
  seq: Number(row.seq),
  api: row.api,
  tenantId: row.tenant_id,
  id: row.id,
  topic: row.topic,
  resourceId: row.resource_id,
  createdUs: Number(row.created_us),
  body: JSON.parse(row.body) as unknown,
});

const toDelivery = (row: DeliveryRow): Delivery => ({
  seq: Number(row.seq),
  id: row.id,
  api: row.api,
  tenantId: row.tenant_id,
  eventId: row.event_id,
  endpointId: row.endpoint_id,
  url: row.url,
  state: row.state as DeliveryState,
  attempts: Number(row.attempts),
  dueUs: row.due_us === null ? null : Number(row.due_us),
  createdUs: Number(row.created_us),
});

const toAttempt = (row: Omit<Database['delivery_attempts'], 'seq'>): DeliveryAttempt => ({
  deliveryId: row.delivery_id,
  tenantId: row.tenant_id,
  n: Number(row.n),
  atUs: Number(row.at_us),
  url: row.url,
  status: row.status === null ? null : Number(row.status),
  durationMs: Number(row.duration_ms),
  excerpt: row.excerpt,
  ok: Number(row.ok) === 1,
});

const EVENT = ['seq', 'api', 'tenant_id', 'id', 'topic', 'resource_id', 'created_us', 'body', 'fanned'] as const;
const DELIVERY = ['seq', 'id', 'api', 'tenant_id', 'event_id', 'endpoint_id', 'url', 'state', 'attempts', 'due_us', 'lease_ms', 'created_us'] as const;

/** 1 when the tenant's own scope of `collection` holds no live document (an event's tenant has no endpoint), else 0. */
export const noLiveDocuments = (dialectSql: DialectSql, collection: string, tenantId: string) =>
  sql<number>`case when exists (select 1 from ${dialectSql.documentsByScope} where collection = ${collection} and tenant_id = ${tenantId} and mode = '' and parent_id = '' and deleted_us is null) then 0 else 1 end`;

/**
 * The outbox (see `OutboxStore`). Appends are one statement in the caller's transaction; the rest
 * is the delivery worker's and the admin's, off the request path of the APIs' writes.
 */
export function outbox(ctx: Context): OutboxStore {
  const { db, guard, read, append, run } = ctx;
  const all = <R>(query: Compilable<R>) => read(query.compile());
  const inTransaction = <R>(work: (trx: Transaction<Database>) => Promise<R>) => guard(() => ctx.bulk(work));
  const on = <R>(trx: Transaction<Database>, query: Compilable<R>) => run(trx, query.compile());
  /** Pending deliveries due at `nowUs` that no lease holds, earliest first. */
  const due = (nowUs: number, nowMs: number) =>
    db
      .selectFrom('deliveries')
      .where('state', '=', 'pending')
      .where('due_us', '<=', nowUs)
      .where((eb) => eb.or([eb('lease_ms', 'is', null), eb('lease_ms', '<', nowMs)]));
  const anyDue = prepare((nowUs: number, nowMs: number) => due(nowUs, nowMs).select('seq').limit(1));
  /** Leases the earliest due deliveries no one holds and answers them: one statement. */
  const claim = prepare((nowUs: number, nowMs: number, limit: number, leaseUntilMs: number) =>
    db
      .updateTable('deliveries')
      .set({ lease_ms: leaseUntilMs })
      .where('seq', 'in', ctx.driver.sql.claim(due(nowUs, nowMs).select('seq').orderBy('due_us').orderBy('seq').limit(limit)))
      .returning(DELIVERY),
  );
  /** An event's row, its body's JSON text given; `endpoints` a parameter (or, in `prepare`, a placeholder for one). */
  const rowOf = (e: Omit<NewEvent, 'body' | 'endpoints'>, body: string, endpoints: string | undefined) => ({
    api: e.api,
    tenant_id: e.tenantId,
    id: e.id,
    topic: e.topic,
    resource_id: e.resourceId,
    created_us: e.createdUs,
    body,
    // Decided by the statement itself, on what is committed as it runs: coherent across instances.
    fanned: endpoints === undefined ? 0 : noLiveDocuments(ctx.driver.sql, endpoints, e.tenantId),
  });
  // A write appends one event (a create, an update): its insert is compiled once, not built at every
  // append (as Kysely does, several µs a time). One statement for events with an endpoints look, one without.
  const oneEvent = (looked: boolean) =>
    prepare((api: string, tenantId: string, id: string, topic: string, resourceId: string, createdUs: number, body: string, endpoints: string) =>
      db.insertInto('events').values(rowOf({ api, tenantId, id, topic, resourceId, createdUs }, body, looked ? endpoints : undefined)),
    );
  const [unlooked, looked] = [oneEvent(false), oneEvent(true)];
  const insertOf = (events: readonly NewEvent[]) => {
    if (events.length > 1) return db.insertInto('events').values(events.map((e) => rowOf(e, JSON.stringify(e.body), e.endpoints))).compile();
    const [e] = events as [NewEvent];
    const insert = e.endpoints === undefined ? unlooked : looked;
    return insert(e.api, e.tenantId, e.id, e.topic, e.resourceId, e.createdUs, JSON.stringify(e.body), e.endpoints ?? '');
  };
  return {
    append: (events) =>
      guard(async () => {
        if (!events.length) return;
        await append(insertOf(events));
      }),

    events: (api, tenantId, page) =>
      guard(async () => {
        const scope = db.selectFrom('events').where('api', '=', api).where('tenant_id', '=', tenantId);
        const [rows, [count]] = await Promise.all([
          all(scope.select(EVENT).orderBy('seq', 'desc').limit(page.limit).offset(page.offset)),
          all(scope.select((eb) => eb.fn.countAll<number>().as('n'))),
        ]);
        return { items: rows.map((row) => toEvent(row as EventRow)), total: Number(count?.n ?? 0) };
      }),

    event: (api, tenantId, id) =>
      guard(async () => {
        const [row] = await all(db.selectFrom('events').select(EVENT).where('api', '=', api).where('tenant_id', '=', tenantId).where('id', '=', id));
        return row ? toEvent(row as EventRow) : undefined;
      }),

    unfanned: (limit) =>
      guard(async () => (await all(db.selectFrom('events').select(EVENT).where('fanned', '=', 0).orderBy('seq').limit(limit))).map((row) => toEvent(row as EventRow))),

    fanOut: (fans) =>
      inTransaction(async (trx) => {
        const rows = fans.flatMap(({ deliveries }) =>
          deliveries.map((d) => ({
            id: d.id,
            api: d.api,
            tenant_id: d.tenantId,
            event_id: d.eventId,
            endpoint_id: d.endpointId,
            url: d.url,
            state: d.state,
            attempts: 0,
            due_us: d.dueUs,
            lease_ms: null,
            created_us: d.createdUs,
          })),
        );
        if (rows.length) await on(trx, db.insertInto('deliveries').values(rows).onConflict((oc) => oc.columns(['event_id', 'endpoint_id']).doNothing()));
        if (fans.length) await on(trx, db.updateTable('events').set({ fanned: 1 }).where('seq', 'in', fans.map((fan) => fan.eventSeq)));
      }),

    claimDue: (nowUs, nowMs, leaseUntilMs, limit) =>
      guard(async () => {
        // Most looks (one after every write) find nothing due. SQLite: a read on its read connection
        // answers those without taking the one writer. PostgreSQL: the claim itself, one statement,
        // costs what the read would (a round trip).
        if (ctx.driver.groupCommit && !(await read(anyDue(nowUs, nowMs))).length) return [];
        const rows = (await ctx.writeOne(claim(nowUs, nowMs, limit, leaseUntilMs))) as DeliveryRow[];
        return rows.map(toDelivery).sort((a, b) => (a.dueUs ?? 0) - (b.dueUs ?? 0) || a.seq - b.seq);
      }),

    recordAttempt: (attempt, next) =>
      inTransaction(async (trx) => {
        // Only the holder of attempt n-1's outcome writes attempt n: a second writer changes nothing.
        const moved = await on(
          trx,
          db
            .updateTable('deliveries')
            .set({ attempts: attempt.n, state: next.state, due_us: next.dueUs, lease_ms: null })
            .where('id', '=', attempt.deliveryId)
            .where('attempts', '=', attempt.n - 1)
            .returning('id'),
        );
        if (!moved.length) return false;
        await on(
          trx,
          db.insertInto('delivery_attempts').values({
            delivery_id: attempt.deliveryId,
            tenant_id: attempt.tenantId,
            n: attempt.n,
            at_us: attempt.atUs,
            url: attempt.url,
            status: attempt.status,
            duration_ms: attempt.durationMs,
            excerpt: attempt.excerpt,
            ok: attempt.ok ? 1 : 0,
          }),
        );
        return true;
      }),

    delivery: (tenantId, id) =>
      guard(async () => {
        const [row] = await all(db.selectFrom('deliveries').select(DELIVERY).where('tenant_id', '=', tenantId).where('id', '=', id));
        return row ? toDelivery(row as DeliveryRow) : undefined;
      }),

    deliveries: (query) =>
      guard(async () => {
        let scope = db.selectFrom('deliveries').where('tenant_id', '=', query.tenantId);
        if (query.api !== undefined) scope = scope.where('api', '=', query.api);
        if (query.endpointId !== undefined) scope = scope.where('endpoint_id', '=', query.endpointId);
        if (query.eventId !== undefined) scope = scope.where('event_id', '=', query.eventId);
        const [rows, [count]] = await Promise.all([
          all(scope.select(DELIVERY).orderBy('seq', 'desc').limit(query.limit).offset(query.offset)),
          all(scope.select((eb) => eb.fn.countAll<number>().as('n'))),
        ]);
        return { items: rows.map((row) => toDelivery(row as DeliveryRow)), total: Number(count?.n ?? 0) };
      }),

    attempts: (tenantId, deliveryId) =>
      guard(async () =>
        (await all(db.selectFrom('delivery_attempts').selectAll().where('tenant_id', '=', tenantId).where('delivery_id', '=', deliveryId).orderBy('n'))).map(toAttempt),
      ),

    reschedule: (tenantId, id, dueUs, state = 'pending') =>
      guard(async () => {
        const changed = await ctx.writeOne(
          db.updateTable('deliveries').set({ state, due_us: dueUs, lease_ms: null }).where('tenant_id', '=', tenantId).where('id', '=', id).returning('id').compile(),
        );
        return changed.length > 0;
      }),

    setEndpointState: (endpointId, from, to, dueNotBeforeUs) =>
      guard(async () => {
        await ctx.writeOne(
          db
            .updateTable('deliveries')
            .set((eb) => ({
              state: to,
              ...(dueNotBeforeUs === undefined
                ? {}
                : { due_us: eb.case().when(eb.or([eb('due_us', 'is', null), eb('due_us', '<', dueNotBeforeUs)])).then(dueNotBeforeUs).else(eb.ref('due_us')).end() }),
            }))
            .where('endpoint_id', '=', endpointId)
            .where('state', '=', from)
            .compile(),
        );
      }),
  };
}
