/**
 * Generated from schemas/balanced by orval; do not edit. Run `pnpm generate`.
 */
import { clienteleFetch } from '../../src/runtime/fetch';
export interface Callback {
  _type: 'callback';
  /** `CB…` */
  id: string;
  uri: string;
  url: string;
  method: string;
  revision: string;
}

/**
 * How events are sent (default `post`; `get` sends none in its body).
 */
export type CallbackCreateMethod = 'post' | 'put' | 'get';

export interface CallbackCreate {
  /**
   * Where events are sent; one callback per URL in a marketplace.
   * @maxLength 2000
   * @pattern ^https?://
   */
  url: string;
  /** How events are sent (default `post`; `get` sends none in its body). */
  method?: CallbackCreateMethod;
  /**
   * The revision of the event format (default `1.0`).
   * @maxLength 10
   */
  revision?: string;
}

export type _CallbackPageUris = { [key: string]: UriRef };

export type CallbackPageNextUri = string | null;

export type CallbackPagePreviousUri = string | null;

/**
 * A page of callbacks, newest first.
 */
export interface CallbackPage {
  _type: 'page';
  _uris: _CallbackPageUris;
  items: Callback[];
  /** @minimum 0 */
  total: number;
  /** @minimum 1 */
  limit: number;
  /** @minimum 0 */
  offset: number;
  uri: string;
  first_uri: string;
  last_uri: string;
  next_uri: CallbackPageNextUri;
  previous_uri: CallbackPagePreviousUri;
}

/**
 * How many of the event’s deliveries (one per callback) are in each state.
 */
export interface CallbackStatuses {
  /** @minimum 0 */
  failed: number;
  /** @minimum 0 */
  pending: number;
  /** @minimum 0 */
  retrying: number;
  /** @minimum 0 */
  succeeded: number;
}

export type _CustomerUris = { [key: string]: UriRef };

/**
 * Name of the customer or representative of the business.
 */
export type CustomerName = string | null;

export type CustomerEmailAddress = string | null;

export type CustomerAddress = StringMap | null;

/**
 * Phone number of the person or business.
 */
export type CustomerPhoneNumber = string | null;

/**
 * Date of birth of the customer or representative of the business.
 */
export type CustomerDob = string | null;

/**
 * Full business name if the customer is a business.
 */
export type CustomerBusinessName = string | null;

/**
 * Employee Identification Number of the business if the customer is a business.
 */
export type CustomerEin = string | null;

/**
 * Last four digits of the Social Security Number.
 */
export type CustomerSsnLast4 = string | null;

/**
 * Facebook ID or username.
 */
export type CustomerFacebookId = string | null;

/**
 * Twitter ID or username.
 */
export type CustomerTwitterId = string | null;

/**
 * The default credit card that will be debited.
 */
export type CustomerSourceUri = string | null;

/**
 * The default bank account that will be credited.
 */
export type CustomerDestinationUri = string | null;

export interface Customer {
  _type: 'customer';
  _uris: _CustomerUris;
  /**
   * `CU` + 22 base62 characters (`AC` for legacy accounts).
   * @pattern ^(CU|AC)[0-9A-Za-z]{22}$
   */
  id: string;
  /** The URI of this customer. */
  uri: string;
  /** Name of the customer or representative of the business. */
  name: CustomerName;
  email_address: CustomerEmailAddress;
  meta: StringMap;
  address?: CustomerAddress;
  /** Phone number of the person or business. */
  phone_number: CustomerPhoneNumber;
  /** Date of birth of the customer or representative of the business. */
  dob: CustomerDob;
  /** Full business name if the customer is a business. */
  business_name: CustomerBusinessName;
  /** Employee Identification Number of the business if the customer is a business. */
  ein: CustomerEin;
  /** Last four digits of the Social Security Number. */
  ssn_last4: CustomerSsnLast4;
  /** Facebook ID or username. */
  facebook_id: CustomerFacebookId;
  /** Twitter ID or username. */
  twitter_id: CustomerTwitterId;
  /** Indicates if Balanced was able to match the identity information provided for the customer. */
  is_identity_verified: boolean;
  /** ISO 8601 UTC, with microseconds. */
  created_at: string;
  /** The default credit card that will be debited. */
  source_uri: CustomerSourceUri;
  /** The default bank account that will be credited. */
  destination_uri: CustomerDestinationUri;
  bank_accounts_uri: string;
  cards_uri: string;
  credits_uri: string;
  debits_uri: string;
  holds_uri: string;
  refunds_uri: string;
  transactions_uri: string;
}

