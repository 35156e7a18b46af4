import * as operations from '../generated/octobat/octobat';
import { operationTable } from '../generated/octobat/operations';
import { bindOperations, policyOf, type Client, type ClientOptions, type ModeOf } from './runtime/client';
import { ApiError, type ErrorResponse } from './runtime/errors';

export type * as OctobatTypes from '../generated/octobat/octobat';

export interface OctobatClientOptions extends ClientOptions {
  /** Where Octobat is mounted, e.g. `http://localhost:4010/octobat`. */
  readonly baseUrl: string;
  /** A secret key, `oc_test_skey_…` or `oc_live_skey_…` (sent as the HTTP Basic username): it picks the mode. */
  readonly secretKey: string;
}

/**
 * An Octobat error answer: `fields` has each parameter's details (joined when several), `message`
 * the `global` ones (or every one), `requestId` the `Request-Id` header. Octobat has no error codes.
 */
export class OctobatError extends ApiError<operations.Error | undefined> {
  override readonly name = 'OctobatError';
  constructor(response: ErrorResponse) {
    const errors = (response.data as Partial<operations.Error> | undefined)?.errors ?? {};
    const fields = Object.fromEntries(Object.entries(errors).map(([field, list]) => [field, list.map((e) => e.details).join('; ')]));
    const { global, ...byField } = fields;
    super(response, {
      message: global ?? (Object.entries(byField).map(([field, text]) => `${field} ${text}`).join('; ') || `HTTP ${response.status}`),
      fields: byField,
      requestId: response.headers.get('request-id') ?? undefined,
    });
  }
}

export type OctobatClient<M extends 'return' | 'throw' = 'return'> = Client<typeof operations, typeof operationTable, M>;

/**
 * An Octobat API v2 client: every operation of the spec, bound to one secret key. Bodies travel
 * form-encoded, as Octobat's own SDKs send them; null clears a field (an empty value).
 */
export function createOctobatClient<const O extends OctobatClientOptions>(options: O): OctobatClient<ModeOf<O>> {
  return bindOperations<typeof operations, typeof operationTable, ModeOf<O>>(operations, operationTable, {
    ...policyOf(options),
    baseUrl: options.baseUrl,
    auth: { type: 'basic', username: options.secretKey },
    accept: 'application/json',
    formBodies: true,
    fetch: options.fetch,
    errorOf: (response) => new OctobatError(response),
  });
}
