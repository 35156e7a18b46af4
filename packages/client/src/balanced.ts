import * as operations from '../generated/balanced/balanced';
import { operationTable } from '../generated/balanced/operations';
import { bindOperations, policyOf, type Client, type ClientOptions, type ModeOf } from './runtime/client';
import { ApiError, type ErrorResponse } from './runtime/errors';

export type * as BalancedTypes from '../generated/balanced/balanced';

export interface BalancedClientOptions extends ClientOptions {
  /** Where Balanced is mounted, e.g. `http://localhost:4010/balanced`. */
  readonly baseUrl: string;
  /** The marketplace's API key secret (sent as the HTTP Basic username). */
  readonly apiKeySecret: string;
}

/** A Balanced error answer: `code` is its `category_code` (`duplicate-email-address`), `fields` its `extras`. */
export class BalancedError extends ApiError<operations.Error | undefined> {
  override readonly name = 'BalancedError';
  constructor(response: ErrorResponse) {
    const body = response.data as Partial<operations.Error> | undefined;
    super(response, {
      code: body?.category_code,
      message: body?.description ?? `HTTP ${response.status}`,
      fields: body?.extras,
      requestId: body?.request_id,
    });
  }
}

export type BalancedClient<M extends 'return' | 'throw' = 'return'> = Client<typeof operations, typeof operationTable, M>;

/** A Balanced Payments v1 client: every operation of the spec, bound to one marketplace's key. */
export function createBalancedClient<const O extends BalancedClientOptions>(options: O): BalancedClient<ModeOf<O>> {
  return bindOperations<typeof operations, typeof operationTable, ModeOf<O>>(operations, operationTable, {
    ...policyOf(options),
    baseUrl: options.baseUrl,
    auth: { type: 'basic', username: options.apiKeySecret },
    accept: 'application/json',
    fetch: options.fetch,
    errorOf: (response) => new BalancedError(response),
  });
}