/**
 * Name of the customer or representative of the business.
 */
export type CustomerCreateName = string | null;

/**
 * Email address of the customer. It must be unique among all customers on your marketplace.
 */
export type CustomerCreateEmailAddress = string | null;

/**
 * Last four digits of the Social Security Number of the customer or representative of the business.
 */
export type CustomerCreateSsnLast4 = string | null;

/**
 * Full business name. With an EIN present too, the customer is treated as a business instead of a person.
 */
export type CustomerCreateBusinessName = string | null;

/**
 * Phone number of the person or business.
 */
export type CustomerCreatePhoneNumber = string | null;

/**
 * Date of birth of the customer or representative of the business.
 */
export type CustomerCreateDob = string | null;

/**
 * Employee Identification Number of the business.
 */
export type CustomerCreateEin = string | null;

/**
 * Facebook ID or username of the customer or representative of the business.
 */
export type CustomerCreateFacebookId = string | null;

/**
 * Twitter ID or username of the customer or representative of the business.
 */
export type CustomerCreateTwitterId = string | null;

/**
 * Every field is optional and defaults to null (`meta` and `address` to `{}`).
 */
export interface CustomerCreate {
  /** Name of the customer or representative of the business. */
  name?: CustomerCreateName;
  /** Email address of the customer. It must be unique among all customers on your marketplace. */
  email_address?: CustomerCreateEmailAddress;
  meta?: MetaInput;
  /** Last four digits of the Social Security Number of the customer or representative of the business. */
  ssn_last4?: CustomerCreateSsnLast4;
  /** Full business name. With an EIN present too, the customer is treated as a business instead of a person. */
  business_name?: CustomerCreateBusinessName;
  address?: MetaInput;
  /** Phone number of the person or business. */
  phone_number?: CustomerCreatePhoneNumber;
  /** Date of birth of the customer or representative of the business. */
  dob?: CustomerCreateDob;
  /** Employee Identification Number of the business. */
  ein?: CustomerCreateEin;
  /** Facebook ID or username of the customer or representative of the business. */
  facebook_id?: CustomerCreateFacebookId;
  /** Twitter ID or username of the customer or representative of the business. */
  twitter_id?: CustomerCreateTwitterId;
  /** Accepted for the seed example; the server assigns ids. */
  id?: null;
}

export type _CustomerPageUris = { [key: string]: UriRef };

export type CustomerPageNextUri = string | null;

export type CustomerPagePreviousUri = string | null;

/**
 * A page of customers, newest first.
 */
export interface CustomerPage {
  _type: 'page';
  _uris: _CustomerPageUris;
  items: Customer[];
  /** @minimum 0 */
  total: number;
  /** @minimum 1 */
  limit: number;
  /** @minimum 0 */
  offset: number;
  uri: string;
  first_uri: string;
  last_uri: string;
  next_uri: CustomerPageNextUri;
  previous_uri: CustomerPagePreviousUri;
}

/**
 * Name of the customer or representative of the business.
 */
export type CustomerUpdateName = string | null;

/**
 * Email address of the customer. It must be unique among all customers on your marketplace.
 */
export type CustomerUpdateEmailAddress = string | null;

/**
 * Last four digits of the Social Security Number of the customer or representative of the business.
 */
export type CustomerUpdateSsnLast4 = string | null;

/**
 * Full business name. With an EIN present too, the customer is treated as a business instead of a person.
 */
export type CustomerUpdateBusinessName = string | null;

/**
 * Phone number of the person or business.
 */
export type CustomerUpdatePhoneNumber = string | null;

/**
 * Date of birth of the customer or representative of the business.
 */
export type CustomerUpdateDob = string | null;

/**
 * Employee Identification Number of the business.
 */
export type CustomerUpdateEin = string | null;

/**
 * Facebook ID or username of the customer or representative of the business.
 */
