import { basic, raw, type RawResponse } from './http.ts';
import type { TestServer } from './server.ts';

export const HAL = 'application/vnd.dwolla.v1.hal+json';

/** A Dwolla account with one application, and a bearer token of it. */
export interface DwollaAccount {
  readonly accountId: string;
  readonly clientId: string;
  readonly clientSecret: string;
  readonly token: string;
  /** Headers a Dwolla client sends: bearer token, HAL Accept and Content-Type. */
  readonly headers: Record<string, string>;
}

/** A bearer token for an application (client credentials grant, key and secret as HTTP Basic). */
export async function dwollaToken(root: string, clientId: string, clientSecret: string): Promise<string> {
  const res = await raw(`${root}/token`, {
    method: 'POST',
    headers: { authorization: basic(clientId, clientSecret), 'content-type': 'application/x-www-form-urlencoded' },
    body: 'grant_type=client_credentials',
  });
  if (res.status !== 200) throw new Error(`token: ${res.status} ${res.text}`);
  return res.json.access_token as string;
}

export async function dwollaAccount(server: TestServer, root: string, scopes?: readonly string[]): Promise<DwollaAccount> {
  const created = await server.tenant('dwolla', { scopes });
  const token = await dwollaToken(root, created.client_id!, created.client_secret!);
  return {
    accountId: created.tenant_id,
    clientId: created.client_id!,
    clientSecret: created.client_secret!,
    token,
    headers: { authorization: `Bearer ${token}`, accept: HAL, 'content-type': HAL },
  };
}

let sequence = 0;
/** A valid create body with an email no other test uses. */
export const newCustomer = (over: Record<string, unknown> = {}) => ({
  firstName: 'Bob',
  lastName: 'Dole',
  email: `bob${++sequence}-${Date.now()}@dole.example`,
  ...over,
});

/** POSTs a customer and returns its id (from `Location`). */
export async function createCustomer(root: string, account: DwollaAccount, body: Record<string, unknown> = newCustomer()): Promise<string> {
  const res = await raw(`${root}/customers`, { method: 'POST', headers: account.headers, body: JSON.stringify(body) });
  if (res.status !== 201) throw new Error(`create: ${res.status} ${res.text}`);
  return res.headers.get('location')!.split('/').at(-1)!;
}

/** The exact Dwolla error shape: `code`, `message`, `description` (same text), and `_embedded.errors` when given. */
export function errorOf(res: RawResponse): { code: string; message: string; errors?: { code: string; message: string; path: string }[] } {
  const body = res.json;
  if (!body || typeof body.code !== 'string' || body.message !== body.description) throw new Error(`not a Dwolla error: ${res.status} ${res.text}`);
  return { code: body.code, message: body.message, errors: body._embedded?.errors };
}
