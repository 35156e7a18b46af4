import { Type } from '@sinclair/typebox';
import { Nullable, type Infer } from '../shared/index.ts';

const dateTime = (description: string) => Type.String({ format: 'date-time', description });
const name = (description: string) => Type.String({ minLength: 1, maxLength: 200, description });
const strings = (description: string) => Type.Record(Type.String(), Type.String(), { description });

/** An id as tenants, credentials and documents have them: printable, no slash (it travels in paths). */
const ID = '^[^/\\s]{1,200}$';
const id = (description: string) => Type.String({ pattern: ID, description });

/** A document's creation time as exports write it: ISO 8601 with microseconds. */
const MICROS = 'ISO 8601 with microseconds (`2026-01-01T00:00:00.000000Z`): the order documents were created in.';

const definitions = {
  Error: Type.Object(
    {
      type: Type.String({ description: 'What kind of problem: `urn:clientele:problem:<kind>` (`validation`, `not_found`, `unauthorized`, …).' }),
      title: Type.String({ description: 'The kind in words.' }),
      status: Type.Integer({ minimum: 400, maximum: 599 }),
      detail: Type.String({ description: 'What went wrong, naming the field where one is at fault.' }),
      errors: Type.Optional(
        Type.Array(
          Type.Object(
            { field: Type.String({ description: 'Dotted path of the field (`tenants.0.api`).' }), message: Type.String() },
            { additionalProperties: false },
          ),
          { description: 'Each field at fault.' },
        ),
      ),
    },
    { additionalProperties: false, description: 'An RFC 9457 problem: every error of the admin API.' },
  ),

  Credential: Type.Object(
    {
      id: Type.String({ description: 'Names the credential in rotations and revocations; never its secret.' }),
      kind: Type.String({ description: 'What the API takes it as (`api_key`, `secret_key`, `oauth_application`, `user_login`, `oauth_access_token`, …).' }),
      label: Nullable(Type.String(), { description: 'The field its secret was shown as when it was made (`api_key_secret`, `client_secret`).' }),
      public_id: Nullable(Type.String(), { description: 'The public half of a two-part credential (an OAuth client id, a user id); null for plain keys.' }),
      public_label: Nullable(Type.String(), { description: 'The field the public half was shown as (`client_id`, `user_id`).' }),
      hint: Nullable(Type.String(), { description: 'Enough of the secret to tell it apart (`oc_test_skey_…Wq3Z`); null where it was imported by hash.' }),
      mode: Nullable(Type.String(), { description: '`test` or `live` where the API has modes.' }),
      scopes: Type.Array(Type.String()),
      subject: Nullable(Type.String(), { description: 'The user it acts for, in APIs with users.' }),
      expires_at: Nullable(dateTime('When it stops working; null for credentials that do not expire.')),
      created_at: dateTime('When it was stored.'),
      rotatable: Type.Boolean({ description: 'False for tokens the API issues (access tokens, codes, refresh tokens): revoke those and ask the API for new ones.' }),
    },
    { additionalProperties: false, description: 'A credential of a tenant. Only its hash is stored: its secret is never shown again.' },
  ),
  CredentialCreate: Type.Object(
    {
      like: Type.Optional(id('A credential of the tenant to copy (kind, mode, scopes, subject and the form of its secret).')),
      kind: Type.Optional(name('Its kind, where `like` names none.')),
      mode: Type.Optional(Nullable(Type.String({ minLength: 1, maxLength: 20 }))),
      scopes: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 100 }), { maxItems: 50 })),
      subject: Type.Optional(Nullable(id('The user it acts for.'))),
      label: Type.Optional(name('The field to show its secret as.')),
      public_id: Type.Optional(Type.String({ pattern: '^[^:\\s]{1,200}$', description: 'The public half, for a two-part credential; a new one of the same form when copying one.' })),
      secret: Type.Optional(Type.String({ minLength: 8, maxLength: 500, description: 'The secret to use (a known CI key); a new random one of the right form when absent.' })),
    },
    { additionalProperties: false, description: 'A new credential: a copy of an existing one (`like`), or one of the `kind` given.' },
  ),
  NewCredential: Type.Object(
    {
      credential: Type.Ref('Credential'),
      secrets: strings('The secret (and the public half of a two-part credential) by the fields they are shown as. Shown this once.'),
    },
    { additionalProperties: false },
  ),

  Tenant: Type.Object(
    {
      id: Type.String(),
      api: Type.String(),
      name: Type.String(),
      created_at: dateTime('When it was created.'),
    },
    { additionalProperties: false },
  ),
  TenantList: Type.Object(
    { items: Type.Array(Type.Ref('Tenant')), total: Type.Integer({ minimum: 0 }) },
    { additionalProperties: false, description: 'Tenants, oldest first.' },
  ),
  TenantDetail: Type.Object(
    {
      id: Type.String(),
      api: Type.String(),
      name: Type.String(),
      created_at: dateTime('When it was created.'),
      meta: Type.Record(Type.String(), Type.Unknown(), { description: 'What the API keeps about the tenant (the bank sandbox’s first bank).' }),
      credentials: Type.Array(Type.Ref('Credential')),
      documents: Type.Record(Type.String(), Type.Integer({ minimum: 0 }), { description: 'How many live documents each collection holds.' }),
      baseline: Type.Integer({ minimum: 0, description: 'How many documents a reset restores.' }),
    },
    { additionalProperties: false },
  ),
  TenantCreate: Type.Object(
    {
      api: name('Which API (`balanced`, `dwolla`, `bank`, `octobat`, `pingpp`).'),
      name: Type.Optional(name('A name (the API’s default otherwise).')),
      scopes: Type.Optional(Type.Array(Type.String({ maxLength: 100 }), { maxItems: 50, description: 'For APIs whose credentials carry OAuth scopes.' })),
    },
    { additionalProperties: false },
  ),
  ProvisionedTenant: Type.Object(
    {
      api: Type.String(),
      tenant_id: Type.String(),
      name: Type.String(),
      credentials: strings('Its secrets, shown this once: only their hashes are stored.'),
      example: Type.String({ description: 'A ready curl line against this server.' }),
    },
    { additionalProperties: false },
  ),

  ResetRequest: Type.Object(
    {
      api: Type.Optional(name('Reset every tenant of this API.')),
      tenant: Type.Optional(id('Reset this tenant.')),
    },
    { additionalProperties: false, description: 'One tenant, one API, or (empty) every tenant.' },
  ),
  ResetResult: Type.Object({ tenants: Type.Array(Type.String(), { description: 'The tenants reset.' }) }, { additionalProperties: false }),

  SeedCredential: Type.Object(
    {
      id: Type.Optional(id('Its public id (a new one when absent).')),
      kind: name('What the API takes it as: `api_key` (Balanced), `oauth_application` (Dwolla, the bank), `secret_key` (Octobat, Ping++), `user_login` (the bank), …'),
      label: Type.Optional(Nullable(Type.String({ maxLength: 200 }))),
      public_id: Type.Optional(
        Nullable(Type.String({ pattern: '^[^:\\s]{1,200}$', description: 'The public half of a two-part credential: an OAuth client id (with `secret` its secret), a user id (with `secret` the password).' })),
      ),
      public_label: Type.Optional(Nullable(Type.String({ maxLength: 200 }))),
      secret: Type.Optional(Type.String({ minLength: 8, maxLength: 500, description: 'The secret in clear (a seed file): stored hashed.' })),
      secret_sha256: Type.Optional(Type.String({ pattern: '^[0-9a-f]{64}$', description: 'The stored hash (an export): SHA-256 of the secret (of `public_id:secret` for two-part ones), hex.' })),
      secret_length: Type.Optional(
        Nullable(
          Type.Integer({
            minimum: 8,
            maximum: 701,
            description:
              'With `secret_sha256` (an export): how many characters what was hashed has. Not secret: the request log hashes only strings of the lengths secrets have, and every string while a credential\'s length is not known. Ignored beside `secret`.',
          }),
        ),
      ),
      hint: Type.Optional(Nullable(Type.String({ maxLength: 200 }))),
      mode: Type.Optional(Nullable(Type.String({ minLength: 1, maxLength: 20, description: '`test` or `live`, for APIs with modes.' }))),
      scopes: Type.Optional(Type.Array(Type.String({ maxLength: 100 }), { maxItems: 50 })),
      subject: Type.Optional(Nullable(id('The user it acts for, in APIs with users.'))),
      expires_at: Type.Optional(Nullable(dateTime('When it stops working.'))),
    },
    { additionalProperties: false, description: 'A credential: `secret` (seed files) or `secret_sha256` (exports), one of the two.' },
  ),
  SeedDocument: Type.Object(
    {
      collection: Type.String({ pattern: '^[a-z0-9_]+\\.[a-z0-9_]+$', description: 'Where it is stored: `<api>.<resource>` (`balanced.customers`).' }),
      mode: Type.Optional(Type.String({ minLength: 1, maxLength: 20, description: '`test` or `live`, for APIs with modes.' })),
      parent: Type.Optional(id('The document it belongs to, for children (a customer’s cards, a bank’s customers).')),
      id: id('Its id, as the API shows it.'),
      created: Type.Optional(dateTime(`${MICROS} Now, when absent.`)),
      data: Type.Record(Type.String(), Type.Unknown(), { description: 'The document as stored: export a tenant to see each collection’s form.' }),
    },
    { additionalProperties: false },
  ),
  SeedTenant: Type.Object(
    {
      api: name('Which API it is a tenant of.'),
      id: id('Its id (a Balanced marketplace, a Dwolla account, an Octobat or Ping++ account, a bank sandbox).'),
      name: Type.Optional(name('A name.')),
      meta: Type.Optional(Type.Record(Type.String(), Type.Unknown(), { description: 'What the API keeps about the tenant.' })),
      credentials: Type.Optional(Type.Array(Type.Ref('SeedCredential'), { maxItems: 1000 })),
      documents: Type.Optional(Type.Array(Type.Ref('SeedDocument'), { maxItems: 100000 })),
    },
    { additionalProperties: false },
  ),
  SandboxDocument: Type.Object(
    {
      $schema: Type.Optional(Type.String({ description: 'Where editors find this schema.' })),
      format: Type.Literal('clientele-sandbox/1', { description: 'The version of this format.' }),
      tenants: Type.Array(Type.Ref('SeedTenant'), { maxItems: 10000 }),
    },
    {
      additionalProperties: false,
      description: 'Tenants with their credentials and documents: a seed file (`pnpm start --seed FILE`), an export, an import.',
    },
  ),
  ImportResult: Type.Object(
    {
      tenants: Type.Array(
        Type.Object(
          {
            id: Type.String(),
            api: Type.String(),
            created: Type.Boolean({ description: 'Whether the tenant was new.' }),
            credentials_added: Type.Integer({ minimum: 0 }),
            documents: Type.Integer({ minimum: 0, description: 'How many documents the tenant holds now.' }),
          },
          { additionalProperties: false },
        ),
      ),
    },
    { additionalProperties: false },
  ),

  RequestLogEntry: Type.Object(
    {
      id: Type.Integer({ description: 'Increasing: newer entries have higher ids.' }),
      time: dateTime('When the request arrived.'),
      instance: Type.String({ description: 'Which server instance answered (host, process and app).' }),
      api: Type.String(),
      tenant: Nullable(Type.String(), { description: 'The tenant its credentials named; null when they named none.' }),
      operation: Nullable(Type.String(), { description: 'The operation it reached; null for unknown paths and verbs.' }),
      method: Type.String(),
      path: Type.String({ description: 'Path and query string, as sent.' }),
      status: Type.Integer({ description: 'The status answered; 0 when the connection was dropped by a fault.' }),
      duration_ms: Type.Number({ minimum: 0 }),
      fault: Nullable(Type.String(), { description: 'The fault injected into it, if any (`status=503`, `latency=250ms`, `drop`).' }),
      request: Type.Ref('LoggedMessage'),
      response: Type.Ref('LoggedMessage'),
    },
    { additionalProperties: false, description: 'One request and its answer; secrets (keys, tokens, passwords, signatures) are redacted.' },
  ),
  LoggedMessage: Type.Object(
    {
      headers: strings('Headers, lowercased; credentials redacted.'),
      body: Type.Unknown({ description: 'JSON and form bodies as parsed values, other text as a string, null when empty; secrets redacted.' }),
    },
    { additionalProperties: false },
  ),
  RequestLogPage: Type.Object(
    {
      items: Type.Array(Type.Ref('RequestLogEntry')),
      next_before: Nullable(Type.Integer(), { description: 'Pass as `before` for the page of older entries; null at the oldest.' }),
    },
    { additionalProperties: false, description: 'Newest first.' },
  ),

  FaultMatch: Type.Object(
    {
      api: Type.Optional(name('Only requests to this API.')),
      operation: Type.Optional(name('Only requests reaching this operation (its operationId).')),
      tenant: Type.Optional(id('Only requests of this tenant.')),
      method: Type.Optional(Type.Union(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'].map((m) => Type.Literal(m)), { description: 'Only requests with this verb.' })),
    },
    { additionalProperties: false, description: 'Which requests: every one, unless narrowed.' },
  ),
  FaultRuleCreate: Type.Object(
    {
      match: Type.Optional(Type.Ref('FaultMatch')),
      status: Type.Optional(
        Type.Union([Type.Literal(429), Type.Literal(500), Type.Literal(503)], {
          description: 'Answer this instead, in the API’s own error envelope: 429 (rate limited), 500 (server error) or 503 (unavailable).',
        }),
      ),
      retry_after: Type.Optional(Type.Integer({ minimum: 0, maximum: 86400, description: 'Seconds, sent as `Retry-After` with the status.' })),
      latency_ms: Type.Optional(Type.Integer({ minimum: 0, maximum: 60000, description: 'Wait this long before answering.' })),
      latency_max_ms: Type.Optional(Type.Integer({ minimum: 0, maximum: 60000, description: 'With `latency_ms`: wait a random time between the two.' })),
      drop: Type.Optional(Type.Boolean({ description: 'Reset the connection instead of answering.' })),
      probability: Type.Optional(Type.Number({ exclusiveMinimum: 0, maximum: 1, description: 'Fail this share of matching requests (default all).' })),
      count: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000000, description: 'Fail only the next this many matching requests, across every instance.' })),
    },
    { additionalProperties: false, description: 'A fault for matching requests: a status, a latency, a dropped connection, or several.' },
  ),
  FaultRule: Type.Object(
    {
      id: Type.String(),
      match: Type.Ref('FaultMatch'),
      status: Nullable(Type.Integer()),
      retry_after: Nullable(Type.Integer()),
      latency_ms: Nullable(Type.Integer()),
      latency_max_ms: Nullable(Type.Integer()),
      drop: Type.Boolean(),
      probability: Nullable(Type.Number()),
      count: Nullable(Type.Integer()),
      remaining: Nullable(Type.Integer({ description: 'Requests it still fails, for a rule with a count.' })),
      created_at: dateTime('When it was added.'),
    },
    { additionalProperties: false },
  ),
  FaultRuleList: Type.Object({ items: Type.Array(Type.Ref('FaultRule')) }, { additionalProperties: false, description: 'In the order they are tried.' }),

  Clock: Type.Object(
    {
      now: dateTime('The time the APIs see now.'),
      offset_ms: Type.Integer({ minimum: 0, description: 'How far it is ahead of the real time.' }),
    },
    { additionalProperties: false },
  ),
  ClockAdvance: Type.Object(
    {
      advance: Type.Union([Type.Integer({ minimum: 0, maximum: 3155760000000 }), Type.String({ pattern: '^([0-9]+(ms|s|m|h|d))+$' })], {
        description: 'How far to move it forward: milliseconds, or a duration such as `90s`, `25h`, `1d12h`.',
      }),
    },
    { additionalProperties: false, description: 'The clock only moves forward: creation times stay in order.' },
  ),

  CustomerStatusChange: Type.Object(
    {
      status: Type.Union([Type.String({ maxLength: 50 }), Type.Boolean()], {
        description:
          'The value to move the customer to: Dwolla’s `status` (`verified`, `retry`, `document`, `suspended`), Balanced’s `is_identity_verified` or the bank’s `kyc_status` (true or false).',
      }),
    },
    { additionalProperties: false },
  ),
  CustomerStatus: Type.Object(
    {
      api: Type.String(),
      tenant_id: Type.String(),
      customer_id: Type.String(),
      field: Type.String({ description: 'The customer field that moved, as the API names it (`status`, `is_identity_verified`, `kyc_status`).' }),
      from: Type.Union([Type.String(), Type.Boolean()], { description: 'Its value before.' }),
      to: Type.Union([Type.String(), Type.Boolean()], { description: 'Its value now.' }),
    },
    { additionalProperties: false, description: 'A customer’s status, moved.' },
  ),

  DeliveryAttempt: Type.Object(
    {
      n: Type.Integer({ minimum: 1, description: '1 for the first attempt.' }),
      at: dateTime('When it was made, on the server’s clock (when it was due).'),
      url: Type.String(),
      status: Nullable(Type.Integer(), { description: 'The receiver’s status; null when none came (refused, or not within the provider’s timeout).' }),
      duration_ms: Type.Integer({ minimum: 0 }),
      excerpt: Type.String({ description: 'The start of the answer’s body (500 characters), or what went wrong.' }),
      ok: Type.Boolean({ description: 'Whether the provider’s rule counts it received (Dwolla: a 2xx within 10 seconds).' }),
    },
    { additionalProperties: false },
  ),
  Delivery: Type.Object(
    {
      id: Type.String({ description: 'As the provider names it (a Dwolla webhook’s id).' }),
      api: Type.String(),
      tenant_id: Type.String(),
      event_id: Type.String(),
      endpoint_id: Type.String({ description: 'The subscription or callback it goes to.' }),
      url: Type.String(),
      state: Type.Union([Type.Literal('pending'), Type.Literal('succeeded'), Type.Literal('failed'), Type.Literal('held'), Type.Literal('cancelled')], {
        description: '`pending` (an attempt is due at `next_attempt_at`), `succeeded`, `failed` (no retries left), `held` (its endpoint is paused), `cancelled` (its endpoint was removed).',
      }),
      next_attempt_at: Nullable(dateTime('When the next attempt is due.')),
      created_at: dateTime('When its event happened.'),
      attempts: Type.Array(Type.Ref('DeliveryAttempt'), { description: 'Every attempt so far, oldest first.' }),
    },
    { additionalProperties: false, description: 'One event delivered to one endpoint, with every attempt.' },
  ),
  DeliveryList: Type.Object(
    { items: Type.Array(Type.Ref('Delivery')), total: Type.Integer({ minimum: 0 }) },
    { additionalProperties: false, description: 'Newest first.' },
  ),
  WebhookTargets: Type.Object(
    {
      targets: Nullable(Type.Array(Type.String({ minLength: 1, maxLength: 2000 }), { maxItems: 1000 }), {
        description: 'Where deliveries may go: hosts (`127.0.0.1`, `hooks.example.org:8443`) and URL prefixes (`https://hooks.example.org/dwolla/`); null for any URL a tenant registers.',
      }),
    },
    { additionalProperties: false },
  ),
};

