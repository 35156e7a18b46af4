import type { Generated } from 'kysely';

/** Tables, as Kysely sees them. Documents are JSON text so every API's resources share one set of mechanics. */
export interface Database {
  tenants: { id: string; api: string; name: string; created_at: string; meta: string };
  credentials: {
    hash: string;
    tenant_id: string;
    api: string;
    kind: string;
    scopes: string;
    expires_at: number | null;
    created_at: string;
  };
  documents: {
    seq: Generated<number>;
    collection: string;
    tenant_id: string;
    id: string;
    created_us: number;
    rank: number;
    data: string;
  };
  unique_values: { collection: string; tenant_id: string; name: string; value: string; doc_id: string };
  counters: { collection: string; tenant_id: string; n: number };
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
}
