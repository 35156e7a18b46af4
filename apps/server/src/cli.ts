import type { Store } from '@clientele/store';
import { serverApiNamed, serverApis } from './apis/index.ts';
import {
  databaseOption,
  databaseProblem,
  DEFAULT_PORT,
  invocationDir,
  isEntry,
  openDatabase,
  parseCommandLine,
  processIo,
  runCommand,
  UsageError,
  type Io,
  type Values,
} from './config.ts';
import type { Command, ServerApi } from './platform/handlers.ts';
import { databaseClock } from './sandbox/clock.ts';
import { sandboxCommands, type CommandContext, type SandboxCommand } from './sandbox/commands.ts';
import { problemText } from './sandbox/data.ts';
import { credentialsChanged, servingOf } from './sandbox/settings.ts';
import { provision } from './sandbox/tenants.ts';

/** The commands APIs add for what they keep inside a tenant (the bank's banks, users, OAuth clients, roles). */
const apiCommands = serverApis.flatMap((api) => (api.commands ?? []).map((command) => ({ api, command })));

const apiCommandUsage = ({ api, command }: (typeof apiCommands)[number]) =>
  [
    `clientele ${command.name} --api ${api.definition.name} --tenant ID${Object.entries(command.options)
      .map(([name, option]) => (option.required ? ` --${name} …` : ` [--${name} …]`))
      .join('')} [--json] [--db URL]`,
    `  ${command.summary}`,
    ...Object.entries(command.options).map(([name, option]) => `  --${name}  ${option.description}`),
  ].join('\n');

const sandboxCommandUsage = (command: SandboxCommand) =>
  [
    `clientele ${command.name}${Object.entries(command.options)
      .map(([name, option]) => (option.switch ? ` [--${name}]` : option.required ? ` --${name} …` : ` [--${name} …]`))
      .join('')} [--json] [--db URL]`,
    `  ${command.summary}`,
    ...Object.entries(command.options).map(([name, option]) => `  --${name}  ${option.description}`),
  ].join('\n');

const USAGE = [
  `clientele tenant create --api NAME [--name TEXT] [--scopes A,B] [--json] [--db URL]
  Creates a tenant (a Balanced marketplace, a Dwolla account, a bank sandbox, …) in the database and
  prints its credentials. Safe while the server runs on the same database.
  --db URL  sqlite://path (default ./data/clientele.sqlite) or postgres://… (DATABASE_URL)
  --scopes  for APIs whose credentials carry OAuth scopes (Dwolla: default ManageCustomers;
            --scopes '' makes an application without any)
  APIs: ${serverApis.map((a) => a.definition.name).join(', ')}`,
  ...sandboxCommands.map(sandboxCommandUsage),
  ...apiCommands.map(apiCommandUsage),
].join('\n\n');

const COMMON = { db: { type: 'string' }, api: { type: 'string' }, json: { type: 'boolean', default: false } } as const;

function print(io: Io, values: Values, heading: string, result: Readonly<Record<string, unknown>>) {
  if (values.json) return io.out(JSON.stringify(result));
  io.out(heading);
  for (const [key, value] of Object.entries(result)) io.out(`  ${key}: ${value}`);
}

/** Runs `work` on the database `--db` names; an error the database explains is one line, any other refused input a usage mistake. */
async function withDatabase(io: Io, values: Values, work: (store: Store) => Promise<void>) {
  const db = databaseOption(values, io.env);
  const store = await openDatabase(db);
  try {
    await work(store).catch((error: Error) => {
      if (error instanceof UsageError) throw error;
      throw databaseProblem(error, db) ?? new UsageError(error.message);
    });
  } finally {
    await store.close();
  }
}

async function tenantCreate(io: Io, values: Values) {
  if (values.api === undefined) throw new UsageError('tenant create needs --api NAME');
  const api = serverApiNamed(String(values.api));
  if (!api) throw new UsageError(`unknown API "${values.api}"`);
  const scopes = values.scopes === undefined ? undefined : String(values.scopes).split(',').map((s) => s.trim()).filter(Boolean);
  await withDatabase(io, values, async (store) => {
    // Refused options (an invalid scope, scopes for an API without them) are usage mistakes.
    const created = await provision(api, store, { name: values.name ? String(values.name) : undefined, scopes, clock: await databaseClock(store) });
    const result = { api: api.definition.name, tenant_id: created.tenant.id, name: created.tenant.name, ...created.credentials };
    print(io, values, `created ${api.definition.name} tenant ${created.tenant.id} (${created.tenant.name})`, values.json ? result : created.credentials);
    if (!values.json) io.out(`  try: ${created.example(await exampleRoot(store, api.definition.name))}`);
  });
}

