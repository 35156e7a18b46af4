import { expect } from 'vitest';
import { READ_SCOPE, WRITE_SCOPE } from '@clientele/schemas/bank';
import { bankApi } from '../../src/apis/bank/index.ts';
import { users } from '../../src/apis/bank/resources.ts';
import { systemClock, type Clock } from '../../src/platform/clock.ts';
import type { ProvisionedTenant } from '../../src/platform/handlers.ts';
import type { Entitlement } from '../../src/platform/users.ts';
import { basic, raw, type RawResponse } from './http.ts';
import { specValidator } from './spec.ts';
import type { TestServer } from './server.ts';

export { READ_SCOPE, WRITE_SCOPE };
export const spec = specValidator('bank');

/** A provisioned bank sandbox as the CLI prints it, plus the headers of its ready token. */
export interface Sandbox {
  readonly provisioned: ProvisionedTenant;
  readonly tenantId: string;
  readonly bankId: string;
  readonly userId: string;
  readonly password: string;
  readonly clientId: string;
  readonly clientSecret: string;
  readonly redirectUri: string;
  readonly accessToken: string;
  readonly refreshToken: string;
  /** Bearer headers for the sandbox's user (every role, both scopes). */
  readonly headers: Record<string, string>;
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}`, 'content-type': 'application/json' });

export async function bankSandbox(server: TestServer, options: { scopes?: readonly string[]; clock?: Clock } = {}): Promise<Sandbox> {
  const provisioned = await bankApi.provisionTenant(server.store, { clock: options.clock ?? systemClock, ...(options.scopes ? { scopes: options.scopes } : {}) });
  const c = provisioned.credentials;
  return {
    provisioned,
    tenantId: provisioned.tenant.id,
    bankId: c.bank_id!,
    userId: c.user_id!,
    password: c.user_password!,
    clientId: c.client_id!,
    clientSecret: c.client_secret!,
    redirectUri: c.redirect_uri!,
    accessToken: c.access_token!,
    refreshToken: c.refresh_token!,
    headers: bearer(c.access_token!),
  };
}

/** A JSON request to the bank API. */
export const call = (root: string, method: string, path: string, headers: Record<string, string>, body?: unknown): Promise<RawResponse> =>
  raw(`${root}${path}`, { method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });

/** The OAuth flow for a user: a code at /v1/auth (signed in with HTTP Basic), exchanged at /v1/token. */
export async function tokenFor(root: string, sandbox: Sandbox, userId: string, password: string) {
  const query = new URLSearchParams({ client_id: sandbox.clientId, redirect_uri: sandbox.redirectUri });
  const auth = await raw(`${root}/v1/auth?${query}`, { headers: { authorization: basic(userId, password) } });
  expect(auth.status, auth.text).toBe(200);
  const token = await call(root, 'POST', '/v1/token', { 'content-type': 'application/json' }, { grant_type: 'AuthorizationCode', code: auth.json.code, redirect_uri: sandbox.redirectUri });
  expect(token.status, token.text).toBe(201);
  return token.json as { access_token: string; refresh_token: string; expires_in: number; token_type: string };
}

/** Another user of the sandbox with just these roles, and bearer headers for them. */
export async function userWith(server: TestServer, root: string, sandbox: Sandbox, entitlements: readonly Entitlement[]) {
  const { user, password } = await users.create({ store: server.store, clock: systemClock, scope: { tenantId: sandbox.tenantId } }, { name: 'Limited', entitlements });
  const token = await tokenFor(root, sandbox, user.id, password);
  return { userId: user.id, password, headers: bearer(token.access_token) };
}

/** Creates a customer at the sandbox's bank (or `bank_id` in `fields`); answers its id. */
export async function newCustomer(root: string, sandbox: Sandbox, fields: Record<string, unknown> = {}): Promise<string> {
  const res = await call(root, 'POST', '/v1/customers', sandbox.headers, { bank_id: sandbox.bankId, legal_name: 'Ada Lovelace', ...fields });
  expect(res.status, res.text).toBe(201);
  return res.json.customer_id as string;
}

/** An error answer: status, grpc code, a message containing `text`, and a body the spec documents for the operation. */
export function expectStatus(res: RawResponse, operationId: string, status: number, code: number, text?: string | RegExp) {
  expect(res.status, res.text).toBe(status);
  expect(res.json).toMatchObject({ code, details: [] });
  if (text !== undefined) expect(res.json.message).toMatch(text);
  expect(spec.responseErrors(operationId, status, res.json)).toEqual([]);
}

/** A success answer whose body the spec documents for the operation. */
export function expectOk(res: RawResponse, operationId: string, status = 200) {
  expect(res.status, res.text).toBe(status);
  expect(spec.responseErrors(operationId, status, res.json)).toEqual([]);
  return res.json;
}
