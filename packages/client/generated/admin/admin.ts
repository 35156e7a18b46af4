/**
 * Generated from schemas/admin by orval; do not edit. Run `pnpm generate`.
 */
import { clienteleFetch } from '../../src/runtime/fetch';
export interface Clock {
  /** The time the APIs see now. */
  now: string;
  /**
   * How far it is ahead of the real time.
   * @minimum 0
   */
  offset_ms: number;
}

/**
 * How far to move it forward: milliseconds, or a duration such as `90s`, `25h`, `1d12h`.
 */
export type ClockAdvanceAdvance = number | string;

/**
 * The clock only moves forward: creation times stay in order.
 */
export interface ClockAdvance {
  /** How far to move it forward: milliseconds, or a duration such as `90s`, `25h`, `1d12h`. */
  advance: ClockAdvanceAdvance;
}

/**
 * The field its secret was shown as when it was made (`api_key_secret`, `client_secret`).
 */
export type CredentialLabel = string | null;

/**
 * The public half of a two-part credential (an OAuth client id, a user id); null for plain keys.
 */
export type CredentialPublicId = string | null;

/**
 * The field the public half was shown as (`client_id`, `user_id`).
 */
export type CredentialPublicLabel = string | null;

/**
 * Enough of the secret to tell it apart (`oc_test_skey_…Wq3Z`); null where it was imported by hash.
 */
export type CredentialHint = string | null;

/**
 * `test` or `live` where the API has modes.
 */
export type CredentialMode = string | null;

/**
 * The user it acts for, in APIs with users.
 */
export type CredentialSubject = string | null;

export type CredentialExpiresAt = string | null;

/**
 * A credential of a tenant. Only its hash is stored: its secret is never shown again.
 */
export interface Credential {
  /** Names the credential in rotations and revocations; never its secret. */
  id: string;
  /** What the API takes it as (`api_key`, `secret_key`, `oauth_application`, `user_login`, `oauth_access_token`, …). */
  kind: string;
  /** The field its secret was shown as when it was made (`api_key_secret`, `client_secret`). */
  label: CredentialLabel;
  /** The public half of a two-part credential (an OAuth client id, a user id); null for plain keys. */
  public_id: CredentialPublicId;
  /** The field the public half was shown as (`client_id`, `user_id`). */
  public_label: CredentialPublicLabel;
  /** Enough of the secret to tell it apart (`oc_test_skey_…Wq3Z`); null where it was imported by hash. */
  hint: CredentialHint;
  /** `test` or `live` where the API has modes. */
  mode: CredentialMode;
  scopes: string[];
  /** The user it acts for, in APIs with users. */
  subject: CredentialSubject;
  expires_at: CredentialExpiresAt;
  /** When it was stored. */
  created_at: string;
  /** False for tokens the API issues (access tokens, codes, refresh tokens): revoke those and ask the API for new ones. */
  rotatable: boolean;
}

export type CredentialCreateMode = string | null;

export type CredentialCreateSubject = string | null;

/**
 * A new credential: a copy of an existing one (`like`), or one of the `kind` given.
 */
export interface CredentialCreate {
  /**
   * A credential of the tenant to copy (kind, mode, scopes, subject and the form of its secret).
   * @pattern ^[^/\s]{1,200}$
   */
  like?: string;
  /**
   * Its kind, where `like` names none.
   * @minLength 1
   * @maxLength 200
   */
  kind?: string;
  mode?: CredentialCreateMode;
  /** @maxItems 50 */
  scopes?: string[];
  subject?: CredentialCreateSubject;
  /**
   * The field to show its secret as.
   * @minLength 1
   * @maxLength 200
   */
  label?: string;
  /**
   * The public half, for a two-part credential; a new one of the same form when copying one.
   * @pattern ^[^:\s]{1,200}$
   */
  public_id?: string;
  /**
   * The secret to use (a known CI key); a new random one of the right form when absent.
   * @minLength 8
   * @maxLength 500
   */
  secret?: string;
}

/**
 * Its value before.
 */
export type CustomerStatusFrom = string | boolean;

/**
 * Its value now.
 */
export type CustomerStatusTo = string | boolean;

/**
 * A customer’s status, moved.
 */
export interface CustomerStatus {
  api: string;
  tenant_id: string;
  customer_id: string;
  /** The customer field that moved, as the API names it (`status`, `is_identity_verified`, `kyc_status`). */
  field: string;
  /** Its value before. */
  from: CustomerStatusFrom;
  /** Its value now. */
  to: CustomerStatusTo;
}

/**
 * The value to move the customer to: Dwolla’s `status` (`verified`, `retry`, `document`, `suspended`), Balanced’s `is_identity_verified` or the bank’s `kyc_status` (true or false).
 */
export type CustomerStatusChangeStatus = string | boolean;

export interface CustomerStatusChange {
  /** The value to move the customer to: Dwolla’s `status` (`verified`, `retry`, `document`, `suspended`), Balanced’s `is_identity_verified` or the bank’s `kyc_status` (true or false). */
  status: CustomerStatusChangeStatus;
}

/**
 * `pending` (an attempt is due at `next_attempt_at`), `succeeded`, `failed` (no retries left), `held` (its endpoint is paused), `cancelled` (its endpoint was removed).
 */
export type DeliveryState = 'pending' | 'succeeded' | 'failed' | 'held' | 'cancelled';

export type DeliveryNextAttemptAt = string | null;

/**
 * One event delivered to one endpoint, with every attempt.
 */
export interface Delivery {
  /** As the provider names it (a Dwolla webhook’s id). */
  id: string;
  api: string;
  tenant_id: string;
  event_id: string;
  /** The subscription or callback it goes to. */
  endpoint_id: string;
  url: string;
  /** `pending` (an attempt is due at `next_attempt_at`), `succeeded`, `failed` (no retries left), `held` (its endpoint is paused), `cancelled` (its endpoint was removed). */
  state: DeliveryState;
  next_attempt_at: DeliveryNextAttemptAt;
  /** When its event happened. */
  created_at: string;
  /** Every attempt so far, oldest first. */
  attempts: DeliveryAttempt[];
}

/**
 * The receiver’s status; null when none came (refused, or not within the provider’s timeout).
 */
export type DeliveryAttemptStatus = number | null;

export interface DeliveryAttempt {
  /**
   * 1 for the first attempt.
   * @minimum 1
   */
  n: number;
  /** When it was made, on the server’s clock (when it was due). */
  at: string;
  url: string;
  /** The receiver’s status; null when none came (refused, or not within the provider’s timeout). */
  status: DeliveryAttemptStatus;
  /** @minimum 0 */
  duration_ms: number;
  /** The start of the answer’s body (500 characters), or what went wrong. */
  excerpt: string;
  /** Whether the provider’s rule counts it received (Dwolla: a 2xx within 10 seconds). */
  ok: boolean;
}

/**
 * Newest first.
 */
export interface DeliveryList {
  items: Delivery[];
  /** @minimum 0 */
  total: number;
}

export type ErrorErrorsItem = {
  /** Dotted path of the field (`tenants.0.api`). */
  field: string;
  message: string;
};

