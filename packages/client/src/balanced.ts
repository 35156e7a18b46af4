import * as operations from '../generated/balanced/balanced';
import { bindOperations, type ClientConfig } from './runtime/fetch';

export type * as BalancedTypes from '../generated/balanced/balanced';

export interface BalancedClientOptions {
  /** Where Balanced is mounted, e.g. `http://localhost:4010/balanced`. */
  readonly baseUrl: string;
  /** The marketplace's API key secret (sent as the HTTP Basic username). */
  readonly apiKeySecret: string;
  readonly fetch?: ClientConfig['fetch'];
}

/** A Balanced Payments v1 client: every operation of the spec, bound to one marketplace's key. */
export function createBalancedClient(options: BalancedClientOptions) {
  return bindOperations(operations, {
    baseUrl: options.baseUrl,
    auth: { type: 'basic', username: options.apiKeySecret },
    accept: 'application/json',
    fetch: options.fetch,
  });
}

export type BalancedClient = ReturnType<typeof createBalancedClient>;
