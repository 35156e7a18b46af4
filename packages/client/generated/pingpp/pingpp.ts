/**
 * Generated from schemas/pingpp by orval; do not edit. Run `pnpm generate`.
 */
import { clienteleFetch } from '../../src/runtime/fetch';
/**
 * Credit or debit card; `unknown` when the token did not say.
 */
export type CardFunding = 'credit' | 'debit' | 'unknown';

/**
 * The card network, recognised from the card number: `62…` UnionPay, `4…` Visa, `51–55…`/`2221–2720…` MasterCard, `3528–3589…` JCB.
 */
export type CardBrand = 'UnionPay' | 'Visa' | 'MasterCard' | 'JCB';

/**
 * Issuing bank code (`icbc`, `cmb`, `boc`, …) as given when the token was created; null when unknown and for foreign cards.
 */
export type CardBank = string | null;

/**
 * A card bound to a customer (one of its sources).
 */
export interface Card {
  /**
   * Card object id (`card_` + 24 characters).
   * @pattern ^card_[0-9A-Za-z]{24}$
   */
  id: string;
  object: 'card';
  /**
   * When the object was created, in Unix seconds.
   * @minimum 0
   */
  created: number;
  /**
   * The last four digits of the card number.
   * @pattern ^[0-9]{4}$
   */
  last4: string;
  /** Credit or debit card; `unknown` when the token did not say. */
  funding: CardFunding;
  /** The card network, recognised from the card number: `62…` UnionPay, `4…` Visa, `51–55…`/`2221–2720…` MasterCard, `3528–3589…` JCB. */
  brand: CardBrand;
  /** Issuing bank code (`icbc`, `cmb`, `boc`, …) as given when the token was created; null when unknown and for foreign cards. */
  bank: CardBank;
  /**
   * The customer the card is bound to.
   * @pattern ^cus_[0-9A-Za-z]{14}$
   */
  customer: string;
}

/**
 * The card network, recognised from the card number: `62…` UnionPay, `4…` Visa, `51–55…`/`2221–2720…` MasterCard, `3528–3589…` JCB.
 */
export type CardInputBrand = 'UnionPay' | 'Visa' | 'MasterCard' | 'JCB';

/**
 * Credit or debit card (default `unknown`).
 */
export type CardInputFunding = 'credit' | 'debit';

/**
 * The card a token stands for. Only the last four digits and a fingerprint of the number are kept.
 */
export interface CardInput {
  /**
   * The card number: 12 to 19 digits. It decides the brand, and whether the card is domestic (UnionPay, `62…`).
   * @pattern ^[0-9]{12,19}$
   */
  card_number: string;
  /**
   * The card holder's name (it becomes the customer's `name`).
   * @minLength 1
   * @maxLength 64
   */
  name: string;
  /**
   * The phone the SMS verification code is sent to.
   * @pattern ^\+?[0-9]{5,20}$
   */
  phone_number: string;
  /**
   * Identity document type, e.g. `ID`.
   * @maxLength 32
   */
  cred_type?: string;
  /**
   * Identity document number.
   * @maxLength 64
   */
  cred_number?: string;
  /** The card network, recognised from the card number: `62…` UnionPay, `4…` Visa, `51–55…`/`2221–2720…` MasterCard, `3528–3589…` JCB. */
  brand?: CardInputBrand;
  /** Credit or debit card (default `unknown`). */
  funding?: CardInputFunding;
  /**
   * Issuing bank code, e.g. `boc`, `cmb`, `icbc` (ignored for foreign cards).
   * @pattern ^[a-z]{2,16}$
   */
  bank?: string;
}

/**
 * Cards, newest first.
 */
export interface CardList {
  object: 'list';
  /** Where the full list lives: `/v1/customers/{id}/sources`. */
  url: string;
  /** Whether more cards exist beyond this page in the direction of paging. */
  has_more: boolean;
  data: Card[];
}

/**
 * The customer's email address.
 */
export type CustomerEmail = string | null;

/**
 * Three-letter currency code; null (no charges are made here).
 */
