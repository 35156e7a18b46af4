import type { AddressInfo } from 'node:net';
import { availableParallelism } from 'node:os';
import { DEFAULT_POOL_SIZE, type Store } from '@clientele/store';
import { serverApiNamed, serverApis } from './apis/index.ts';
import {
  databaseOption,
  databaseProblem,
  DEFAULT_PORT,
  invocationDir,
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
  type Values,
} from './config.ts';
import { ADMIN_PREFIX } from '@clientele/schemas/admin';
import { buildApp } from './app.ts';
import { limitHeapGrowth } from './heap.ts';
import { collectionsOf } from './platform/resources.ts';
import { referenceSite } from './platform/docs.ts';
import { firstAdminToken } from './sandbox/admin-auth.ts';
import { databaseClock } from './sandbox/clock.ts';
import { applySeeds, readSeeds, SeedError } from './sandbox/seeds.ts';
import { recordServing } from './sandbox/settings.ts';
import { provision } from './sandbox/tenants.ts';

type Api = (typeof serverApis)[number];

/**
 * The APIs as this build serves them. A tool that writes documents for this server to read (the
 * bench's preload) writes them with these: the text a document keeps is stamped with its
 * presenter's code as the build prints it, and text stamped by another build is not sent.
 */
export { serverApis };

/** How long after start the reference is checked (and rendered if the specs changed). */
const REFERENCE_AFTER_MS = 1000;

/** Requests the request log keeps per API and tenant by default. */
export const DEFAULT_REQUEST_LOG = 1000;

const USAGE = `clientele server [--port N] [--host H] [--db URL] [--api NAME] [--seed PATH]… [--admin-token T]
                 [--db-pool N] [--request-log N] [--no-fault-header] [--cors-origin ORIGIN]… [--trust-proxy] [--log-requests]
  --port N             port to listen on (PORT, default ${DEFAULT_PORT}; 0 lets the system choose)
  --host H             address to bind (HOST, default 127.0.0.1; 0.0.0.0 for containers)
  --db URL             sqlite://path (default ./data/clientele.sqlite) or postgres://… (DATABASE_URL)
  --db-pool N          PostgreSQL connections this process keeps at most (DATABASE_POOL, default ${DEFAULT_POOL_SIZE})
  --api NAME           serve only this API, at the root of the port (${serverApis.map((a) => a.definition.name).join(', ')})
  --seed PATH          a seed file (or a folder of them), applied at every start: its tenants, credentials
                       and documents; repeatable
  --admin-token T      the admin API's token (CLIENTELE_ADMIN_TOKEN); without it, one is generated at the
                       first start and the admin API answers this machine only
  --request-log N      requests kept per API and tenant in the request log (default ${DEFAULT_REQUEST_LOG}; 0 turns it off)
  --no-fault-header    ignore Clientele-Fault request headers (fault rules still apply)
  --cors-origin O      an origin browsers may call from (repeatable; * for any; default: loopback origins)
  --trust-proxy        behind a reverse proxy: URLs follow its X-Forwarded-Proto and -Host (ignored otherwise)
  --log-requests       log every request to the console (errors are always logged)
  -h, --help           this text`;

export interface ServerOptions {
  readonly port: number;
  readonly host: string;
  readonly db: Database;
  /** PostgreSQL connections this process keeps at most. */
  readonly dbPool: number;
  /** Serve only this API, at the root of the port; every API under `/<name>` otherwise. */
  readonly only?: Api;
  readonly logRequests: boolean;
  /** Seed files and folders, applied in order at every start. */
  readonly seeds: readonly string[];
  readonly adminToken?: string;
  readonly requestLog: number;
  readonly faultHeader: boolean;
  readonly corsOrigins?: readonly string[];
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
    'db-pool': { type: 'string' },
    api: { type: 'string' },
    'log-requests': { type: 'boolean', default: false },
    seed: { type: 'string', multiple: true },
    'admin-token': { type: 'string' },
    'request-log': { type: 'string' },
    'no-fault-header': { type: 'boolean', default: false },
    'cors-origin': { type: 'string', multiple: true },
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
    dbPool: poolOption(setting(values, 'db-pool', env, 'DATABASE_POOL', String(DEFAULT_POOL_SIZE))),
    only,
    logRequests: Boolean(values['log-requests']),
    seeds: (values.seed as string[] | undefined) ?? [],
    ...adminTokenOption(values, env),
    requestLog: requestLogOption(values['request-log']),
    faultHeader: !values['no-fault-header'],
    ...(values['cors-origin'] ? { corsOrigins: values['cors-origin'] as string[] } : {}),
    trustProxy: Boolean(values['trust-proxy']),
  };
}

