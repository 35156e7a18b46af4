import type * as Admin from '@clientele/schemas/admin';
import { hashSecret, type HashedCredential, type Store } from '@clientele/store';
import { AUTHORIZATION_CODE, REFRESH_TOKEN } from '../platform/authorization-code.ts';
import { base62, hex } from '../platform/ids.ts';
import { ACCESS_TOKEN } from '../platform/oauth.ts';
import { fail } from '../platform/problems.ts';
import { bumpGeneration } from './settings.ts';

/** How a new secret like another is made: its prefix kept, as many random characters of its alphabet. */
interface SecretShape {
  readonly prefix: string;
  readonly length: number;
  readonly alphabet: 'hex' | 'base62';
}

/** What the sandbox records of a credential's form (the store keeps it as `info`); never the secret. */
export interface CredentialInfo {
  /** The field its secret was shown as (`api_key_secret`, `client_secret`). */
  readonly label?: string;
  /** The public half of a two-part credential (`client id:secret`, `user id:password`). */
  readonly publicId?: string;
  readonly publicLabel?: string;
  readonly hint?: string;
  readonly shape?: SecretShape;
  readonly publicShape?: SecretShape;
}

/** Tokens an API issues at run time (and keys documents by): revoked, never rotated; the API issues new ones. */
const ISSUED_KINDS = new Set([ACCESS_TOKEN, AUTHORIZATION_CODE, REFRESH_TOKEN]);

/** Random parts shorter than this are made this long when a secret is made like another (a short seed secret). */
const MIN_RANDOM = 24;
const DEFAULT_SHAPE: SecretShape = { prefix: '', length: 32, alphabet: 'base62' };

/** The form of a secret: a word prefix (`oc_test_skey_`, `sk_live_`), then hex or base62. */
export function shapeOf(secret: string): SecretShape {
  const prefix = /^(?:[A-Za-z]+_)+/.exec(secret)?.[0] ?? '';
  const rest = secret.slice(prefix.length);
  return { prefix, length: Math.max(rest.length, MIN_RANDOM), alphabet: /^[0-9a-f]+$/.test(rest) ? 'hex' : 'base62' };
}

const randomLike = ({ prefix, length, alphabet }: SecretShape) => prefix + (alphabet === 'hex' ? hex(Math.ceil(length / 2)).slice(0, length) : base62(length));

/** Enough of a secret to tell it apart: its prefix and last four characters. */
const hintOf = (secret: string) => (secret.length < 12 ? '…' : `${shapeOf(secret).prefix}…${secret.slice(-4)}`);

/** A stored secret split into its public and secret halves (`client id:secret`), where it has two. */
export function halvesOf(stored: string): { publicId?: string; secret: string } {
  const colon = stored.indexOf(':');
  return colon === -1 ? { secret: stored } : { publicId: stored.slice(0, colon), secret: stored.slice(colon + 1) };
}

/** What is recorded of a secret as it is stored: its hint and shape, and its public half. */
export function formOf(stored: string): CredentialInfo {
  const { publicId, secret } = halvesOf(stored);
  return { hint: hintOf(secret), shape: shapeOf(secret), ...(publicId === undefined ? {} : { publicId, publicShape: shapeOf(publicId) }) };
}

/**
 * The credentials provisioning shows (`{client_id, client_secret}`) tell which field each stored
 * secret was shown as: its label (and its public half's), recorded for lists and rotations.
 */
export function labelsOf(stored: string, shown: Readonly<Record<string, string>>): Pick<CredentialInfo, 'label' | 'publicLabel'> {
  const { publicId, secret } = halvesOf(stored);
  const field = (value: string | undefined) => Object.entries(shown).find(([, shownValue]) => shownValue === value)?.[0];
  const label = field(stored) ?? field(secret);
  const publicLabel = publicId === undefined ? undefined : field(publicId);
  return { ...(label ? { label } : {}), ...(publicLabel ? { publicLabel } : {}) };
}

const infoOf = (credential: HashedCredential) => credential.info as CredentialInfo;

export function presentCredential(credential: HashedCredential): Admin.Credential {
  const info = infoOf(credential);
  return {
    id: credential.id,
    kind: credential.kind,
    label: info.label ?? null,
    public_id: info.publicId ?? null,
    public_label: info.publicLabel ?? null,
    hint: info.hint ?? null,
    mode: credential.mode,
    scopes: [...credential.scopes],
    subject: credential.subject,
    expires_at: credential.expiresAt === null ? null : new Date(credential.expiresAt).toISOString(),
    created_at: new Date(credential.createdAt).toISOString(),
    rotatable: !ISSUED_KINDS.has(credential.kind),
  };
}

/** The secret (and public half) by the fields they are shown as. */
const secretsOf = (info: CredentialInfo, secret: string): Record<string, string> => ({
  ...(info.publicId === undefined ? {} : { [info.publicLabel ?? 'public_id']: info.publicId }),
  [info.label ?? 'secret']: secret,
});

const stored = (publicId: string | undefined, secret: string) => (publicId === undefined ? secret : `${publicId}:${secret}`);