export type CustomerCurrency = string | null;

export type CustomerDescription = string | null;

/**
 * `{}` when none is set (the seed also shows null).
 */
export type CustomerMetadata = Metadata | null;

/**
 * The id of the default card; null once every card is removed.
 */
export type CustomerDefaultSource = string | null;

/**
 * A customer of an App, with the cards bound to it.
 */
export interface Customer {
  /**
   * Customer object id (`cus_` + 14 characters).
   * @pattern ^cus_[0-9A-Za-z]{14}$
   */
  id: string;
  object: 'customer';
  /**
   * When the object was created, in Unix seconds.
   * @minimum 0
   */
  created: number;
  /** Whether the object lives in live mode (a `sk_live_…` key) or test mode (`sk_test_…`). */
  livemode: boolean;
  /**
   * The App object id (`app_` + 16 characters).
   * @pattern ^app_[0-9A-Za-z]{16}$
   */
  app: string;
  /** The card holder's name, from the token the customer was created with. */
  name: string;
  /** The customer's email address. */
  email: CustomerEmail;
  /** Three-letter currency code; null (no charges are made here). */
  currency: CustomerCurrency;
  description: CustomerDescription;
  /** `{}` when none is set (the seed also shows null). */
  metadata: CustomerMetadata;
  /** The bound cards, newest first: the first 10, `has_more` when there are more. */
  sources: CardList;
  /** The id of the default card; null once every card is removed. */
  default_source: CustomerDefaultSource;
}

/**
 * The SMS verification of the token: its SMS code object id and the code received.
 */
export type CustomerCreateSmsCode = {
  /**
   * The SMS code object id (`sms_…`) embedded in the token.
   * @minLength 1
   * @maxLength 64
   */
  id: string;
  /**
   * The code the card holder received (`123456` in test mode).
   * @minLength 1
   * @maxLength 16
   */
  code: string;
};

/**
 * A new customer, bound to the token's card (which becomes its `default_source`).
 */
export interface CustomerCreate {
  /**
   * The App object id (`app_` + 16 characters).
   * @pattern ^app_[0-9A-Za-z]{16}$
   */
  app: string;
  /**
   * A Token object id (`tok_…`): single-use; its card must be a domestic (UnionPay) card.
   * @minLength 1
   * @maxLength 64
   */
  source: string;
  /** The SMS verification of the token: its SMS code object id and the code received. */
  sms_code: CustomerCreateSmsCode;
  /**
   * Free text.
   * @maxLength 255
   */
  description?: string;
  /**
   * The customer's email address.
   * @maxLength 254
   */
  email?: string;
  metadata?: MetadataInput;
}

/**
 * Customers, newest first.
 */
export interface CustomerList {
  object: 'list';
  url: '/v1/customers';
  /** Whether more customers exist beyond this page in the direction of paging. */
  has_more: boolean;
  data: Customer[];
}

export type CustomerUpdateDescription = string | null;

export type CustomerUpdateEmail = string | null;

/**
 * Merged into the stored metadata; null clears it.
 */
export type CustomerUpdateMetadata = MetadataInput | null;

/**
 * Fields sent replace the stored values (null clears `description` and `email`); fields absent stay.
 */
export interface CustomerUpdate {
  /**
   * Accepted as the seed's example sends it; it must be the customer's App.
   * @maxLength 64
   */
  app?: string;
  description?: CustomerUpdateDescription;
  email?: CustomerUpdateEmail;
  /** Merged into the stored metadata; null clears it. */
  metadata?: CustomerUpdateMetadata;
  /**
   * One of the customer's bound cards; cannot be null.
   * @minLength 1
   * @maxLength 64
   */
  default_source?: string;
}

export interface Deleted {
  deleted: true;
  /** The id of the deleted object. */
  id: string;
}

/**
 * `invalid_request_error` for 4xx answers, `api_error` for 5xx.
 */
export type ErrorErrorType = 'invalid_request_error' | 'api_error';

