import { openStore, type Store } from '@clientele/store';
import { serverApiNamed, serverApis } from './apis/index.ts';
import { DEFAULT_PORT, invocationDir, parseCommandLine } from './config.ts';
import { systemClock } from './platform/clock.ts';
import type { Command, ServerApi } from './platform/handlers.ts';

const apiCommands = serverApis.flatMap((api) => (api.commands ?? []).map((command) => ({ api, command })));

const USAGE = `clientele tenant create --api NAME [--name TEXT] [--scopes A,B] [--json] [--db URL]
  Creates a tenant (a Balanced marketplace, a Dwolla account, a bank sandbox, …) in the database and
  prints its credentials. Safe while the server runs on the same database.
  --scopes  for APIs whose credentials carry OAuth scopes (Dwolla: default ManageCustomers;
            --scopes '' makes an application without any)
  APIs: ${serverApis.map((a) => a.definition.name).join(', ')}
${apiCommands
  .map(
    ({ api, command }) =>
      `\nclientele ${command.name} --api ${api.definition.name} --tenant ID${Object.entries(command.options)
        .map(([name, option]) => (option.required ? ` --${name} …` : ` [--${name} …]`))
        .join('')} [--json] [--db URL]\n  ${command.summary}\n${Object.entries(command.options)
        .map(([name, option]) => `  --${name}  ${option.description}`)
        .join('\n')}`,
  )
  .join('\n')}`;

const fail = (message: string, code = 2): never => {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(code);
};

function print(values: Record<string, string | boolean | undefined>, heading: string, result: Readonly<Record<string, unknown>>) {
  if (values.json) return console.log(JSON.stringify(result));
  console.log(heading);
  for (const [key, value] of Object.entries(result)) console.log(`  ${key}: ${value}`);
}

async function withStore(db: string, work: (store: Store) => Promise<void>) {
  const store = await openStore(db, invocationDir());
  try {
    await store.migrate();
    await work(store);
  } finally {
    await store.close();
  }
}

async function tenantCreate(argv: string[]) {
  const { values } = parseCommandLine(argv, {
    api: { type: 'string' },
    name: { type: 'string' },
    scopes: { type: 'string' },
    json: { type: 'boolean', default: false },
  });
  if (values.help) return console.log(USAGE);
  const api = values.api ? serverApiNamed(String(values.api)) : undefined;
  if (!api) return fail(values.api ? `unknown API "${values.api}"` : '--api is required');
  const scopes = values.scopes === undefined ? undefined : String(values.scopes).split(',').map((s) => s.trim()).filter(Boolean);
  await withStore(String(values.db), async (store) => {
    const created = await api.provisionTenant(store, { name: values.name ? String(values.name) : undefined, scopes }).catch((error: Error) => {
      // Refused options (an invalid scope, scopes for an API without them): usage, exit code 2.
      console.error(`${error.message}\n\n${USAGE}`);
      process.exitCode = 2;
      return undefined;
    });
    if (!created) return;
    const result = { api: api.definition.name, tenant_id: created.tenant.id, name: created.tenant.name, ...created.credentials };
    print(values, `created ${api.definition.name} tenant ${created.tenant.id} (${created.tenant.name})`, values.json ? result : created.credentials);
    if (!values.json) console.log(`  try: ${created.example(`http://localhost:${DEFAULT_PORT}/${api.definition.name}`)}`);
  });
}

/** An API's own command (`user create --api bank --tenant …`), on a tenant of that API. */
async function apiCommand(api: ServerApi, command: Command, argv: string[]) {
  const options = Object.fromEntries(Object.keys(command.options).map((name) => [name, { type: 'string' as const }]));
  const { values } = parseCommandLine(argv, { ...options, api: { type: 'string' }, tenant: { type: 'string' }, json: { type: 'boolean', default: false } });
  if (values.help) return console.log(USAGE);
  if (!values.tenant) return fail('--tenant is required (the tenant_id that `tenant create` printed)');
  const missing = Object.entries(command.options).filter(([name, option]) => option.required && values[name] === undefined);
  if (missing.length) return fail(`--${missing.map(([name]) => name).join(', --')} required`);
  await withStore(String(values.db), async (store) => {
    const tenant = await store.tenants.get(String(values.tenant));
    if (tenant?.api !== api.definition.name) return fail(`no ${api.definition.name} tenant ${values.tenant} in ${store.location}`);
    const strings = Object.fromEntries(Object.keys(command.options).map((name) => [name, values[name] === undefined ? undefined : String(values[name])]));
    const result = await command.run({ store, tenant, clock: systemClock }, strings).catch((error: Error) => fail(error.message));
    print(values, `${command.name}: done in tenant ${tenant.id}`, result);
  });
}

const args = process.argv.slice(2);
// The command is its first two words; which API's it is, `--api` says (read before the command's own options are known).
const name = args.slice(0, 2).join(' ');
const apiFlag = args.findIndex((arg) => arg === '--api' || arg.startsWith('--api='));
const apiName = apiFlag === -1 ? undefined : args[apiFlag]!.startsWith('--api=') ? args[apiFlag]!.slice(6) : args[apiFlag + 1];
if (name === 'tenant create') await tenantCreate(args);
else if (args.includes('--help') || args.includes('-h') || !args.length) console.log(USAGE);
else {
  const matches = apiCommands.filter(({ command, api }) => command.name === name && (apiName === undefined || api.definition.name === apiName));
  if (!matches.length) fail(`unknown command "${name}"${apiName ? ` for --api ${apiName}` : ''}`);
  else if (apiName === undefined) fail(`--api is required: ${matches.map(({ api }) => api.definition.name).join(' or ')}`);
  else await apiCommand(matches[0]!.api, matches[0]!.command, args);
}