/**
 * An RFC 9457 problem: every error of the admin API.
 */
export interface Error {
  /** What kind of problem: `urn:clientele:problem:<kind>` (`validation`, `not_found`, `unauthorized`, …). */
  type: string;
  /** The kind in words. */
  title: string;
  /**
   * @minimum 400
   * @maximum 599
   */
  status: number;
  /** What went wrong, naming the field where one is at fault. */
  detail: string;
  /** Each field at fault. */
  errors?: ErrorErrorsItem[];
}

/**
 * Only requests with this verb.
 */
export type FaultMatchMethod = 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * Which requests: every one, unless narrowed.
 */
export interface FaultMatch {
  /**
   * Only requests to this API.
   * @minLength 1
   * @maxLength 200
   */
  api?: string;
  /**
   * Only requests reaching this operation (its operationId).
   * @minLength 1
   * @maxLength 200
   */
  operation?: string;
  /**
   * Only requests of this tenant.
   * @pattern ^[^/\s]{1,200}$
   */
  tenant?: string;
  /** Only requests with this verb. */
  method?: FaultMatchMethod;
}

export type FaultRuleStatus = number | null;

export type FaultRuleRetryAfter = number | null;

export type FaultRuleLatencyMs = number | null;

export type FaultRuleLatencyMaxMs = number | null;

export type FaultRuleProbability = number | null;

export type FaultRuleCount = number | null;

export type FaultRuleRemaining = number | null;

export interface FaultRule {
  id: string;
  match: FaultMatch;
  status: FaultRuleStatus;
  retry_after: FaultRuleRetryAfter;
  latency_ms: FaultRuleLatencyMs;
  latency_max_ms: FaultRuleLatencyMaxMs;
  drop: boolean;
  probability: FaultRuleProbability;
  count: FaultRuleCount;
  remaining: FaultRuleRemaining;
  /** When it was added. */
  created_at: string;
}

/**
 * Answer this instead, in the API’s own error envelope: 429 (rate limited), 500 (server error) or 503 (unavailable).
 */
export type FaultRuleCreateStatus = 429 | 500 | 503;

/**
 * A fault for matching requests: a status, a latency, a dropped connection, or several.
 */
export interface FaultRuleCreate {
  match?: FaultMatch;
  /** Answer this instead, in the API’s own error envelope: 429 (rate limited), 500 (server error) or 503 (unavailable). */
  status?: FaultRuleCreateStatus;
  /**
   * Seconds, sent as `Retry-After` with the status.
   * @minimum 0
   * @maximum 86400
   */
  retry_after?: number;
  /**
   * Wait this long before answering.
   * @minimum 0
   * @maximum 60000
   */
  latency_ms?: number;
  /**
   * With `latency_ms`: wait a random time between the two.
   * @minimum 0
   * @maximum 60000
   */
  latency_max_ms?: number;
  /** Reset the connection instead of answering. */
  drop?: boolean;
  /**
   * Fail this share of matching requests (default all).
   * @maximum 1
   */
  probability?: number;
  /**
   * Fail only the next this many matching requests, across every instance.
   * @minimum 1
   * @maximum 1000000
   */
  count?: number;
}

/**
 * In the order they are tried.
 */
export interface FaultRuleList {
  items: FaultRule[];
}

export type ImportResultTenantsItem = {
  id: string;
  api: string;
  /** Whether the tenant was new. */
  created: boolean;
  /** @minimum 0 */
  credentials_added: number;
  /**
   * How many documents the tenant holds now.
   * @minimum 0
   */
  documents: number;
};

export interface ImportResult {
  tenants: ImportResultTenantsItem[];
}

/**
 * Headers, lowercased; credentials redacted.
 */
export type LoggedMessageHeaders = { [key: string]: string };

export interface LoggedMessage {
  /** Headers, lowercased; credentials redacted. */
  headers: LoggedMessageHeaders;
  /** JSON and form bodies as parsed values, other text as a string, null when empty; secrets redacted. */
  body: unknown;
}

/**
 * The secret (and the public half of a two-part credential) by the fields they are shown as. Shown this once.
 */
export type NewCredentialSecrets = { [key: string]: string };

export interface NewCredential {
  credential: Credential;
  /** The secret (and the public half of a two-part credential) by the fields they are shown as. Shown this once. */
  secrets: NewCredentialSecrets;
}

/**
 * Its secrets, shown this once: only their hashes are stored.
 */
export type ProvisionedTenantCredentials = { [key: string]: string };

export interface ProvisionedTenant {
  api: string;
  tenant_id: string;
  name: string;
  /** Its secrets, shown this once: only their hashes are stored. */
  credentials: ProvisionedTenantCredentials;
  /** A ready curl line against this server. */
  example: string;
}

/**
 * The tenant its credentials named; null when they named none.
 */
export type RequestLogEntryTenant = string | null;

/**
 * The operation it reached; null for unknown paths and verbs.
 */
export type RequestLogEntryOperation = string | null;

/**
 * The fault injected into it, if any (`status=503`, `latency=250ms`, `drop`).
 */
export type RequestLogEntryFault = string | null;

/**
 * One request and its answer; secrets (keys, tokens, passwords, signatures) are redacted.
 */
export interface RequestLogEntry {
  /** Increasing: newer entries have higher ids. */
  id: number;
  /** When the request arrived. */
  time: string;
  /** Which server instance answered (host, process and app). */
  instance: string;
  api: string;
  /** The tenant its credentials named; null when they named none. */
  tenant: RequestLogEntryTenant;
  /** The operation it reached; null for unknown paths and verbs. */
  operation: RequestLogEntryOperation;
  method: string;
  /** Path and query string, as sent. */
  path: string;
  /** The status answered; 0 when the connection was dropped by a fault. */
  status: number;
  /** @minimum 0 */
  duration_ms: number;
  /** The fault injected into it, if any (`status=503`, `latency=250ms`, `drop`). */
  fault: RequestLogEntryFault;
  request: LoggedMessage;
  response: LoggedMessage;
}

/**
 * Pass as `before` for the page of older entries; null at the oldest.
 */
export type RequestLogPageNextBefore = number | null;

/**
 * Newest first.
 */
export interface RequestLogPage {
  items: RequestLogEntry[];
  /** Pass as `before` for the page of older entries; null at the oldest. */
  next_before: RequestLogPageNextBefore;
}

/**
 * One tenant, one API, or (empty) every tenant.
 */
export interface ResetRequest {
  /**
   * Reset every tenant of this API.
   * @minLength 1
   * @maxLength 200
   */
  api?: string;
  /**
   * Reset this tenant.
   * @pattern ^[^/\s]{1,200}$
   */
  tenant?: string;
}

export interface ResetResult {
  /** The tenants reset. */
  tenants: string[];
}

/**
 * Tenants with their credentials and documents: a seed file (`pnpm start --seed FILE`), an export, an import.
 */
export interface SandboxDocument {
  /** Where editors find this schema. */
  $schema?: string;
  /** The version of this format. */
  format: 'clientele-sandbox/1';
  /** @maxItems 10000 */
  tenants: SeedTenant[];
}