export type ErrorError = {
  /** `invalid_request_error` for 4xx answers, `api_error` for 5xx. */
  type: ErrorErrorType;
  /** What went wrong: Chinese by default, English with `Accept-Language: en`. */
  message: string;
  /** The offending parameter, in bracket notation (`sms_code[code]`); `id` for an unknown path id. */
  param?: string;
  /** A machine-readable reason, where there is one (`token_used`, `sms_code_incorrect`, …). */
  code?: string;
};

/**
 * Ping++'s error envelope.
 */
export interface Error {
  error: ErrorError;
}

/**
 * Key/value pairs of your own, as strings.
 */
export interface Metadata {
  [key: string]: string;
}

/**
 * Up to 50 keys with string values (at most 500 characters; numbers and booleans are kept as strings). Merged into the stored metadata: an empty string removes its key.
 */
export interface MetadataInput {
  [key: string]: string | number | boolean;
}

/**
 * An SMS verification code, as the card holder received it.
 */
export interface SmsCode {
  /**
   * SMS code object id.
   * @pattern ^sms_[0-9A-Za-z]{24}$
   */
  id: string;
  object: 'sms_code';
  /**
   * When the object was created, in Unix seconds.
   * @minimum 0
   */
  created: number;
  /** Whether the object lives in live mode (a `sk_live_…` key) or test mode (`sk_test_…`). */
  livemode: boolean;
  /**
   * The token the code verifies.
   * @pattern ^tok_[0-9A-Za-z]{24}$
   */
  source: string;
  /**
   * The code sent to the card holder: `123456` in test mode, six random digits in live mode.
   * @pattern ^[0-9]{6}$
   */
  code: string;
  /** Whether the code has been used to bind the card. */
  validated: boolean;
}

/**
 * The SMS verification code sent when the token was created; the code itself is read with `GET /v1/sms_codes/{id}`.
 */
export interface SmsCodeSummary {
  /**
   * SMS code object id (`sms_` + 24 characters).
   * @pattern ^sms_[0-9A-Za-z]{24}$
   */
  id: string;
  object: 'sms_code';
  /**
   * When the object was created, in Unix seconds.
   * @minimum 0
   */
  created: number;
  /** Whether the code has been used to bind the card. */
  validated: boolean;
}

/**
 * The SMS verification of the token: its SMS code object id and the code received.
 */
export type SourceCreateSmsCode = {
  /**
   * The SMS code object id (`sms_…`) embedded in the token.
   * @minLength 1
   * @maxLength 64
   */
  id: string;
  /**
   * The code the card holder received (`123456` in test mode).
   * @minLength 1
   * @maxLength 16
   */
  code: string;
};

/**
 * Binds the token's card to the customer.
 */
export interface SourceCreate {
  /**
   * A Token object id (`tok_…`): single-use; its card must be a domestic (UnionPay) card.
   * @minLength 1
   * @maxLength 64
   */
  source: string;
  /** The SMS verification of the token: its SMS code object id and the code received. */
  sms_code: SourceCreateSmsCode;
}

/**
 * When it was used, in Unix seconds.
 */
export type TokenTimeUsed = number | null;

/**
 * A single-use token standing for a card, with the SMS code that verifies it.
 */
export interface Token {
  /**
   * Token object id (`tok_` + 24 characters).
   * @pattern ^tok_[0-9A-Za-z]{24}$
   */
  id: string;
  object: 'token';
  /**
   * When the object was created, in Unix seconds.
   * @minimum 0
   */
  created: number;
  /** Whether the object lives in live mode (a `sk_live_…` key) or test mode (`sk_test_…`). */
  livemode: boolean;
  type: 'card';
  /** Whether the token has been used to bind its card (a token is single-use). */
  used: boolean;
  /** When it was used, in Unix seconds. */
  time_used: TokenTimeUsed;
  card: TokenCard;
  sms_code: SmsCodeSummary;
}

/**
 * Credit or debit card; `unknown` when the token did not say.
 */
export type TokenCardFunding = 'credit' | 'debit' | 'unknown';