/** Where a server on this database last said it serves an API (the default port, when none has). */
async function exampleRoot(store: Store, api: string): Promise<string> {
  const serving = await servingOf(store);
  if (!serving) return `http://localhost:${DEFAULT_PORT}/${api}`;
  return serving.rootApi === api ? serving.origin : `${serving.origin}/${api}`;
}

/** A sandbox command (`tenant list`, `fault add`, …): the admin API's operation, run on the database directly. */
async function sandboxCommand(io: Io, command: SandboxCommand, values: Values) {
  await withDatabase(io, values, async (store) => {
    const emit = (value: unknown) => io.out(values.json ? JSON.stringify(value) : JSON.stringify(value, null, 2));
    const context = { store, providers: serverApis, clock: await databaseClock(store), values: values as CommandContext['values'], baseDir: invocationDir(io.env), emit };
    let result: unknown;
    try {
      result = await command.run(context);
    } catch (error) {
      // What the admin API would refuse (a 4xx) is a mistake in the command; anything else is reported as it is.
      const text = problemText(error);
      if (text === undefined) throw error;
      throw new UsageError(text);
    }
    if (result !== undefined) emit(result);
  });
}

/** An API's own command (`user create --api bank --tenant …`), on a tenant of that API. */
async function apiCommand(io: Io, api: ServerApi, command: Command, values: Values) {
  if (!values.tenant) throw new UsageError('--tenant is required (the tenant_id that `tenant create` printed)');
  const missing = Object.entries(command.options).filter(([name, option]) => option.required && values[name] === undefined);
  if (missing.length) throw new UsageError(`--${missing.map(([name]) => name).join(', --')} required`);
  await withDatabase(io, values, async (store) => {
    const tenant = await store.tenants.get(String(values.tenant));
    if (tenant?.api !== api.definition.name) throw new UsageError(`no ${api.definition.name} tenant ${values.tenant} in ${store.location}`);
    const strings = Object.fromEntries(Object.keys(command.options).map((name) => [name, values[name] === undefined ? undefined : String(values[name])]));
    const result = await command.run({ store, tenant, clock: await databaseClock(store) }, strings);
    // What it changed may be read with the tenant's credentials (a Ping++ public key): running
    // servers forget the credentials they found, at their next refresh of what instances share.
    await credentialsChanged(store);
    print(io, values, `${command.name}: done in tenant ${tenant.id}`, result);
  });
}

/** The `clientele` command, run with `argv` (without node and the script): its exit code. */
export function run(argv: readonly string[], io: Io = processIo): Promise<number> {
  return runCommand(io, USAGE, async () => {
    // The command is its first two words; which API's it is, `--api` says: only then are its own options known.
    const args = argv[0] === '--' ? argv.slice(1) : argv;
    const name = args.slice(0, 2).join(' ');
    const apiAt = args.findIndex((arg) => arg === '--api' || arg.startsWith('--api='));
    const apiName = apiAt === -1 ? undefined : args[apiAt]!.startsWith('--api=') ? args[apiAt]!.slice(6) : args[apiAt + 1];
    const named = apiCommands.filter(({ command }) => command.name === name);
    const own = named.find(({ api }) => apiName === undefined || api.definition.name === apiName);
    const sandbox = sandboxCommands.find((command) => command.name === name);
    // Options are known from the command, whichever API has it: a wrong --api is then named as such.
    const shape = own ?? named[0];
    const options = sandbox
      ? { db: COMMON.db, json: COMMON.json, ...Object.fromEntries(Object.entries(sandbox.options).map(([option, { switch: flag }]) => [option, { type: flag ? 'boolean' : 'string' }])) }
      : shape
        ? { ...COMMON, tenant: { type: 'string' }, ...Object.fromEntries(Object.keys(shape.command.options).map((option) => [option, { type: 'string' }])) }
        : { ...COMMON, name: { type: 'string' }, scopes: { type: 'string' } };
    const { values, positionals } = parseCommandLine(args, options as Parameters<typeof parseCommandLine>[1], { positionals: true });
    if (values.help) {
      io.out(USAGE);
      return 0;
    }
    const [command, extra] = [positionals.slice(0, 2).join(' '), positionals[2]];
    if (extra !== undefined) throw new UsageError(`unexpected argument "${extra}"`);
    if (command === 'tenant create') await tenantCreate(io, values);
    else if (sandbox) await sandboxCommand(io, sandbox, values);
    else if (!command) throw new UsageError('no command given');
    else if (!own) throw new UsageError(`unknown command "${command}"${named.length && apiName ? ` for --api ${apiName}` : ''}`);
    else if (apiName === undefined) throw new UsageError(`--api is required: ${named.map(({ api }) => api.definition.name).join(' or ')}`);
    else await apiCommand(io, own.api, own.command, values);
    return 0;
  });
}

if (isEntry(import.meta.url)) process.exitCode = await run(process.argv.slice(2));
