import type { AddressInfo } from 'node:net';
import { openStore } from '@clientele/store';
import { serverApiNamed, serverApis } from './apis/index.ts';
import { DEFAULT_PORT, invocationDir, parseCommandLine } from './config.ts';
import { buildApp } from './platform/app.ts';

const USAGE = `clientele server
  --port N          port to listen on (PORT, default ${DEFAULT_PORT})
  --host H          address to bind (HOST, default 127.0.0.1; 0.0.0.0 for containers)
  --db URL          sqlite://path (default ./data/clientele.sqlite) or postgres://… (DATABASE_URL)
  --api NAME        serve only this API, at the root of the port
  --log-requests    log every request (errors are always logged)`;

const { values } = parseCommandLine(process.argv.slice(2), {
  port: { type: 'string', default: process.env.PORT ?? String(DEFAULT_PORT) },
  host: { type: 'string', default: process.env.HOST ?? '127.0.0.1' },
  api: { type: 'string' },
  'log-requests': { type: 'boolean', default: false },
});
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}

const only = values.api ? serverApiNamed(String(values.api)) : undefined;
if (values.api && !only) {
  console.error(`unknown API "${values.api}"; known: ${serverApis.map((a) => a.definition.name).join(', ')}`);
  process.exit(2);
}
const apis = only ? [only] : serverApis;

const store = await openStore(String(values.db), invocationDir());
try {
  await store.migrate();
} catch (error) {
  console.error(`cannot prepare the database at ${store.location}: ${(error as Error).message}`);
  await store.close();
  process.exit(1);
}
const app = await buildApp({
  store,
  apis,
  mount: only ? 'root' : 'prefixed',
  logRequests: Boolean(values['log-requests']),
  logger: { level: 'info', redact: ['req.headers.authorization', 'req.headers.cookie'] },
});
const host = String(values.host);
await app.listen({ port: Number(values.port), host });
// The port actually bound: `--port 0` lets the system choose one.
const { port } = app.server.address() as AddressInfo;

const origin = `http://${host === '0.0.0.0' ? 'localhost' : host}:${port}`;
const rootOf = (name: string) => (only ? origin : `${origin}/${name}`);
console.log(`clientele is serving on ${origin} (storage: ${store.dialect} at ${store.location})`);
for (const api of apis) {
  const root = rootOf(api.definition.name);
  // First start on an empty database: one dev tenant per API, its secret shown this once. Under
  // the store's lock, so instances starting together on one database create it once.
  const dev = await store.exclusive(`dev-tenant:${api.definition.name}`, async () =>
    (await store.tenants.count(api.definition.name)) === 0 ? api.provisionTenant(store, { name: 'dev' }) : undefined,
  );
  if (dev) {
    console.log(`\n${api.definition.title}: ${root}`);
    console.log(`  created dev tenant ${dev.tenant.id}: ${JSON.stringify(dev.credentials)} (stored hashed; shown once)`);
    console.log(`  try: ${dev.example(root)}`);
  } else {
    console.log(`${api.definition.title}: ${root}  (new credentials: pnpm clientele tenant create --api ${api.definition.name})`);
  }
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, async () => {
    await app.close();
    await store.close();
    process.exit(0);
  });
}