export type CustomerUpdateFacebookId = string | null;

/**
 * Twitter ID or username of the customer or representative of the business.
 */
export type CustomerUpdateTwitterId = string | null;

/**
 * Fields present replace the stored values (null clears one); fields absent are left as they are.
 */
export interface CustomerUpdate {
  /** Name of the customer or representative of the business. */
  name?: CustomerUpdateName;
  /** Email address of the customer. It must be unique among all customers on your marketplace. */
  email_address?: CustomerUpdateEmailAddress;
  meta?: MetaInput;
  /** Last four digits of the Social Security Number of the customer or representative of the business. */
  ssn_last4?: CustomerUpdateSsnLast4;
  /** Full business name. With an EIN present too, the customer is treated as a business instead of a person. */
  business_name?: CustomerUpdateBusinessName;
  address?: MetaInput;
  /** Phone number of the person or business. */
  phone_number?: CustomerUpdatePhoneNumber;
  /** Date of birth of the customer or representative of the business. */
  dob?: CustomerUpdateDob;
  /** Employee Identification Number of the business. */
  ein?: CustomerUpdateEin;
  /** Facebook ID or username of the customer or representative of the business. */
  facebook_id?: CustomerUpdateFacebookId;
  /** Twitter ID or username of the customer or representative of the business. */
  twitter_id?: CustomerUpdateTwitterId;
}

export type ErrorCategoryType = 'request' | 'banking' | 'logical' | 'permission' | 'server';

/**
 * Each bad field, with what is wrong with it.
 */
export type ErrorExtras = { [key: string]: string };

export type ErrorAdditional = string | null;

export type _ErrorUris = { [key: string]: unknown };

/**
 * Balanced v1's flat error envelope (not wrapped in `errors`).
 */
export interface Error {
  /** HTTP reason phrase. */
  status: string;
  status_code: number;
  category_type: ErrorCategoryType;
  category_code: string;
  /** @pattern  Your request id is OHM[0-9a-f]{32}\.$ */
  description: string;
  /** @pattern ^OHM[0-9a-f]{32}$ */
  request_id: string;
  /** Each bad field, with what is wrong with it. */
  extras: ErrorExtras;
  additional: ErrorAdditional;
  _uris?: _ErrorUris;
}

/**
 * Something that happened on the marketplace: what a callback receives. The same change may be delivered more than once, as Balanced warned.
 */
export interface Event {
  _type: 'event';
  /** `EV…` */
  id: string;
  uri: string;
  /** `customer.created` or `customer.updated` (an update, or its identity verified): `resource.event_type`. */
  type: string;
  occurred_at: string;
  /** The customer as it was just after the change. */
  entity: Customer;
  callback_statuses: CallbackStatuses;
}

export type _EventPageUris = { [key: string]: UriRef };

export type EventPageNextUri = string | null;

export type EventPagePreviousUri = string | null;

/**
 * A page of events, newest first.
 */
export interface EventPage {
  _type: 'page';
  _uris: _EventPageUris;
  items: Event[];
  /** @minimum 0 */
  total: number;
  /** @minimum 1 */
  limit: number;
  /** @minimum 0 */
  offset: number;
  uri: string;
  first_uri: string;
  last_uri: string;
  next_uri: EventPageNextUri;
  previous_uri: EventPagePreviousUri;
}

/**
 * A single-level mapping from string keys to string values. Numbers and booleans are accepted and stored as strings; nested objects, arrays and null are rejected.
 */
export interface MetaInput {
  [key: string]: string | number | boolean;
}

/**
 * A single-level dictionary of string-type key/value pairs.
 */
export interface StringMap {
  [key: string]: string;
}

/**
 * Describes a link of the enclosing resource: the type it leads to and its key.
 */
export interface UriRef {
  _type: string;
  key: string;
}

export type ListCallbacksParams = {
  /**
   * How many results to return (1–100, default 10).
   * @minimum 1
   * @maximum 100
   */
  limit?: number;
  /**
   * How many results to skip (default 0).
   * @minimum 0
   * @maximum 2147483647
   */
  offset?: number;
};

