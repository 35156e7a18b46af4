import * as operations from '../generated/bank/bank';
import { operationTable } from '../generated/bank/operations';
import { bindOperations, policyOf, type Client, type ClientOptions, type ModeOf } from './runtime/client';
import { ApiError, type ErrorResponse } from './runtime/errors';
import type { ClientConfig } from './runtime/fetch';
import { bearerAuth, tokenSource } from './runtime/oauth';

export type * as BankTypes from '../generated/bank/bank';

export const BANK_READ_SCOPE = 'https://auth.bnk.to/customer.read';
export const BANK_WRITE_SCOPE = 'https://auth.bnk.to/customer.write';

export interface BankClientOptions extends ClientOptions {
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
  /** Milliseconds since the epoch, for token expiry; injectable in tests. */
  readonly now?: () => number;
}

/** gRPC status names by code (google.rpc.Code), as grpc-gateway's `code` carries them. */
const GRPC_NAMES: Readonly<Record<number, string>> = {
  1: 'Cancelled',
  2: 'Unknown',
  3: 'InvalidArgument',
  4: 'DeadlineExceeded',
  5: 'NotFound',
  6: 'AlreadyExists',
  7: 'PermissionDenied',
  8: 'ResourceExhausted',
  9: 'FailedPrecondition',
  10: 'Aborted',
  11: 'OutOfRange',
  12: 'Unimplemented',
  13: 'Internal',
  14: 'Unavailable',
  15: 'DataLoss',
  16: 'Unauthenticated',
};

/** `invalid request: email: Expected …; legal_name: Expected …` → each field's message. */
function fieldsOf(message: string): Record<string, string> {
  const list = /^invalid request: (.*)$/s.exec(message)?.[1];
  if (!list) return {};
  return Object.fromEntries(
    list.split('; ').flatMap((part) => {
      const at = part.indexOf(': ');
      return at > 0 ? [[part.slice(0, at), part.slice(at + 2)]] : [];
    }),
  );
}

/**
 * A bank API error answer (grpc-gateway's body): `code` is the gRPC status name (`InvalidArgument`,
 * `PermissionDenied`, …) or the Open Bank Project's code where the message starts with one
 * (`OBP-20006`), `grpcCode` the number, `fields` each bad field of an InvalidArgument.
 */
export class BankError extends ApiError<operations.Status | undefined> {
  override readonly name = 'BankError';
  readonly grpcCode: number | undefined;
  constructor(response: ErrorResponse) {
    const body = response.data as Partial<operations.Status> | undefined;
    const message = body?.message ?? `HTTP ${response.status}`;
    const obp = /^(OBP-\d+):/.exec(message)?.[1];
    super(response, { code: obp ?? (body?.code === undefined ? undefined : GRPC_NAMES[body.code]), message, fields: fieldsOf(message) });
    this.grpcCode = body?.code;
  }
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

type Operations = Omit<typeof operations, 'token' | 'authorize'>;

export type BankClient<M extends 'return' | 'throw' = 'return'> = Client<Operations, typeof operationTable, M> & {
  /** The bearer token the next call will send (fetched if none is fresh). */
  accessToken(): Promise<string>;
};

/** The token operation alone, answering every status (the token source reads it). */
const tokenCall = (options: ClientOptions & { baseUrl: string; clientId?: string; clientSecret?: string }) =>
  bindOperations({ token: operations.token }, operationTable, {
    ...policyOf(options),
    throwOnError: false,
    baseUrl: options.baseUrl,
    auth: clientAuth(options),
    accept: 'application/json',
    fetch: options.fetch,
  }).token;

/**
 * A client of the bank Customer API: every operation of the spec, as the user whose refresh
 * token it holds (bearer tokens renewed before they expire, or at once when the server says so).
 */
export function createBankClient<const O extends BankClientOptions>(options: O): BankClient<ModeOf<O>> {
  const token = tokenCall(options);
  const source = tokenSource(async () => {
    const response = await token({ grant_type: 'RefreshToken', refresh_token: options.refreshToken });
    if (response.status !== 201) throw new BankTokenError(response.status, response.data);
    return { accessToken: response.data.access_token, expiresIn: response.data.expires_in };
  }, options.now);
  const bearer = bearerAuth(source, options.fetch);
  const { token: _token, authorize: _authorize, ...apiOperations } = operations;
  const client = bindOperations(apiOperations, operationTable, {
    ...policyOf(options),
    baseUrl: options.baseUrl,
    auth: bearer.auth,
    accept: 'application/json',
    fetch: bearer.fetch,
    errorOf: (response) => new BankError(response),
  });
  return Object.assign(client, { accessToken: () => source.token() }) as unknown as BankClient<ModeOf<O>>;
}

/**
 * The authorization-code flow for a user of the sandbox: signs in at `GET /v1/auth` (user id and
 * password) for the client, then exchanges the code at `POST /v1/token`. Answers the tokens.
 */
export async function bankAuthorizationCode(
  options: ClientOptions & {
    readonly baseUrl: string;
    readonly userId: string;
    readonly password: string;
    readonly clientId: string;
    readonly clientSecret?: string;
    readonly redirectUri: string;
  },
) {
  const { authorize } = bindOperations({ authorize: operations.authorize }, operationTable, {
    ...policyOf(options),
    throwOnError: false,
    baseUrl: options.baseUrl,
    auth: { type: 'basic', username: options.userId, password: options.password },
    accept: 'application/json',
    fetch: options.fetch,
  });
  const code = await authorize({ client_id: options.clientId, redirect_uri: options.redirectUri });
  if (code.status !== 200) throw new BankTokenError(code.status, code.data);
  const tokens = await tokenCall(options)({ grant_type: 'AuthorizationCode', code: code.data.code, redirect_uri: options.redirectUri });
  if (tokens.status !== 201) throw new BankTokenError(tokens.status, tokens.data);
  return tokens.data;
}