export type SeedCredentialLabel = string | null;

export type SeedCredentialPublicId = string | null;

export type SeedCredentialPublicLabel = string | null;

export type SeedCredentialSecretLength = number | null;

export type SeedCredentialHint = string | null;

export type SeedCredentialMode = string | null;

export type SeedCredentialSubject = string | null;

export type SeedCredentialExpiresAt = string | null;

/**
 * A credential: `secret` (seed files) or `secret_sha256` (exports), one of the two.
 */
export interface SeedCredential {
  /**
   * Its public id (a new one when absent).
   * @pattern ^[^/\s]{1,200}$
   */
  id?: string;
  /**
   * What the API takes it as: `api_key` (Balanced), `oauth_application` (Dwolla, the bank), `secret_key` (Octobat, Ping++), `user_login` (the bank), …
   * @minLength 1
   * @maxLength 200
   */
  kind: string;
  label?: SeedCredentialLabel;
  public_id?: SeedCredentialPublicId;
  public_label?: SeedCredentialPublicLabel;
  /**
   * The secret in clear (a seed file): stored hashed.
   * @minLength 8
   * @maxLength 500
   */
  secret?: string;
  /**
   * The stored hash (an export): SHA-256 of the secret (of `public_id:secret` for two-part ones), hex.
   * @pattern ^[0-9a-f]{64}$
   */
  secret_sha256?: string;
  secret_length?: SeedCredentialSecretLength;
  hint?: SeedCredentialHint;
  mode?: SeedCredentialMode;
  /** @maxItems 50 */
  scopes?: string[];
  subject?: SeedCredentialSubject;
  expires_at?: SeedCredentialExpiresAt;
}

/**
 * The document as stored: export a tenant to see each collection’s form.
 */
export type SeedDocumentData = { [key: string]: unknown };

export interface SeedDocument {
  /**
   * Where it is stored: `<api>.<resource>` (`balanced.customers`).
   * @pattern ^[a-z0-9_]+\.[a-z0-9_]+$
   */
  collection: string;
  /**
   * `test` or `live`, for APIs with modes.
   * @minLength 1
   * @maxLength 20
   */
  mode?: string;
  /**
   * The document it belongs to, for children (a customer’s cards, a bank’s customers).
   * @pattern ^[^/\s]{1,200}$
   */
  parent?: string;
  /**
   * Its id, as the API shows it.
   * @pattern ^[^/\s]{1,200}$
   */
  id: string;
  /** ISO 8601 with microseconds (`2026-01-01T00:00:00.000000Z`): the order documents were created in. Now, when absent. */
  created?: string;
  /** The document as stored: export a tenant to see each collection’s form. */
  data: SeedDocumentData;
}

/**
 * What the API keeps about the tenant.
 */
export type SeedTenantMeta = { [key: string]: unknown };

export interface SeedTenant {
  /**
   * Which API it is a tenant of.
   * @minLength 1
   * @maxLength 200
   */
  api: string;
  /**
   * Its id (a Balanced marketplace, a Dwolla account, an Octobat or Ping++ account, a bank sandbox).
   * @pattern ^[^/\s]{1,200}$
   */
  id: string;
  /**
   * A name.
   * @minLength 1
   * @maxLength 200
   */
  name?: string;
  /** What the API keeps about the tenant. */
  meta?: SeedTenantMeta;
  /** @maxItems 1000 */
  credentials?: SeedCredential[];
  /** @maxItems 100000 */
  documents?: SeedDocument[];
}

export interface Tenant {
  id: string;
  api: string;
  name: string;
  /** When it was created. */
  created_at: string;
}

export interface TenantCreate {
  /**
   * Which API (`balanced`, `dwolla`, `bank`, `octobat`, `pingpp`).
   * @minLength 1
   * @maxLength 200
   */
  api: string;
  /**
   * A name (the API’s default otherwise).
   * @minLength 1
   * @maxLength 200
   */
  name?: string;
  /**
   * For APIs whose credentials carry OAuth scopes.
   * @maxItems 50
   */
  scopes?: string[];
}

/**
 * What the API keeps about the tenant (the bank sandbox’s first bank).
 */
export type TenantDetailMeta = { [key: string]: unknown };

/**
 * How many live documents each collection holds.
 */
export type TenantDetailDocuments = { [key: string]: number };

export interface TenantDetail {
  id: string;
  api: string;
  name: string;
  /** When it was created. */
  created_at: string;
  /** What the API keeps about the tenant (the bank sandbox’s first bank). */
  meta: TenantDetailMeta;
  credentials: Credential[];
  /** How many live documents each collection holds. */
  documents: TenantDetailDocuments;
  /**
   * How many documents a reset restores.
   * @minimum 0
   */
  baseline: number;
}

/**
 * Tenants, oldest first.
 */
export interface TenantList {
  items: Tenant[];
  /** @minimum 0 */
  total: number;
}

/**
 * Where deliveries may go: hosts (`127.0.0.1`, `hooks.example.org:8443`) and URL prefixes (`https://hooks.example.org/dwolla/`); null for any URL a tenant registers.
 */
export type WebhookTargetsTargets = string[] | null;

export interface WebhookTargets {
  /** Where deliveries may go: hosts (`127.0.0.1`, `hooks.example.org:8443`) and URL prefixes (`https://hooks.example.org/dwolla/`); null for any URL a tenant registers. */
  targets: WebhookTargetsTargets;
}

export type ExportDataParams = {
  /**
   * Only this tenant.
   * @maxLength 200
   */
  tenant?: string;
  /**
   * Only tenants of this API.
   * @maxLength 100
   */
  api?: string;
};

export type ListRequestsParams = {
  /**
   * Only requests to this API.
   * @maxLength 100
   */
  api?: string;
  /**
   * Only requests of this tenant.
   * @maxLength 200
   */
  tenant?: string;
  /**
   * Only this status (`503`), or class (`4xx`).
   * @pattern ^[1-5]([0-9]{2}|xx)$
   */
  status?: string;
  /**
   * Only requests that reached this operation (its operationId).
   * @maxLength 100
   */
  operation?: string;
  /**
   * Only requests at or after this time.
   */
  since?: string;
  /**
   * Only requests at or before this time.
   */
  until?: string;
  /**
   * Only entries older than this id (`next_before` of the previous page).
   * @minimum 1
   */
  before?: number;
  /**
   * How many (1–500, default 50).
   * @minimum 1
   * @maximum 500
   */
  limit?: number;
};

export type TailRequestsParams = {
  /**
   * Only requests to this API.
   * @maxLength 100
   */
  api?: string;
  /**
   * Only requests of this tenant.
   * @maxLength 200
   */
  tenant?: string;
  /**
   * Only this status (`503`), or class (`4xx`).
   * @pattern ^[1-5]([0-9]{2}|xx)$
   */
  status?: string;
  /**
   * Only requests that reached this operation (its operationId).
   * @maxLength 100
   */
  operation?: string;
  /**
   * Only requests at or after this time.
   */
  since?: string;
  /**
   * Only requests at or before this time.
   */
  until?: string;
};

