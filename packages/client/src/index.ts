export { createBalancedClient, type BalancedClient, type BalancedClientOptions, type BalancedTypes } from './balanced';
export { clienteleFetch, type Auth, type ClientConfig } from './runtime/fetch';
