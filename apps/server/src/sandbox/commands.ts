import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { admin } from '@clientele/schemas/admin';
import type * as Admin from '@clientele/schemas/admin';
import type { Store } from '@clientele/store';
import { apiValidators } from '@clientele/validators';
import type { MovableClock } from '../platform/clock.ts';
import type { ServerApi } from '../platform/handlers.ts';
import { fail } from '../platform/problems.ts';
import { replaceAdminToken } from './admin-auth.ts';
import { advanceClock, durationMs, presentClock } from './clock.ts';
import { addCredential, revokeCredential, rotateCredential } from './credentials.ts';
import { collectionsOf } from '../platform/resources.ts';
import { exportTenants, importTenants, resetTenants } from './data.ts';
import { addRule, clearRules, presentRule, removeRule } from './faults.ts';
import { filtersOf, follow, listEntries } from './request-log.ts';
import { servedRoot, setCustomerStatus } from './customers.ts';
import { commandWorker, getTargets, listDeliveries, replayDelivery, setTargets } from './deliveries.ts';
import { deleteTenant, listTenants, showTenant, unknownApi } from './tenants.ts';

/** An option of a sandbox command: a value (`--tenant ID`) or a switch (`--all`). */
export interface CommandOption {
  readonly description: string;
  readonly switch?: boolean;
  /** Shown as required in the usage (the command refuses to run without it). */
  readonly required?: boolean;
}

export interface CommandContext {
  readonly store: Store;
  readonly providers: readonly ServerApi[];
  /** The system clock as far ahead as the database's servers run. */
  readonly clock: MovableClock;
  readonly values: Readonly<Record<string, string | boolean | undefined>>;
  /** Where relative file names are (where the command was typed). */
  readonly baseDir: string;
  /** Prints one entry as it comes (`requests tail`). */
  readonly emit: (value: unknown) => void;
}

/**
 * A `clientele` command for an admin API operation, running the same function on the database the
 * server uses: `clientele tenant list`, `clientele fault add --status 503`, … Answers what to print
 * (as JSON with `--json`); problems are thrown as the admin API's (`fail`).
 */
export interface SandboxCommand {
  readonly name: string;
  readonly summary: string;
  readonly options: Readonly<Record<string, CommandOption>>;
  run(context: CommandContext): Promise<unknown>;
}

const validators = apiValidators(admin);

/** A request body checked (and defaulted) by the admin API's own validators: the same refusals as over HTTP. */
function checked<T>(operationId: keyof typeof admin.routes, body: unknown): T {
  const result = validators[operationId]!.body!(body);
  if (!result.ok) return fail({ kind: 'validation', issues: result.issues });
  return result.value as T;
}

const text = (values: CommandContext['values'], name: string) => (typeof values[name] === 'string' ? (values[name] as string) : undefined);
const list = (value: string | undefined) => (value === undefined ? undefined : value.split(',').map((s) => s.trim()).filter(Boolean));

function required(values: CommandContext['values'], name: string): string {
  const value = text(values, name);
  if (value === undefined) return fail({ kind: 'validation', issues: [{ part: 'query', pointer: `/${name}`, field: `--${name}`, code: 'required', message: 'is required' }] });
  return value;
}

/** A number option, or the validation problem naming it. */
function integer(values: CommandContext['values'], name: string): number | undefined {
  const value = text(values, name);
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) return fail({ kind: 'validation', issues: [{ part: 'query', pointer: `/${name}`, field: `--${name}`, code: 'invalid', message: 'must be a whole number' }] });
  return Number(value);
}

const TENANT = { tenant: { description: 'the tenant id', required: true } };
const REQUEST_FILTERS: Record<string, CommandOption> = {
  api: { description: 'only requests to this API' },
  tenant: { description: 'only requests of this tenant' },
  status: { description: 'only this status (503) or class (5xx)' },
  operation: { description: 'only requests that reached this operation (its operationId)' },
  since: { description: 'only requests at or after this ISO time' },
  until: { description: 'only requests at or before this ISO time' },
};

/** The log's filters from the options, checked as the admin API checks its query. */
function requestFilters(values: CommandContext['values']) {
  const query = Object.fromEntries(Object.keys(REQUEST_FILTERS).flatMap((name) => (text(values, name) === undefined ? [] : [[name, text(values, name)]])));
  const result = validators.tailRequests!.query!(query);
  if (!result.ok) return fail({ kind: 'validation', issues: result.issues });
  return filtersOf(result.value as Parameters<typeof filtersOf>[0]);
}