export type ListTenantsParams = {
  /**
   * Only tenants of this API.
   * @maxLength 100
   */
  api?: string;
  /**
   * How many (1–1000, default 100).
   * @minimum 1
   * @maximum 1000
   */
  limit?: number;
  /**
   * How many to skip.
   * @minimum 0
   */
  offset?: number;
};

export type ListDeliveriesParams = {
  /**
   * How many (1–500, default 50).
   * @minimum 1
   * @maximum 500
   */
  limit?: number;
  /**
   * How many to skip.
   * @minimum 0
   */
  offset?: number;
};

/**
 * The time the APIs see: token and idempotency-key expiry, creation times and `created` filters.
 * @summary Read the clock
 */
export type getClockResponse200 = {
  data: Clock;
  status: 200;
};

export type getClockResponse401 = {
  data: Error;
  status: 401;
};

export type getClockResponse403 = {
  data: Error;
  status: 403;
};

export type getClockResponseSuccess = getClockResponse200 & {
  headers: Headers;
};
export type getClockResponseError = (getClockResponse401 | getClockResponse403) & {
  headers: Headers;
};

export type getClockResponse = getClockResponseSuccess | getClockResponseError;

export const getGetClockUrl = () => {
  return `/clock`;
};

export const getClock = async (options?: RequestInit): Promise<getClockResponse> => {
  return clienteleFetch<getClockResponse>(getGetClockUrl(), {
    ...options,
    method: 'GET',
  });
};

/**
 * Every instance on the database follows (within the shared-state refresh, a second by default).
 * @summary Move the clock forward
 */
export type advanceClockResponse200 = {
  data: Clock;
  status: 200;
};

export type advanceClockResponse400 = {
  data: Error;
  status: 400;
};

export type advanceClockResponse401 = {
  data: Error;
  status: 401;
};

export type advanceClockResponse403 = {
  data: Error;
  status: 403;
};

export type advanceClockResponse413 = {
  data: Error;
  status: 413;
};

export type advanceClockResponse415 = {
  data: Error;
  status: 415;
};

export type advanceClockResponseSuccess = advanceClockResponse200 & {
  headers: Headers;
};
export type advanceClockResponseError = (
  | advanceClockResponse400
  | advanceClockResponse401
  | advanceClockResponse403
  | advanceClockResponse413
  | advanceClockResponse415
) & {
  headers: Headers;
};

export type advanceClockResponse = advanceClockResponseSuccess | advanceClockResponseError;

export const getAdvanceClockUrl = () => {
  return `/clock`;
};

export const advanceClock = async (
  clockAdvance: ClockAdvance,
  options?: RequestInit,
): Promise<advanceClockResponse> => {
  return clienteleFetch<advanceClockResponse>(getAdvanceClockUrl(), {
    ...options,
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...options?.headers },
    body: JSON.stringify(clockAdvance),
  });
};

/**
 * One tenant (`tenant`), every tenant of an API (`api`), or every tenant: their credentials (by hash) and documents, in the seed file format. Importing it back gives the same export, byte for byte.
 * @summary Export tenants
 */
export type exportDataResponse200 = {
  data: SandboxDocument;
  status: 200;
};

export type exportDataResponse400 = {
  data: Error;
  status: 400;
};

export type exportDataResponse401 = {
  data: Error;
  status: 401;
};

export type exportDataResponse403 = {
  data: Error;
  status: 403;
};

export type exportDataResponse404 = {
  data: Error;
  status: 404;
};

export type exportDataResponseSuccess = exportDataResponse200 & {
  headers: Headers;
};
export type exportDataResponseError = (
  exportDataResponse400 | exportDataResponse401 | exportDataResponse403 | exportDataResponse404
) & {
  headers: Headers;
};

export type exportDataResponse = exportDataResponseSuccess | exportDataResponseError;

export const getExportDataUrl = (params?: ExportDataParams) => {
  const normalizedParams = new URLSearchParams();

  Object.entries(params || {}).forEach(([key, value]) => {
    if (value !== undefined) {
      normalizedParams.append(key, value === null ? 'null' : value.toString());
    }
  });

  const stringifiedParams = normalizedParams.toString();

  return stringifiedParams.length > 0 ? `/export?${stringifiedParams}` : `/export`;
};

export const exportData = async (params?: ExportDataParams, options?: RequestInit): Promise<exportDataResponse> => {
  return clienteleFetch<exportDataResponse>(getExportDataUrl(params), {
    ...options,
    method: 'GET',
  });
};

/**
 * @summary List fault rules
 */
export type listFaultsResponse200 = {
  data: FaultRuleList;
  status: 200;
};

export type listFaultsResponse401 = {
  data: Error;
  status: 401;
};

export type listFaultsResponse403 = {
  data: Error;
  status: 403;
};

export type listFaultsResponseSuccess = listFaultsResponse200 & {
  headers: Headers;
};
export type listFaultsResponseError = (listFaultsResponse401 | listFaultsResponse403) & {
  headers: Headers;
};

export type listFaultsResponse = listFaultsResponseSuccess | listFaultsResponseError;

export const getListFaultsUrl = () => {
  return `/faults`;
};

export const listFaults = async (options?: RequestInit): Promise<listFaultsResponse> => {
  return clienteleFetch<listFaultsResponse>(getListFaultsUrl(), {
    ...options,
    method: 'GET',
  });
};

/**
 * Matching requests (by API, operation, tenant, verb) get the fault: a status in the API’s own error envelope, a latency, a dropped connection, or several; all of them, a share (`probability`) or the next few (`count`). Rules are shared by every instance on the database.
 * @summary Add a fault rule
 */
export type addFaultResponse201 = {
  data: FaultRule;
  status: 201;
};

export type addFaultResponse400 = {
  data: Error;
  status: 400;
};

export type addFaultResponse401 = {
  data: Error;
  status: 401;
};

export type addFaultResponse403 = {
  data: Error;
  status: 403;
};

export type addFaultResponse413 = {
  data: Error;
  status: 413;
};

export type addFaultResponse415 = {
  data: Error;
  status: 415;
};

export type addFaultResponseSuccess = addFaultResponse201 & {
  headers: Headers;
};
export type addFaultResponseError = (
  addFaultResponse400 | addFaultResponse401 | addFaultResponse403 | addFaultResponse413 | addFaultResponse415
) & {
  headers: Headers;
};

export type addFaultResponse = addFaultResponseSuccess | addFaultResponseError;

export const getAddFaultUrl = () => {
  return `/faults`;
};

export const addFault = async (faultRuleCreate: FaultRuleCreate, options?: RequestInit): Promise<addFaultResponse> => {
  return clienteleFetch<addFaultResponse>(getAddFaultUrl(), {
    ...options,
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...options?.headers },
    body: JSON.stringify(faultRuleCreate),
  });
};

/**
 * @summary Remove every fault rule
 */
export type clearFaultsResponse204 = {
  data: void;
  status: 204;
};

