export { AdminError, createAdminClient, type AdminClient, type AdminClientOptions, type AdminTypes } from './admin';
export { BalancedError, createBalancedClient, type BalancedClient, type BalancedClientOptions, type BalancedTypes } from './balanced';
export {
  BANK_READ_SCOPE,
  BANK_WRITE_SCOPE,
  bankAuthorizationCode,
  BankError,
  BankTokenError,
  createBankClient,
  type BankClient,
  type BankClientOptions,
  type BankTypes,
} from './bank';
export {
  createDwollaClient,
  DwollaError,
  DwollaTokenError,
  DWOLLA_MEDIA_TYPE,
  type DwollaClient,
  type DwollaClientOptions,
  type DwollaTypes,
} from './dwolla';
export { createOctobatClient, OctobatError, type OctobatClient, type OctobatClientOptions, type OctobatTypes } from './octobat';
export { createPingppClient, PingppError, type PingppClient, type PingppClientOptions, type PingppTypes } from './pingpp';
export type { CallOptions, ClientOptions, ErrorMode, Success } from './runtime/client';
export { ApiError, ConnectionError, TimeoutError, type ErrorDetails } from './runtime/errors';
export { bracketQuery, clienteleFetch, createdId, type Auth, type ClientConfig, type RequestPolicy } from './runtime/fetch';
export { bearerAuth, tokenSource, type TokenGrant, type TokenSource } from './runtime/oauth';
export type { RetryPolicy } from './runtime/retry';
export { dwollaSignature, verifyDwollaWebhook } from './runtime/webhooks';
