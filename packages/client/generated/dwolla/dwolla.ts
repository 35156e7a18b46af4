/**
 * Generated from schemas/dwolla by orval; do not edit. Run `pnpm generate`.
 */
import { clienteleFetch } from '../../src/runtime/fetch';
export type ControllerAddress = {
  /**
   * Street address.
   * @minLength 1
   * @maxLength 50
   */
  address1: string;
  /**
   * Second line.
   * @minLength 1
   * @maxLength 50
   */
  address2?: string;
  /**
   * City.
   * @minLength 1
   * @maxLength 50
   */
  city: string;
  /**
   * State, province or region.
   * @minLength 1
   * @maxLength 3
   */
  stateProvinceRegion: string;
  /**
   * Postal code.
   * @minLength 1
   * @maxLength 10
   */
  postalCode?: string;
  /**
   * Two-letter country code.
   * @minLength 1
   * @maxLength 2
   * @pattern ^[A-Za-z]{2}$
   */
  country: string;
};

/**
 * The person who controls a business (not for sole proprietorships).
 */
export interface Controller {
  /**
   * The controller’s first name.
   * @minLength 1
   * @maxLength 50
   */
  firstName: string;
  /**
   * The controller’s last name.
   * @minLength 1
   * @maxLength 50
   */
  lastName: string;
  /**
   * Job title, e.g. `CEO`.
   * @minLength 1
   * @maxLength 100
   */
  title: string;
  /**
   * Date of birth, `YYYY-MM-DD`.
   * @minLength 1
   * @maxLength 10
   * @pattern ^[0-9]{4}-[0-9]{2}-[0-9]{2}$
   */
  dateOfBirth: string;
  /**
   * The last four digits of the Social Security number, or all nine.
   * @minLength 1
   * @maxLength 11
   * @pattern ^([0-9]{4}|[0-9]{9}|[0-9]{3}-[0-9]{2}-[0-9]{4})$
   */
  ssn?: string;
  address: ControllerAddress;
}

/**
 * Either `unverified`, `personal`, or `business`: as the customer was created (the seed’s customers are `unverified`).
 */
export type CustomerType = 'unverified' | 'personal' | 'business';

/**
 * Either `unverified`, `retry`, `document`, `verified`, or `suspended`. An unverified customer is `unverified`; a verified one starts as its Sandbox rule says (a `firstName` of a Personal, or `businessName` of a Business customer, of `retry`, `document` or `suspended` gives that status; otherwise `verified`) and moves as Dwolla’s verification would (the admin API’s `setCustomerStatus`).
 */
export type CustomerStatus = 'unverified' | 'retry' | 'document' | 'verified' | 'suspended';

/**
 * A customer: an individual or business with whom you intend to transact.
 */
export interface Customer {
  _links: SelfLinks;
  /**
   * Customer unique identifier: a GUID, uppercase.
   * @pattern ^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$
   */
  id: string;
  /** Customer's first name. */
  firstName: string;
  /** Customer's last name. */
  lastName: string;
  /** Customer's email address. */
  email: string;
  /** Either `unverified`, `personal`, or `business`: as the customer was created (the seed’s customers are `unverified`). */
  type: CustomerType;
  /** Either `unverified`, `retry`, `document`, `verified`, or `suspended`. An unverified customer is `unverified`; a verified one starts as its Sandbox rule says (a `firstName` of a Personal, or `businessName` of a Business customer, of `retry`, `document` or `suspended` gives that status; otherwise `verified`) and moves as Dwolla’s verification would (the admin API’s `setCustomerStatus`). */
  status: CustomerStatus;
  /** ISO-8601 timestamp, UTC, with milliseconds. */
  created: string;
  /**
   * First line of the street address.
   * @minLength 1
   * @maxLength 50
   */
  address1?: string;
  /**
   * Second line of the street address.
   * @minLength 1
   * @maxLength 50
   */
  address2?: string;
  /**
   * City.
   * @minLength 1
   * @maxLength 50
   */
  city?: string;
  /**
   * Two-letter US state abbreviation.
   * @minLength 1
   * @maxLength 2
   * @pattern ^[A-Za-z]{2}$
   */
  state?: string;
  /**
   * US five-digit ZIP or ZIP+4.
   * @minLength 1
   * @maxLength 10
   * @pattern ^[0-9]{5}(-[0-9]{4})?$
   */
  postalCode?: string;
  /**
   * Ten digits.
   * @minLength 1
   * @maxLength 10
   */
  phone?: string;
  /**
   * Registered business name (Business customers).
   * @minLength 1
   * @maxLength 255
   */
  businessName?: string;
}

/**
 * Customer's IP address (IPv4 or IPv6).
 */
export type CustomerCreateIpAddress = string | string;

/**
 * Absent for an unverified customer (the seed’s). `personal`: also `address1`, `city`, `state`, `postalCode`, `dateOfBirth` and `ssn` are required. `business`: also `address1`, `city`, `state`, `postalCode`, `businessName`, `businessType` and `businessClassification`, and, except for a `soleProprietorship`, `ein` and `controller` (for one, `dateOfBirth` and `ssn` of its owner).
 */
export type CustomerCreateType = 'personal' | 'business';

/**
 * The legal form of the business.
 */
export type CustomerCreateBusinessType = 'soleProprietorship' | 'corporation' | 'llc' | 'partnership';

/**
 * A new customer: unverified (the seed’s four fields), or a verified Personal or Business customer. Other fields are `NotAllowed`.
 */
