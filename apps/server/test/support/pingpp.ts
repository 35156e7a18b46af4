import { stringify } from 'qs';
import { expect } from 'vitest';
import { pingpp } from '@clientele/schemas/pingpp';
import { basic, raw, type RawResponse } from './http.ts';
import type { TestServer } from './server.ts';
import { specValidator } from './spec.ts';

const spec = specValidator('pingpp');

/** A domestic (UnionPay) card number, as in Ping++'s own SDK example; `62` + digits of its own per `n`. */
export const unionPay = (n = 0) => (n === 0 ? '6222280012469823' : `6222${String(n).padStart(12, '0')}`);
export const VISA = '4242424242424242';

/** The operation a method and concrete path reach, from the route table: every answer is checked against what it documents. */
function operationOf(method: string, path: string): string {
  const bare = path.split('?')[0]!;
  for (const [operationId, op] of Object.entries(pingpp.routes)) {
    const pattern = new RegExp(`^${op.path.replace(/\{[^}]+\}/g, '[^/]+')}$`);
    if (op.method === method && pattern.test(bare)) return operationId;
  }
  throw new Error(`no Ping++ operation for ${method} ${bare}`);
}

export interface CallOptions {
  /** Form-encoded with bracket notation instead of JSON. */
  readonly form?: boolean;
  readonly headers?: Record<string, string>;
  /** Another key than the account's test key. */
  readonly key?: string;
}

/** A Ping++ account of a test server: its App and keys, and calls that check every answer against the emitted spec. */
export async function pingppAccount(server: TestServer, root: string) {
  const created = await server.tenant('pingpp');
  const account = { tenantId: created.tenant_id, app: created.app_id!, testKey: created.test_secret_key!, liveKey: created.live_secret_key! };

  async function call(method: string, path: string, body?: unknown, options: CallOptions = {}): Promise<RawResponse> {
    const headers: Record<string, string> = { authorization: basic(options.key ?? account.testKey), ...options.headers };
    let payload: string | undefined;
    if (body !== undefined) {
      headers['content-type'] ??= options.form ? 'application/x-www-form-urlencoded' : 'application/json';
      payload = options.form ? stringify(body) : JSON.stringify(body);
    }
    const res = await raw(`${root}${path}`, { method, headers, body: payload });
    expect(spec.responseErrors(operationOf(method, path), res.status, res.json), `${method} ${path} ${res.status}: ${res.text}`).toEqual([]);
    return res;
  }

  /** A token for a card (UnionPay by default) and its SMS code as the holder received it. */
  async function token(card: Record<string, unknown> = {}, options: CallOptions = {}) {
    const res = await call('POST', '/v1/tokens', { app: account.app, card: { card_number: unionPay(), name: '张三', phone_number: '13800138000', ...card } }, options);
    expect(res.status, res.text).toBe(200);
    const sms = await call('GET', `/v1/sms_codes/${res.json.sms_code.id}`, undefined, options);
    expect(sms.status, sms.text).toBe(200);
    return { id: res.json.id as string, token: res.json, sms_code: { id: sms.json.id as string, code: sms.json.code as string } };
  }

  /** A customer bound to a fresh token's card. */
  async function customer(fields: Record<string, unknown> = {}, card: Record<string, unknown> = {}, options: CallOptions = {}) {
    const { id: source, sms_code } = await token(card, options);
    const res = await call('POST', '/v1/customers', { app: account.app, source, sms_code, ...fields }, options);
    expect(res.status, res.text).toBe(200);
    return res.json;
  }

  return { ...account, call, token, customer };
}

export type PingppAccount = Awaited<ReturnType<typeof pingppAccount>>;

/** The error a response carries, checked to be Ping++'s envelope. */
export function errorOf(res: RawResponse): { type: string; message: string; param?: string; code?: string } {
  expect(res.json?.error, `${res.status}: ${res.text}`).toBeDefined();
  return res.json.error;
}
