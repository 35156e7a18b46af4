import type { Generated } from 'kysely';

/**
 * Tables, as Kysely sees them. Documents are JSON text so every API's resources share one set of
 * mechanics. Documents, counters and unique values are keyed by scope: (collection, tenant_id,
 * mode, parent_id), where '' stands for "no mode" and "no parent".
 */
export interface Database {
  tenants: { id: string; api: string; name: string; created_at: string; meta: string };
  credentials: {
    hash: string;
    tenant_id: string;
    api: string;
    kind: string;
    scopes: string;
    /** Null for APIs whose keys pick no mode. */
    mode: string | null;
    expires_at: number | null;
    created_at: string;
    /** The user (or other principal within the tenant) it acts for; null for the tenant itself. */
    subject: string | null;
    /** Public: names the credential where its secret cannot (listing, rotating, revoking). */
    id: string;
    /** JSON: what is known of the credential's form (see `CredentialInfo`). */
    info: string;
    /** How many characters its secret has; null where that is not known (imported by its hash). */
    secret_length: number | null;
  };
  documents: {
    collection: string;
    tenant_id: string;
    mode: string;
    parent_id: string;
    id: string;
    /** Strictly increasing with `rank` within a scope (see `counters.newest_us`). */
    created_us: number;
    /** 1-based position in the scope, in creation order; deleted documents keep theirs. */
    rank: number;
    data: string;
    /** The document as its API shows it, JSON text made when it was written; null where none was kept. */
    shown: string | null;
    /** When the document was deleted (microseconds); null while it is live. */
    deleted_us: number | null;
  };
  unique_values: {
    collection: string;
    tenant_id: string;
    mode: string;
    parent_id: string;
    name: string;
    value: string;
    doc_id: string;
  };
  counters: {
    collection: string;
    tenant_id: string;
    mode: string;
    parent_id: string;
    /** Ranks handed out: the highest rank in the scope, deleted documents included. */
    n: number;
    /** Documents of the scope deleted so far: `n - deleted` are live. */
    deleted: number;
    /** The newest document's `created_us`: the next one is stored after it. */
    newest_us: number;
  };
  idempotency_keys: {
    tenant_id: string;
    key: string;
    fingerprint: string;
    /** Null while the request holding the key is in flight. */
    status: number | null;
    headers: string | null;
    body: string | null;
    expires_at: number;
  };
  /** What a reset restores a tenant's data to: its documents when it was created, seeded or imported (JSON). */
  sandbox_baselines: { tenant_id: string; body: string };
  /** Settings every instance shares (the movable clock, the admin token's hash), JSON values. */
  sandbox_settings: { key: string; value: string };
  request_log: {
    seq: Generated<number>;
    at_us: number;
    api: string;
    /** '' when the request named no tenant (unauthenticated, unknown path). */
    tenant_id: string;
    /** '' when the request reached no operation. */
    operation: string;
    method: string;
    status: number;
    /** The whole entry as JSON (headers and bodies redacted). */
    entry: string;
  };
  fault_rules: { id: string; created_us: number; rule: string; remaining: number | null };
  /**
   * The outbox: events, written in the transaction of the change that causes them. `fanned` is 0
   * until the delivery worker has made a delivery of it for each endpoint registered then; 1 from
   * the start for an event naming where its tenant's endpoints live when there were none.
   */
  events: {
    seq: Generated<number>;
    api: string;
    tenant_id: string;
    id: string;
    topic: string;
    resource_id: string;
    created_us: number;
    /** The event as its API presents it (JSON). */
    body: string;
    fanned: number;
  };
  /** One event to one endpoint, with its schedule. */
  deliveries: {
    seq: Generated<number>;
    id: string;
    api: string;
    tenant_id: string;
    event_id: string;
    endpoint_id: string;
    url: string;
    /** `pending` (due at `due_us`), `succeeded`, `failed` (no retries left), `held` (its endpoint paused), `cancelled` (endpoint gone). */
    state: string;
    attempts: number;
    due_us: number | null;
    /** Wall-clock milliseconds until which an instance holds it (attempting it); null when none does. */
    lease_ms: number | null;
    created_us: number;
  };
  delivery_attempts: {
    seq: Generated<number>;
    delivery_id: string;
    tenant_id: string;
    n: number;
    at_us: number;
    url: string;
    /** The answer's status; null when none came (refused, timed out). */
    status: number | null;
    duration_ms: number;
    /** The start of the answer's body, or what went wrong. */
    excerpt: string;
    ok: number;
  };
}
