import * as operations from '../generated/octobat/octobat';
import { bindOperations, type ClientConfig } from './runtime/fetch';

export type * as OctobatTypes from '../generated/octobat/octobat';

export interface OctobatClientOptions {
  /** Where Octobat is mounted, e.g. `http://localhost:4010/octobat`. */
  readonly baseUrl: string;
  /** A secret key, `oc_test_skey_…` or `oc_live_skey_…` (sent as the HTTP Basic username): it picks the mode. */
  readonly secretKey: string;
  readonly fetch?: ClientConfig['fetch'];
}

/**
 * An Octobat API v2 client: every operation of the spec, bound to one secret key. Bodies travel
 * form-encoded, as Octobat's own SDKs send them; null clears a field (an empty value).
 */
export function createOctobatClient(options: OctobatClientOptions) {
  return bindOperations(operations, {
    baseUrl: options.baseUrl,
    auth: { type: 'basic', username: options.secretKey },
    accept: 'application/json',
    formBodies: true,
    fetch: options.fetch,
  });
}

export type OctobatClient = ReturnType<typeof createOctobatClient>;