function adminTokenOption(values: Values, env: NodeJS.ProcessEnv): { adminToken?: string } {
  const given = setting(values, 'admin-token', env, 'CLIENTELE_ADMIN_TOKEN', '');
  if (!given.value) return {};
  if (given.value.length < 16) throw new UsageError(`${given.source} must be at least 16 characters: it guards the admin API`);
  return { adminToken: given.value };
}

function poolOption({ value, source }: { value: string; source: string }): number {
  if (!/^\d{1,4}$/.test(value) || Number(value) < 2) throw new UsageError(`${source} must be a number of connections, at least 2, not "${value}"`);
  return Number(value);
}

function requestLogOption(value: Values[string]): number {
  if (value === undefined) return DEFAULT_REQUEST_LOG;
  if (!/^\d{1,7}$/.test(String(value))) throw new UsageError(`--request-log must be a number of requests (0 turns the log off), not "${value}"`);
  return Number(value);
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
export async function startServer(options: ServerOptions, io: Io = processIo, command = 'pnpm clientele'): Promise<RunningServer> {
  const { db, only } = options;
  const apis = only ? [only] : serverApis;
  let close = async () => {};
  try {
    // Read before anything opens: a seed file with a mistake stops the server with one line.
    const seeds = seedsOf(options.seeds, io.env);
    // The benchmarks compare PostgreSQL's writes with and without shared commits, and with and without named statements.
    const storeOptions = {
      poolSize: options.dbPool,
      sharedCommits: process.env.CLIENTELE_SHARED_COMMITS !== '0',
      namedStatements: process.env.CLIENTELE_NAMED_STATEMENTS !== '0',
    };
    const store = await openDatabase(db, storeOptions);
    close = () => store.close();
    const clock = await databaseClock(store);
    const seeded = await applySeeds(store, seeds, { apis: serverApis.map((api) => api.definition.name), clock, collections: collectionsOf(serverApis) }).catch((error: unknown) => {
      throw error instanceof SeedError ? new StartupError(error.message) : (databaseProblem(error, db) ?? error);
    });
    const app = await buildApp({
      store,
      apis,
      mount: only ? 'root' : 'prefixed',
      logRequests: options.logRequests,
      trustProxy: options.trustProxy,
      // The benchmarks compare the compiled response serializers with plain JSON.stringify.
      compiledSerializers: process.env.CLIENTELE_SERIALIZERS !== 'json',
      logger: { level: 'info', redact: ['req.headers.authorization', 'req.headers.cookie'] },
      sandbox: {
        adminToken: options.adminToken,
        requestLogLimit: options.requestLog,
        // The request log's own thread opens the database again (not an in-memory one), where the
        // process may run on a second core: on one, the thread only shared it (the same rate,
        // about 40 MB more memory). The benchmarks compare it with the log on the request thread.
        database:
          process.env.CLIENTELE_LOG_THREAD === '0' || availableParallelism() < 2 || (db.dialect === 'sqlite' && db.path === ':memory:')
            ? undefined
            : { url: db.dialect === 'postgres' ? db.url : db.path, options: storeOptions },
        faultHeader: options.faultHeader,
        corsOrigins: options.corsOrigins,
        providers: serverApis,
      },
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
    io.out(`Console: ${origin}${ADMIN_PREFIX}/console/  (no token asked on this machine)`);
    await recordServing(store, { origin, ...(only ? { rootApi: only.definition.name } : {}) });
    for (const { file, result } of seeded) {
      const created = result.tenants.filter((t) => t.created).length;
      io.out(`seeded ${file}: ${result.tenants.length} tenant(s), ${created} new`);
    }
    io.out(await adminBanner(store, origin, options.adminToken, command));
    // Renders the reference soon (only when the specs changed since it was last built), not on the
    // first visit; a moment after start, so that reading and fingerprinting every emitted document
    // does not hold up the first requests.
    setTimeout(() => referenceSite().catch((error: Error) => app.log.error({ err: error }, 'the API reference could not be built')), REFERENCE_AFTER_MS).unref();
    for (const api of apis) {
      const root = rootOf(api.definition.name);
      // First start on an empty database: one dev tenant per API, its secret shown this once. Under
      // the store's lock, so instances starting together on one database create it once.
      const dev = await store
        .exclusive(`dev-tenant:${api.definition.name}`, async () =>
          (await store.tenants.count(api.definition.name)) === 0 ? provision(api, store, { name: 'dev', clock }) : undefined,
        )
        .catch((error: unknown) => {
          throw databaseProblem(error, db) ?? error;
        });
      if (dev) {
        io.out(`\n${api.definition.title}: ${root}`);
        io.out(`  created dev tenant ${dev.tenant.id}: ${JSON.stringify(dev.credentials)} (stored hashed; shown once)`);
        io.out(`  try: ${dev.example(root)}`);
      } else {
        io.out(`${api.definition.title}: ${root}  (new credentials: ${command} tenant create --api ${api.definition.name})`);
      }
    }
    return { origin, store, close };
  } catch (error) {
    await close().catch(() => {});
    throw error;
  }
}

function seedsOf(paths: readonly string[], env: NodeJS.ProcessEnv) {
  try {
    return readSeeds(paths, invocationDir(env));
  } catch (error) {
    throw error instanceof SeedError ? new StartupError(error.message) : error;
  }
}

/** Where the admin API is, and its token the first time (shown once: only its hash is stored). */
async function adminBanner(store: Store, origin: string, configured: string | undefined, command: string): Promise<string> {
  const where = `Admin API: ${origin}${ADMIN_PREFIX}/ (reference: ${origin}/docs/admin/)`;
  if (configured !== undefined) return `${where}, token from --admin-token`;
  const token = await firstAdminToken(store);
  if (token) return `${where}, this machine only\n  admin token: ${token} (stored hashed; shown once; \`${command} admin token\` makes another)`;
  return `${where}, this machine only (its token was shown at the first start; \`${command} admin token\` makes another)`;
}

/**
 * The server command: the running server, or the exit code for `--help` and for every mistake
 * (reported on `io.err`). `command` is how the user runs the tenant commands, for the hints it prints.
 */
export async function run(argv: readonly string[], io: Io = processIo, command?: string): Promise<RunningServer | number> {
  let server: RunningServer | undefined;
  const code = await runCommand(io, USAGE, async () => {
    const options = serverOptions(argv, io.env);
    if (options === 'help') {
      io.out(USAGE);
      return 0;
    }
    server = await startServer(options, io, command);
    return 0;
  });
  return server ?? code;
}

/** The server as a program: runs until SIGINT or SIGTERM closes it; exits at once for `--help` and every mistake. */
export async function main(argv: readonly string[], command?: string): Promise<void> {
  limitHeapGrowth();
  const started = run(argv, processIo, command);
  // Stops accepting, lets requests in progress finish (their writes committed), closes the store, exits 0.
  // Listened for before the server listens: a supervisor may stop it as soon as it answers, while
  // it is still looking after its dev tenants.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, async () => {
      const result = await started;
      if (typeof result !== 'number') await result.close();
      process.exit(typeof result === 'number' ? result : 0);
    });
  }
  const result = await started;
  if (typeof result === 'number') process.exit(result);
}

// Not awaited: the server's bundle is a script (build.mjs), and a script has no top-level await.
if (isEntry(import.meta.url)) void main(process.argv.slice(2));