export type clearFaultsResponse401 = {
  data: Error;
  status: 401;
};

export type clearFaultsResponse403 = {
  data: Error;
  status: 403;
};

export type clearFaultsResponseSuccess = clearFaultsResponse204 & {
  headers: Headers;
};
export type clearFaultsResponseError = (clearFaultsResponse401 | clearFaultsResponse403) & {
  headers: Headers;
};

export type clearFaultsResponse = clearFaultsResponseSuccess | clearFaultsResponseError;

export const getClearFaultsUrl = () => {
  return `/faults`;
};

export const clearFaults = async (options?: RequestInit): Promise<clearFaultsResponse> => {
  return clienteleFetch<clearFaultsResponse>(getClearFaultsUrl(), {
    ...options,
    method: 'DELETE',
  });
};

/**
 * @summary Remove a fault rule
 */
export type deleteFaultResponse204 = {
  data: void;
  status: 204;
};

export type deleteFaultResponse401 = {
  data: Error;
  status: 401;
};

export type deleteFaultResponse403 = {
  data: Error;
  status: 403;
};

export type deleteFaultResponse404 = {
  data: Error;
  status: 404;
};

export type deleteFaultResponseSuccess = deleteFaultResponse204 & {
  headers: Headers;
};
export type deleteFaultResponseError = (deleteFaultResponse401 | deleteFaultResponse403 | deleteFaultResponse404) & {
  headers: Headers;
};

export type deleteFaultResponse = deleteFaultResponseSuccess | deleteFaultResponseError;

export const getDeleteFaultUrl = (faultId: string) => {
  return `/faults/${faultId}`;
};

export const deleteFault = async (faultId: string, options?: RequestInit): Promise<deleteFaultResponse> => {
  return clienteleFetch<deleteFaultResponse>(getDeleteFaultUrl(faultId), {
    ...options,
    method: 'DELETE',
  });
};

/**
 * Creates the tenants the document names that do not exist, adds their credentials that are missing, and replaces each tenant’s data with the document’s, which becomes its baseline. All of one tenant or none of it.
 * @summary Import tenants
 */
export type importDataResponse200 = {
  data: ImportResult;
  status: 200;
};

export type importDataResponse400 = {
  data: Error;
  status: 400;
};

export type importDataResponse401 = {
  data: Error;
  status: 401;
};

export type importDataResponse403 = {
  data: Error;
  status: 403;
};

export type importDataResponse409 = {
  data: Error;
  status: 409;
};

export type importDataResponse413 = {
  data: Error;
  status: 413;
};

export type importDataResponse415 = {
  data: Error;
  status: 415;
};

export type importDataResponseSuccess = importDataResponse200 & {
  headers: Headers;
};
export type importDataResponseError = (
  | importDataResponse400
  | importDataResponse401
  | importDataResponse403
  | importDataResponse409
  | importDataResponse413
  | importDataResponse415
) & {
  headers: Headers;
};

export type importDataResponse = importDataResponseSuccess | importDataResponseError;

export const getImportDataUrl = () => {
  return `/import`;
};

export const importData = async (
  sandboxDocument: SandboxDocument,
  options?: RequestInit,
): Promise<importDataResponse> => {
  return clienteleFetch<importDataResponse>(getImportDataUrl(), {
    ...options,
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...options?.headers },
    body: JSON.stringify(sandboxDocument),
  });
};

/**
 * The latest requests to the APIs, newest first, from every instance on the database; secrets redacted.
 * @summary List logged requests
 */
export type listRequestsResponse200 = {
  data: RequestLogPage;
  status: 200;
};

export type listRequestsResponse400 = {
  data: Error;
  status: 400;
};

export type listRequestsResponse401 = {
  data: Error;
  status: 401;
};

export type listRequestsResponse403 = {
  data: Error;
  status: 403;
};

export type listRequestsResponseSuccess = listRequestsResponse200 & {
  headers: Headers;
};
export type listRequestsResponseError = (
  listRequestsResponse400 | listRequestsResponse401 | listRequestsResponse403
) & {
  headers: Headers;
};

export type listRequestsResponse = listRequestsResponseSuccess | listRequestsResponseError;

export const getListRequestsUrl = (params?: ListRequestsParams) => {
  const normalizedParams = new URLSearchParams();

  Object.entries(params || {}).forEach(([key, value]) => {
    if (value !== undefined) {
      normalizedParams.append(key, value === null ? 'null' : value.toString());
    }
  });

  const stringifiedParams = normalizedParams.toString();

  return stringifiedParams.length > 0 ? `/requests?${stringifiedParams}` : `/requests`;
};

export const listRequests = async (
  params?: ListRequestsParams,
  options?: RequestInit,
): Promise<listRequestsResponse> => {
  return clienteleFetch<listRequestsResponse>(getListRequestsUrl(params), {
    ...options,
    method: 'GET',
  });
};

/**
 * @summary Clear the request log
 */
export type clearRequestsResponse204 = {
  data: void;
  status: 204;
};

export type clearRequestsResponse401 = {
  data: Error;
  status: 401;
};

export type clearRequestsResponse403 = {
  data: Error;
  status: 403;
};

export type clearRequestsResponseSuccess = clearRequestsResponse204 & {
  headers: Headers;
};
export type clearRequestsResponseError = (clearRequestsResponse401 | clearRequestsResponse403) & {
  headers: Headers;
};

export type clearRequestsResponse = clearRequestsResponseSuccess | clearRequestsResponseError;

export const getClearRequestsUrl = () => {
  return `/requests`;
};

export const clearRequests = async (options?: RequestInit): Promise<clearRequestsResponse> => {
  return clienteleFetch<clearRequestsResponse>(getClearRequestsUrl(), {
    ...options,
    method: 'DELETE',
  });
};

/**
 * Server-sent events: one `request` event per new entry (its `data` a RequestLogEntry, its `id` the entry’s), as they are logged by any instance. `Last-Event-ID` resumes after that entry.
 * @summary Follow logged requests
 */
export type tailRequestsResponse200 = {
  data: RequestLogEntry;
  status: 200;
};

export type tailRequestsResponse400 = {
  data: Error;
  status: 400;
};

export type tailRequestsResponse401 = {
  data: Error;
  status: 401;
};

export type tailRequestsResponse403 = {
  data: Error;
  status: 403;
};

export type tailRequestsResponseSuccess = tailRequestsResponse200 & {
  headers: Headers;
};
export type tailRequestsResponseError = (
  tailRequestsResponse400 | tailRequestsResponse401 | tailRequestsResponse403
) & {
  headers: Headers;
};

export type tailRequestsResponse = tailRequestsResponseSuccess | tailRequestsResponseError;

export const getTailRequestsUrl = (params?: TailRequestsParams) => {
  const normalizedParams = new URLSearchParams();

  Object.entries(params || {}).forEach(([key, value]) => {
    if (value !== undefined) {
      normalizedParams.append(key, value === null ? 'null' : value.toString());
    }
  });

  const stringifiedParams = normalizedParams.toString();

  return stringifiedParams.length > 0 ? `/requests/tail?${stringifiedParams}` : `/requests/tail`;
};