export interface CustomerCreate {
  /**
   * Customer's first name.
   * @minLength 1
   * @maxLength 50
   */
  firstName: string;
  /**
   * Customer's last name.
   * @minLength 1
   * @maxLength 50
   */
  lastName: string;
  /**
   * Customer's email address, unique among the account's customers.
   * @maxLength 254
   */
  email: string;
  /** Customer's IP address (IPv4 or IPv6). */
  ipAddress?: CustomerCreateIpAddress;
  /** Absent for an unverified customer (the seed’s). `personal`: also `address1`, `city`, `state`, `postalCode`, `dateOfBirth` and `ssn` are required. `business`: also `address1`, `city`, `state`, `postalCode`, `businessName`, `businessType` and `businessClassification`, and, except for a `soleProprietorship`, `ein` and `controller` (for one, `dateOfBirth` and `ssn` of its owner). */
  type?: CustomerCreateType;
  /**
   * First line of the street address.
   * @minLength 1
   * @maxLength 50
   */
  address1?: string;
  /**
   * Second line of the street address.
   * @minLength 1
   * @maxLength 50
   */
  address2?: string;
  /**
   * City.
   * @minLength 1
   * @maxLength 50
   */
  city?: string;
  /**
   * Two-letter US state abbreviation.
   * @minLength 1
   * @maxLength 2
   * @pattern ^[A-Za-z]{2}$
   */
  state?: string;
  /**
   * US five-digit ZIP or ZIP+4.
   * @minLength 1
   * @maxLength 10
   * @pattern ^[0-9]{5}(-[0-9]{4})?$
   */
  postalCode?: string;
  /**
   * Date of birth, `YYYY-MM-DD` (the customer, or the owner of a sole proprietorship).
   * @minLength 1
   * @maxLength 10
   * @pattern ^[0-9]{4}-[0-9]{2}-[0-9]{2}$
   */
  dateOfBirth?: string;
  /**
   * The last four digits of the Social Security number, or all nine.
   * @minLength 1
   * @maxLength 11
   * @pattern ^([0-9]{4}|[0-9]{9}|[0-9]{3}-[0-9]{2}-[0-9]{4})$
   */
  ssn?: string;
  /**
   * Ten digits, no punctuation.
   * @minLength 1
   * @maxLength 10
   * @pattern ^[0-9]{10}$
   */
  phone?: string;
  /**
   * Registered business name.
   * @minLength 1
   * @maxLength 255
   */
  businessName?: string;
  /**
   * Preferred business name.
   * @minLength 1
   * @maxLength 255
   */
  doingBusinessAs?: string;
  /** The legal form of the business. */
  businessType?: CustomerCreateBusinessType;
  /**
   * The id of an industry classification (`GET /business-classifications` at Dwolla).
   * @minLength 1
   * @maxLength 100
   */
  businessClassification?: string;
  /**
   * Employer Identification Number: nine digits (`12-3456789` is accepted).
   * @minLength 1
   * @maxLength 10
   * @pattern ^([0-9]{9}|[0-9]{2}-[0-9]{7})$
   */
  ein?: string;
  /**
   * The business’s website.
   * @minLength 1
   * @maxLength 255
   */
  website?: string;
  controller?: Controller;
}

export type _CustomerListEmbedded = {
  customers: Customer[];
};

/**
 * A page of customers, newest first.
 */
export interface CustomerList {
  _links: CustomerListLinks;
  _embedded: _CustomerListEmbedded;
  /**
   * How many customers the account has.
   * @minimum 0
   */
  total: number;
}

/**
 * `next` is absent on the last page, `prev` on the first.
 */
export interface CustomerListLinks {
  self: Link;
  first: Link;
  last: Link;
  next?: Link;
  prev?: Link;
}

/**
 * Customer's IP address (IPv4 or IPv6).
 */
export type CustomerUpdateIpAddress = string | string;

/**
 * Fields sent replace the stored values; fields absent stay as they are.
 */
export interface CustomerUpdate {
  /**
   * Customer's first name.
   * @minLength 1
   * @maxLength 50
   */
  firstName?: string;
  /**
   * Customer's last name.
   * @minLength 1
   * @maxLength 50
   */
  lastName?: string;
  /**
   * Customer's email address, unique among the account's customers.
   * @maxLength 254
   */
  email?: string;
  /** Customer's IP address (IPv4 or IPv6). */
  ipAddress?: CustomerUpdateIpAddress;
}

/**
 * What is wrong with the field.
 */
export type EmbeddedErrorCode = 'Required' | 'Invalid' | 'InvalidFormat' | 'Duplicate' | 'NotAllowed';

export interface EmbeddedError {
  /** What is wrong with the field. */
  code: EmbeddedErrorCode;
  message: string;
  /** A JSON pointer to the field, e.g. `/firstName`. */
  path: string;
}

/**
 * Each bad field, on a `ValidationError`.
 */
export type _ErrorEmbedded = {
  errors: EmbeddedError[];
};

/**
 * Dwolla's error: a `code` and a human `message`.
 */
export interface Error {
  /** e.g. `ValidationError`, `InvalidAccessToken`, `ExpiredAccessToken`, `Forbidden`, `NotFound`. */
  code: string;
  message: string;
  /** The same text as `message`, for clients of the 2015 error format. */
  description: string;
  /** Each bad field, on a `ValidationError`. */
  _embedded?: _ErrorEmbedded;
}

/**
 * Something that happened in the account: what a webhook carries.
 */
export interface Event {
  _links: EventLinks;
  /** A GUID. */
  id: string;
  created: string;
  /** `customer_created`, `customer_verified`, `customer_reverification_needed`, `customer_verification_document_needed`, `customer_suspended`. */
  topic: string;
  /** The id of the resource it is about. */
  resourceId: string;
  /** The same time as `created`. */
  timestamp: string;
}

/**
 * `self`, the `account`, the `resource` it is about and, for customer events, the `customer`.
 */
export interface EventLinks {
  self: Link;
  account: Link;
  resource: Link;
  customer?: Link;
}

export type _EventListEmbedded = {
  events: Event[];
};

/**
 * A page of events, newest first.
 */
export interface EventList {
  _links: CustomerListLinks;
  _embedded: _EventListEmbedded;
  /** @minimum 0 */
  total: number;
}

/**
 * A link to a related resource.
 */
