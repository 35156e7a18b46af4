// The same-bytes limit: a plain Fastify server and a raw node:http server in one process, both
// answering every request with the response most recently handed to them on stdin (status, headers
// and body bytes captured from clientele in the same run). Answers `ok` a line once it is in place.
import { createServer } from 'node:http';
import { createInterface } from 'node:readline';
import Fastify from 'fastify';

export interface Captured {
  readonly status: number;
  readonly headers: Record<string, string | string[]>;
  /** base64 */
  readonly body: string;
}

const [fastifyPort, rawPort] = process.argv.slice(2).map(Number);
let status = 200;
let headers: Record<string, string | string[]> = {};
let body = Buffer.alloc(0);

// A plain Fastify app: parses a JSON body whatever its media type says (the APIs use vendor types).
const app = Fastify({ logger: false, bodyLimit: 10 * 1024 * 1024 });
app.removeAllContentTypeParsers();
app.addContentTypeParser('*', { parseAs: 'string' }, (_request, text, done) => {
  try {
    done(null, text ? JSON.parse(text as string) : undefined);
  } catch {
    done(null, text);
  }
});
app.all('*', (_request, reply) => reply.code(status).headers(headers).send(body));
await app.listen({ port: fastifyPort!, host: '127.0.0.1' });

const raw = createServer((request, response) => {
  request.resume();
  request.once('end', () => {
    response.writeHead(status, { ...headers, 'content-length': body.length });
    response.end(body);
  });
});
await new Promise<void>((resolve) => raw.listen(rawPort!, '127.0.0.1', resolve));

for await (const line of createInterface({ input: process.stdin })) {
  const next = JSON.parse(line) as Captured;
  status = next.status;
  headers = next.headers;
  body = Buffer.from(next.body, 'base64');
  process.stdout.write('ok\n');
}
// Standard input closed: the bench that drives these servers is gone (ended, or killed), so go too.
process.exit(0);