export const tailRequests = async (
  params?: TailRequestsParams,
  options?: RequestInit,
): Promise<tailRequestsResponse> => {
  return clienteleFetch<tailRequestsResponse>(getTailRequestsUrl(params), {
    ...options,
    method: 'GET',
  });
};

/**
 * Restores one tenant, every tenant of one API, or (empty body) every tenant to its baseline: the documents it had when it was created, seeded or last imported. Credentials are left as they are.
 * @summary Reset data
 */
export type resetDataResponse200 = {
  data: ResetResult;
  status: 200;
};

export type resetDataResponse400 = {
  data: Error;
  status: 400;
};

export type resetDataResponse401 = {
  data: Error;
  status: 401;
};

export type resetDataResponse403 = {
  data: Error;
  status: 403;
};

export type resetDataResponse404 = {
  data: Error;
  status: 404;
};

export type resetDataResponse413 = {
  data: Error;
  status: 413;
};

export type resetDataResponse415 = {
  data: Error;
  status: 415;
};

export type resetDataResponseSuccess = resetDataResponse200 & {
  headers: Headers;
};
export type resetDataResponseError = (
  | resetDataResponse400
  | resetDataResponse401
  | resetDataResponse403
  | resetDataResponse404
  | resetDataResponse413
  | resetDataResponse415
) & {
  headers: Headers;
};

export type resetDataResponse = resetDataResponseSuccess | resetDataResponseError;

export const getResetDataUrl = () => {
  return `/reset`;
};

export const resetData = async (resetRequest: ResetRequest, options?: RequestInit): Promise<resetDataResponse> => {
  return clienteleFetch<resetDataResponse>(getResetDataUrl(), {
    ...options,
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...options?.headers },
    body: JSON.stringify(resetRequest),
  });
};

/**
 * Every tenant (of one API with `api`), oldest first.
 * @summary List tenants
 */
export type listTenantsResponse200 = {
  data: TenantList;
  status: 200;
};

export type listTenantsResponse400 = {
  data: Error;
  status: 400;
};

export type listTenantsResponse401 = {
  data: Error;
  status: 401;
};

export type listTenantsResponse403 = {
  data: Error;
  status: 403;
};

export type listTenantsResponseSuccess = listTenantsResponse200 & {
  headers: Headers;
};
export type listTenantsResponseError = (listTenantsResponse400 | listTenantsResponse401 | listTenantsResponse403) & {
  headers: Headers;
};

export type listTenantsResponse = listTenantsResponseSuccess | listTenantsResponseError;

export const getListTenantsUrl = (params?: ListTenantsParams) => {
  const normalizedParams = new URLSearchParams();

  Object.entries(params || {}).forEach(([key, value]) => {
    if (value !== undefined) {
      normalizedParams.append(key, value === null ? 'null' : value.toString());
    }
  });

  const stringifiedParams = normalizedParams.toString();

  return stringifiedParams.length > 0 ? `/tenants?${stringifiedParams}` : `/tenants`;
};

export const listTenants = async (params?: ListTenantsParams, options?: RequestInit): Promise<listTenantsResponse> => {
  return clienteleFetch<listTenantsResponse>(getListTenantsUrl(params), {
    ...options,
    method: 'GET',
  });
};

/**
 * A new tenant of an API, with the credentials the API gives one (shown this once), as `clientele tenant create` makes it.
 * @summary Create a tenant
 */
export type createTenantResponse201 = {
  data: ProvisionedTenant;
  status: 201;
};

export type createTenantResponse400 = {
  data: Error;
  status: 400;
};

export type createTenantResponse401 = {
  data: Error;
  status: 401;
};

export type createTenantResponse403 = {
  data: Error;
  status: 403;
};

export type createTenantResponse413 = {
  data: Error;
  status: 413;
};

export type createTenantResponse415 = {
  data: Error;
  status: 415;
};

export type createTenantResponseSuccess = createTenantResponse201 & {
  headers: Headers;
};
export type createTenantResponseError = (
  | createTenantResponse400
  | createTenantResponse401
  | createTenantResponse403
  | createTenantResponse413
  | createTenantResponse415
) & {
  headers: Headers;
};

export type createTenantResponse = createTenantResponseSuccess | createTenantResponseError;

export const getCreateTenantUrl = () => {
  return `/tenants`;
};

export const createTenant = async (
  tenantCreate: TenantCreate,
  options?: RequestInit,
): Promise<createTenantResponse> => {
  return clienteleFetch<createTenantResponse>(getCreateTenantUrl(), {
    ...options,
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...options?.headers },
    body: JSON.stringify(tenantCreate),
  });
};

/**
 * The tenant, its credentials (never their secrets) and how many documents each of its collections holds.
 * @summary Show a tenant
 */
export type getTenantResponse200 = {
  data: TenantDetail;
  status: 200;
};

export type getTenantResponse401 = {
  data: Error;
  status: 401;
};

export type getTenantResponse403 = {
  data: Error;
  status: 403;
};

export type getTenantResponse404 = {
  data: Error;
  status: 404;
};

export type getTenantResponseSuccess = getTenantResponse200 & {
  headers: Headers;
};
export type getTenantResponseError = (getTenantResponse401 | getTenantResponse403 | getTenantResponse404) & {
  headers: Headers;
};

export type getTenantResponse = getTenantResponseSuccess | getTenantResponseError;

export const getGetTenantUrl = (tenantId: string) => {
  return `/tenants/${tenantId}`;
};

export const getTenant = async (tenantId: string, options?: RequestInit): Promise<getTenantResponse> => {
  return clienteleFetch<getTenantResponse>(getGetTenantUrl(tenantId), {
    ...options,
    method: 'GET',
  });
};

/**
 * Removes the tenant, its credentials and all its data.
 * @summary Delete a tenant
 */
export type deleteTenantResponse204 = {
  data: void;
  status: 204;
};

export type deleteTenantResponse401 = {
  data: Error;
  status: 401;
};

export type deleteTenantResponse403 = {
  data: Error;
  status: 403;
};

export type deleteTenantResponse404 = {
  data: Error;
  status: 404;
};

export type deleteTenantResponseSuccess = deleteTenantResponse204 & {
  headers: Headers;
};
export type deleteTenantResponseError = (
  deleteTenantResponse401 | deleteTenantResponse403 | deleteTenantResponse404
) & {
  headers: Headers;
};

export type deleteTenantResponse = deleteTenantResponseSuccess | deleteTenantResponseError;

export const getDeleteTenantUrl = (tenantId: string) => {
  return `/tenants/${tenantId}`;
};

export const deleteTenant = async (tenantId: string, options?: RequestInit): Promise<deleteTenantResponse> => {
  return clienteleFetch<deleteTenantResponse>(getDeleteTenantUrl(tenantId), {
    ...options,
    method: 'DELETE',
  });
};

/**
 * A new credential for the tenant: a copy of one it has (`like`: a second key, another OAuth application) or one of a kind given. Its secret is shown this once.
 * @summary Add a credential
 */
