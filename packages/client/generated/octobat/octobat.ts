/**
 * Generated from schemas/octobat by orval; do not edit. Run `pnpm generate`.
 */
import { clienteleFetch } from '../../src/runtime/fetch';
/**
 * Customer's name.
 */
export type CustomerName = string | null;

/**
 * Customer's email.
 */
export type CustomerEmail = string | null;

/**
 * Customer's phone number.
 */
export type CustomerPhoneNumber = string | null;

/**
 * Customer's address 1.
 */
export type CustomerBillingAddressLine1 = string | null;

/**
 * Customer's address 2.
 */
export type CustomerBillingAddressLine2 = string | null;

/**
 * Customer's city.
 */
export type CustomerBillingAddressCity = string | null;

/**
 * Customer's zip code.
 */
export type CustomerBillingAddressZip = string | null;

/**
 * Customer's state.
 */
export type CustomerBillingAddressState = string | null;

/**
 * Either `B2B` or `B2C`. Individuals or non-tax-registered companies are `B2C`; tax-registered businesses `B2B`.
 */
export type CustomerBusinessType = 'B2B' | 'B2C';

/**
 * If your customer is a business registered at EU-VAT, its VAT registration number.
 */
export type CustomerTaxNumber = string | null;

/**
 * A customer, to which invoices and transactions are attached.
 */
export interface Customer {
  /**
   * `oc_cu_` + the 10-digit Unix time of creation + 12 characters.
   * @pattern ^oc_cu_[0-9]{10}[0-9a-z]{12}$
   */
  id: string;
  object: 'customer';
  /** true for customers of the live mode (made with an `oc_live_skey_…` key). */
  livemode: boolean;
  /** Customer's name. */
  name: CustomerName;
  /** Customer's email. */
  email: CustomerEmail;
  /** Customer's phone number. */
  phone_number: CustomerPhoneNumber;
  /** Customer's address 1. */
  billing_address_line1: CustomerBillingAddressLine1;
  /** Customer's address 2. */
  billing_address_line2: CustomerBillingAddressLine2;
  /** Customer's city. */
  billing_address_city: CustomerBillingAddressCity;
  /** Customer's zip code. */
  billing_address_zip: CustomerBillingAddressZip;
  /** Customer's state. */
  billing_address_state: CustomerBillingAddressState;
  /** Customer's country, as sent (an ISO 3166-1 code uppercase). */
  billing_address_country: string;
  /** Either `B2B` or `B2C`. Individuals or non-tax-registered companies are `B2C`; tax-registered businesses `B2B`. */
  business_type: CustomerBusinessType;
  /** If your customer is a business registered at EU-VAT, its VAT registration number. */
  tax_number: CustomerTaxNumber;
  /** The url of a page listing all customer's invoices: `https://bp.octobat.com/c/<id without oc_cu_>`. */
  octobat_billing_page: string;
  payment_sources: PaymentSourceList;
  /** ISO 8601, UTC, whole seconds. Always sent by clientele. */
  created_at?: string;
  /** ISO 8601, UTC, whole seconds: the last change. Always sent by clientele. */
  updated_at?: string;
}

/**
 * Customer's name. An empty value or null clears it.
 */
export type CustomerCreateName = string | null;

export type CustomerCreateEmailAnyOf = string | string;

/**
 * Customer's email. An empty value or null clears it.
 */
export type CustomerCreateEmail = CustomerCreateEmailAnyOf | null;

/**
 * Customer's phone number. An empty value or null clears it.
 */
export type CustomerCreatePhoneNumber = string | null;

/**
 * Customer's address 1. An empty value or null clears it.
 */
export type CustomerCreateBillingAddressLine1 = string | null;

/**
 * Customer's address 2. An empty value or null clears it.
 */
export type CustomerCreateBillingAddressLine2 = string | null;

/**
 * Customer's city. An empty value or null clears it.
 */
export type CustomerCreateBillingAddressCity = string | null;

/**
 * Customer's zip code. An empty value or null clears it.
 */
export type CustomerCreateBillingAddressZip = string | null;

/**
 * Customer's state. An empty value or null clears it.
 */
export type CustomerCreateBillingAddressState = string | null;

/**
 * If your customer is a business registered at EU-VAT, its VAT registration number. An empty value or null clears it.
 */
export type CustomerCreateTaxNumber = string | null;

/**
 * Either `B2B` or `B2C`. Without it: `B2B` when a `tax_number` is given, `B2C` otherwise.
 */
export type CustomerCreateBusinessType = 'B2B' | 'B2C';

/**
 * A new customer. Parameters other than these are refused (422).
 */
