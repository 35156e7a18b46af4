import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { openStore, type Store } from '@clientele/store';
import { serverApiNamed, serverApis } from './apis/index.ts';
import { DEFAULT_PORT, invocationDir, parseCommandLine } from './config.ts';
import type { ServerApi } from './platform/handlers.ts';

const names = (apis: readonly ServerApi[]) => apis.map((a) => a.definition.name).join(', ');

const USAGE = `clientele tenant create --api NAME [--name TEXT] [--scopes A,B] [--json] [--db URL]
  Creates a tenant (a Balanced marketplace, a Dwolla account, a Ping++ account, …) in the database
  and prints its credentials. Safe while the server runs on the same database.
  --scopes  for APIs whose credentials carry OAuth scopes (Dwolla: default ManageCustomers;
            --scopes '' makes an application without any)
  APIs: ${names(serverApis)}
clientele tenant public-key --api NAME --tenant ID --file PEM [--db URL]
  Registers (or replaces) the RSA public key a tenant signs its requests with; from then on every
  request of the tenant must be signed with its private key.
  APIs: ${names(serverApis.filter((a) => a.registerPublicKey))}`;

const { values, positionals } = parseCommandLine(process.argv.slice(2), {
  api: { type: 'string' },
  name: { type: 'string' },
  scopes: { type: 'string' },
  json: { type: 'boolean', default: false },
  tenant: { type: 'string' },
  file: { type: 'string' },
});

const command = positionals.join(' ');
if (values.help || !['tenant create', 'tenant public-key'].includes(command) || !values.api) {
  console.error(USAGE);
  process.exit(values.help ? 0 : 2);
}
const api = serverApiNamed(String(values.api));
if (!api) {
  console.error(`unknown API "${values.api}"\n\n${USAGE}`);
  process.exit(2);
}

const store = await openStore(String(values.db), invocationDir());
try {
  await store.migrate();
  if (command === 'tenant public-key') await registerPublicKey(store, api);
  else await createTenant(store, api);
} finally {
  await store.close();
}

/** Refused options or input (an invalid scope, scopes for an API without them, a bad key): the reason and the usage, exit code 2. */
function refused(error: Error): undefined {
  console.error(`${error.message}\n\n${USAGE}`);
  process.exitCode = 2;
  return undefined;
}

async function createTenant(store: Store, api: ServerApi) {
  const scopes = values.scopes === undefined ? undefined : String(values.scopes).split(',').map((s) => s.trim()).filter(Boolean);
  const created = await api.provisionTenant(store, { name: values.name ? String(values.name) : undefined, scopes }).catch(refused);
  if (!created) return;
  const result = { api: api.definition.name, tenant_id: created.tenant.id, name: created.tenant.name, ...created.credentials };
  if (values.json) console.log(JSON.stringify(result));
  else {
    console.log(`created ${api.definition.name} tenant ${created.tenant.id} (${created.tenant.name})`);
    for (const [key, value] of Object.entries(created.credentials)) console.log(`  ${key}: ${value}`);
    console.log(`  try: ${created.example(`http://localhost:${DEFAULT_PORT}/${api.definition.name}`)}`);
  }
}

async function registerPublicKey(store: Store, api: ServerApi) {
  if (!api.registerPublicKey) return refused(new Error(`${api.definition.name} takes no public keys`));
  if (!values.tenant || !values.file) return refused(new Error('tenant public-key needs --tenant and --file'));
  let pem: string;
  try {
    pem = readFileSync(resolve(invocationDir(), String(values.file)), 'utf8');
  } catch (error) {
    return refused(error as Error);
  }
  const registered = await api.registerPublicKey(store, String(values.tenant), pem).then(() => true, refused);
  if (registered) console.log(`registered the public key of ${api.definition.name} tenant ${values.tenant}: its requests must now be signed`);
}
