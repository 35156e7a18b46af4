import * as operations from '../generated/pingpp/pingpp';
import { bindOperations, bracketQuery, type ClientConfig } from './runtime/fetch';
import { importRsaPrivateKey, signRsaSha256 } from './runtime/signing';

export type * as PingppTypes from '../generated/pingpp/pingpp';

export interface PingppClientOptions {
  /** Where Ping++ is mounted, e.g. `http://localhost:4010/pingpp`. */
  readonly baseUrl: string;
  /** A secret key, `sk_test_…` (test mode) or `sk_live_…` (live mode), sent as the HTTP Basic username. */
  readonly secretKey: string;
  /**
   * The account's RSA private key (PEM, PKCS#8 or PKCS#1). When given, every request is signed:
   * `Pingplusplus-Signature` over the body, the path with its query and `Pingplusplus-Request-Timestamp`.
   */
  readonly privateKey?: string;
  /** `Accept-Language` for error messages: Ping++ answers in Chinese unless asked for `en`. */
  readonly language?: string;
  readonly fetch?: ClientConfig['fetch'];
  /** Unix seconds for the signature timestamp; injectable in tests. */
  readonly now?: () => number;
}

/** A fetch that adds headers to every request: the language, and the signature of exactly what is sent. */
function pingppFetch(options: PingppClientOptions): typeof fetch {
  const base = options.fetch ?? fetch;
  const now = options.now ?? (() => Math.floor(Date.now() / 1000));
  const key = options.privateKey ? importRsaPrivateKey(options.privateKey) : undefined;
  // Reported at the first request rather than as an unhandled rejection now.
  key?.catch(() => undefined);
  return async (input, init = {}) => {
    const headers = new Headers(init.headers);
    if (options.language && !headers.has('accept-language')) headers.set('accept-language', options.language);
    if (key) {
      const url = new URL(input instanceof Request ? input.url : String(input));
      const body = typeof init.body === 'string' ? init.body : '';
      const timestamp = String(now());
      headers.set('pingplusplus-request-timestamp', timestamp);
      headers.set('pingplusplus-signature', await signRsaSha256(await key, `${body}${url.pathname}${url.search}${timestamp}`));
    }
    return base(input, { ...init, headers });
  };
}

/**
 * A Ping++ client: every operation of the spec (customers, their cards, tokens and SMS codes),
 * bound to one secret key, signing each request when given the account's private key.
 */
export function createPingppClient(options: PingppClientOptions) {
  const bound = bindOperations(operations, {
    baseUrl: options.baseUrl,
    auth: { type: 'basic', username: options.secretKey },
    accept: 'application/json',
    fetch: options.privateKey || options.language ? pingppFetch(options) : options.fetch,
  });
  return {
    ...bound,
    // `created[gt]` and its siblings travel in bracket notation.
    listCustomers: (params?: operations.ListCustomersParams, init?: RequestInit) => bound.listCustomers(bracketQuery(params), init),
    listSources: (customerId: string, params?: operations.ListSourcesParams, init?: RequestInit) => bound.listSources(customerId, bracketQuery(params), init),
  };
}

export type PingppClient = ReturnType<typeof createPingppClient>;