export interface CustomerCreate {
  /** Customer's name. An empty value or null clears it. */
  name?: CustomerCreateName;
  /** Customer's email. An empty value or null clears it. */
  email?: CustomerCreateEmail;
  /** Customer's phone number. An empty value or null clears it. */
  phone_number?: CustomerCreatePhoneNumber;
  /** Customer's address 1. An empty value or null clears it. */
  billing_address_line1?: CustomerCreateBillingAddressLine1;
  /** Customer's address 2. An empty value or null clears it. */
  billing_address_line2?: CustomerCreateBillingAddressLine2;
  /** Customer's city. An empty value or null clears it. */
  billing_address_city?: CustomerCreateBillingAddressCity;
  /** Customer's zip code. An empty value or null clears it. */
  billing_address_zip?: CustomerCreateBillingAddressZip;
  /** Customer's state. An empty value or null clears it. */
  billing_address_state?: CustomerCreateBillingAddressState;
  /** If your customer is a business registered at EU-VAT, its VAT registration number. An empty value or null clears it. */
  tax_number?: CustomerCreateTaxNumber;
  /**
   * Customer's country: a two-letter ISO 3166-1 code (`FR`, any case, stored uppercase), as the seed documents, or a country's name (`France`, stored as sent), as the seed's own example sends. A two-letter value that is not an assigned ISO code (`UK`, `XX`) is refused (422), as is a blank one.
   * @minLength 1
   * @maxLength 64
   */
  billing_address_country: string;
  /** Either `B2B` or `B2C`. Without it: `B2B` when a `tax_number` is given, `B2C` otherwise. */
  business_type?: CustomerCreateBusinessType;
}

/**
 * A page of customers, newest first.
 */
export interface CustomerList {
  object: 'list';
  /** Customers precede the first of this page (newer ones): page back with `ending_before`. */
  has_before: boolean;
  /** More customers follow the last of this page (older ones): page on with `starting_after`. */
  has_more: boolean;
  /**
   * How many customers the account has in this mode.
   * @minimum 0
   */
  total_count: number;
  data: Customer[];
}

/**
 * Customer's name. An empty value or null clears it.
 */
export type CustomerUpdateName = string | null;

export type CustomerUpdateEmailAnyOf = string | string;

/**
 * Customer's email. An empty value or null clears it.
 */
export type CustomerUpdateEmail = CustomerUpdateEmailAnyOf | null;

/**
 * Customer's phone number. An empty value or null clears it.
 */
export type CustomerUpdatePhoneNumber = string | null;

/**
 * Customer's address 1. An empty value or null clears it.
 */
export type CustomerUpdateBillingAddressLine1 = string | null;

/**
 * Customer's address 2. An empty value or null clears it.
 */
export type CustomerUpdateBillingAddressLine2 = string | null;

/**
 * Customer's city. An empty value or null clears it.
 */
export type CustomerUpdateBillingAddressCity = string | null;

/**
 * Customer's zip code. An empty value or null clears it.
 */
export type CustomerUpdateBillingAddressZip = string | null;

/**
 * Customer's state. An empty value or null clears it.
 */
export type CustomerUpdateBillingAddressState = string | null;

/**
 * If your customer is a business registered at EU-VAT, its VAT registration number. An empty value or null clears it.
 */
export type CustomerUpdateTaxNumber = string | null;

/**
 * Either `B2B` or `B2C`. Individuals or non-tax-registered companies are `B2C`; tax-registered businesses `B2B`.
 */
export type CustomerUpdateBusinessType = 'B2B' | 'B2C';

/**
 * Parameters sent replace the stored values; those not sent are left unchanged.
 */
export interface CustomerUpdate {
  /** Customer's name. An empty value or null clears it. */
  name?: CustomerUpdateName;
  /** Customer's email. An empty value or null clears it. */
  email?: CustomerUpdateEmail;
  /** Customer's phone number. An empty value or null clears it. */
  phone_number?: CustomerUpdatePhoneNumber;
  /** Customer's address 1. An empty value or null clears it. */
  billing_address_line1?: CustomerUpdateBillingAddressLine1;
  /** Customer's address 2. An empty value or null clears it. */
  billing_address_line2?: CustomerUpdateBillingAddressLine2;
  /** Customer's city. An empty value or null clears it. */
  billing_address_city?: CustomerUpdateBillingAddressCity;
  /** Customer's zip code. An empty value or null clears it. */
  billing_address_zip?: CustomerUpdateBillingAddressZip;
  /** Customer's state. An empty value or null clears it. */
  billing_address_state?: CustomerUpdateBillingAddressState;
  /** If your customer is a business registered at EU-VAT, its VAT registration number. An empty value or null clears it. */
  tax_number?: CustomerUpdateTaxNumber;
  /**
   * Customer's country: a two-letter ISO 3166-1 code (`FR`, any case, stored uppercase), as the seed documents, or a country's name (`France`, stored as sent), as the seed's own example sends. A two-letter value that is not an assigned ISO code (`UK`, `XX`) is refused (422), as is a blank one.
   * @minLength 1
   * @maxLength 64
   */
  billing_address_country?: string;
  /** Either `B2B` or `B2C`. Individuals or non-tax-registered companies are `B2C`; tax-registered businesses `B2B`. */
  business_type?: CustomerUpdateBusinessType;
}