async function credentialOf(store: Store, tenantId: string, credentialId: string): Promise<HashedCredential> {
  const credential = await store.sandbox.credentials.get(credentialId);
  if (credential?.tenantId !== tenantId) return fail({ kind: 'not_found', resource: 'Credential', id: credentialId });
  return credential;
}

async function tenantOf(store: Store, tenantId: string) {
  return (await store.tenants.get(tenantId)) ?? fail({ kind: 'not_found', resource: 'Tenant', id: tenantId });
}

const taken = (): never => fail({ kind: 'conflict', message: 'A credential with this secret (or id) already exists: choose another secret.' });

/** Adds a credential to a tenant: a copy of one it has (`like`), or one of the kind given. The secret is shown once. */
export async function addCredential(store: Store, tenantId: string, body: Admin.CredentialCreate): Promise<Admin.NewCredential> {
  const tenant = await tenantOf(store, tenantId);
  const like = body.like === undefined ? undefined : await credentialOf(store, tenantId, body.like);
  const kind = body.kind ?? like?.kind;
  if (kind === undefined) {
    return fail({ kind: 'validation', issues: [{ part: 'body', pointer: '/kind', field: 'kind', code: 'required', message: 'is required unless `like` names a credential to copy' }] });
  }
  const model = like ? infoOf(like) : {};
  const publicId = body.public_id ?? (model.publicId === undefined ? undefined : randomLike(model.publicShape ?? DEFAULT_SHAPE));
  const secret = body.secret ?? randomLike(model.shape ?? DEFAULT_SHAPE);
  const full = stored(publicId, secret);
  const info: CredentialInfo = {
    ...formOf(full),
    ...((body.label ?? model.label) === undefined ? {} : { label: body.label ?? model.label }),
    ...(publicId === undefined || model.publicLabel === undefined ? {} : { publicLabel: model.publicLabel }),
  };
  const credential = {
    hash: hashSecret(full),
    secretLength: full.length,
    id: `cred_${hex(8)}`,
    tenantId,
    api: tenant.api,
    kind,
    scopes: body.scopes ?? like?.scopes ?? [],
    mode: body.mode === undefined ? (like?.mode ?? null) : body.mode,
    subject: body.subject === undefined ? (like?.subject ?? null) : body.subject,
    expiresAt: null,
    info: { ...info },
  };
  if (!(await store.sandbox.credentials.insertHashed(credential))) {
    await tenantOf(store, tenantId); // removed meanwhile: a 404, not a conflict
    return taken();
  }
  // Removed as soon as it was made (a revocation or the tenant's removal sent at the same time): gone.
  const created = (await store.sandbox.credentials.get(credential.id)) ?? fail({ kind: 'not_found', resource: 'Credential', id: credential.id });
  return { credential: presentCredential(created), secrets: secretsOf(info, secret) };
}

/** A new secret of the same form for a credential; the old one stops working (on every instance, after its refresh). */
export async function rotateCredential(store: Store, tenantId: string, credentialId: string): Promise<Admin.NewCredential> {
  const credential = await credentialOf(store, tenantId, credentialId);
  if (ISSUED_KINDS.has(credential.kind)) {
    return fail({ kind: 'conflict', message: `A ${credential.kind} is issued by the API, not rotated: revoke it and ask the API for another.` });
  }
  const info = infoOf(credential);
  const secret = randomLike(info.shape ?? DEFAULT_SHAPE);
  const full = stored(info.publicId, secret);
  const next: CredentialInfo = { ...info, ...formOf(full) };
  if (!(await store.sandbox.credentials.replaceSecret(credential.id, hashSecret(full), { ...next }, full.length))) return fail({ kind: 'not_found', resource: 'Credential', id: credentialId });
  await bumpGeneration(store, 'credentials');
  // Presented as rotated, not read again: a revocation sent at the same time may already have removed it.
  return { credential: presentCredential({ ...credential, info: { ...next } }), secrets: secretsOf(next, secret) };
}

export async function revokeCredential(store: Store, tenantId: string, credentialId: string): Promise<void> {
  const credential = await credentialOf(store, tenantId, credentialId);
  await store.sandbox.credentials.remove(credential.id);
  await bumpGeneration(store, 'credentials');
}

/**
 * The store as an API's provisioning sees it, recording the form of every credential it creates
 * (hint, shape, public half) and answering their stored secrets, so they can be labelled after.
 */
export function recordingCredentials(store: Store): { store: Store; created: string[] } {
  const created: string[] = [];
  const credentials: Store['credentials'] = {
    ...store.credentials,
    create: (credential) => {
      created.push(credential.secret);
      return store.credentials.create({ ...credential, info: { ...formOf(credential.secret), ...credential.info } });
    },
  };
  return { store: { ...store, credentials }, created };
}

/** Records, for each secret provisioning stored, the fields it showed it as. */
export async function labelCredentials(store: Store, created: readonly string[], shown: Readonly<Record<string, string>>): Promise<void> {
  for (const secret of created) {
    const labels = labelsOf(secret, shown);
    if (Object.keys(labels).length) await store.sandbox.credentials.describe(hashSecret(secret), labels);
  }
}