export interface Link {
  /** Absolute URL. */
  href: string;
}

/**
 * An OAuth 2.0 error code (RFC 6749 §5.2).
 */
export type OAuthErrorError =
  'invalid_request' | 'invalid_client' | 'unsupported_grant_type' | 'server_error' | 'temporarily_unavailable';

/**
 * The token endpoint answers errors as OAuth 2.0 does, which is what Dwolla’s SDKs read.
 */
export interface OAuthError {
  /** An OAuth 2.0 error code (RFC 6749 §5.2). */
  error: OAuthErrorError;
  error_description: string;
}

/**
 * Links of a resource: `self`.
 */
export interface SelfLinks {
  self: Link;
}

export interface Token {
  /** The bearer token: 50 characters. */
  access_token: string;
  token_type: 'bearer';
  /**
   * Seconds until the token expires (3600).
   * @minimum 0
   */
  expires_in: number;
  /** The application's scopes, lowercase and pipe-delimited (`managecustomers`), as in 2015. */
  scope: string;
}

/**
 * Other parameters are ignored, as OAuth 2.0 asks.
 */
export interface TokenRequest {
  /** Only the client credentials grant is served. */
  grant_type: 'client_credentials';
  /** The application key, when not sent with HTTP Basic. */
  client_id?: string;
  /** The application secret, when not sent with HTTP Basic. */
  client_secret?: string;
  [key: string]: unknown;
}

/**
 * An event sent to one subscription, with its attempts.
 */
export interface Webhook {
  _links: WebhookLinks;
  id: string;
  topic: string;
  accountId: string;
  eventId: string;
  subscriptionId: string;
  /** Every attempt so far, newest first. */
  attempts: WebhookAttempt[];
}

export type WebhookAttemptRequest = {
  timestamp: string;
  url: string;
  headers: WebhookHeader[];
  body: string;
};

export type WebhookAttemptResponse = {
  timestamp: string;
  headers: WebhookHeader[];
  /** The receiver’s status; 0 when no answer came (refused, or none within 10 seconds). */
  statusCode: number;
  /** The start of the answer (or what went wrong). */
  body: string;
  durationMs?: number;
};

/**
 * One attempt to deliver a webhook.
 */
export interface WebhookAttempt {
  id: string;
  request: WebhookAttemptRequest;
  response: WebhookAttemptResponse;
}

export interface WebhookHeader {
  name: string;
  value: string;
}

export interface WebhookLinks {
  self: Link;
  subscription: Link;
  retry: Link;
  event: Link;
}

export type _WebhookListEmbedded = {
  webhooks: Webhook[];
};

/**
 * A page of a subscription’s webhooks, newest first.
 */
export interface WebhookList {
  _links: CustomerListLinks;
  _embedded: _WebhookListEmbedded;
  /** @minimum 0 */
  total: number;
}

/**
 * A retry of a webhook asked for with `POST /webhooks/{id}/retries`.
 */
export interface WebhookRetry {
  _links: WebhookRetryLinks;
  id: string;
  timestamp: string;
}

export interface WebhookRetryLinks {
  self: Link;
  webhook: Link;
}

export type _WebhookRetryListEmbedded = {
  retries: WebhookRetry[];
};

export interface WebhookRetryList {
  _links: SelfLinks;
  _embedded: _WebhookRetryListEmbedded;
  /** @minimum 0 */
  total: number;
}

/**
 * A webhook subscription (its secret is never shown).
 */
export interface WebhookSubscription {
  _links: WebhookSubscriptionLinks;
  /** A GUID. */
  id: string;
  /** Where webhooks are sent. */
  url: string;
  /** Paused by request, or by Dwolla after 400 consecutive failures once 24 hours passed since the last success. */
  paused: boolean;
  created: string;
}

/**
 * A new webhook subscription.
 */
export interface WebhookSubscriptionCreate {
  /**
   * Where webhooks are POSTed: an http or https URL.
   * @maxLength 2000
   * @pattern ^https?://
   */
  url: string;
  /**
   * The key of the HMAC-SHA256 signature of every webhook (`X-Request-Signature-SHA-256`).
   * @minLength 1
   * @maxLength 128
   */
  secret: string;
}

/**
 * `self`, and the subscription’s `webhooks`.
 */
export interface WebhookSubscriptionLinks {
  self: Link;
  webhooks: Link;
}

export type _WebhookSubscriptionListEmbedded = {
  'webhook-subscriptions': WebhookSubscription[];
};

/**
 * Every webhook subscription of the account (at most 10 in Sandbox).
 */
export interface WebhookSubscriptionList {
  _links: SelfLinks;
  _embedded: _WebhookSubscriptionListEmbedded;
  /** @minimum 0 */
  total: number;
}

export interface WebhookSubscriptionUpdate {
  /** `true` pauses the subscription (no webhooks are sent; they wait), `false` resumes it. */
  paused: boolean;
}

export type ListCustomersParams = {
  /**
   * How many results to return (1–200, default 25).
   * @minimum 1
   * @maximum 200
   */
  limit?: number;
  /**
   * How many results to skip (default 0).
   * @minimum 0
   * @maximum 2147483647
   */
  offset?: number;
};

export type ListEventsParams = {
  /**
   * How many results to return (1–200, default 25).
   * @minimum 1
   * @maximum 200
   */
  limit?: number;
  /**
   * How many results to skip (default 0).
   * @minimum 0
   * @maximum 2147483647
   */
  offset?: number;
};

export type ListSubscriptionWebhooksParams = {
  /**
   * How many results to return (1–200, default 25).
   * @minimum 1
   * @maximum 200
   */
  limit?: number;
  /**
   * How many results to skip (default 0).
   * @minimum 0
   * @maximum 2147483647
   */
  offset?: number;
};

/**
 * Answers `201 Created` with an empty body and the new customer’s absolute URL in `Location`.
 * @summary Create a customer
 */
