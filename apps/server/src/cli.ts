import { openStore } from '@clientele/store';
import { serverApiNamed, serverApis } from './apis/index.ts';
import { DEFAULT_PORT, invocationDir, parseCommandLine } from './config.ts';

const USAGE = `clientele tenant create --api NAME [--name TEXT] [--scopes A,B] [--json] [--db URL]
  Creates a tenant (a Balanced marketplace, a Dwolla account, …) in the database and prints its
  credentials. Safe while the server runs on the same database.
  --scopes  for APIs whose credentials carry OAuth scopes (Dwolla: default ManageCustomers;
            --scopes '' makes an application without any)
  APIs: ${serverApis.map((a) => a.definition.name).join(', ')}`;

const { values, positionals } = parseCommandLine(process.argv.slice(2), {
  api: { type: 'string' },
  name: { type: 'string' },
  scopes: { type: 'string' },
  json: { type: 'boolean', default: false },
});

if (values.help || positionals.join(' ') !== 'tenant create' || !values.api) {
  console.error(USAGE);
  process.exit(values.help ? 0 : 2);
}
const api = serverApiNamed(String(values.api));
if (!api) {
  console.error(`unknown API "${values.api}"\n\n${USAGE}`);
  process.exit(2);
}

const scopes = values.scopes === undefined ? undefined : String(values.scopes).split(',').map((s) => s.trim()).filter(Boolean);
const store = await openStore(String(values.db), invocationDir());
try {
  await store.migrate();
  const created = await api.provisionTenant(store, { name: values.name ? String(values.name) : undefined, scopes }).catch((error: Error) => {
    // Refused options (an invalid scope, scopes for an API without them): usage, exit code 2.
    console.error(`${error.message}\n\n${USAGE}`);
    process.exitCode = 2;
    return undefined;
  });
  if (created) {
    const result = { api: api.definition.name, tenant_id: created.tenant.id, name: created.tenant.name, ...created.credentials };
    if (values.json) console.log(JSON.stringify(result));
    else {
      console.log(`created ${api.definition.name} tenant ${created.tenant.id} (${created.tenant.name})`);
      for (const [key, value] of Object.entries(created.credentials)) console.log(`  ${key}: ${value}`);
      console.log(`  try: ${created.example(`http://localhost:${DEFAULT_PORT}/${api.definition.name}`)}`);
    }
  }
} finally {
  await store.close();
}
