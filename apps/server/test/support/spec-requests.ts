import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { getHttpOperationsFromSpec } from '@stoplight/prism-http';
// Prism's request validator itself, as its validating proxy runs it (the package exports only the proxy).
import { validateInput, validateSecurity } from '@stoplight/prism-http/dist/validator';

const require = createRequire(import.meta.url);

/** A request as it goes on the wire, its path without the API's mount. */
export interface WireRequest {
  readonly method: string;
  readonly path: string;
  /** The raw query string, without `?`. */
  readonly query?: string;
  readonly headers: Record<string, string>;
  readonly body?: string;
}

type Operation = Awaited<ReturnType<typeof getHttpOperationsFromSpec>>[number];
interface Diagnostic {
  readonly severity: number;
  readonly message: string;
  readonly path?: readonly string[];
}
type Result = { _tag: 'Left'; left: readonly Diagnostic[] } | { _tag: 'Right' };

const ERROR = 0;
const FORM = 'application/x-www-form-urlencoded';

/** `a[b][c]` → `a`, bracketed; `a` → `a`, plain. */
const nameOf = (key: string) => ({ name: key.replace(/\[.*$/, ''), bracketed: key.includes('[') });

/**
 * Keys of a query or form body that no declared parameter or property reads as sent: a bracketed
 * key `p[k]` is read only by a `deepObject` `p`, a plain key `p` by a `p` of another style. Prism
 * drops such keys silently (an optional `metadata[k]=v` that is not `deepObject` is no `metadata` to
 * it), so this is checked beside its validation.
 */
function unreadKeys(keys: Iterable<string>, readers: ReadonlyMap<string, string | undefined>, where: string): string[] {
  const unread: string[] = [];
  for (const key of keys) {
    const { name, bracketed } = nameOf(key);
    if (!readers.has(name) || bracketed !== (readers.get(name) === 'deepObject')) {
      unread.push(`${where} ${key}: no declared ${bracketed ? 'deepObject ' : ''}${name} reads it`);
    }
  }
  return unread;
}

/**
 * Checks requests against an API's *emitted* OpenAPI document with Stoplight Prism's request
 * validator (parameters by their declared styles, form bodies by their declared encodings,
 * security by the schemes an operation lists), plus the keys Prism would drop unread.
 */
export async function specRequests(api: string) {
  const document = JSON.parse(readFileSync(require.resolve(`@clientele/specs/${api}/openapi.json`), 'utf8')) as object;
  const operations = new Map((await getHttpOperationsFromSpec(document)).map((op) => [op.iid!, op]));

  /** Why the spec would refuse `request` as `operationId`; empty when it accepts it. */
  function refusals(operationId: string, request: WireRequest): string[] {
    const resource: Operation | undefined = operations.get(operationId);
    if (!resource) return [`no operation ${operationId} in the ${api} spec`];
    const headers = Object.fromEntries(Object.entries(request.headers).map(([k, v]) => [k.toLowerCase(), v]));
    if (request.body !== undefined) headers['content-length'] = String(Buffer.byteLength(request.body));
    const params = new URLSearchParams(request.query ?? '');
    const query: Record<string, string | string[]> = {};
    for (const key of params.keys()) {
      const values = params.getAll(key);
      query[key] = values.length === 1 ? values[0]! : values;
    }
    const mediaType = headers['content-type']?.split(';')[0]?.trim();
    // As Prism's server hands bodies to its validator: JSON parsed, anything else as text.
    const body = request.body !== undefined && mediaType && /json/.test(mediaType) ? JSON.parse(request.body) : request.body;
    const element = { method: request.method.toLowerCase(), url: { path: request.path, query }, headers, body };
    const out: string[] = [];
    for (const result of [validateInput({ resource, element } as never), validateSecurity({ resource, element } as never)] as Result[]) {
      if (result._tag === 'Left') {
        out.push(...result.left.filter((d) => d.severity === ERROR).map((d) => `${(d.path ?? []).join('.') || 'request'}: ${d.message}`));
      }
    }
    const queryReaders = new Map((resource.request?.query ?? []).map((p) => [p.name, p.style as string | undefined]));
    out.push(...unreadKeys(params.keys(), queryReaders, 'query'));
    if (mediaType === FORM && request.body) {
      const content = resource.request?.body?.contents?.find((c) => c.mediaType === FORM);
      const properties = Object.keys((content?.schema as { properties?: object } | undefined)?.properties ?? {});
      const styles = new Map(properties.map((p) => [p, content?.encodings?.find((e) => e.property === p)?.style as string | undefined]));
      out.push(...unreadKeys(new URLSearchParams(request.body).keys(), styles, 'body'));
    }
    return out;
  }

  return { refusals };
}