export type createCustomerResponse201 = {
  data: void;
  status: 201;
};

export type createCustomerResponse400 = {
  data: Error;
  status: 400;
};

export type createCustomerResponse401 = {
  data: Error;
  status: 401;
};

export type createCustomerResponse403 = {
  data: Error;
  status: 403;
};

export type createCustomerResponse406 = {
  data: Error;
  status: 406;
};

export type createCustomerResponse409 = {
  data: Error;
  status: 409;
};

export type createCustomerResponse413 = {
  data: Error;
  status: 413;
};

export type createCustomerResponse415 = {
  data: Error;
  status: 415;
};

export type createCustomerResponse422 = {
  data: Error;
  status: 422;
};

export type createCustomerResponseSuccess = createCustomerResponse201 & {
  headers: Headers;
};
export type createCustomerResponseError = (
  | createCustomerResponse400
  | createCustomerResponse401
  | createCustomerResponse403
  | createCustomerResponse406
  | createCustomerResponse409
  | createCustomerResponse413
  | createCustomerResponse415
  | createCustomerResponse422
) & {
  headers: Headers;
};

export type createCustomerResponse = createCustomerResponseSuccess | createCustomerResponseError;

export const getCreateCustomerUrl = () => {
  return `/customers`;
};

export const createCustomer = async (
  customerCreate: CustomerCreate,
  options?: RequestInit,
): Promise<createCustomerResponse> => {
  return clienteleFetch<createCustomerResponse>(getCreateCustomerUrl(), {
    ...options,
    method: 'POST',
    headers: { 'Content-Type': 'application/vnd.dwolla.v1.hal+json', ...options?.headers },
    body: JSON.stringify(customerCreate),
  });
};

/**
 * The customers of the authorized account, newest first. `limit` defaults to 25 (at most 200), `offset` to 0.
 * @summary List customers
 */
export type listCustomersResponse200 = {
  data: CustomerList;
  status: 200;
};

export type listCustomersResponse400 = {
  data: Error;
  status: 400;
};

export type listCustomersResponse401 = {
  data: Error;
  status: 401;
};

export type listCustomersResponse403 = {
  data: Error;
  status: 403;
};

export type listCustomersResponse406 = {
  data: Error;
  status: 406;
};

export type listCustomersResponseSuccess = listCustomersResponse200 & {
  headers: Headers;
};
export type listCustomersResponseError = (
  listCustomersResponse400 | listCustomersResponse401 | listCustomersResponse403 | listCustomersResponse406
) & {
  headers: Headers;
};

export type listCustomersResponse = listCustomersResponseSuccess | listCustomersResponseError;

export const getListCustomersUrl = (params?: ListCustomersParams) => {
  const normalizedParams = new URLSearchParams();

  Object.entries(params || {}).forEach(([key, value]) => {
    if (value !== undefined) {
      normalizedParams.append(key, value === null ? 'null' : value.toString());
    }
  });

  const stringifiedParams = normalizedParams.toString();

  return stringifiedParams.length > 0 ? `/customers?${stringifiedParams}` : `/customers`;
};

export const listCustomers = async (
  params?: ListCustomersParams,
  options?: RequestInit,
): Promise<listCustomersResponse> => {
  return clienteleFetch<listCustomersResponse>(getListCustomersUrl(params), {
    ...options,
    method: 'GET',
  });
};

/**
 * @summary Get a customer by id
 */
export type retrieveCustomerResponse200 = {
  data: Customer;
  status: 200;
};

export type retrieveCustomerResponse401 = {
  data: Error;
  status: 401;
};

export type retrieveCustomerResponse403 = {
  data: Error;
  status: 403;
};

export type retrieveCustomerResponse404 = {
  data: Error;
  status: 404;
};

export type retrieveCustomerResponse406 = {
  data: Error;
  status: 406;
};

export type retrieveCustomerResponseSuccess = retrieveCustomerResponse200 & {
  headers: Headers;
};
export type retrieveCustomerResponseError = (
  retrieveCustomerResponse401 | retrieveCustomerResponse403 | retrieveCustomerResponse404 | retrieveCustomerResponse406
) & {
  headers: Headers;
};

export type retrieveCustomerResponse = retrieveCustomerResponseSuccess | retrieveCustomerResponseError;

export const getRetrieveCustomerUrl = (id: string) => {
  return `/customers/${id}`;
};

export const retrieveCustomer = async (id: string, options?: RequestInit): Promise<retrieveCustomerResponse> => {
  return clienteleFetch<retrieveCustomerResponse>(getRetrieveCustomerUrl(id), {
    ...options,
    method: 'GET',
  });
};

/**
 * Fields sent replace the stored values; fields absent stay. Answers the updated customer.
 * @summary Update a customer
 */
export type updateCustomerResponse200 = {
  data: Customer;
  status: 200;
};

export type updateCustomerResponse400 = {
  data: Error;
  status: 400;
};

export type updateCustomerResponse401 = {
  data: Error;
  status: 401;
};

export type updateCustomerResponse403 = {
  data: Error;
  status: 403;
};

export type updateCustomerResponse404 = {
  data: Error;
  status: 404;
};

export type updateCustomerResponse406 = {
  data: Error;
  status: 406;
};

export type updateCustomerResponse409 = {
  data: Error;
  status: 409;
};

export type updateCustomerResponse413 = {
  data: Error;
  status: 413;
};

export type updateCustomerResponse415 = {
  data: Error;
  status: 415;
};

export type updateCustomerResponse422 = {
  data: Error;
  status: 422;
};

export type updateCustomerResponseSuccess = updateCustomerResponse200 & {
  headers: Headers;
};
export type updateCustomerResponseError = (
  | updateCustomerResponse400
  | updateCustomerResponse401
  | updateCustomerResponse403
  | updateCustomerResponse404
  | updateCustomerResponse406
  | updateCustomerResponse409
  | updateCustomerResponse413
  | updateCustomerResponse415
  | updateCustomerResponse422
) & {
  headers: Headers;
};

