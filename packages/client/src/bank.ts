import * as operations from '../generated/bank/bank';
import { bindOperations, type ClientConfig } from './runtime/fetch';
import { bearerAuth, tokenSource } from './runtime/oauth';

export type * as BankTypes from '../generated/bank/bank';

export const BANK_READ_SCOPE = 'https://auth.bnk.to/customer.read';
export const BANK_WRITE_SCOPE = 'https://auth.bnk.to/customer.write';

export interface BankClientOptions {
  /** Where the bank API is mounted, e.g. `http://localhost:4010/bank`. */
  readonly baseUrl: string;
  /**
   * A refresh token of the user the client acts for (from `clientele tenant create --api bank`, or
   * from `bankAuthorizationCode`): access tokens are got with it, and again shortly before they expire.
   */
  readonly refreshToken: string;
  /** The OAuth client's id and secret, sent to the token endpoint when given (it then checks them). */
  readonly clientId?: string;
  readonly clientSecret?: string;
  readonly fetch?: ClientConfig['fetch'];
  /** Milliseconds since the epoch, for token expiry; injectable in tests. */
  readonly now?: () => number;
}

/** The token endpoint refused (or failed): its status and the gRPC-gateway error body. */
export class BankTokenError extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
  ) {
    super(`bank token request failed with ${status}: ${JSON.stringify(body)}`);
  }
}

const clientAuth = (options: { clientId?: string; clientSecret?: string }): ClientConfig['auth'] =>
  options.clientId ? { type: 'basic', username: options.clientId, password: options.clientSecret ?? '' } : undefined;

/**
 * A client of the bank Customer API: every operation of the spec, as the user whose refresh
 * token it holds (bearer tokens renewed before they expire, or at once when the server says so).
 */
export function createBankClient(options: BankClientOptions) {
  const { token } = bindOperations({ token: operations.token }, { baseUrl: options.baseUrl, auth: clientAuth(options), accept: 'application/json', fetch: options.fetch });
  const source = tokenSource(async () => {
    const response = await token({ grant_type: 'RefreshToken', refresh_token: options.refreshToken });
    if (response.status !== 201) throw new BankTokenError(response.status, response.data);
    return { accessToken: response.data.access_token, expiresIn: response.data.expires_in };
  }, options.now);
  const bearer = bearerAuth(source, options.fetch);
  const { token: _token, authorize: _authorize, ...apiOperations } = operations;
  return {
    ...bindOperations(apiOperations, { baseUrl: options.baseUrl, auth: bearer.auth, accept: 'application/json', fetch: bearer.fetch }),
    /** The bearer token the next call will send (fetched if none is fresh). */
    accessToken: () => source.token(),
  };
}

export type BankClient = ReturnType<typeof createBankClient>;

/**
 * The authorization-code flow for a user of the sandbox: signs in at `GET /v1/auth` (user id and
 * password) for the client, then exchanges the code at `POST /v1/token`. Answers the tokens.
 */
export async function bankAuthorizationCode(options: {
  readonly baseUrl: string;
  readonly userId: string;
  readonly password: string;
  readonly clientId: string;
  readonly clientSecret?: string;
  readonly redirectUri: string;
  readonly fetch?: ClientConfig['fetch'];
}) {
  const { authorize } = bindOperations(
    { authorize: operations.authorize },
    { baseUrl: options.baseUrl, auth: { type: 'basic', username: options.userId, password: options.password }, accept: 'application/json', fetch: options.fetch },
  );
  const code = await authorize({ client_id: options.clientId, redirect_uri: options.redirectUri });
  if (code.status !== 200) throw new BankTokenError(code.status, code.data);
  const { token } = bindOperations({ token: operations.token }, { baseUrl: options.baseUrl, auth: clientAuth(options), accept: 'application/json', fetch: options.fetch });
  const tokens = await token({ grant_type: 'AuthorizationCode', code: code.data.code, redirect_uri: options.redirectUri });
  if (tokens.status !== 201) throw new BankTokenError(tokens.status, tokens.data);
  return tokens.data;
}
