import * as operations from '../generated/dwolla/dwolla';
import { bindOperations, type ClientConfig } from './runtime/fetch';
import { bearerAuth, tokenSource } from './runtime/oauth';

export type * as DwollaTypes from '../generated/dwolla/dwolla';

export const DWOLLA_MEDIA_TYPE = 'application/vnd.dwolla.v1.hal+json';

export interface DwollaClientOptions {
  /** Where Dwolla is mounted, e.g. `http://localhost:4010/dwolla`. */
  readonly baseUrl: string;
  /** The application key and secret, exchanged for bearer tokens (client credentials grant). */
  readonly clientId: string;
  readonly clientSecret: string;
  readonly fetch?: ClientConfig['fetch'];
  /** Milliseconds since the epoch, for token expiry; injectable in tests. */
  readonly now?: () => number;
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

/**
 * A Dwolla API v2 client: every operation of the spec. Customer calls carry a bearer token got
 * with the client credentials grant, held until shortly before it expires and fetched again
 * then (or at once, when the server says it has expired).
 */
export function createDwollaClient(options: DwollaClientOptions) {
  const { requestToken } = bindOperations(
    { requestToken: operations.requestToken },
    { baseUrl: options.baseUrl, auth: { type: 'basic', username: options.clientId, password: options.clientSecret }, accept: 'application/json', fetch: options.fetch },
  );
  const source = tokenSource(async () => {
    const response = await requestToken({ grant_type: 'client_credentials' });
    if (response.status !== 200) throw new DwollaTokenError(response.status, response.data);
    return { accessToken: response.data.access_token, expiresIn: response.data.expires_in };
  }, options.now);
  const bearer = bearerAuth(source, options.fetch);
  const { requestToken: _token, ...apiOperations } = operations;
  return {
    ...bindOperations(apiOperations, { baseUrl: options.baseUrl, auth: bearer.auth, accept: DWOLLA_MEDIA_TYPE, fetch: bearer.fetch }),
    requestToken,
    /** The bearer token the next call will send (fetched if none is fresh). */
    accessToken: () => source.token(),
  };
}

export type DwollaClient = ReturnType<typeof createDwollaClient>;