/**
 * The card network, recognised from the card number: `62…` UnionPay, `4…` Visa, `51–55…`/`2221–2720…` MasterCard, `3528–3589…` JCB.
 */
export type TokenCardBrand = 'UnionPay' | 'Visa' | 'MasterCard' | 'JCB';

/**
 * Issuing bank code (`icbc`, `cmb`, `boc`, …) as given when the token was created; null when unknown and for foreign cards.
 */
export type TokenCardBank = string | null;

/**
 * The card a token stands for. Only domestic (UnionPay) cards can be bound to customers.
 */
export interface TokenCard {
  object: 'card';
  /** @pattern ^[0-9]{4}$ */
  last4: string;
  /** Credit or debit card; `unknown` when the token did not say. */
  funding: TokenCardFunding;
  /** The card network, recognised from the card number: `62…` UnionPay, `4…` Visa, `51–55…`/`2221–2720…` MasterCard, `3528–3589…` JCB. */
  brand: TokenCardBrand;
  /** Issuing bank code (`icbc`, `cmb`, `boc`, …) as given when the token was created; null when unknown and for foreign cards. */
  bank: TokenCardBank;
  /** The card holder's name. */
  name: string;
}

/**
 * A card to tokenize; an SMS verification code is sent to its phone.
 */
export interface TokenCreate {
  /**
   * The App object id (`app_` + 16 characters).
   * @pattern ^app_[0-9A-Za-z]{16}$
   */
  app: string;
  card: CardInput;
}

export type ListCustomersParams = {
  /**
   * How many results to return (1–100, default 10).
   * @minimum 1
   * @maximum 100
   */
  limit?: number;
  /**
   * An object id: the page starts after it.
   * @minLength 1
   * @maxLength 255
   */
  starting_after?: string;
  /**
   * An object id: the page ends before it.
   * @minLength 1
   * @maxLength 255
   */
  ending_before?: string;
  /**
   * Bounds on the creation time, each optional.
   */
  created?: {
    /**
     * Created after this time (Unix seconds).
     * @minimum 0
     */
    gt?: number;
    /**
     * Created at or after this time (Unix seconds).
     * @minimum 0
     */
    gte?: number;
    /**
     * Created before this time (Unix seconds).
     * @minimum 0
     */
    lt?: number;
    /**
     * Created at or before this time (Unix seconds).
     * @minimum 0
     */
    lte?: number;
  };
};

export type ListSourcesParams = {
  /**
   * How many results to return (1–100, default 10).
   * @minimum 1
   * @maximum 100
   */
  limit?: number;
  /**
   * An object id: the page starts after it.
   * @minLength 1
   * @maxLength 255
   */
  starting_after?: string;
  /**
   * An object id: the page ends before it.
   * @minLength 1
   * @maxLength 255
   */
  ending_before?: string;
  /**
   * Bounds on the creation time, each optional.
   */
  created?: {
    /**
     * Created after this time (Unix seconds).
     * @minimum 0
     */
    gt?: number;
    /**
     * Created at or after this time (Unix seconds).
     * @minimum 0
     */
    gte?: number;
    /**
     * Created before this time (Unix seconds).
     * @minimum 0
     */
    lt?: number;
    /**
     * Created at or before this time (Unix seconds).
     * @minimum 0
     */
    lte?: number;
  };
};

/**
 * Creates a customer and binds the token's card to it, verified by the token's SMS code; the card becomes `default_source` and its holder the customer's `name`. The token is used up. Foreign cards cannot be bound.
 * @summary Create a customer
 */
export type createCustomerResponse200 = {
  data: Customer;
  status: 200;
};

export type createCustomerResponse400 = {
  data: Error;
  status: 400;
};

export type createCustomerResponse401 = {
  data: Error;
  status: 401;
};

export type createCustomerResponse413 = {
  data: Error;
  status: 413;
};

export type createCustomerResponse415 = {
  data: Error;
  status: 415;
};

