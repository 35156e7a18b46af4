// The same-run baseline: plain Fastify answering one fixed customer JSON, with a response schema.
import Fastify from 'fastify';

const port = Number(process.argv[2]);
const payload = JSON.parse(process.argv[3] ?? '{}') as Record<string, unknown>;
const app = Fastify({ logger: false });
app.get('/customer', async () => payload);
await app.listen({ port, host: '127.0.0.1' });
console.log('ready');