export type addCredentialResponse201 = {
  data: NewCredential;
  status: 201;
};

export type addCredentialResponse400 = {
  data: Error;
  status: 400;
};

export type addCredentialResponse401 = {
  data: Error;
  status: 401;
};

export type addCredentialResponse403 = {
  data: Error;
  status: 403;
};

export type addCredentialResponse404 = {
  data: Error;
  status: 404;
};

export type addCredentialResponse409 = {
  data: Error;
  status: 409;
};

export type addCredentialResponse413 = {
  data: Error;
  status: 413;
};

export type addCredentialResponse415 = {
  data: Error;
  status: 415;
};

export type addCredentialResponseSuccess = addCredentialResponse201 & {
  headers: Headers;
};
export type addCredentialResponseError = (
  | addCredentialResponse400
  | addCredentialResponse401
  | addCredentialResponse403
  | addCredentialResponse404
  | addCredentialResponse409
  | addCredentialResponse413
  | addCredentialResponse415
) & {
  headers: Headers;
};

export type addCredentialResponse = addCredentialResponseSuccess | addCredentialResponseError;

export const getAddCredentialUrl = (tenantId: string) => {
  return `/tenants/${tenantId}/credentials`;
};

export const addCredential = async (
  tenantId: string,
  credentialCreate: CredentialCreate,
  options?: RequestInit,
): Promise<addCredentialResponse> => {
  return clienteleFetch<addCredentialResponse>(getAddCredentialUrl(tenantId), {
    ...options,
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...options?.headers },
    body: JSON.stringify(credentialCreate),
  });
};

/**
 * The credential stops working at once (on other instances within the shared-state refresh, a second by default).
 * @summary Revoke a credential
 */
export type revokeCredentialResponse204 = {
  data: void;
  status: 204;
};

export type revokeCredentialResponse401 = {
  data: Error;
  status: 401;
};

export type revokeCredentialResponse403 = {
  data: Error;
  status: 403;
};

export type revokeCredentialResponse404 = {
  data: Error;
  status: 404;
};

export type revokeCredentialResponseSuccess = revokeCredentialResponse204 & {
  headers: Headers;
};
export type revokeCredentialResponseError = (
  revokeCredentialResponse401 | revokeCredentialResponse403 | revokeCredentialResponse404
) & {
  headers: Headers;
};

export type revokeCredentialResponse = revokeCredentialResponseSuccess | revokeCredentialResponseError;

export const getRevokeCredentialUrl = (tenantId: string, credentialId: string) => {
  return `/tenants/${tenantId}/credentials/${credentialId}`;
};

export const revokeCredential = async (
  tenantId: string,
  credentialId: string,
  options?: RequestInit,
): Promise<revokeCredentialResponse> => {
  return clienteleFetch<revokeCredentialResponse>(getRevokeCredentialUrl(tenantId, credentialId), {
    ...options,
    method: 'DELETE',
  });
};

/**
 * Gives the credential a new secret of the same form (the public half of a two-part one stays); the old secret stops working at once. The new one is shown this once.
 * @summary Rotate a credential
 */
export type rotateCredentialResponse200 = {
  data: NewCredential;
  status: 200;
};

export type rotateCredentialResponse401 = {
  data: Error;
  status: 401;
};

export type rotateCredentialResponse403 = {
  data: Error;
  status: 403;
};

export type rotateCredentialResponse404 = {
  data: Error;
  status: 404;
};

export type rotateCredentialResponse409 = {
  data: Error;
  status: 409;
};

export type rotateCredentialResponseSuccess = rotateCredentialResponse200 & {
  headers: Headers;
};
export type rotateCredentialResponseError = (
  rotateCredentialResponse401 | rotateCredentialResponse403 | rotateCredentialResponse404 | rotateCredentialResponse409
) & {
  headers: Headers;
};

export type rotateCredentialResponse = rotateCredentialResponseSuccess | rotateCredentialResponseError;

export const getRotateCredentialUrl = (tenantId: string, credentialId: string) => {
  return `/tenants/${tenantId}/credentials/${credentialId}/rotate`;
};

export const rotateCredential = async (
  tenantId: string,
  credentialId: string,
  options?: RequestInit,
): Promise<rotateCredentialResponse> => {
  return clienteleFetch<rotateCredentialResponse>(getRotateCredentialUrl(tenantId, credentialId), {
    ...options,
    method: 'POST',
  });
};

/**
 * Moves a customer of a tenant to another status, as the provider would after its own checks: Dwolla’s `status`, Balanced’s `is_identity_verified`, the bank’s `kyc_status` (Octobat and Ping++ customers have none: 400). Only the transitions the API allows are taken; any other is a 400 naming `status` and listing the values allowed from the current one. Dwolla: `retry` → `verified`, `document` or `suspended`; `document` → `verified` or `suspended`; `verified` → `suspended` (`unverified` and `suspended` customers do not move). Balanced: `false` → `true`. The bank: `false` ↔ `true`. Where the API has events (Dwolla, Balanced) the change emits one, in the same transaction.
 * @summary Move a customer’s status
 */
export type setCustomerStatusResponse200 = {
  data: CustomerStatus;
  status: 200;
};

export type setCustomerStatusResponse400 = {
  data: Error;
  status: 400;
};

export type setCustomerStatusResponse401 = {
  data: Error;
  status: 401;
};

export type setCustomerStatusResponse403 = {
  data: Error;
  status: 403;
};

export type setCustomerStatusResponse404 = {
  data: Error;
  status: 404;
};

export type setCustomerStatusResponse413 = {
  data: Error;
  status: 413;
};

export type setCustomerStatusResponse415 = {
  data: Error;
  status: 415;
};

export type setCustomerStatusResponseSuccess = setCustomerStatusResponse200 & {
  headers: Headers;
};
export type setCustomerStatusResponseError = (
  | setCustomerStatusResponse400
  | setCustomerStatusResponse401
  | setCustomerStatusResponse403
  | setCustomerStatusResponse404
  | setCustomerStatusResponse413
  | setCustomerStatusResponse415
) & {
  headers: Headers;
};

export type setCustomerStatusResponse = setCustomerStatusResponseSuccess | setCustomerStatusResponseError;

export const getSetCustomerStatusUrl = (tenantId: string, customerId: string) => {
  return `/tenants/${tenantId}/customers/${customerId}/status`;
};

export const setCustomerStatus = async (
  tenantId: string,
  customerId: string,
  customerStatusChange: CustomerStatusChange,
  options?: RequestInit,
): Promise<setCustomerStatusResponse> => {
  return clienteleFetch<setCustomerStatusResponse>(getSetCustomerStatusUrl(tenantId, customerId), {
    ...options,
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...options?.headers },
    body: JSON.stringify(customerStatusChange),
  });
};

/**
 * The tenant’s deliveries of events to its endpoints (Dwolla webhooks, Balanced callbacks), newest first, each with every attempt.
 * @summary List deliveries
 */
export type listDeliveriesResponse200 = {
  data: DeliveryList;
  status: 200;
};

export type listDeliveriesResponse400 = {
  data: Error;
  status: 400;
};