export type createCustomerResponseSuccess = createCustomerResponse200 & {
  headers: Headers;
};
export type createCustomerResponseError = (
  createCustomerResponse400 | createCustomerResponse401 | createCustomerResponse413 | createCustomerResponse415
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
 * Newest first. `limit` 1–100 (default 10); `starting_after` or `ending_before` a customer id; `created[gt|gte|lt|lte]` Unix seconds.
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
 * `default_source` must be one of the customer’s cards and cannot be null. `metadata` is merged.
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
 * The same as `PUT /v1/customers/{customer_id}`.
 * @summary Update a customer (POST)
 */
export type updateCustomerByPostResponse200 = {
  data: Customer;
  status: 200;
};

export type updateCustomerByPostResponse400 = {
  data: Error;
  status: 400;
};

export type updateCustomerByPostResponse401 = {
  data: Error;
  status: 401;
};

export type updateCustomerByPostResponse404 = {
  data: Error;
  status: 404;
};

export type updateCustomerByPostResponse413 = {
  data: Error;
  status: 413;
};

export type updateCustomerByPostResponse415 = {
  data: Error;
  status: 415;
};

export type updateCustomerByPostResponseSuccess = updateCustomerByPostResponse200 & {
  headers: Headers;
};
export type updateCustomerByPostResponseError = (
  | updateCustomerByPostResponse400
  | updateCustomerByPostResponse401
  | updateCustomerByPostResponse404
  | updateCustomerByPostResponse413
  | updateCustomerByPostResponse415
) & {
  headers: Headers;
};

export type updateCustomerByPostResponse = updateCustomerByPostResponseSuccess | updateCustomerByPostResponseError;

export const getUpdateCustomerByPostUrl = (customerId: string) => {
  return `/v1/customers/${customerId}`;
};

export const updateCustomerByPost = async (
  customerId: string,
  customerUpdate: CustomerUpdate,
  options?: RequestInit,
): Promise<updateCustomerByPostResponse> => {
  return clienteleFetch<updateCustomerByPostResponse>(getUpdateCustomerByPostUrl(customerId), {
    ...options,
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...options?.headers },
    body: JSON.stringify(customerUpdate),
  });
};

/**
 * The customer and its cards become unreachable (404) and leave every list; they are kept in storage.
 * @summary Delete a customer
 */
export type deleteCustomerResponse200 = {
  data: Deleted;
  status: 200;
};

export type deleteCustomerResponse401 = {
  data: Error;
  status: 401;
};

export type deleteCustomerResponse404 = {
  data: Error;
  status: 404;
};

export type deleteCustomerResponseSuccess = deleteCustomerResponse200 & {
  headers: Headers;
};
export type deleteCustomerResponseError = (deleteCustomerResponse401 | deleteCustomerResponse404) & {
  headers: Headers;
};

export type deleteCustomerResponse = deleteCustomerResponseSuccess | deleteCustomerResponseError;

export const getDeleteCustomerUrl = (customerId: string) => {
  return `/v1/customers/${customerId}`;
};

export const deleteCustomer = async (customerId: string, options?: RequestInit): Promise<deleteCustomerResponse> => {
  return clienteleFetch<deleteCustomerResponse>(getDeleteCustomerUrl(customerId), {
    ...options,
    method: 'DELETE',
  });
};

/**
 * Binds the token's card, verified by its SMS code; it becomes `default_source` when the customer has none.
 * @summary Bind a card to a customer
 */
export type createSourceResponse200 = {
  data: Card;
  status: 200;
};

export type createSourceResponse400 = {
  data: Error;
  status: 400;
};

export type createSourceResponse401 = {
  data: Error;
  status: 401;
};

export type createSourceResponse404 = {
  data: Error;
  status: 404;
};

export type createSourceResponse413 = {
  data: Error;
  status: 413;
};

export type createSourceResponse415 = {
  data: Error;
  status: 415;
};

export type createSourceResponseSuccess = createSourceResponse200 & {
  headers: Headers;
};
export type createSourceResponseError = (
  | createSourceResponse400
  | createSourceResponse401
  | createSourceResponse404
  | createSourceResponse413
  | createSourceResponse415
) & {
  headers: Headers;
};