export type updateCustomerResponse = updateCustomerResponseSuccess | updateCustomerResponseError;

export const getUpdateCustomerUrl = (id: string) => {
  return `/customers/${id}`;
};

export const updateCustomer = async (
  id: string,
  customerUpdate: CustomerUpdate,
  options?: RequestInit,
): Promise<updateCustomerResponse> => {
  return clienteleFetch<updateCustomerResponse>(getUpdateCustomerUrl(id), {
    ...options,
    method: 'POST',
    headers: { 'Content-Type': 'application/vnd.dwolla.v1.hal+json', ...options?.headers },
    body: JSON.stringify(customerUpdate),
  });
};

/**
 * The account’s events, newest first. `limit` defaults to 25 (at most 200), `offset` to 0.
 * @summary List events
 */
export type listEventsResponse200 = {
  data: EventList;
  status: 200;
};

export type listEventsResponse400 = {
  data: Error;
  status: 400;
};

export type listEventsResponse401 = {
  data: Error;
  status: 401;
};

export type listEventsResponse403 = {
  data: Error;
  status: 403;
};

export type listEventsResponse406 = {
  data: Error;
  status: 406;
};

export type listEventsResponseSuccess = listEventsResponse200 & {
  headers: Headers;
};
export type listEventsResponseError = (
  listEventsResponse400 | listEventsResponse401 | listEventsResponse403 | listEventsResponse406
) & {
  headers: Headers;
};

export type listEventsResponse = listEventsResponseSuccess | listEventsResponseError;

export const getListEventsUrl = (params?: ListEventsParams) => {
  const normalizedParams = new URLSearchParams();

  Object.entries(params || {}).forEach(([key, value]) => {
    if (value !== undefined) {
      normalizedParams.append(key, value === null ? 'null' : value.toString());
    }
  });

  const stringifiedParams = normalizedParams.toString();

  return stringifiedParams.length > 0 ? `/events?${stringifiedParams}` : `/events`;
};

export const listEvents = async (params?: ListEventsParams, options?: RequestInit): Promise<listEventsResponse> => {
  return clienteleFetch<listEventsResponse>(getListEventsUrl(params), {
    ...options,
    method: 'GET',
  });
};

/**
 * @summary Get an event
 */
export type retrieveEventResponse200 = {
  data: Event;
  status: 200;
};

export type retrieveEventResponse401 = {
  data: Error;
  status: 401;
};

export type retrieveEventResponse403 = {
  data: Error;
  status: 403;
};

export type retrieveEventResponse404 = {
  data: Error;
  status: 404;
};

export type retrieveEventResponse406 = {
  data: Error;
  status: 406;
};

export type retrieveEventResponseSuccess = retrieveEventResponse200 & {
  headers: Headers;
};
export type retrieveEventResponseError = (
  retrieveEventResponse401 | retrieveEventResponse403 | retrieveEventResponse404 | retrieveEventResponse406
) & {
  headers: Headers;
};

export type retrieveEventResponse = retrieveEventResponseSuccess | retrieveEventResponseError;

export const getRetrieveEventUrl = (eventId: string) => {
  return `/events/${eventId}`;
};

export const retrieveEvent = async (eventId: string, options?: RequestInit): Promise<retrieveEventResponse> => {
  return clienteleFetch<retrieveEventResponse>(getRetrieveEventUrl(eventId), {
    ...options,
    method: 'GET',
  });
};

/**
 * Exchanges an application's key and secret for a bearer access token carrying the application's scopes. Send them as HTTP Basic (`client_id:client_secret`, as today’s Dwolla does) or as `client_id` and `client_secret` in the body (as Dwolla did in 2015). Errors are OAuth 2.0 errors (`error`, `error_description`).
 * @summary Get an access token (client credentials)
 */
export type requestTokenResponse200 = {
  data: Token;
  status: 200;
};

export type requestTokenResponse400 = {
  data: OAuthError;
  status: 400;
};

export type requestTokenResponse401 = {
  data: OAuthError;
  status: 401;
};

export type requestTokenResponse406 = {
  data: OAuthError;
  status: 406;
};

export type requestTokenResponse413 = {
  data: OAuthError;
  status: 413;
};

export type requestTokenResponse415 = {
  data: OAuthError;
  status: 415;
};

export type requestTokenResponseSuccess = requestTokenResponse200 & {
  headers: Headers;
};
export type requestTokenResponseError = (
  | requestTokenResponse400
  | requestTokenResponse401
  | requestTokenResponse406
  | requestTokenResponse413
  | requestTokenResponse415
) & {
  headers: Headers;
};

export type requestTokenResponse = requestTokenResponseSuccess | requestTokenResponseError;

export const getRequestTokenUrl = () => {
  return `/token`;
};

export const requestToken = async (
  tokenRequest: TokenRequest,
  options?: RequestInit,
): Promise<requestTokenResponse> => {
  const formUrlEncoded = new URLSearchParams();
  formUrlEncoded.append(`grant_type`, tokenRequest.grant_type);
  if (tokenRequest.client_id !== undefined) {
    formUrlEncoded.append(`client_id`, tokenRequest.client_id);
  }
  if (tokenRequest.client_secret !== undefined) {
    formUrlEncoded.append(`client_secret`, tokenRequest.client_secret);
  }

  return clienteleFetch<requestTokenResponse>(getRequestTokenUrl(), {
    ...options,
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...options?.headers },
    body: formUrlEncoded,
  });
};

/**
 * Answers `201 Created` with the subscription’s URL in `Location`. An account has at most 10 subscriptions (Dwolla’s Sandbox limit): an 11th is a 400 `MaxNumberOfResources`. A URL outside the targets the sandbox allows (the admin API’s `setWebhookTargets`) is a 400 naming `url`.
 * @summary Create a webhook subscription
 */
