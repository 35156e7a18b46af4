import * as operations from '../generated/admin/admin';
import { bindOperations, type ClientConfig } from './runtime/fetch';

export type * as AdminTypes from '../generated/admin/admin';

export interface AdminClientOptions {
  /** Where the admin API is, e.g. `http://localhost:4010/_clientele`. */
  readonly baseUrl: string;
  /** The admin token (`--admin-token`, or the one printed at the server's first start). */
  readonly token: string;
  readonly fetch?: ClientConfig['fetch'];
}

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
export function createAdminClient(options: AdminClientOptions) {
  const config: ClientConfig = { baseUrl: options.baseUrl, auth: { type: 'bearer', token: options.token }, accept: 'application/json', fetch: options.fetch };
  const { tailRequests: _stream, ...rest } = operations;
  return {
    ...bindOperations(rest, config),
    /**
     * Each request logged from now on (or after `afterId`), as any instance logs it, until `signal`
     * aborts or the loop stops. Throws with the status for a refused request (a wrong token).
     */
    async *followRequests(params: operations.TailRequestsParams = {}, init: { signal?: AbortSignal; afterId?: number } = {}): AsyncGenerator<operations.RequestLogEntry> {
      const response = await (options.fetch ?? fetch)(`${options.baseUrl.replace(/\/$/, '')}${operations.getTailRequestsUrl(params)}`, {
        headers: {
          authorization: `Bearer ${options.token}`,
          accept: 'text/event-stream',
          ...(init.afterId === undefined ? {} : { 'last-event-id': String(init.afterId) }),
        },
        signal: init.signal,
      });
      if (response.status !== 200 || !response.body) throw new Error(`following the request log failed with ${response.status}: ${await response.text()}`);
      for await (const event of serverSentEvents(response.body)) if (event.event === 'request') yield JSON.parse(event.data) as operations.RequestLogEntry;
    },
  };
}

export type AdminClient = ReturnType<typeof createAdminClient>;
