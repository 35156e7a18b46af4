import type { FuzzRequest } from './cases.ts';
import type { Answer } from './http.ts';
import type { FuzzWorld } from './world.ts';

/**
 * What a fuzzed request's answer must be, whatever was sent: never a 5xx; a status and a body
 * the API's spec documents for the operation reached (or, for no operation, a 404/405 in the
 * API's envelope; for a request the server cannot read, a 400/414/431 in it, the connection
 * closed); no other caller's data; no secret; only valid absolute URLs to where it was reached.
 * Answers the problems; none means the answer is right.
 */
export function judge(world: FuzzWorld, request: FuzzRequest, answer: Answer, origin: string, idsByCaller: ReadonlyMap<string, readonly string[]>): string[] {
  const problems: string[] = [];
  if (answer.error && !(request.raw && answer.status)) return [`no answer: ${answer.error}`];
  const { status, headers, text } = answer;
  if (status >= 500) problems.push(`a ${status} answer: ${text.slice(0, 200)}`);
  const head = request.method === 'HEAD' && !request.raw;
  const contentType = headers['content-type'];

  if (request.refused) {
    if (!request.refused.includes(status)) problems.push(`status ${status} for a request the server cannot read (expected ${request.refused.join(' or ')})`);
    if (headers.connection?.toLowerCase() !== 'close') problems.push('no Connection: close after refusing a request it could not read');
    problems.push(...world.contract.envelopeProblems(contentType, text, false));
  } else {
    const pathname = request.path.split('?')[0]!.slice(world.prefix.length);
    const landing = world.contract.land(request.method, pathname);
    if (landing.kind === 'operation') {
      problems.push(...world.contract.responseProblems(landing.operation, status, contentType, text, head));
    } else if (landing.kind === 'method') {
      if (status !== 405) problems.push(`status ${status} for ${request.method}, which ${pathname} does not take (expected 405)`);
      const allow = (headers.allow ?? '').split(',').map((m) => m.trim()).filter(Boolean).sort();
      if (status === 405 && allow.join() !== [...landing.allow].sort().join()) problems.push(`Allow: ${headers.allow} (expected ${landing.allow.join(', ')})`);
      problems.push(...world.contract.envelopeProblems(contentType, text, head));
    } else {
      if (status !== 404) problems.push(`status ${status} for a path no operation documents (expected 404)`);
      problems.push(...world.contract.envelopeProblems(contentType, text, head));
    }
  }

  // Data of callers other than the one whose credentials were sent: a success to a request that
  // names it where the operation reads it (the path, the body, a documented query parameter), or
  // any of it in an answer that did not name it.
  const asked = `${request.path} ${request.body?.toString('latin1') ?? ''} ${request.raw?.toString('latin1') ?? ''}`;
  const names = (id: string) => asked.includes(id) || asked.includes(encodeURIComponent(id));
  const [pathname, query = ''] = request.path.split('?');
  const landed = world.contract.land(request.method, pathname!.slice(world.prefix.length));
  const documented = new Set(landed.kind === 'operation' ? landed.operation.query.map((q) => q.name) : []);
  const read = `${pathname} ${request.body?.toString('latin1') ?? ''} ${query
    .split('&')
    .filter((pair) => documented.has(pair.split('=')[0]!.replace(/(\[|%5B).*$/i, '')))
    .join('&')}`;
  const reads = (id: string) => read.includes(id) || read.includes(encodeURIComponent(id));
  for (const [caller, ids] of idsByCaller) {
    if (caller === request.actor) continue;
    const named = ids.find(reads);
    if (named && status >= 200 && status < 300) problems.push(`a ${status} to a request naming ${caller}'s data (${named}) with the credentials of ${request.actor ?? 'nobody'}`);
    const leaked = ids.find((id) => text.includes(id) && !names(id));
    if (leaked) problems.push(`the answer holds ${caller}'s id ${leaked}, which the request did not name`);
  }

  const everything = `${text} ${Object.values(headers).join(' ')}`;
  for (const secret of world.secrets) if (everything.includes(secret)) problems.push(`the answer holds a secret (${secret.slice(0, 6)}…)`);

  problems.push(...urlProblems(answer, origin));
  return problems;
}

/** Every URL the server emits (Location, and `href`s in bodies) is a valid absolute URI on the origin it was reached at. */
function urlProblems(answer: Answer, origin: string): string[] {
  const urls: string[] = [];
  if (answer.headers.location) urls.push(answer.headers.location);
  if (answer.text.includes('"href"')) {
    try {
      JSON.stringify(JSON.parse(answer.text), (key, value: unknown) => {
        if (key === 'href' && typeof value === 'string') urls.push(value);
        return value;
      });
    } catch {
      // Not JSON: the contract check reports it.
    }
  }
  const host = new URL(origin).host;
  return urls.flatMap((url) => {
    if (!/^https?:\/\/[^\s]+$/.test(url) || !URL.canParse(url)) return [`an invalid absolute URL: ${url.slice(0, 120)}`];
    return new URL(url).host === host ? [] : [`a URL to a host the request was not sent to: ${url.slice(0, 120)}`];
  });
}