/**
 * What is wrong, by parameter name, or under `global` for the request as a whole.
 */
export type ErrorErrors = { [key: string]: ErrorDetail[] };

/**
 * Octobat's errors: `{"errors": {"<field>" | "global": [{"details": "…"}]}}`.
 */
export interface Error {
  /** What is wrong, by parameter name, or under `global` for the request as a whole. */
  errors: ErrorErrors;
}

export interface ErrorDetail {
  /** What is wrong. */
  details: string;
}

/**
 * Processor-specific details.
 */
export type PaymentSourceDetails = { [key: string]: unknown };

/**
 * Two-letter ISO code of the country the mean of payment comes from.
 */
export type PaymentSourceCountry = string | null;

export type PaymentSourceExpMonth = number | null;

export type PaymentSourceExpYear = number | null;

/**
 * A mean of payment attached to a customer.
 */
export interface PaymentSource {
  /**
   * `oc_ps_` + creation time + 12 characters.
   * @pattern ^oc_ps_[0-9]{10}[0-9a-z]{12}$
   */
  id: string;
  object: 'payment_source';
  /**
   * The customer it belongs to.
   * @pattern ^oc_cu_[0-9]{10}[0-9a-z]{12}$
   */
  customer: string;
  /** The payment processor's id of the mean of payment (`card_…`). */
  source: string;
  /** e.g. `Credit Card`. */
  payment_source_type: string;
  /** Processor-specific details. */
  details: PaymentSourceDetails;
  /** Two-letter ISO code of the country the mean of payment comes from. */
  country: PaymentSourceCountry;
  exp_month: PaymentSourceExpMonth;
  exp_year: PaymentSourceExpYear;
}

/**
 * The customer's means of payment, embedded in the customer.
 */
export interface PaymentSourceList {
  object: 'list';
  data: PaymentSource[];
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
};

/**
 * Returns the customer object if the creation succeeds. `billing_address_country` is required. Without a `business_type`, the customer is `B2B` when a `tax_number` is given and `B2C` otherwise.
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
    headers: { 'Content-Type': 'application/json', ...options?.headers },
    body: JSON.stringify(customerCreate),
  });
};

/**
 * Newest first. `limit` is 1–100 (default 10); `starting_after` (a customer id) gives the page after that customer, `ending_before` the page before it. The parameters may also come as a form or JSON body, as Octobat's Node SDK sends them.
 * @summary List all customers
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

export type listCustomersResponse406 = {
  data: Error;
  status: 406;
};

export type listCustomersResponse413 = {
  data: Error;
  status: 413;
};

export type listCustomersResponse415 = {
  data: Error;
  status: 415;
};

export type listCustomersResponse422 = {
  data: Error;
  status: 422;
};

export type listCustomersResponseSuccess = listCustomersResponse200 & {
  headers: Headers;
};
export type listCustomersResponseError = (
  | listCustomersResponse400
  | listCustomersResponse401
  | listCustomersResponse406
  | listCustomersResponse413
  | listCustomersResponse415
  | listCustomersResponse422
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
 * Retrieves the details of an existing customer.
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

export type retrieveCustomerResponse406 = {
  data: Error;
  status: 406;
};

export type retrieveCustomerResponseSuccess = retrieveCustomerResponse200 & {
  headers: Headers;
};
export type retrieveCustomerResponseError = (
  retrieveCustomerResponse401 | retrieveCustomerResponse404 | retrieveCustomerResponse406
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
 * Updates the customer by setting the values of the parameters passed; any parameter not provided is left unchanged (so `billing_address_country`, marked required in the seed, may be left out: the seed’s own example sends only `email`).
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
    method: 'PATCH',
    headers: { 'Content-Type': 'application/json', ...options?.headers },
    body: JSON.stringify(customerUpdate),
  });
};
