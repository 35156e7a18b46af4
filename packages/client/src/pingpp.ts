import * as operations from '../generated/pingpp/pingpp';
import { operationTable } from '../generated/pingpp/operations';
import { bindOperations, policyOf, type Client, type ClientOptions, type ModeOf } from './runtime/client';
import { ApiError, type ErrorResponse } from './runtime/errors';
import { importRsaPrivateKey, signRsaSha256 } from './runtime/signing';

export type * as PingppTypes from '../generated/pingpp/pingpp';

export interface PingppClientOptions extends ClientOptions {
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
  /** Unix seconds for the signature timestamp; injectable in tests. */
  readonly now?: () => number;
}

/**
 * A Ping++ error answer: `code` is `error.code` where there is one (`sms_code_incorrect`), else
 * `error.type`; `type` is `error.type`; `fields` names `error.param` with the message.
 */
export class PingppError extends ApiError<operations.Error | undefined> {
  override readonly name = 'PingppError';
  readonly type: string | undefined;
  constructor(response: ErrorResponse) {
    const error = (response.data as Partial<operations.Error> | undefined)?.error;
    const message = error?.message ?? `HTTP ${response.status}`;
    super(response, { code: error?.code ?? error?.type, message, fields: error?.param ? { [error.param]: message } : {} });
    this.type = error?.type;
  }
}

/** A fetch that adds headers to every request (each attempt): the language, and the signature of exactly what is sent. */
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

export type PingppClient<M extends 'return' | 'throw' = 'return'> = Client<typeof operations, typeof operationTable, M>;

/**
 * A Ping++ client: every operation of the spec (customers, their cards, tokens and SMS codes),
 * bound to one secret key, signing each request when given the account's private key. Nested query
 * parameters (`created: { gte }`) travel in bracket notation (`created[gte]`).
 */
export function createPingppClient<const O extends PingppClientOptions>(options: O): PingppClient<ModeOf<O>> {
  return bindOperations<typeof operations, typeof operationTable, ModeOf<O>>(operations, operationTable, {
    ...policyOf(options),
    baseUrl: options.baseUrl,
    auth: { type: 'basic', username: options.secretKey },
    accept: 'application/json',
    fetch: options.privateKey || options.language ? pingppFetch(options) : options.fetch,
    errorOf: (response) => new PingppError(response),
  });
}
