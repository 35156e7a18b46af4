import { serverApiNamed, serverApis } from './apis/index.ts';
import {
  databaseOption,
  databaseProblem,
  DEFAULT_PORT,
  isEntry,
  openDatabase,
  parseCommandLine,
  processIo,
  runCommand,
  UsageError,
  type Io,
} from './config.ts';

const USAGE = `clientele tenant create --api NAME [--name TEXT] [--scopes A,B] [--json] [--db URL]
  Creates a tenant (a Balanced marketplace, a Dwolla account, …) in the database and prints its
  credentials. Safe while the server runs on the same database.
  --db URL  sqlite://path (default ./data/clientele.sqlite) or postgres://… (DATABASE_URL)
  --scopes  for APIs whose credentials carry OAuth scopes (Dwolla: default ManageCustomers;
            --scopes '' makes an application without any)
  APIs: ${serverApis.map((a) => a.definition.name).join(', ')}`;

/** The `clientele` command, run with `argv` (without node and the script): its exit code. */
export function run(argv: readonly string[], io: Io = processIo): Promise<number> {
  return runCommand(io, USAGE, async () => {
    const { values, positionals } = parseCommandLine(
      argv,
      {
        db: { type: 'string' },
        api: { type: 'string' },
        name: { type: 'string' },
        scopes: { type: 'string' },
        json: { type: 'boolean', default: false },
      },
      { positionals: true },
    );
    if (values.help) {
      io.out(USAGE);
      return 0;
    }
    const [command, extra] = [positionals.slice(0, 2).join(' '), positionals[2]];
    if (command !== 'tenant create') throw new UsageError(command ? `unknown command "${command}"` : 'no command given');
    if (extra !== undefined) throw new UsageError(`unexpected argument "${extra}"`);
    if (values.api === undefined) throw new UsageError('tenant create needs --api NAME');
    const api = serverApiNamed(String(values.api));
    if (!api) throw new UsageError(`unknown API "${values.api}"`);
    const db = databaseOption(values, io.env);
    const scopes = values.scopes === undefined ? undefined : String(values.scopes).split(',').map((s) => s.trim()).filter(Boolean);

    const store = await openDatabase(db);
    try {
      const created = await api.provisionTenant(store, { name: values.name ? String(values.name) : undefined, scopes }).catch((error: Error) => {
        // Refused options (an invalid scope, scopes for an API without them) are usage mistakes.
        throw databaseProblem(error, db) ?? new UsageError(error.message);
      });
      const result = { api: api.definition.name, tenant_id: created.tenant.id, name: created.tenant.name, ...created.credentials };
      if (values.json) io.out(JSON.stringify(result));
      else {
        io.out(`created ${api.definition.name} tenant ${created.tenant.id} (${created.tenant.name})`);
        for (const [key, value] of Object.entries(created.credentials)) io.out(`  ${key}: ${value}`);
        io.out(`  try: ${created.example(`http://localhost:${DEFAULT_PORT}/${api.definition.name}`)}`);
      }
      return 0;
    } finally {
      await store.close();
    }
  });
}

if (isEntry(import.meta.url)) process.exitCode = await run(process.argv.slice(2));
