import { stringify } from 'qs';
import { basic, raw, type RawResponse } from './http.ts';
import type { TestServer } from './server.ts';

export const FORM = 'application/x-www-form-urlencoded';

/** An Octobat account: its id, its test and live secret keys. */
export interface OctobatAccount {
  readonly accountId: string;
  readonly testKey: string;
  readonly liveKey: string;
}

export async function octobatAccount(server: TestServer): Promise<OctobatAccount> {
  const created = await server.tenant('octobat');
  return { accountId: created.tenant_id, testKey: created.test_secret_key!, liveKey: created.live_secret_key! };
}

/** Raw calls to one Octobat root with one key: form bodies by default (what Octobat's SDKs send), JSON on request. */
export function octobatCaller(root: string, key: string) {
  const authorization = basic(key);
  const send = (method: string, path: string, body?: unknown, options: { json?: boolean; headers?: Record<string, string> } = {}) =>
    raw(`${root}${path}`, {
      method,
      headers: {
        authorization,
        ...(body === undefined ? {} : { 'content-type': options.json ? 'application/json' : FORM }),
        ...options.headers,
      },
      ...(body === undefined ? {} : { body: options.json ? JSON.stringify(body) : stringify(body) }),
    });
  return {
    send,
    create: (body: Record<string, unknown>, options?: { json?: boolean; headers?: Record<string, string> }) => send('POST', '/customers', body, options),
    retrieve: (id: string) => send('GET', `/customers/${id}`),
    update: (id: string, body: Record<string, unknown>, options?: { json?: boolean; headers?: Record<string, string> }) =>
      send('PATCH', `/customers/${id}`, body, options),
    list: (query = '') => send('GET', `/customers${query ? `?${query}` : ''}`),
  };
}

export type OctobatCaller = ReturnType<typeof octobatCaller>;

/** A created customer's id; fails the test with the answer when the create did not succeed. */
export async function createdId(res: Promise<RawResponse>): Promise<string> {
  const answer = await res;
  if (answer.status !== 201) throw new Error(`create: ${answer.status} ${answer.text}`);
  return answer.json.id as string;
}

/** Octobat's error envelope, checked: `{"errors": {field: [{details}]}}`, as a map of field → details. */
export function errorsOf(res: RawResponse): Record<string, string[]> {
  const errors = res.json?.errors;
  if (!errors || typeof errors !== 'object') throw new Error(`not an Octobat error: ${res.status} ${res.text}`);
  return Object.fromEntries(Object.entries(errors as Record<string, { details: string }[]>).map(([field, list]) => [field, list.map((e) => e.details)]));
}