export type ListCustomersParams = {
  /**
   * How many results to return (1–100, default 10).
   * @minimum 1
   * @maximum 100
   */
  limit?: number;
  /**
   * How many results to skip (default 0).
   * @minimum 0
   * @maximum 2147483647
   */
  offset?: number;
};

export type HeadCustomersParams = {
  /**
   * How many results to return (1–100, default 10).
   * @minimum 1
   * @maximum 100
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
   * How many results to return (1–100, default 10).
   * @minimum 1
   * @maximum 100
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
 * A URL that receives the marketplace’s events. A second callback with the same URL is a 409 (`duplicate-webhook-url`).
 * @summary Create a callback
 */
export type createCallbackResponse201 = {
  data: Callback;
  status: 201;
};

export type createCallbackResponse400 = {
  data: Error;
  status: 400;
};

export type createCallbackResponse401 = {
  data: Error;
  status: 401;
};

export type createCallbackResponse409 = {
  data: Error;
  status: 409;
};

export type createCallbackResponse413 = {
  data: Error;
  status: 413;
};

export type createCallbackResponse415 = {
  data: Error;
  status: 415;
};

export type createCallbackResponseSuccess = createCallbackResponse201 & {
  headers: Headers;
};
export type createCallbackResponseError = (
  | createCallbackResponse400
  | createCallbackResponse401
  | createCallbackResponse409
  | createCallbackResponse413
  | createCallbackResponse415
) & {
  headers: Headers;
};

export type createCallbackResponse = createCallbackResponseSuccess | createCallbackResponseError;

export const getCreateCallbackUrl = () => {
  return `/v1/callbacks`;
};

export const createCallback = async (
  callbackCreate: CallbackCreate,
  options?: RequestInit,
): Promise<createCallbackResponse> => {
  return clienteleFetch<createCallbackResponse>(getCreateCallbackUrl(), {
    ...options,
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...options?.headers },
    body: JSON.stringify(callbackCreate),
  });
};

/**
 * @summary List callbacks
 */
export type listCallbacksResponse200 = {
  data: CallbackPage;
  status: 200;
};

export type listCallbacksResponse400 = {
  data: Error;
  status: 400;
};

export type listCallbacksResponse401 = {
  data: Error;
  status: 401;
};

export type listCallbacksResponseSuccess = listCallbacksResponse200 & {
  headers: Headers;
};
export type listCallbacksResponseError = (listCallbacksResponse400 | listCallbacksResponse401) & {
  headers: Headers;
};

export type listCallbacksResponse = listCallbacksResponseSuccess | listCallbacksResponseError;

export const getListCallbacksUrl = (params?: ListCallbacksParams) => {
  const normalizedParams = new URLSearchParams();

  Object.entries(params || {}).forEach(([key, value]) => {
    if (value !== undefined) {
      normalizedParams.append(key, value === null ? 'null' : value.toString());
    }
  });

  const stringifiedParams = normalizedParams.toString();

  return stringifiedParams.length > 0 ? `/v1/callbacks?${stringifiedParams}` : `/v1/callbacks`;
};

export const listCallbacks = async (
  params?: ListCallbacksParams,
  options?: RequestInit,
): Promise<listCallbacksResponse> => {
  return clienteleFetch<listCallbacksResponse>(getListCallbacksUrl(params), {
    ...options,
    method: 'GET',
  });
};

/**
 * @summary Get a callback
 */
export type retrieveCallbackResponse200 = {
  data: Callback;
  status: 200;
};

export type retrieveCallbackResponse401 = {
  data: Error;
  status: 401;
};

export type retrieveCallbackResponse404 = {
  data: Error;
  status: 404;
};

export type retrieveCallbackResponseSuccess = retrieveCallbackResponse200 & {
  headers: Headers;
};
export type retrieveCallbackResponseError = (retrieveCallbackResponse401 | retrieveCallbackResponse404) & {
  headers: Headers;
};

export type retrieveCallbackResponse = retrieveCallbackResponseSuccess | retrieveCallbackResponseError;

export const getRetrieveCallbackUrl = (callbackId: string) => {
  return `/v1/callbacks/${callbackId}`;
};

export const retrieveCallback = async (
  callbackId: string,
  options?: RequestInit,
): Promise<retrieveCallbackResponse> => {
  return clienteleFetch<retrieveCallbackResponse>(getRetrieveCallbackUrl(callbackId), {
    ...options,
    method: 'GET',
  });
};

