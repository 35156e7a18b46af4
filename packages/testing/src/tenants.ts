import {
  createBalancedClient,
  createBankClient,
  createDwollaClient,
  createOctobatClient,
  createPingppClient,
  type BalancedClient,
  type BankClient,
  type ClientOptions,
  type DwollaClient,
  type ErrorMode,
  type OctobatClient,
  type PingppClient,
} from '@clientele/client';

/** The APIs a sandbox serves, each under `/<name>`. */
export const API_NAMES = ['balanced', 'dwolla', 'bank', 'octobat', 'pingpp'] as const;
export type ApiName = (typeof API_NAMES)[number];

/** The typed client of each API, in the error mode asked for (`throwOnError: true` → `'throw'`). */
export interface ClientOf<M extends ErrorMode> {
  balanced: BalancedClient<M>;
  dwolla: DwollaClient<M>;
  bank: BankClient<M>;
  octobat: OctobatClient<M>;
  pingpp: PingppClient<M>;
}

/** What an API's tenant has besides its client: what its calls need that the client does not hold. */
export interface ExtrasOf {
  balanced: object;
  /** The bearer token the client holds, already fetched with the application's key and secret. */
  dwolla: { readonly accessToken: string };
  /** The sandbox's bank (most calls take it), and the user's access token, already fetched with its refresh token. */
  bank: { readonly bankId: string; readonly accessToken: string };
  octobat: object;
  /** The Ping++ app its customers belong to (`app` of every create). */
  pingpp: { readonly appId: string };
}

type Credentials = Readonly<Record<string, string>>;
type Ready<A extends ApiName> = { client: ClientOf<ErrorMode>[A] } & ExtrasOf[A];

const field = (credentials: Credentials, name: string): string => {
  const value = credentials[name];
  if (value === undefined) throw new Error(`the new tenant's credentials have no "${name}"`);
  return value;
};

/**
 * How each API's tenant gets its ready client from the credentials the admin API made for it.
 * The OAuth APIs fetch their first token here, so a test's first call is not also a token call.
 */
export const readyTenant: { [A in ApiName]: (baseUrl: string, credentials: Credentials, options: ClientOptions) => Promise<Ready<A>> } = {
  balanced: async (baseUrl, c, options) => ({ client: createBalancedClient({ ...options, baseUrl, apiKeySecret: field(c, 'api_key_secret') }) }),
  dwolla: async (baseUrl, c, options) => {
    const client = createDwollaClient({ ...options, baseUrl, clientId: field(c, 'client_id'), clientSecret: field(c, 'client_secret') });
    return { client, accessToken: await client.accessToken() };
  },
  bank: async (baseUrl, c, options) => {
    const client = createBankClient({ ...options, baseUrl, refreshToken: field(c, 'refresh_token'), clientId: field(c, 'client_id'), clientSecret: field(c, 'client_secret') });
    return { client, bankId: field(c, 'bank_id'), accessToken: await client.accessToken() };
  },
  octobat: async (baseUrl, c, options) => ({ client: createOctobatClient({ ...options, baseUrl, secretKey: field(c, 'test_secret_key') }) }),
  pingpp: async (baseUrl, c, options) => ({
    client: createPingppClient({ ...options, baseUrl, secretKey: field(c, 'test_secret_key') }),
    appId: field(c, 'app_id'),
  }),
};