export type createWebhookSubscriptionResponse201 = {
  data: void;
  status: 201;
};

export type createWebhookSubscriptionResponse400 = {
  data: Error;
  status: 400;
};

export type createWebhookSubscriptionResponse401 = {
  data: Error;
  status: 401;
};

export type createWebhookSubscriptionResponse403 = {
  data: Error;
  status: 403;
};

export type createWebhookSubscriptionResponse406 = {
  data: Error;
  status: 406;
};

export type createWebhookSubscriptionResponse413 = {
  data: Error;
  status: 413;
};

export type createWebhookSubscriptionResponse415 = {
  data: Error;
  status: 415;
};

export type createWebhookSubscriptionResponseSuccess = createWebhookSubscriptionResponse201 & {
  headers: Headers;
};
export type createWebhookSubscriptionResponseError = (
  | createWebhookSubscriptionResponse400
  | createWebhookSubscriptionResponse401
  | createWebhookSubscriptionResponse403
  | createWebhookSubscriptionResponse406
  | createWebhookSubscriptionResponse413
  | createWebhookSubscriptionResponse415
) & {
  headers: Headers;
};

export type createWebhookSubscriptionResponse =
  createWebhookSubscriptionResponseSuccess | createWebhookSubscriptionResponseError;

export const getCreateWebhookSubscriptionUrl = () => {
  return `/webhook-subscriptions`;
};

export const createWebhookSubscription = async (
  webhookSubscriptionCreate: WebhookSubscriptionCreate,
  options?: RequestInit,
): Promise<createWebhookSubscriptionResponse> => {
  return clienteleFetch<createWebhookSubscriptionResponse>(getCreateWebhookSubscriptionUrl(), {
    ...options,
    method: 'POST',
    headers: { 'Content-Type': 'application/vnd.dwolla.v1.hal+json', ...options?.headers },
    body: JSON.stringify(webhookSubscriptionCreate),
  });
};

/**
 * Every subscription of the account, newest first.
 * @summary List webhook subscriptions
 */
export type listWebhookSubscriptionsResponse200 = {
  data: WebhookSubscriptionList;
  status: 200;
};

export type listWebhookSubscriptionsResponse401 = {
  data: Error;
  status: 401;
};

export type listWebhookSubscriptionsResponse403 = {
  data: Error;
  status: 403;
};

export type listWebhookSubscriptionsResponse406 = {
  data: Error;
  status: 406;
};

export type listWebhookSubscriptionsResponseSuccess = listWebhookSubscriptionsResponse200 & {
  headers: Headers;
};
export type listWebhookSubscriptionsResponseError = (
  listWebhookSubscriptionsResponse401 | listWebhookSubscriptionsResponse403 | listWebhookSubscriptionsResponse406
) & {
  headers: Headers;
};

export type listWebhookSubscriptionsResponse =
  listWebhookSubscriptionsResponseSuccess | listWebhookSubscriptionsResponseError;

export const getListWebhookSubscriptionsUrl = () => {
  return `/webhook-subscriptions`;
};

export const listWebhookSubscriptions = async (options?: RequestInit): Promise<listWebhookSubscriptionsResponse> => {
  return clienteleFetch<listWebhookSubscriptionsResponse>(getListWebhookSubscriptionsUrl(), {
    ...options,
    method: 'GET',
  });
};

/**
 * @summary Get a webhook subscription
 */
export type retrieveWebhookSubscriptionResponse200 = {
  data: WebhookSubscription;
  status: 200;
};

export type retrieveWebhookSubscriptionResponse401 = {
  data: Error;
  status: 401;
};

export type retrieveWebhookSubscriptionResponse403 = {
  data: Error;
  status: 403;
};

export type retrieveWebhookSubscriptionResponse404 = {
  data: Error;
  status: 404;
};

export type retrieveWebhookSubscriptionResponse406 = {
  data: Error;
  status: 406;
};

export type retrieveWebhookSubscriptionResponseSuccess = retrieveWebhookSubscriptionResponse200 & {
  headers: Headers;
};
export type retrieveWebhookSubscriptionResponseError = (
  | retrieveWebhookSubscriptionResponse401
  | retrieveWebhookSubscriptionResponse403
  | retrieveWebhookSubscriptionResponse404
  | retrieveWebhookSubscriptionResponse406
) & {
  headers: Headers;
};

export type retrieveWebhookSubscriptionResponse =
  retrieveWebhookSubscriptionResponseSuccess | retrieveWebhookSubscriptionResponseError;

export const getRetrieveWebhookSubscriptionUrl = (subscriptionId: string) => {
  return `/webhook-subscriptions/${subscriptionId}`;
};

export const retrieveWebhookSubscription = async (
  subscriptionId: string,
  options?: RequestInit,
): Promise<retrieveWebhookSubscriptionResponse> => {
  return clienteleFetch<retrieveWebhookSubscriptionResponse>(getRetrieveWebhookSubscriptionUrl(subscriptionId), {
    ...options,
    method: 'GET',
  });
};

/**
 * While paused, no webhook is sent to it: new ones, the retries that fall due and those asked for with `POST /webhooks/{id}/retries` wait, and go out once it is resumed, their retries counted from then. Resuming clears its count of consecutive failures.
 * @summary Pause or resume a webhook subscription
 */
export type updateWebhookSubscriptionResponse200 = {
  data: WebhookSubscription;
  status: 200;
};

export type updateWebhookSubscriptionResponse400 = {
  data: Error;
  status: 400;
};

export type updateWebhookSubscriptionResponse401 = {
  data: Error;
  status: 401;
};

export type updateWebhookSubscriptionResponse403 = {
  data: Error;
  status: 403;
};

export type updateWebhookSubscriptionResponse404 = {
  data: Error;
  status: 404;
};

export type updateWebhookSubscriptionResponse406 = {
  data: Error;
  status: 406;
};

export type updateWebhookSubscriptionResponse413 = {
  data: Error;
  status: 413;
};

