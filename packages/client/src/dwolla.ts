import * as operations from '../generated/dwolla/dwolla';
import { operationTable } from '../generated/dwolla/operations';
import { bindOperations, policyOf, type Client, type ClientOptions, type ModeOf } from './runtime/client';
import { ApiError, type ErrorResponse } from './runtime/errors';
import { bearerAuth, tokenSource } from './runtime/oauth';

export type * as DwollaTypes from '../generated/dwolla/dwolla';

export const DWOLLA_MEDIA_TYPE = 'application/vnd.dwolla.v1.hal+json';

export interface DwollaClientOptions extends ClientOptions {
  /** Where Dwolla is mounted, e.g. `http://localhost:4010/dwolla`. */
  readonly baseUrl: string;
  /** The application key and secret, exchanged for bearer tokens (client credentials grant). */
  readonly clientId: string;
  readonly clientSecret: string;
  /** Milliseconds since the epoch, for token expiry; injectable in tests. */
  readonly now?: () => number;
}

/**
 * A Dwolla error answer: `code` is Dwolla's (`ValidationError`, `NotFound`, …; the OAuth `error` at
 * the token endpoint), `fields` each `_embedded.errors` entry by its path (`/email` → `email`), and
 * `fieldCodes` their codes (`Duplicate`, `Required`, …).
 */
export class DwollaError extends ApiError<operations.Error | operations.OAuthError | undefined> {
  override readonly name = 'DwollaError';
  readonly fieldCodes: Readonly<Record<string, string>>;
  constructor(response: ErrorResponse) {
    const body = response.data as (Partial<operations.Error> & Partial<operations.OAuthError>) | undefined;
    const embedded = body?._embedded?.errors ?? [];
    const field = (path: string) => path.replace(/^\//, '').replaceAll('/', '.');
    super(response, {
      code: body?.code ?? body?.error,
      message: body?.message ?? body?.error_description ?? `HTTP ${response.status}`,
      fields: Object.fromEntries(embedded.map((e) => [field(e.path), e.message])),
    });
    this.fieldCodes = Object.fromEntries(embedded.map((e) => [field(e.path), e.code]));
  }
}

/** The token endpoint refused the application's credentials (or failed): its status and OAuth error body. */
export class DwollaTokenError extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
  ) {
    super(`Dwolla token request failed with ${status}: ${JSON.stringify(body)}`);
  }
}

type Operations = Omit<typeof operations, 'requestToken'>;

export type DwollaClient<M extends 'return' | 'throw' = 'return'> = Client<Operations, typeof operationTable, M> &
  Client<Pick<typeof operations, 'requestToken'>, typeof operationTable, M> & {
    /** The bearer token the next call will send (fetched if none is fresh). */
    accessToken(): Promise<string>;
  };

/**
 * A Dwolla API v2 client: every operation of the spec. Customer calls carry a bearer token got
 * with the client credentials grant, held until shortly before it expires and fetched again
 * then (or at once, when the server says it has expired).
 */
export function createDwollaClient<const O extends DwollaClientOptions>(options: O): DwollaClient<ModeOf<O>> {
  const errorOf = (response: ErrorResponse) => new DwollaError(response);
  const tokenConfig = {
    ...policyOf(options),
    baseUrl: options.baseUrl,
    auth: { type: 'basic', username: options.clientId, password: options.clientSecret },
    accept: 'application/json',
    fetch: options.fetch,
    errorOf,
  } as const;
  const token = bindOperations({ requestToken: operations.requestToken }, operationTable, tokenConfig);
  // The token source reads the answer itself, whatever the client's error mode.
  const grant = bindOperations({ requestToken: operations.requestToken }, operationTable, { ...tokenConfig, throwOnError: false });
  const source = tokenSource(async () => {
    const response = await grant.requestToken({ grant_type: 'client_credentials' });
    if (response.status !== 200) throw new DwollaTokenError(response.status, response.data);
    return { accessToken: response.data.access_token, expiresIn: response.data.expires_in };
  }, options.now);
  const bearer = bearerAuth(source, options.fetch);
  const { requestToken: _token, ...apiOperations } = operations;
  const client = bindOperations(apiOperations, operationTable, {
    ...policyOf(options),
    baseUrl: options.baseUrl,
    auth: bearer.auth,
    accept: DWOLLA_MEDIA_TYPE,
    fetch: bearer.fetch,
    errorOf,
  });
  return Object.assign(client, { requestToken: token.requestToken, accessToken: () => source.token() }) as unknown as DwollaClient<ModeOf<O>>;
}
