import { stringify } from 'qs';

/** How a client proves who it is: HTTP Basic, a bearer token, or a function that yields headers (token flows). */
export type Auth =
  | { readonly type: 'basic'; readonly username: string; readonly password?: string }
  | { readonly type: 'bearer'; readonly token: string }
  | { readonly type: 'headers'; readonly headers: () => Promise<Record<string, string>> | Record<string, string> };

export interface ClientConfig {
  /** Where the API is mounted, e.g. `http://localhost:4010/balanced`. */
  readonly baseUrl: string;
  readonly auth?: Auth;
  /** Sent as `Accept` on every request unless the call sets its own. */
  readonly accept?: string;
  /**
   * Send bodies form-encoded (bracket notation; null as an empty value) rather than as JSON, as the
   * provider's own SDKs do (Octobat).
   */
  readonly formBodies?: boolean;
  readonly fetch?: typeof fetch;
}

const FORM = 'application/x-www-form-urlencoded';

export type ClienteleRequestInit = RequestInit & { clientele?: ClientConfig };

async function authHeaders(auth: Auth | undefined): Promise<Record<string, string>> {
  if (!auth) return {};
  if (auth.type === 'basic') {
    return { authorization: `Basic ${Buffer.from(`${auth.username}:${auth.password ?? ''}`).toString('base64')}` };
  }
  if (auth.type === 'bearer') return { authorization: `Bearer ${auth.token}` };
  return auth.headers();
}

/** Serializes a body for its declared media type: form bodies use bracket notation (`meta[key]=v`). */
function encodeBody(body: RequestInit['body'], contentType: string | null): RequestInit['body'] {
  if (typeof body !== 'string' || !contentType?.startsWith(FORM)) return body;
  return stringify(JSON.parse(body));
}

async function parseBody(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return undefined;
  const type = response.headers.get('content-type') ?? '';
  return /json/.test(type) ? JSON.parse(text) : text;
}

/**
 * The one hand-written place every generated call goes through: base URL, auth, media types and
 * body encodings. It resolves with orval's `{ data, status, headers }` for every status, so callers
 * branch on `status` rather than catching.
 */
export async function clienteleFetch<T>(url: string, init: ClienteleRequestInit = {}): Promise<T> {
  const { clientele: config, ...request } = init;
  if (!config) throw new Error('clientele: call generated operations through a client created with create…Client()');
  const headers = new Headers(request.headers);
  if (config.accept && !headers.has('accept')) headers.set('accept', config.accept);
  for (const [name, value] of Object.entries(await authHeaders(config.auth))) headers.set(name, value);
  if (config.formBodies && typeof request.body === 'string' && /json/.test(headers.get('content-type') ?? '')) headers.set('content-type', FORM);
  const response = await (config.fetch ?? fetch)(`${config.baseUrl.replace(/\/$/, '')}${url}`, {
    ...request,
    headers,
    body: encodeBody(request.body, headers.get('content-type')),
  });
  return { data: await parseBody(response), status: response.status, headers: response.headers } as T;
}

type AnyOperation = (...args: never[]) => Promise<unknown>;

/**
 * Binds a module of generated operations to one client configuration. Every generated operation
 * takes its request options last, so the configuration travels there.
 */
export function bindOperations<T extends Record<string, unknown>>(operations: T, config: ClientConfig) {
  const bound: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(operations)) {
    if (typeof value !== 'function' || value.length === 0 || name.startsWith('get') && name.endsWith('Url')) continue;
    const operation = value as (...args: unknown[]) => Promise<unknown>;
    bound[name] = (...args: unknown[]) => {
      const call = [...args];
      const last = operation.length - 1;
      call[last] = { ...(call[last] as object | undefined), clientele: config };
      return operation(...call);
    };
  }
  return bound as { [K in keyof T as T[K] extends AnyOperation ? K : never]: T[K] };
}

/**
 * Nested query parameters (`created: {gt: 1}`) as bracket-notation keys (`created[gt]`), as the
 * servers parse them; orval's URL builders would otherwise write an object as `[object Object]`.
 */
export function bracketQuery<T extends object>(params: T | undefined): T | undefined {
  if (!params) return params;
  const flat: Record<string, unknown> = {};
  const add = (prefix: string, value: unknown) => {
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      for (const [key, inner] of Object.entries(value)) add(`${prefix}[${key}]`, inner);
    } else flat[prefix] = value;
  };
  for (const [key, value] of Object.entries(params)) add(key, value);
  return flat as T;
}
