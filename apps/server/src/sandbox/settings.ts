import { randomBytes } from 'node:crypto';
import type { Store } from '@clientele/store';

/**
 * What every instance on a database shares through its settings table: the clock's offset, the
 * admin token's hash, where a server last said it serves, and generations (changed whenever fault
 * rules or credentials change, or a tenant may have gained a webhook endpoint, so other instances
 * know to reload or forget what they hold).
 */
export const SETTINGS = {
  clockOffset: 'clock.offset_ms',
  adminTokenHash: 'admin.token_sha256',
  serving: 'server.serving',
  generation: (what: Generation) => `${what}.generation`,
} as const;

export type Generation = 'faults' | 'credentials' | 'endpoints';

/** Marks fault rules or credentials changed: instances reload the rules, or drop their cache of found credentials. */
export const bumpGeneration = (store: Store, what: Generation) => store.sandbox.settings.set(SETTINGS.generation(what), JSON.stringify(randomBytes(8).toString('hex')));

/**
 * Credentials, or what is read with them (a tenant's public key), changed other than through the
 * store's own rotation and revocation: this process forgets the credentials it found at once, every
 * other instance at its next read of the settings (every second by default).
 */
export async function credentialsChanged(store: Store): Promise<void> {
  store.sandbox.credentials.forget();
  await bumpGeneration(store, 'credentials');
}

/** The clock's offset stored for every instance (0 when never moved). */
export const storedClockOffset = async (store: Store): Promise<number> => Number(JSON.parse((await store.sandbox.settings.get(SETTINGS.clockOffset)) ?? '0'));

/** Where a server last said it serves, for the `try:` lines of the CLI. */
export interface Serving {
  readonly origin: string;
  /** The API served at the root of the port, if one is. */
  readonly rootApi?: string;
}

export async function servingOf(store: Store): Promise<Serving | undefined> {
  const value = await store.sandbox.settings.get(SETTINGS.serving);
  return value === undefined ? undefined : (JSON.parse(value) as Serving);
}

export const recordServing = (store: Store, serving: Serving) => store.sandbox.settings.set(SETTINGS.serving, JSON.stringify(serving));
