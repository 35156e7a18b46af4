import * as operations from '../generated/admin/admin';
import { operationTable } from '../generated/admin/operations';
import { bindOperations, policyOf, type Client, type ClientOptions, type ModeOf } from './runtime/client';
import { ApiError, type ErrorResponse } from './runtime/errors';

export type * as AdminTypes from '../generated/admin/admin';

export interface AdminClientOptions extends ClientOptions {
  /** Where the admin API is, e.g. `http://localhost:4010/_clientele`. */
  readonly baseUrl: string;
  /** The admin token (`--admin-token`, or the one printed at the server's first start). */
  readonly token: string;
}

/** An admin API error answer (an RFC 9457 problem): `code` is its kind (`not_found`), `fields` each field at fault. */
export class AdminError extends ApiError<operations.Error | undefined> {
  override readonly name = 'AdminError';
  constructor(response: ErrorResponse) {
    const body = response.data as Partial<operations.Error> | undefined;
    super(response, {
      code: body?.type?.replace(/^urn:clientele:problem:/, ''),
      message: body?.detail ?? `HTTP ${response.status}`,
      fields: body?.errors && Object.fromEntries(body.errors.map((e) => [e.field, e.message])),
    });
  }
}

type FollowedOperations = Omit<typeof operations, 'tailRequests'>;

export type AdminClient<M extends 'return' | 'throw' = 'return'> = Client<FollowedOperations, typeof operationTable, M> & {
  /**
   * Each request logged from now on (or after `afterId`), as any instance logs it, until `signal`
   * aborts or the loop stops. Throws an `AdminError` for a refused request (a wrong token).
   */
  followRequests(params?: operations.TailRequestsParams, init?: { signal?: AbortSignal; afterId?: number }): AsyncGenerator<operations.RequestLogEntry>;
};

/** Splits server-sent events out of a byte stream: each event's fields once its blank line arrives. */
async function* serverSentEvents(body: ReadableStream<Uint8Array>): AsyncGenerator<{ id?: string; event?: string; data: string }> {
  const decoder = new TextDecoder();
  let buffer = '';
  for await (const chunk of body as unknown as AsyncIterable<Uint8Array>) {
    buffer += decoder.decode(chunk, { stream: true });
    for (let end = buffer.indexOf('\n\n'); end !== -1; end = buffer.indexOf('\n\n')) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const fields: { id?: string; event?: string; data: string[] } = { data: [] };
      for (const line of block.split('\n')) {
        const colon = line.indexOf(':');
        if (colon <= 0) continue; // a comment (`: keep-alive`) or a bare field name
        const [name, value] = [line.slice(0, colon), line.slice(colon + 1).replace(/^ /, '')];
        if (name === 'data') fields.data.push(value);
        else if (name === 'id' || name === 'event') fields[name] = value;
      }
      if (fields.data.length) yield { ...fields, data: fields.data.join('\n') };
    }
  }
}

/**
 * A client of clientele's admin API (the sandbox controls under `/_clientele`): every operation of
 * its document, with the admin token, and `followRequests`, the request log as it grows.
 */
export function createAdminClient<const O extends AdminClientOptions>(options: O): AdminClient<ModeOf<O>> {
  const { tailRequests: _stream, ...rest } = operations;
  const errorOf = (response: ErrorResponse) => new AdminError(response);
  const client = bindOperations<FollowedOperations, typeof operationTable, ModeOf<O>>(rest, operationTable, {
    ...policyOf(options),
    baseUrl: options.baseUrl,
    auth: { type: 'bearer', token: options.token },
    accept: 'application/json',
    fetch: options.fetch,
    errorOf,
  });
  async function* followRequests(params: operations.TailRequestsParams = {}, init: { signal?: AbortSignal; afterId?: number } = {}) {
    const response = await (options.fetch ?? fetch)(`${options.baseUrl.replace(/\/$/, '')}${operations.getTailRequestsUrl(params)}`, {
      headers: {
        authorization: `Bearer ${options.token}`,
        accept: 'text/event-stream',
        ...(init.afterId === undefined ? {} : { 'last-event-id': String(init.afterId) }),
      },
      signal: init.signal,
    });
    if (response.status !== 200 || !response.body) {
      const text = await response.text();
      let data: unknown = text;
      try {
        data = JSON.parse(text);
      } catch {
        // not JSON: the text is the message
      }
      throw errorOf({ status: response.status, data, headers: response.headers });
    }
    for await (const event of serverSentEvents(response.body)) if (event.event === 'request') yield JSON.parse(event.data) as operations.RequestLogEntry;
  }
  return Object.assign(client, { followRequests });
}