export type updateWebhookSubscriptionResponse415 = {
  data: Error;
  status: 415;
};

export type updateWebhookSubscriptionResponseSuccess = updateWebhookSubscriptionResponse200 & {
  headers: Headers;
};
export type updateWebhookSubscriptionResponseError = (
  | updateWebhookSubscriptionResponse400
  | updateWebhookSubscriptionResponse401
  | updateWebhookSubscriptionResponse403
  | updateWebhookSubscriptionResponse404
  | updateWebhookSubscriptionResponse406
  | updateWebhookSubscriptionResponse413
  | updateWebhookSubscriptionResponse415
) & {
  headers: Headers;
};

export type updateWebhookSubscriptionResponse =
  updateWebhookSubscriptionResponseSuccess | updateWebhookSubscriptionResponseError;

export const getUpdateWebhookSubscriptionUrl = (subscriptionId: string) => {
  return `/webhook-subscriptions/${subscriptionId}`;
};

export const updateWebhookSubscription = async (
  subscriptionId: string,
  webhookSubscriptionUpdate: WebhookSubscriptionUpdate,
  options?: RequestInit,
): Promise<updateWebhookSubscriptionResponse> => {
  return clienteleFetch<updateWebhookSubscriptionResponse>(getUpdateWebhookSubscriptionUrl(subscriptionId), {
    ...options,
    method: 'POST',
    headers: { 'Content-Type': 'application/vnd.dwolla.v1.hal+json', ...options?.headers },
    body: JSON.stringify(webhookSubscriptionUpdate),
  });
};

/**
 * Answers the subscription as it was. Webhooks not yet delivered to it are cancelled.
 * @summary Delete a webhook subscription
 */
export type deleteWebhookSubscriptionResponse200 = {
  data: WebhookSubscription;
  status: 200;
};

export type deleteWebhookSubscriptionResponse401 = {
  data: Error;
  status: 401;
};

export type deleteWebhookSubscriptionResponse403 = {
  data: Error;
  status: 403;
};

export type deleteWebhookSubscriptionResponse404 = {
  data: Error;
  status: 404;
};

export type deleteWebhookSubscriptionResponse406 = {
  data: Error;
  status: 406;
};

export type deleteWebhookSubscriptionResponseSuccess = deleteWebhookSubscriptionResponse200 & {
  headers: Headers;
};
export type deleteWebhookSubscriptionResponseError = (
  | deleteWebhookSubscriptionResponse401
  | deleteWebhookSubscriptionResponse403
  | deleteWebhookSubscriptionResponse404
  | deleteWebhookSubscriptionResponse406
) & {
  headers: Headers;
};

export type deleteWebhookSubscriptionResponse =
  deleteWebhookSubscriptionResponseSuccess | deleteWebhookSubscriptionResponseError;

export const getDeleteWebhookSubscriptionUrl = (subscriptionId: string) => {
  return `/webhook-subscriptions/${subscriptionId}`;
};

export const deleteWebhookSubscription = async (
  subscriptionId: string,
  options?: RequestInit,
): Promise<deleteWebhookSubscriptionResponse> => {
  return clienteleFetch<deleteWebhookSubscriptionResponse>(getDeleteWebhookSubscriptionUrl(subscriptionId), {
    ...options,
    method: 'DELETE',
  });
};

/**
 * Newest first, each with its attempts. `limit` defaults to 25 (at most 200), `offset` to 0.
 * @summary List the webhooks of a subscription
 */
export type listSubscriptionWebhooksResponse200 = {
  data: WebhookList;
  status: 200;
};

export type listSubscriptionWebhooksResponse400 = {
  data: Error;
  status: 400;
};

export type listSubscriptionWebhooksResponse401 = {
  data: Error;
  status: 401;
};

export type listSubscriptionWebhooksResponse403 = {
  data: Error;
  status: 403;
};

export type listSubscriptionWebhooksResponse404 = {
  data: Error;
  status: 404;
};

export type listSubscriptionWebhooksResponse406 = {
  data: Error;
  status: 406;
};

export type listSubscriptionWebhooksResponseSuccess = listSubscriptionWebhooksResponse200 & {
  headers: Headers;
};
export type listSubscriptionWebhooksResponseError = (
  | listSubscriptionWebhooksResponse400
  | listSubscriptionWebhooksResponse401
  | listSubscriptionWebhooksResponse403
  | listSubscriptionWebhooksResponse404
  | listSubscriptionWebhooksResponse406
) & {
  headers: Headers;
};

export type listSubscriptionWebhooksResponse =
  listSubscriptionWebhooksResponseSuccess | listSubscriptionWebhooksResponseError;

export const getListSubscriptionWebhooksUrl = (subscriptionId: string, params?: ListSubscriptionWebhooksParams) => {
  const normalizedParams = new URLSearchParams();

  Object.entries(params || {}).forEach(([key, value]) => {
    if (value !== undefined) {
      normalizedParams.append(key, value === null ? 'null' : value.toString());
    }
  });

  const stringifiedParams = normalizedParams.toString();

  return stringifiedParams.length > 0
    ? `/webhook-subscriptions/${subscriptionId}/webhooks?${stringifiedParams}`
    : `/webhook-subscriptions/${subscriptionId}/webhooks`;
};

export const listSubscriptionWebhooks = async (
  subscriptionId: string,
  params?: ListSubscriptionWebhooksParams,
  options?: RequestInit,
): Promise<listSubscriptionWebhooksResponse> => {
  return clienteleFetch<listSubscriptionWebhooksResponse>(getListSubscriptionWebhooksUrl(subscriptionId, params), {
    ...options,
    method: 'GET',
  });
};

/**
 * @summary Get a webhook
 */
export type retrieveWebhookResponse200 = {
  data: Webhook;
  status: 200;
};

export type retrieveWebhookResponse401 = {
  data: Error;
  status: 401;
};

