import { createPublicKey, verify, type KeyObject } from 'node:crypto';
import type { Store, Tenant } from '@clientele/store';
import type { Authenticator } from './auth.ts';
import type { Clock } from './clock.ts';
// Declares `FastifyRequest.rawBody`, what signatures are computed over.
import type {} from './encodings.ts';
import { fail } from './problems.ts';

/** How an API's clients sign requests with RSA-SHA256, once their tenant has registered a public key. */
export interface RequestSigning {
  /** Whose tenants' keys: they are stored in `<api>.public_keys`. */
  readonly api: string;
  /** Header names, lowercased. */
  readonly signatureHeader: string;
  readonly timestampHeader: string;
  /** How far (in seconds, either way) a request's timestamp may be from the server's clock. */
  readonly toleranceSeconds: number;
  /** The text signed, from the raw body, the path with its query as sent, and the timestamp header. */
  readonly payload: (request: { readonly body: string; readonly path: string; readonly timestamp: string }) => string;
}

interface StoredPublicKey {
  readonly pem: string;
}

/** One key per tenant, under a fixed id. */
const KEY_ID = 'rsa';

/** Parses a PEM public key, refusing anything but RSA. */
function rsaPublicKey(pem: string): KeyObject {
  const key = createPublicKey(pem);
  if (key.asymmetricKeyType !== 'rsa') throw new Error(`expected an RSA public key, got ${key.asymmetricKeyType ?? 'an unknown key type'}`);
  return key;
}

/** The RSA public keys tenants register for request signing, kept in the store (so every instance sees them at once). */
export function publicKeys(store: Store, api: string) {
  const collection = store.collection<StoredPublicKey>(`${api}.public_keys`);
  return {
    /** Registers (or replaces) a tenant's public key; a key that is not an RSA public key in PEM is refused. */
    async register(tenantId: string, pem: string, clock: Clock): Promise<void> {
      rsaPublicKey(pem);
      const scope = { tenantId };
      const data = { pem };
      if (!(await collection.update(scope, KEY_ID, () => ({ data })))) await collection.insert(scope, { id: KEY_ID, createdUs: clock.nowUs(), data });
      // Keys are read with found credentials (`keyOf`): this process forgets those now. Other
      // processes do at their next refresh of what instances share, which the command that
      // registers keys tells them to (`apiCommand` in cli.ts).
      store.sandbox.credentials.forget();
    },
    find: async (tenantId: string): Promise<string | undefined> => (await collection.get({ tenantId }, KEY_ID))?.data.pem,
  };
}

/**
 * Each tenant's key (or that it has none) as read for the tenant of a found credential: the store
 * gives the same tenant object for as long as it keeps that credential (30 s at most, and forgotten
 * on every instance when credentials change, a key registered or data reset included). So a signed
 * API's request reads no key once its credential is known: on PostgreSQL each read was a round trip,
 * half of a Ping++ get's (docs/results/targets-2026-12-07.md).
 */
const keys = new WeakMap<Tenant, string | null>();

async function keyOf(store: Store, api: string, tenant: Tenant): Promise<string | undefined> {
  const known = keys.get(tenant);
  if (known !== undefined) return known ?? undefined;
  const pem = await publicKeys(store, api).find(tenant.id);
  keys.set(tenant, pem ?? null);
  return pem;
}

const parsed = new Map<string, KeyObject>();

/** Whether `signature` (base64) is an RSA-SHA256 signature of `payload` by the private key of `pem`. */
export function verifySignature(pem: string, payload: string, signature: string): boolean {
  let key = parsed.get(pem);
  if (!key) {
    if (parsed.size >= 1000) parsed.clear();
    parsed.set(pem, (key = rsaPublicKey(pem)));
  }
  return verify('RSA-SHA256', Buffer.from(payload, 'utf8'), key, Buffer.from(signature, 'base64'));
}

const headerOf = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/**
 * An authenticator that, once the caller's tenant has registered a public key, also requires a
 * valid signature over the request: missing is a 401, a timestamp outside the tolerance a 401
 * (`expired`), a signature that does not verify a 401 (`invalid`). Tenants without a key are
 * not asked for one.
 */
export function signedRequests(authenticate: Authenticator, signing: RequestSigning): Authenticator {
  return async (request, context) => {
    const principal = await authenticate(request, context);
    const pem = await keyOf(context.store, signing.api, principal.tenant);
    if (pem === undefined) return principal;
    const signature = headerOf(request.headers[signing.signatureHeader]);
    const timestamp = headerOf(request.headers[signing.timestampHeader]);
    if (!signature || !timestamp) return fail({ kind: 'unauthorized', reason: 'missing', credential: 'signature' });
    const skew = Math.abs(context.clock.nowMs() / 1000 - Number(timestamp));
    if (!/^\d{1,12}$/.test(timestamp) || skew > signing.toleranceSeconds) return fail({ kind: 'unauthorized', reason: 'expired', credential: 'signature' });
    const payload = signing.payload({ body: request.rawBody ?? '', path: request.url, timestamp });
    if (!verifySignature(pem, payload, signature)) return fail({ kind: 'unauthorized', reason: 'invalid', credential: 'signature' });
    return principal;
  };
}