/**
 * Events not yet delivered to it are cancelled.
 * @summary Delete a callback
 */
export type deleteCallbackResponse204 = {
  data: void;
  status: 204;
};

export type deleteCallbackResponse401 = {
  data: Error;
  status: 401;
};

export type deleteCallbackResponse404 = {
  data: Error;
  status: 404;
};

export type deleteCallbackResponseSuccess = deleteCallbackResponse204 & {
  headers: Headers;
};
export type deleteCallbackResponseError = (deleteCallbackResponse401 | deleteCallbackResponse404) & {
  headers: Headers;
};

export type deleteCallbackResponse = deleteCallbackResponseSuccess | deleteCallbackResponseError;

export const getDeleteCallbackUrl = (callbackId: string) => {
  return `/v1/callbacks/${callbackId}`;
};

export const deleteCallback = async (callbackId: string, options?: RequestInit): Promise<deleteCallbackResponse> => {
  return clienteleFetch<deleteCallbackResponse>(getDeleteCallbackUrl(callbackId), {
    ...options,
    method: 'DELETE',
  });
};

/**
 * @summary Create a customer
 */
export type createCustomerResponse201 = {
  data: Customer;
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

export type createCustomerResponseSuccess = createCustomerResponse201 & {
  headers: Headers;
};
export type createCustomerResponseError = (
  | createCustomerResponse400
  | createCustomerResponse401
  | createCustomerResponse409
  | createCustomerResponse413
  | createCustomerResponse415
) & {
  headers: Headers;
};

export type createCustomerResponse = createCustomerResponseSuccess | createCustomerResponseError;

export const getCreateCustomerUrl = () => {
  return `/v1/customers`;
};

export const createCustomer = async (
  customerCreate: CustomerCreate,
  options?: RequestInit,
): Promise<createCustomerResponse> => {
  return clienteleFetch<createCustomerResponse>(getCreateCustomerUrl(), {
    ...options,
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...options?.headers },
    body: JSON.stringify(customerCreate),
  });
};

/**
 * Newest first. `limit` defaults to 10 (at most 100), `offset` to 0.
 * @summary List all customers
 */
