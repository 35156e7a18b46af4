import { defineApi } from '../shared/index.ts';
import { module } from './resources.ts';
import { JSON_TYPES, routes } from './routes.ts';

/** Where the admin API is mounted on every port clientele serves (beside the APIs, or beside one API at the root). */
export const ADMIN_PREFIX = '/_clientele';

export const admin = defineApi({
  name: 'admin',
  title: 'clientele sandbox controls (admin API)',
  version: '1.0.0',
  description: [
    "clientele's own API for making tests of your code deterministic: tenants and their credentials, resetting, exporting and",
    'importing data (the seed file format), the request log, fault injection, a movable clock, customer statuses moved as',
    'the provider would move them, and the deliveries of events to the URLs tenants registered (every attempt, replays,',
    'where deliveries may go). It is served under',
    '`/_clientele/` on every port clientele serves, and every operation is also a `clientele` command.',
    '',
    'Authenticate with `Authorization: Bearer <admin token>`: the token given with `--admin-token` (or',
    '`CLIENTELE_ADMIN_TOKEN`), or else the one generated and printed at the first start on the database (stored hashed;',
    '`clientele admin token` makes another). Without `--admin-token` the admin API answers only clients on the same',
    'machine (loopback addresses). Errors are RFC 9457 problems.',
    '',
    'Seed files, exports and imports share one format, published as a JSON Schema beside this document',
    '(`seed.schema.json`). Credentials travel as `secret` (in clear, a seed file) or `secret_sha256` (an export: only',
    'hashes are stored). Documents are in their stored form, by collection.',
  ].join('\n'),
  servers: [{ url: `http://localhost:4010${ADMIN_PREFIX}`, description: 'clientele, beside the APIs' }],
  securitySchemes: {
    adminToken: {
      type: 'http',
      scheme: 'bearer',
      description: 'The admin token: `--admin-token`, `CLIENTELE_ADMIN_TOKEN`, or the one printed at the first start.',
    },
  },
  tags: {
    Tenants: 'Tenants of every API, created and deleted.',
    Credentials: 'Credentials of a tenant: added, rotated and revoked. Secrets are shown once and stored hashed.',
    Data: 'Resetting a tenant to its baseline; exporting and importing tenants (the seed file format).',
    Requests: 'The latest requests to the APIs, secrets redacted, listed or followed live.',
    Faults: 'Rules that make matching requests fail (a status, a latency, a dropped connection).',
    Clock: 'The time the APIs see, moved forward without waiting.',
    Deliveries: 'Events delivered to the endpoints tenants registered: every attempt, replays, and where deliveries may go.',
    Customers: 'Customers of a tenant moved to another status, as the provider would move them.',
  },
  jsonSchemas: { seed: 'SandboxDocument' },
  module,
  routes,
  errorResponses: {
    body: { schema: 'Error', contentTypes: JSON_TYPES },
    descriptions: {
      400: '`validation`: a field of the request is wrong (`errors` names each), or the body is not JSON.',
      401: '`unauthorized`: no admin token, or not this server’s (`Authorization: Bearer <admin token>`).',
      403: '`forbidden`: without `--admin-token`, the admin API answers only clients on this machine (loopback, not relayed by a proxy: `Forwarded` or `X-Forwarded-*` headers make a request remote unless `--trust-proxy` is given and `X-Forwarded-For` names a loopback client).',
      404: '`not_found`: no such tenant, credential or fault rule.',
      409: '`conflict`: the request contradicts what is stored (a tenant id taken by another API, a credential that cannot be rotated).',
      413: '`payload_too_large`: the body is larger than the server accepts.',
      415: '`unsupported_media_type`: send `application/json`.',
    },
    // Any operation may be refused to a client beyond loopback.
    also: { every: [403] },
  },
});

export { EVENT_STREAM } from './routes.ts';
export type * from './resources.ts';

export default admin;
