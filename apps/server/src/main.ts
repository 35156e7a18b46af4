import type { AddressInfo } from 'node:net';
import type { Store } from '@clientele/store';
import { serverApiNamed, serverApis } from './apis/index.ts';
import {
  databaseOption,
  databaseProblem,
  DEFAULT_PORT,
  isEntry,
  openDatabase,
  parseCommandLine,
  parsePort,
  processIo,
  runCommand,
  setting,
  StartupError,
  UsageError,
  type Database,
  type Io,
} from './config.ts';
import { buildApp } from './platform/app.ts';
import { referenceSite } from './platform/docs.ts';

type Api = (typeof serverApis)[number];

const USAGE = `clientele server [--port N] [--host H] [--db URL] [--api NAME] [--trust-proxy] [--log-requests]
  --port N          port to listen on (PORT, default ${DEFAULT_PORT}; 0 lets the system choose)
  --host H          address to bind (HOST, default 127.0.0.1; 0.0.0.0 for containers)
  --db URL          sqlite://path (default ./data/clientele.sqlite) or postgres://… (DATABASE_URL)
  --api NAME        serve only this API, at the root of the port (${serverApis.map((a) => a.definition.name).join(', ')})
  --trust-proxy     behind a reverse proxy: URLs follow its X-Forwarded-Proto and -Host (ignored otherwise)
  --log-requests    log every request (errors are always logged)
  -h, --help        this text`;

export interface ServerOptions {
  readonly port: number;
  readonly host: string;
  readonly db: Database;
  /** Serve only this API, at the root of the port; every API under `/<name>` otherwise. */
  readonly only?: Api;
  readonly logRequests: boolean;
  /** Honour X-Forwarded-Proto and -Host (the server sits behind a proxy that sets them). */
  readonly trustProxy: boolean;
}

export interface RunningServer {
  /** `http://HOST:PORT`, with the port actually bound. */
  readonly origin: string;
  readonly store: Store;
  close(): Promise<void>;
}

/** The server's options from its command line and environment; UsageError for anything it does not take. */
export function serverOptions(argv: readonly string[], env: NodeJS.ProcessEnv): ServerOptions | 'help' {
  const { values } = parseCommandLine(argv, {
    port: { type: 'string' },
    host: { type: 'string' },
    db: { type: 'string' },
    api: { type: 'string' },
    'log-requests': { type: 'boolean', default: false },
    'trust-proxy': { type: 'boolean', default: false },
  });
  if (values.help) return 'help';
  const only = values.api === undefined ? undefined : serverApiNamed(String(values.api));
  if (values.api !== undefined && !only) {
    throw new UsageError(`unknown API "${values.api}"; known: ${serverApis.map((a) => a.definition.name).join(', ')}`);
  }
  return {
    port: parsePort(setting(values, 'port', env, 'PORT', String(DEFAULT_PORT))),
    host: setting(values, 'host', env, 'HOST', '127.0.0.1').value,
    db: databaseOption(values, env),
    only,
    logRequests: Boolean(values['log-requests']),
    trustProxy: Boolean(values['trust-proxy']),
  };
}

function listenProblem(error: unknown, { port, host }: ServerOptions): StartupError | undefined {
  switch ((error as { code?: string }).code) {
    case 'EADDRINUSE':
      return new StartupError(`port ${port} is in use: pass --port N or stop the other process`);
    case 'EACCES':
      return new StartupError(`port ${port} needs privileges this user lacks: pass --port N above 1023`);
    case 'EADDRNOTAVAIL':
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return new StartupError(`cannot listen on ${host}: it is not an address of this machine; pass --host 127.0.0.1 (or 0.0.0.0)`);
    default:
      return undefined;
  }
}

/**
 * Opens and migrates the store, serves the APIs and, on a database without one, creates each API's
 * dev tenant and prints its credentials. Start-up problems (a port in use, a database out of reach or
 * read-only) are StartupErrors, with everything opened so far closed again.
 */
export async function startServer(options: ServerOptions, io: Io = processIo): Promise<RunningServer> {
  const { db, only } = options;
  const apis = only ? [only] : serverApis;
  let close = async () => {};
  try {
    const store = await openDatabase(db);
    close = () => store.close();
    const app = await buildApp({
      store,
      apis,
      mount: only ? 'root' : 'prefixed',
      logRequests: options.logRequests,
      trustProxy: options.trustProxy,
      // The benchmarks compare the compiled response serializers with plain JSON.stringify.
      compiledSerializers: process.env.CLIENTELE_SERIALIZERS !== 'json',
      logger: { level: 'info', redact: ['req.headers.authorization', 'req.headers.cookie'] },
    });
    close = async () => {
      await app.close();
      await store.close();
    };
    await app.listen({ port: options.port, host: options.host }).catch((error: unknown) => {
      throw listenProblem(error, options) ?? error;
    });
    // The port actually bound: `--port 0` lets the system choose one.
    const { port } = app.server.address() as AddressInfo;
    const origin = `http://${options.host === '0.0.0.0' ? 'localhost' : options.host}:${port}`;
    const rootOf = (name: string) => (only ? origin : `${origin}/${name}`);
    io.out(`clientele is serving on ${origin} (storage: ${store.dialect} at ${store.location})`);
    io.out(`API reference: ${origin}/docs/  (raw specs: ${origin}/specs)`);
    // Renders the reference now (only when the specs changed since it was last built), not on the first visit.
    referenceSite().catch((error: Error) => app.log.error({ err: error }, 'the API reference could not be built'));
    for (const api of apis) {
      const root = rootOf(api.definition.name);
      // First start on an empty database: one dev tenant per API, its secret shown this once. Under
      // the store's lock, so instances starting together on one database create it once.
      const dev = await store
        .exclusive(`dev-tenant:${api.definition.name}`, async () =>
          (await store.tenants.count(api.definition.name)) === 0 ? api.provisionTenant(store, { name: 'dev' }) : undefined,
        )
        .catch((error: unknown) => {
          throw databaseProblem(error, db) ?? error;
        });
      if (dev) {
        io.out(`\n${api.definition.title}: ${root}`);
        io.out(`  created dev tenant ${dev.tenant.id}: ${JSON.stringify(dev.credentials)} (stored hashed; shown once)`);
        io.out(`  try: ${dev.example(root)}`);
      } else {
        io.out(`${api.definition.title}: ${root}  (new credentials: pnpm clientele tenant create --api ${api.definition.name})`);
      }
    }
    return { origin, store, close };
  } catch (error) {
    await close().catch(() => {});
    throw error;
  }
}

/** The server command: the running server, or the exit code for `--help` and for every mistake (reported on `io.err`). */
export async function run(argv: readonly string[], io: Io = processIo): Promise<RunningServer | number> {
  let server: RunningServer | undefined;
  const code = await runCommand(io, USAGE, async () => {
    const options = serverOptions(argv, io.env);
    if (options === 'help') {
      io.out(USAGE);
      return 0;
    }
    server = await startServer(options, io);
    return 0;
  });
  return server ?? code;
}

if (isEntry(import.meta.url)) {
  const result = await run(process.argv.slice(2));
  if (typeof result === 'number') process.exit(result);
  // Stops accepting, lets requests in progress finish (their writes committed), closes the store, exits 0.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, async () => {
      await result.close();
      process.exit(0);
    });
  }
}