/** `--latency 250ms` or `100-300ms` (or seconds) as a rule's bounds. */
function latencyOf(value: string | undefined): Pick<Admin.FaultRuleCreate, 'latency_ms' | 'latency_max_ms'> {
  if (value === undefined) return {};
  const match = /^(\d+)(?:-(\d+))?(ms|s)$/.exec(value);
  if (!match) return fail({ kind: 'validation', issues: [{ part: 'body', pointer: '/latency', field: '--latency', code: 'invalid', message: 'must be like 250ms, 2s or 100-300ms' }] });
  const scale = match[3] === 's' ? 1000 : 1;
  return { latency_ms: Number(match[1]) * scale, ...(match[2] === undefined ? {} : { latency_max_ms: Number(match[2]) * scale }) };
}

/** A number option as JSON would carry it, for the body validators to check (text that is not a number stays text). */
const numeric = (value: string | undefined) => (value === undefined ? undefined : /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value);
const defined = (object: Record<string, unknown>) => Object.fromEntries(Object.entries(object).filter(([, v]) => v !== undefined));

/** `--to verified`, `--to true`: JSON's booleans are the booleans of Balanced and the bank. */
const statusValue = (value: string) => (value === 'true' ? true : value === 'false' ? false : value);

export const sandboxCommands: readonly SandboxCommand[] = [
  {
    name: 'delivery list',
    summary: "Lists a tenant's deliveries of events (Dwolla webhooks, Balanced callbacks), newest first, with every attempt.",
    options: { ...TENANT, limit: { description: 'how many (default 50)' }, offset: { description: 'how many to skip' } },
    run: ({ store, values }) => listDeliveries(store, required(values, 'tenant'), { limit: integer(values, 'limit') ?? 50, offset: integer(values, 'offset') ?? 0 }),
  },
  {
    name: 'delivery replay',
    summary: 'Makes one more attempt of a delivery now, and prints it with its attempts.',
    options: { ...TENANT, delivery: { description: 'the delivery id', required: true } },
    run: ({ store, values, clock, providers }) => replayDelivery(store, commandWorker(store, clock, providers), required(values, 'tenant'), required(values, 'delivery'), clock),
  },
  {
    name: 'webhook targets',
    summary: 'Shows where deliveries may go; --set HOSTS_OR_PREFIXES (comma-separated) restricts them, --any lifts the restriction.',
    options: { set: { description: 'hosts and URL prefixes, comma-separated' }, any: { description: 'any URL a tenant registers', switch: true } },
    run: ({ store, values }) => {
      if (values.any) return setTargets(store, null);
      const set = list(text(values, 'set'));
      return set === undefined ? getTargets(store) : setTargets(store, checked<Admin.WebhookTargets>('setWebhookTargets', { targets: set }).targets);
    },
  },
  {
    name: 'customer status',
    summary: "Moves a customer to another status, as its API allows: Dwolla's status, Balanced's is_identity_verified, the bank's kyc_status.",
    options: {
      ...TENANT,
      customer: { description: 'the customer id', required: true },
      to: { description: 'the new value: verified, retry, document, suspended (Dwolla); true or false (Balanced, the bank)', required: true },
    },
    run: ({ store, values, providers, clock }) => {
      const body = checked<Admin.CustomerStatusChange>('setCustomerStatus', { status: statusValue(required(values, 'to')) });
      return setCustomerStatus(store, providers, { tenantId: required(values, 'tenant'), customerId: required(values, 'customer') }, body.status, clock, (api) => servedRoot(store, api));
    },
  },
  {
    name: 'tenant list',
    summary: 'Lists tenants (of one API), oldest first.',
    options: { api: { description: 'only tenants of this API' } },
    run: ({ store, values }) => listTenants(store, { api: text(values, 'api'), limit: 1_000_000, offset: 0 }),
  },
  {
    name: 'tenant show',
    summary: 'Shows a tenant: its credentials (never their secrets) and how many documents it holds.',
    options: TENANT,
    run: ({ store, values }) => showTenant(store, required(values, 'tenant')),
  },
  {
    name: 'tenant delete',
    summary: 'Deletes a tenant with its credentials and data.',
    options: TENANT,
    run: async ({ store, values }) => {
      await deleteTenant(store, required(values, 'tenant'));
      return { deleted: values.tenant };
    },
  },
  {
    name: 'credential add',
    summary: 'Adds a credential to a tenant: a copy of one it has (--like), or one of a --kind; prints its secret once.',
    options: {
      ...TENANT,
      like: { description: 'a credential of the tenant to copy (cred_…)' },
      kind: { description: 'its kind, without --like (api_key, secret_key, oauth_application, …)' },
      mode: { description: 'test or live, for APIs with modes' },
      scopes: { description: 'OAuth scopes, comma-separated' },
      subject: { description: 'the user it acts for, in APIs with users' },
      label: { description: 'the field to show its secret as' },
      'public-id': { description: 'the public half of a two-part credential (a client id)' },
      secret: { description: 'the secret to use (a known CI key); a new random one otherwise' },
    },
    run: ({ store, values }) => {
      const body = checked<Admin.CredentialCreate>(
        'addCredential',
        defined({ like: text(values, 'like'), kind: text(values, 'kind'), mode: text(values, 'mode'), scopes: list(text(values, 'scopes')), subject: text(values, 'subject'), label: text(values, 'label'), public_id: text(values, 'public-id'), secret: text(values, 'secret') }),
      );
      return addCredential(store, required(values, 'tenant'), body);
    },
  },
  {
    name: 'credential rotate',
    summary: 'Gives a credential a new secret of the same form; the old one stops working. Prints the new one once.',
    options: { ...TENANT, credential: { description: 'the credential id (cred_…)', required: true } },
    run: ({ store, values }) => rotateCredential(store, required(values, 'tenant'), required(values, 'credential')),
  },
  {
    name: 'credential revoke',
    summary: 'Revokes a credential: it stops working.',
    options: { ...TENANT, credential: { description: 'the credential id (cred_…)', required: true } },
    run: async ({ store, values }) => {
      await revokeCredential(store, required(values, 'tenant'), required(values, 'credential'));
      return { revoked: values.credential };
    },
  },
  {
    name: 'data reset',
    summary: 'Restores one tenant, the tenants of one API, or (--all) every tenant to its baseline (as created, seeded or imported).',
    options: { tenant: { description: 'this tenant' }, api: { description: 'every tenant of this API' }, all: { description: 'every tenant', switch: true } },
    run: async ({ store, values, providers }) => {
      const tenant = text(values, 'tenant');
      const api = text(values, 'api');
      if (tenant === undefined && api === undefined && !values.all) {
        return fail({ kind: 'validation', issues: [{ part: 'query', pointer: '/all', field: '--all', code: 'required', message: 'is required to reset every tenant (or name --tenant or --api)' }] });
      }
      if (api !== undefined && !providers.some((p) => p.definition.name === api)) unknownApi(providers, '--api');
      return { tenants: await resetTenants(store, { ...(tenant === undefined ? {} : { tenant }), ...(api === undefined ? {} : { api }) }, collectionsOf(providers)) };
    },
  },
  {
    name: 'data export',
    summary: 'Exports tenants (one, those of an API, or all) in the seed file format; to --out FILE, or printed.',
    options: { tenant: { description: 'only this tenant' }, api: { description: 'only tenants of this API' }, out: { description: 'write it to this file' } },
    run: async ({ store, values, baseDir }) => {
      const document = await exportTenants(store, defined({ tenant: text(values, 'tenant'), api: text(values, 'api') }));
      const out = text(values, 'out');
      if (out === undefined) return document;
      writeFileSync(resolve(baseDir, out), `${JSON.stringify(document, null, 2)}\n`);
      return { file: resolve(baseDir, out), tenants: document.tenants.length };
    },
  },
  {
    name: 'data import',
    summary: "Imports a sandbox document (an export or a seed file): missing tenants are created, each tenant's data replaced.",
    options: { file: { description: 'the document (JSON)', required: true } },
    run: async ({ store, values, baseDir, providers, clock }) => {
      const file = resolve(baseDir, required(values, 'file'));
      let parsed: unknown;
      try {
        parsed = JSON.parse(readFileSync(file, 'utf8'));
      } catch (error) {
        return fail({ kind: 'malformed', message: `${file}: ${(error as Error).message}` });
      }
      return importTenants(store, checked<Admin.SandboxDocument>('importData', parsed), { apis: providers.map((p) => p.definition.name), mode: 'replace', clock, collections: collectionsOf(providers) });
    },
  },
  {
    name: 'requests list',
    summary: 'Lists logged requests, newest first (secrets redacted).',
    options: { ...REQUEST_FILTERS, before: { description: 'only entries older than this id' }, limit: { description: 'how many (default 50)' } },
    run: ({ store, values }) => listEntries(store, { ...requestFilters(values), before: integer(values, 'before'), limit: integer(values, 'limit') ?? 50 }),
  },
  {
    name: 'requests tail',
    summary: 'Follows the request log: prints each request as any instance logs it (--count N: stop after N).',
    options: { ...REQUEST_FILTERS, count: { description: 'stop after this many' } },
    run: async ({ store, values, emit }) => {
      const count = integer(values, 'count');
      let seen = 0;
      await follow(store, requestFilters(values), {
        pollMs: 250,
        following: () => count === undefined || seen < count,
        emit: (entry) => {
          seen++;
          emit(entry);
        },
      });
      return undefined;
    },
  },
  {
    name: 'requests clear',
    summary: 'Empties the request log.',
    options: {},
    run: async ({ store }) => {
      await store.sandbox.requests.clear();
      return { cleared: true };
    },
  },
  {
    name: 'fault list',
    summary: 'Lists the fault rules, in the order they are tried.',
    options: {},
    run: async ({ store }) => ({ items: (await store.sandbox.faults.list()).map(presentRule) }),
  },
  {
    name: 'fault add',
    summary: 'Adds a fault rule: matching requests get a status (in the API envelope), a latency, a dropped connection.',
    options: {
      api: { description: 'only requests to this API' },
      operation: { description: 'only requests reaching this operation' },
      tenant: { description: 'only requests of this tenant' },
      method: { description: 'only requests with this verb' },
      status: { description: '429, 500 or 503' },
      'retry-after': { description: 'seconds, sent as Retry-After (with 429 or 503)' },
      latency: { description: 'a wait: 250ms, 2s, or a range 100-300ms' },
      drop: { description: 'reset the connection', switch: true },
      probability: { description: 'fail this share of matching requests (0–1]' },
      count: { description: 'fail only the next N matching requests' },
    },
    run: ({ store, values, clock }) => {
      const match = defined({ api: text(values, 'api'), operation: text(values, 'operation'), tenant: text(values, 'tenant'), method: text(values, 'method')?.toUpperCase() });
      const body = checked<Admin.FaultRuleCreate>(
        'addFault',
        defined({
          match: Object.keys(match).length ? match : undefined,
          status: numeric(text(values, 'status')),
          retry_after: numeric(text(values, 'retry-after')),
          ...latencyOf(text(values, 'latency')),
          drop: values.drop ? true : undefined,
          probability: numeric(text(values, 'probability')),
          count: numeric(text(values, 'count')),
        }),
      );
      return addRule(store, clock, body);
    },
  },
  {
    name: 'fault remove',
    summary: 'Removes a fault rule.',
    options: { id: { description: 'the rule id (fault_…)', required: true } },
    run: async ({ store, values }) => {
      await removeRule(store, required(values, 'id'));
      return { removed: values.id };
    },
  },
  {
    name: 'fault clear',
    summary: 'Removes every fault rule.',
    options: {},
    run: async ({ store }) => {
      await clearRules(store);
      return { cleared: true };
    },
  },
  {
    name: 'clock show',
    summary: 'Shows the time the APIs see.',
    options: {},
    run: async ({ clock }) => presentClock(clock),
  },
  {
    name: 'clock advance',
    summary: 'Moves the clock of every server on the database forward (--by 25h, 90s, 1d12h, or milliseconds).',
    options: { by: { description: 'how far: 90s, 25h, 1d12h, or milliseconds', required: true } },
    run: ({ store, values, clock }) => {
      const body = checked<Admin.ClockAdvance>('advanceClock', { advance: numeric(required(values, 'by')) });
      return advanceClock(store, clock, durationMs(body.advance));
    },
  },
  {
    name: 'admin token',
    summary: 'Makes a new admin token for the servers on the database (the old one stops working); prints it once.',
    options: {},
    run: async ({ store }) => ({ admin_token: await replaceAdminToken(store) }),
  },
];