export type listDeliveriesResponse401 = {
  data: Error;
  status: 401;
};

export type listDeliveriesResponse403 = {
  data: Error;
  status: 403;
};

export type listDeliveriesResponse404 = {
  data: Error;
  status: 404;
};

export type listDeliveriesResponseSuccess = listDeliveriesResponse200 & {
  headers: Headers;
};
export type listDeliveriesResponseError = (
  listDeliveriesResponse400 | listDeliveriesResponse401 | listDeliveriesResponse403 | listDeliveriesResponse404
) & {
  headers: Headers;
};

export type listDeliveriesResponse = listDeliveriesResponseSuccess | listDeliveriesResponseError;

export const getListDeliveriesUrl = (tenantId: string, params?: ListDeliveriesParams) => {
  const normalizedParams = new URLSearchParams();

  Object.entries(params || {}).forEach(([key, value]) => {
    if (value !== undefined) {
      normalizedParams.append(key, value === null ? 'null' : value.toString());
    }
  });

  const stringifiedParams = normalizedParams.toString();

  return stringifiedParams.length > 0
    ? `/tenants/${tenantId}/deliveries?${stringifiedParams}`
    : `/tenants/${tenantId}/deliveries`;
};

export const listDeliveries = async (
  tenantId: string,
  params?: ListDeliveriesParams,
  options?: RequestInit,
): Promise<listDeliveriesResponse> => {
  return clienteleFetch<listDeliveriesResponse>(getListDeliveriesUrl(tenantId, params), {
    ...options,
    method: 'GET',
  });
};

/**
 * @summary Show a delivery
 */
export type getDeliveryResponse200 = {
  data: Delivery;
  status: 200;
};

export type getDeliveryResponse401 = {
  data: Error;
  status: 401;
};

export type getDeliveryResponse403 = {
  data: Error;
  status: 403;
};

export type getDeliveryResponse404 = {
  data: Error;
  status: 404;
};

export type getDeliveryResponseSuccess = getDeliveryResponse200 & {
  headers: Headers;
};
export type getDeliveryResponseError = (getDeliveryResponse401 | getDeliveryResponse403 | getDeliveryResponse404) & {
  headers: Headers;
};

export type getDeliveryResponse = getDeliveryResponseSuccess | getDeliveryResponseError;

export const getGetDeliveryUrl = (tenantId: string, deliveryId: string) => {
  return `/tenants/${tenantId}/deliveries/${deliveryId}`;
};

export const getDelivery = async (
  tenantId: string,
  deliveryId: string,
  options?: RequestInit,
): Promise<getDeliveryResponse> => {
  return clienteleFetch<getDeliveryResponse>(getGetDeliveryUrl(tenantId, deliveryId), {
    ...options,
    method: 'GET',
  });
};

/**
 * Makes one more attempt now, whatever became of the delivery, and answers once it is made (its schedule goes on from there if it fails).
 * @summary Replay a delivery
 */
export type replayDeliveryResponse200 = {
  data: Delivery;
  status: 200;
};

export type replayDeliveryResponse401 = {
  data: Error;
  status: 401;
};

export type replayDeliveryResponse403 = {
  data: Error;
  status: 403;
};

export type replayDeliveryResponse404 = {
  data: Error;
  status: 404;
};

export type replayDeliveryResponseSuccess = replayDeliveryResponse200 & {
  headers: Headers;
};
export type replayDeliveryResponseError = (
  replayDeliveryResponse401 | replayDeliveryResponse403 | replayDeliveryResponse404
) & {
  headers: Headers;
};

export type replayDeliveryResponse = replayDeliveryResponseSuccess | replayDeliveryResponseError;

export const getReplayDeliveryUrl = (tenantId: string, deliveryId: string) => {
  return `/tenants/${tenantId}/deliveries/${deliveryId}/replay`;
};

export const replayDelivery = async (
  tenantId: string,
  deliveryId: string,
  options?: RequestInit,
): Promise<replayDeliveryResponse> => {
  return clienteleFetch<replayDeliveryResponse>(getReplayDeliveryUrl(tenantId, deliveryId), {
    ...options,
    method: 'POST',
  });
};

/**
 * @summary Read where deliveries may go
 */
export type getWebhookTargetsResponse200 = {
  data: WebhookTargets;
  status: 200;
};

export type getWebhookTargetsResponse401 = {
  data: Error;
  status: 401;
};

export type getWebhookTargetsResponse403 = {
  data: Error;
  status: 403;
};

export type getWebhookTargetsResponseSuccess = getWebhookTargetsResponse200 & {
  headers: Headers;
};
export type getWebhookTargetsResponseError = (getWebhookTargetsResponse401 | getWebhookTargetsResponse403) & {
  headers: Headers;
};

export type getWebhookTargetsResponse = getWebhookTargetsResponseSuccess | getWebhookTargetsResponseError;

export const getGetWebhookTargetsUrl = () => {
  return `/webhook-targets`;
};

export const getWebhookTargets = async (options?: RequestInit): Promise<getWebhookTargetsResponse> => {
  return clienteleFetch<getWebhookTargetsResponse>(getGetWebhookTargetsUrl(), {
    ...options,
    method: 'GET',
  });
};

/**
 * Deliveries go only to URLs a tenant registered; with targets set, only to those among them (a registration elsewhere is refused, an attempt to a URL no longer allowed fails without being sent). Private and loopback addresses are allowed unless targets exclude them: test receivers live there.
 * @summary Restrict where deliveries may go
 */
export type setWebhookTargetsResponse200 = {
  data: WebhookTargets;
  status: 200;
};

export type setWebhookTargetsResponse400 = {
  data: Error;
  status: 400;
};

export type setWebhookTargetsResponse401 = {
  data: Error;
  status: 401;
};

export type setWebhookTargetsResponse403 = {
  data: Error;
  status: 403;
};

export type setWebhookTargetsResponse413 = {
  data: Error;
  status: 413;
};

export type setWebhookTargetsResponse415 = {
  data: Error;
  status: 415;
};

export type setWebhookTargetsResponseSuccess = setWebhookTargetsResponse200 & {
  headers: Headers;
};
export type setWebhookTargetsResponseError = (
  | setWebhookTargetsResponse400
  | setWebhookTargetsResponse401
  | setWebhookTargetsResponse403
  | setWebhookTargetsResponse413
  | setWebhookTargetsResponse415
) & {
  headers: Headers;
};

export type setWebhookTargetsResponse = setWebhookTargetsResponseSuccess | setWebhookTargetsResponseError;

export const getSetWebhookTargetsUrl = () => {
  return `/webhook-targets`;
};

export const setWebhookTargets = async (
  webhookTargets: WebhookTargets,
  options?: RequestInit,
): Promise<setWebhookTargetsResponse> => {
  return clienteleFetch<setWebhookTargetsResponse>(getSetWebhookTargetsUrl(), {
    ...options,
    method: 'PUT',
    headers: { 'Content-Type': 'application/json', ...options?.headers },
    body: JSON.stringify(webhookTargets),
  });
};