export type createSourceResponse = createSourceResponseSuccess | createSourceResponseError;

export const getCreateSourceUrl = (customerId: string) => {
  return `/v1/customers/${customerId}/sources`;
};

export const createSource = async (
  customerId: string,
  sourceCreate: SourceCreate,
  options?: RequestInit,
): Promise<createSourceResponse> => {
  return clienteleFetch<createSourceResponse>(getCreateSourceUrl(customerId), {
    ...options,
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...options?.headers },
    body: JSON.stringify(sourceCreate),
  });
};

/**
 * Paged like customers: newest first, `limit`, `starting_after`, `ending_before`, `created[…]`.
 * @summary List a customer's cards
 */
export type listSourcesResponse200 = {
  data: CardList;
  status: 200;
};

export type listSourcesResponse400 = {
  data: Error;
  status: 400;
};

export type listSourcesResponse401 = {
  data: Error;
  status: 401;
};

export type listSourcesResponse404 = {
  data: Error;
  status: 404;
};

export type listSourcesResponseSuccess = listSourcesResponse200 & {
  headers: Headers;
};
export type listSourcesResponseError = (listSourcesResponse400 | listSourcesResponse401 | listSourcesResponse404) & {
  headers: Headers;
};

export type listSourcesResponse = listSourcesResponseSuccess | listSourcesResponseError;

export const getListSourcesUrl = (customerId: string, params?: ListSourcesParams) => {
  const normalizedParams = new URLSearchParams();

  Object.entries(params || {}).forEach(([key, value]) => {
    if (value !== undefined) {
      normalizedParams.append(key, value === null ? 'null' : value.toString());
    }
  });

  const stringifiedParams = normalizedParams.toString();

  return stringifiedParams.length > 0
    ? `/v1/customers/${customerId}/sources?${stringifiedParams}`
    : `/v1/customers/${customerId}/sources`;
};

export const listSources = async (
  customerId: string,
  params?: ListSourcesParams,
  options?: RequestInit,
): Promise<listSourcesResponse> => {
  return clienteleFetch<listSourcesResponse>(getListSourcesUrl(customerId, params), {
    ...options,
    method: 'GET',
  });
};

/**
 * @summary Retrieve a card
 */
export type retrieveSourceResponse200 = {
  data: Card;
  status: 200;
};

export type retrieveSourceResponse401 = {
  data: Error;
  status: 401;
};

export type retrieveSourceResponse404 = {
  data: Error;
  status: 404;
};

export type retrieveSourceResponseSuccess = retrieveSourceResponse200 & {
  headers: Headers;
};
export type retrieveSourceResponseError = (retrieveSourceResponse401 | retrieveSourceResponse404) & {
  headers: Headers;
};

export type retrieveSourceResponse = retrieveSourceResponseSuccess | retrieveSourceResponseError;

export const getRetrieveSourceUrl = (customerId: string, cardId: string) => {
  return `/v1/customers/${customerId}/sources/${cardId}`;
};

export const retrieveSource = async (
  customerId: string,
  cardId: string,
  options?: RequestInit,
): Promise<retrieveSourceResponse> => {
  return clienteleFetch<retrieveSourceResponse>(getRetrieveSourceUrl(customerId, cardId), {
    ...options,
    method: 'GET',
  });
};

/**
 * When it was `default_source`, the most recently bound remaining card becomes the default (or null when none remains).
 * @summary Remove a card
 */
export type deleteSourceResponse200 = {
  data: Deleted;
  status: 200;
};

export type deleteSourceResponse401 = {
  data: Error;
  status: 401;
};

export type deleteSourceResponse404 = {
  data: Error;
  status: 404;
};

export type deleteSourceResponseSuccess = deleteSourceResponse200 & {
  headers: Headers;
};
export type deleteSourceResponseError = (deleteSourceResponse401 | deleteSourceResponse404) & {
  headers: Headers;
};

export type deleteSourceResponse = deleteSourceResponseSuccess | deleteSourceResponseError;

