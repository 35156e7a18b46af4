import type { FuzzRequest } from './cases.ts';

const quote = (text: string) => `'${text.replaceAll("'", `'\\''`)}'`;

/**
 * A failing request as something to run again: the command that regenerates and sends exactly
 * that request (`--only`, same seed), and a curl command that sends its bytes to a server.
 */
export function replayable(request: FuzzRequest, api: string, origin: string, seed: number): string {
  const again = `pnpm fuzz --api ${api} --seed ${seed} --only ${request.index}`;
  const what = `#${request.index} ${request.kind}: ${request.label}`;
  if (request.raw) {
    return `${what}\n${again}\nprintf %s ${request.raw.toString('base64')} | base64 -d | nc 127.0.0.1 PORT`;
  }
  const headers = Object.entries(request.headers).map(([name, value]) => `-H ${quote(`${name}: ${value.length > 200 ? `${value.slice(0, 200)}…` : value}`)}`);
  const curl = ['curl -i', `-X ${request.method}`, ...headers, quote(`${origin}${request.path.length > 300 ? `${request.path.slice(0, 300)}…` : request.path}`)];
  if (request.body === undefined) return `${what}\n${again}\n${curl.join(' ')}`;
  const body = request.body.length > 2_000 ? `(${request.body.length} bytes; regenerate it with the command above)` : request.body.toString('base64');
  return `${what}\n${again}\nprintf %s ${body} | base64 -d | ${curl.join(' ')} --data-binary @-`;
}