export const module = Type.Module(definitions);
export type SchemaName = keyof typeof definitions & string;

export type AdminError = Infer<typeof module, 'Error'>;
export type Credential = Infer<typeof module, 'Credential'>;
export type CredentialCreate = Infer<typeof module, 'CredentialCreate'>;
export type NewCredential = Infer<typeof module, 'NewCredential'>;
export type Tenant = Infer<typeof module, 'Tenant'>;
export type TenantDetail = Infer<typeof module, 'TenantDetail'>;
export type ProvisionedTenant = Infer<typeof module, 'ProvisionedTenant'>;
export type TenantCreate = Infer<typeof module, 'TenantCreate'>;
export type FaultRuleList = Infer<typeof module, 'FaultRuleList'>;
export type RequestLogPage = Infer<typeof module, 'RequestLogPage'>;
export type LoggedMessage = Infer<typeof module, 'LoggedMessage'>;
export type SandboxDocument = Infer<typeof module, 'SandboxDocument'>;
export type SeedTenant = Infer<typeof module, 'SeedTenant'>;
export type SeedCredential = Infer<typeof module, 'SeedCredential'>;
export type SeedDocument = Infer<typeof module, 'SeedDocument'>;
export type ImportResult = Infer<typeof module, 'ImportResult'>;
export type RequestLogEntry = Infer<typeof module, 'RequestLogEntry'>;
export type FaultRuleCreate = Infer<typeof module, 'FaultRuleCreate'>;
export type FaultRule = Infer<typeof module, 'FaultRule'>;
export type FaultMatch = Infer<typeof module, 'FaultMatch'>;
export type Clock = Infer<typeof module, 'Clock'>;
export type ClockAdvance = Infer<typeof module, 'ClockAdvance'>;
export type CustomerStatusChange = Infer<typeof module, 'CustomerStatusChange'>;
export type CustomerStatus = Infer<typeof module, 'CustomerStatus'>;
export type Delivery = Infer<typeof module, 'Delivery'>;
export type DeliveryList = Infer<typeof module, 'DeliveryList'>;
export type WebhookTargets = Infer<typeof module, 'WebhookTargets'>;