export type listCustomersResponse200 = {
  data: CustomerPage;
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

export type listCustomersResponseSuccess = listCustomersResponse200 & {
  headers: Headers;
};
export type listCustomersResponseError = (listCustomersResponse400 | listCustomersResponse401) & {
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

  return stringifiedParams.length > 0 ? `/v1/customers?${stringifiedParams}` : `/v1/customers`;
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
 * The same status and headers as listing customers, without a body.
 * @summary Check the customer list
 */
export type headCustomersResponse200 = {
  data: void;
  status: 200;
};

export type headCustomersResponse400 = {
  data: void;
  status: 400;
};

export type headCustomersResponse401 = {
  data: void;
  status: 401;
};

export type headCustomersResponseSuccess = headCustomersResponse200 & {
  headers: Headers;
};
export type headCustomersResponseError = (headCustomersResponse400 | headCustomersResponse401) & {
  headers: Headers;
};

export type headCustomersResponse = headCustomersResponseSuccess | headCustomersResponseError;

export const getHeadCustomersUrl = (params?: HeadCustomersParams) => {
  const normalizedParams = new URLSearchParams();

  Object.entries(params || {}).forEach(([key, value]) => {
    if (value !== undefined) {
      normalizedParams.append(key, value === null ? 'null' : value.toString());
    }
  });

  const stringifiedParams = normalizedParams.toString();

  return stringifiedParams.length > 0 ? `/v1/customers?${stringifiedParams}` : `/v1/customers`;
};

export const headCustomers = async (
  params?: HeadCustomersParams,
  options?: RequestInit,
): Promise<headCustomersResponse> => {
  return clienteleFetch<headCustomersResponse>(getHeadCustomersUrl(params), {
    ...options,
    method: 'HEAD',
  });
};

/**
 * @summary Retrieve a customer
 */
export type retrieveCustomerResponse200 = {
  data: Customer;
  status: 200;
};

export type retrieveCustomerResponse401 = {
  data: Error;
  status: 401;
};

export type retrieveCustomerResponse404 = {
  data: Error;
  status: 404;
};

export type retrieveCustomerResponseSuccess = retrieveCustomerResponse200 & {
  headers: Headers;
};
export type retrieveCustomerResponseError = (retrieveCustomerResponse401 | retrieveCustomerResponse404) & {
  headers: Headers;
};

export type retrieveCustomerResponse = retrieveCustomerResponseSuccess | retrieveCustomerResponseError;

export const getRetrieveCustomerUrl = (customerId: string) => {
  return `/v1/customers/${customerId}`;
};

export const retrieveCustomer = async (
  customerId: string,
  options?: RequestInit,
): Promise<retrieveCustomerResponse> => {
  return clienteleFetch<retrieveCustomerResponse>(getRetrieveCustomerUrl(customerId), {
    ...options,
    method: 'GET',
  });
};

/**
 * The same status and headers as retrieving the customer, without a body.
 * @summary Check a customer exists
 */
export type headCustomerResponse200 = {
  data: void;
  status: 200;
};

export type headCustomerResponse401 = {
  data: void;
  status: 401;
};

export type headCustomerResponse404 = {
  data: void;
  status: 404;
};

export type headCustomerResponseSuccess = headCustomerResponse200 & {
  headers: Headers;
};
export type headCustomerResponseError = (headCustomerResponse401 | headCustomerResponse404) & {
  headers: Headers;
};

export type headCustomerResponse = headCustomerResponseSuccess | headCustomerResponseError;

export const getHeadCustomerUrl = (customerId: string) => {
  return `/v1/customers/${customerId}`;
};

export const headCustomer = async (customerId: string, options?: RequestInit): Promise<headCustomerResponse> => {
  return clienteleFetch<headCustomerResponse>(getHeadCustomerUrl(customerId), {
    ...options,
    method: 'HEAD',
  });
};

/**
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

export type updateCustomerResponse404 = {
  data: Error;
  status: 404;
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

export type updateCustomerResponseSuccess = updateCustomerResponse200 & {
  headers: Headers;
};
export type updateCustomerResponseError = (
  | updateCustomerResponse400
  | updateCustomerResponse401
  | updateCustomerResponse404
  | updateCustomerResponse409
  | updateCustomerResponse413
  | updateCustomerResponse415
) & {
  headers: Headers;
};

export type updateCustomerResponse = updateCustomerResponseSuccess | updateCustomerResponseError;

export const getUpdateCustomerUrl = (customerId: string) => {
  return `/v1/customers/${customerId}`;
};

export const updateCustomer = async (
  customerId: string,
  customerUpdate: CustomerUpdate,
  options?: RequestInit,
): Promise<updateCustomerResponse> => {
  return clienteleFetch<updateCustomerResponse>(getUpdateCustomerUrl(customerId), {
    ...options,
    method: 'PUT',
    headers: { 'Content-Type': 'application/json', ...options?.headers },
    body: JSON.stringify(customerUpdate),
  });
};

/**
 * @summary List events
 */
export type listEventsResponse200 = {
  data: EventPage;
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

export type listEventsResponseSuccess = listEventsResponse200 & {
  headers: Headers;
};
export type listEventsResponseError = (listEventsResponse400 | listEventsResponse401) & {
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

  return stringifiedParams.length > 0 ? `/v1/events?${stringifiedParams}` : `/v1/events`;
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

export type retrieveEventResponse404 = {
  data: Error;
  status: 404;
};

export type retrieveEventResponseSuccess = retrieveEventResponse200 & {
  headers: Headers;
};
export type retrieveEventResponseError = (retrieveEventResponse401 | retrieveEventResponse404) & {
  headers: Headers;
};

export type retrieveEventResponse = retrieveEventResponseSuccess | retrieveEventResponseError;

export const getRetrieveEventUrl = (eventId: string) => {
  return `/v1/events/${eventId}`;
};

export const retrieveEvent = async (eventId: string, options?: RequestInit): Promise<retrieveEventResponse> => {
  return clienteleFetch<retrieveEventResponse>(getRetrieveEventUrl(eventId), {
    ...options,
    method: 'GET',
  });
};