export const getDeleteSourceUrl = (customerId: string, cardId: string) => {
  return `/v1/customers/${customerId}/sources/${cardId}`;
};

export const deleteSource = async (
  customerId: string,
  cardId: string,
  options?: RequestInit,
): Promise<deleteSourceResponse> => {
  return clienteleFetch<deleteSourceResponse>(getDeleteSourceUrl(customerId, cardId), {
    ...options,
    method: 'DELETE',
  });
};

/**
 * The SMS verification code a token sent, as the card holder received it.
 * @summary Retrieve an SMS code
 */
export type retrieveSmsCodeResponse200 = {
  data: SmsCode;
  status: 200;
};

export type retrieveSmsCodeResponse401 = {
  data: Error;
  status: 401;
};

export type retrieveSmsCodeResponse404 = {
  data: Error;
  status: 404;
};

export type retrieveSmsCodeResponseSuccess = retrieveSmsCodeResponse200 & {
  headers: Headers;
};
export type retrieveSmsCodeResponseError = (retrieveSmsCodeResponse401 | retrieveSmsCodeResponse404) & {
  headers: Headers;
};

export type retrieveSmsCodeResponse = retrieveSmsCodeResponseSuccess | retrieveSmsCodeResponseError;

export const getRetrieveSmsCodeUrl = (smsCodeId: string) => {
  return `/v1/sms_codes/${smsCodeId}`;
};

export const retrieveSmsCode = async (smsCodeId: string, options?: RequestInit): Promise<retrieveSmsCodeResponse> => {
  return clienteleFetch<retrieveSmsCodeResponse>(getRetrieveSmsCodeUrl(smsCodeId), {
    ...options,
    method: 'GET',
  });
};

/**
 * Tokenizes a card and sends an SMS verification code to its phone: the token embeds the SMS code object. In test mode the code is always `123456`; in live mode it is six random digits, readable only with `GET /v1/sms_codes/{id}`.
 * @summary Create a card token
 */
export type createTokenResponse200 = {
  data: Token;
  status: 200;
};

export type createTokenResponse400 = {
  data: Error;
  status: 400;
};

export type createTokenResponse401 = {
  data: Error;
  status: 401;
};

export type createTokenResponse413 = {
  data: Error;
  status: 413;
};

export type createTokenResponse415 = {
  data: Error;
  status: 415;
};

export type createTokenResponseSuccess = createTokenResponse200 & {
  headers: Headers;
};
export type createTokenResponseError = (
  createTokenResponse400 | createTokenResponse401 | createTokenResponse413 | createTokenResponse415
) & {
  headers: Headers;
};

export type createTokenResponse = createTokenResponseSuccess | createTokenResponseError;

export const getCreateTokenUrl = () => {
  return `/v1/tokens`;
};

export const createToken = async (tokenCreate: TokenCreate, options?: RequestInit): Promise<createTokenResponse> => {
  return clienteleFetch<createTokenResponse>(getCreateTokenUrl(), {
    ...options,
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...options?.headers },
    body: JSON.stringify(tokenCreate),
  });
};

/**
 * @summary Retrieve a token
 */
export type retrieveTokenResponse200 = {
  data: Token;
  status: 200;
};

export type retrieveTokenResponse401 = {
  data: Error;
  status: 401;
};

export type retrieveTokenResponse404 = {
  data: Error;
  status: 404;
};

export type retrieveTokenResponseSuccess = retrieveTokenResponse200 & {
  headers: Headers;
};
export type retrieveTokenResponseError = (retrieveTokenResponse401 | retrieveTokenResponse404) & {
  headers: Headers;
};

export type retrieveTokenResponse = retrieveTokenResponseSuccess | retrieveTokenResponseError;

export const getRetrieveTokenUrl = (tokenId: string) => {
  return `/v1/tokens/${tokenId}`;
};

export const retrieveToken = async (tokenId: string, options?: RequestInit): Promise<retrieveTokenResponse> => {
  return clienteleFetch<retrieveTokenResponse>(getRetrieveTokenUrl(tokenId), {
    ...options,
    method: 'GET',
  });
};
