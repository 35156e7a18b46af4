export { createAdminClient, type AdminClient, type AdminClientOptions, type AdminTypes } from './admin';
export { createBalancedClient, type BalancedClient, type BalancedClientOptions, type BalancedTypes } from './balanced';
export {
  BANK_READ_SCOPE,
  BANK_WRITE_SCOPE,
  bankAuthorizationCode,
  BankTokenError,
  createBankClient,
  type BankClient,
  type BankClientOptions,
  type BankTypes,
} from './bank';
export { createDwollaClient, DwollaTokenError, DWOLLA_MEDIA_TYPE, type DwollaClient, type DwollaClientOptions, type DwollaTypes } from './dwolla';
export { createOctobatClient, type OctobatClient, type OctobatClientOptions, type OctobatTypes } from './octobat';
export { createPingppClient, type PingppClient, type PingppClientOptions, type PingppTypes } from './pingpp';
export { bracketQuery, clienteleFetch, type Auth, type ClientConfig } from './runtime/fetch';
export { bearerAuth, tokenSource, type TokenGrant, type TokenSource } from './runtime/oauth';