export type retrieveWebhookResponse403 = {
  data: Error;
  status: 403;
};

export type retrieveWebhookResponse404 = {
  data: Error;
  status: 404;
};

export type retrieveWebhookResponse406 = {
  data: Error;
  status: 406;
};

export type retrieveWebhookResponseSuccess = retrieveWebhookResponse200 & {
  headers: Headers;
};
export type retrieveWebhookResponseError = (
  retrieveWebhookResponse401 | retrieveWebhookResponse403 | retrieveWebhookResponse404 | retrieveWebhookResponse406
) & {
  headers: Headers;
};

export type retrieveWebhookResponse = retrieveWebhookResponseSuccess | retrieveWebhookResponseError;

export const getRetrieveWebhookUrl = (webhookId: string) => {
  return `/webhooks/${webhookId}`;
};

export const retrieveWebhook = async (webhookId: string, options?: RequestInit): Promise<retrieveWebhookResponse> => {
  return clienteleFetch<retrieveWebhookResponse>(getRetrieveWebhookUrl(webhookId), {
    ...options,
    method: 'GET',
  });
};

/**
 * The retries asked for with `POST /webhooks/{id}/retries`, newest first.
 * @summary List the retries of a webhook
 */
export type listWebhookRetriesResponse200 = {
  data: WebhookRetryList;
  status: 200;
};

export type listWebhookRetriesResponse401 = {
  data: Error;
  status: 401;
};

export type listWebhookRetriesResponse403 = {
  data: Error;
  status: 403;
};

export type listWebhookRetriesResponse404 = {
  data: Error;
  status: 404;
};

export type listWebhookRetriesResponse406 = {
  data: Error;
  status: 406;
};

export type listWebhookRetriesResponseSuccess = listWebhookRetriesResponse200 & {
  headers: Headers;
};
export type listWebhookRetriesResponseError = (
  | listWebhookRetriesResponse401
  | listWebhookRetriesResponse403
  | listWebhookRetriesResponse404
  | listWebhookRetriesResponse406
) & {
  headers: Headers;
};

export type listWebhookRetriesResponse = listWebhookRetriesResponseSuccess | listWebhookRetriesResponseError;

export const getListWebhookRetriesUrl = (webhookId: string) => {
  return `/webhooks/${webhookId}/retries`;
};

export const listWebhookRetries = async (
  webhookId: string,
  options?: RequestInit,
): Promise<listWebhookRetriesResponse> => {
  return clienteleFetch<listWebhookRetriesResponse>(getListWebhookRetriesUrl(webhookId), {
    ...options,
    method: 'GET',
  });
};

/**
 * Sends the webhook again now, whatever became of it; answers `201 Created` with an empty body and the retry’s URL (`…/webhooks/{id}/retries/{retryId}`) in `Location`, as Dwolla’s reference shows. While its subscription is paused the retry is recorded but nothing is sent (Dwolla: a paused subscription gets webhooks created, not sent); it goes out when the subscription is resumed. Dwolla documents no answer of its own for that case, so it is the same `201`.
 * @summary Retry a webhook now
 */
export type retryWebhookResponse201 = {
  data: void;
  status: 201;
};

export type retryWebhookResponse401 = {
  data: Error;
  status: 401;
};

export type retryWebhookResponse403 = {
  data: Error;
  status: 403;
};

export type retryWebhookResponse404 = {
  data: Error;
  status: 404;
};

export type retryWebhookResponse406 = {
  data: Error;
  status: 406;
};

export type retryWebhookResponseSuccess = retryWebhookResponse201 & {
  headers: Headers;
};
export type retryWebhookResponseError = (
  retryWebhookResponse401 | retryWebhookResponse403 | retryWebhookResponse404 | retryWebhookResponse406
) & {
  headers: Headers;
};

export type retryWebhookResponse = retryWebhookResponseSuccess | retryWebhookResponseError;

export const getRetryWebhookUrl = (webhookId: string) => {
  return `/webhooks/${webhookId}/retries`;
};

export const retryWebhook = async (webhookId: string, options?: RequestInit): Promise<retryWebhookResponse> => {
  return clienteleFetch<retryWebhookResponse>(getRetryWebhookUrl(webhookId), {
    ...options,
    method: 'POST',
  });
};

/**
 * The retry as its webhook’s list of retries shows it: the URL a retry’s `Location` and its `self` link name.
 * @summary Get a retry of a webhook
 */
export type retrieveWebhookRetryResponse200 = {
  data: WebhookRetry;
  status: 200;
};

export type retrieveWebhookRetryResponse401 = {
  data: Error;
  status: 401;
};

export type retrieveWebhookRetryResponse403 = {
  data: Error;
  status: 403;
};

export type retrieveWebhookRetryResponse404 = {
  data: Error;
  status: 404;
};

export type retrieveWebhookRetryResponse406 = {
  data: Error;
  status: 406;
};

export type retrieveWebhookRetryResponseSuccess = retrieveWebhookRetryResponse200 & {
  headers: Headers;
};
export type retrieveWebhookRetryResponseError = (
  | retrieveWebhookRetryResponse401
  | retrieveWebhookRetryResponse403
  | retrieveWebhookRetryResponse404
  | retrieveWebhookRetryResponse406
) & {
  headers: Headers;
};

export type retrieveWebhookRetryResponse = retrieveWebhookRetryResponseSuccess | retrieveWebhookRetryResponseError;

export const getRetrieveWebhookRetryUrl = (webhookId: string, retryId: string) => {
  return `/webhooks/${webhookId}/retries/${retryId}`;
};

export const retrieveWebhookRetry = async (
  webhookId: string,
  retryId: string,
  options?: RequestInit,
): Promise<retrieveWebhookRetryResponse> => {
  return clienteleFetch<retrieveWebhookRetryResponse>(getRetrieveWebhookRetryUrl(webhookId, retryId), {
    ...options,
    method: 'GET',
  });
};
