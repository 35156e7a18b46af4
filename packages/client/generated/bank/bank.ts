/**
 * Generated from schemas/bank by orval; do not edit. Run `pnpm generate`.
 */
import { clienteleFetch } from '../../src/runtime/fetch';
/**
 * Fields not sent are empty.
 */
export interface AddAddressToCustomerRequest {
  /**
   * When sent (and not empty), must equal the path's customer_id; 400 otherwise.
   * @maxLength 255
   */
  customer_id?: string;
  /** @maxLength 1024 */
  line_1?: string;
  /** @maxLength 1024 */
  line_2?: string;
  /** @maxLength 1024 */
  line_3?: string;
  /** @maxLength 1024 */
  city?: string;
  /** @maxLength 1024 */
  county?: string;
  /** @maxLength 1024 */
  state?: string;
  /** @maxLength 64 */
  postcode?: string;
  /**
   * ISO 3166-1 alpha-2, e.g. `GB`.
   * @maxLength 8
   */
  country_code?: string;
  /**
   * Free labels, e.g. `home`, `billing`.
   * @maxItems 20
   */
  tags?: string[];
  /** @maxLength 255 */
  status?: string;
  [key: string]: unknown;
}

/**
 * `type` and `handle` are required.
 */
export interface AddSocialMediaHandleRequest {
  /**
   * When sent (and not empty), must equal the path's customer_id; 400 otherwise.
   * @maxLength 255
   */
  customer_id?: string;
  /**
   * When sent, must be the customer’s number; 400 otherwise.
   * @maxLength 255
   */
  customer_number?: string;
  /**
   * The network, e.g. `twitter`.
   * @minLength 1
   * @maxLength 64
   */
  type: string;
  /**
   * @minLength 1
   * @maxLength 255
   */
  handle: string;
  /** Defaults to now. */
  date_added?: TimestampInput;
  /** When the handle was activated; null when unset. */
  date_activated?: TimestampInput;
  [key: string]: unknown;
}

/**
 * A confirmation message.
 */
export interface AddSocialMediaHandleResponse {
  success: string;
}

/**
 * When the address was added.
 */
export type AddressInsertDate = string | null;

/**
 * An address of a customer.
 */
export interface Address {
  customer_address_id: string;
  customer_id: string;
  line_1: string;
  line_2: string;
  line_3: string;
  city: string;
  county: string;
  state: string;
  postcode: string;
  country_code: string;
  tags: string[];
  status: string;
  /** When the address was added. */
  insert_date: AddressInsertDate;
}

/**
 * An amount of money: both parts are strings.
 */
export interface Amount {
  /** Cur is the currency of the amount. */
  cur: string;
  /** Num is the value of the amount. */
  num: string;
}

/**
 * An authorization code.
 */
export interface AuthResponse {
  /** A one-time authorization code, valid for 10 minutes. */
  code: string;
}

/**
 * When the event is scheduled; null when unset.
 */
export type CRMEventScheduledDate = string | null;

/**
 * When it happened; null when unset.
 */
export type CRMEventActualDate = string | null;

/**
 * A customer relationship event (a call, a meeting, a complaint).
 */
export interface CRMEvent {
  id: string;
  bank_id: string;
  customer_name: string;
  customer_number: string;
  category: string;
  detail: string;
  channel: string;
  /** When the event is scheduled; null when unset. */
  scheduled_date: CRMEventScheduledDate;
  /** When it happened; null when unset. */
  actual_date: CRMEventActualDate;
  result: string;
}

/**
 * When the handle was added.
 */
export type CheckDateAdded = string | null;

/**
 * When the handle was activated; null when unset.
 */
export type CheckDateActivated = string | null;

/**
 * A social media handle of a customer (the seed calls it a Check).
 */
export interface Check {
  customer_number: string;
  type: string;
  handle: string;
  /** When the handle was added. */
  date_added: CheckDateAdded;
  /** When the handle was activated; null when unset. */
  date_activated: CheckDateActivated;
}

/**
 * A CRM event to record (as the Open Bank Project’s sandbox import does).
 */
export interface CreateCRMEventRequest {
  /**
   * When sent (and not empty), must equal the path's bank_id; 400 otherwise.
   * @maxLength 255
   */
  bank_id?: string;
  /**
   * A customer of the bank (404 otherwise).
   * @minLength 1
   * @maxLength 255
   */
  customer_number: string;
  /**
   * Defaults to the customer’s legal name.
   * @maxLength 1024
   */
  customer_name?: string;
  /**
   * @minLength 1
   * @maxLength 255
   */
  category: string;
  /** @maxLength 4096 */
  detail?: string;
  /** @maxLength 255 */
  channel?: string;
  /** When the event is scheduled. */
  scheduled_date?: TimestampInput;
  /** When it happened. */
  actual_date?: TimestampInput;
  /** @maxLength 1024 */
  result?: string;
  [key: string]: unknown;
}

/**
 * A request to change a customer’s credit limit. Every field is a string, as documented.
 */
export interface CreateCreditLimitOrderRequest {
  /**
   * When sent (and not empty), must equal the path's bank_id; 400 otherwise.
   * @maxLength 255
   */
  bank_id?: string;
  /**
   * When sent (and not empty), must equal the path's customer_id; 400 otherwise.
   * @maxLength 255
   */
  customer_id?: string;
  /**
   * Shown as `rank_amount_1` on the order.
   * @maxLength 64
   */
  requested_current_rate_amount1?: string;
  /**
   * Shown as `rank_amount_2` on the order.
   * @maxLength 64
   */
  requested_current_rate_amount2?: string;
  /** @maxLength 64 */
  requested_current_valid_end_date?: string;
  /** @maxLength 1024 */
  current_credit_documentation?: string;
  /** @maxLength 64 */
  temporary_requested_current_amount?: string;
  /** @maxLength 64 */
  requested_temporary_valid_end_date?: string;
  /** @maxLength 1024 */
  temporary_credit_documentation?: string;
  [key: string]: unknown;
}

/**
 * The new order’s id.
 */
export interface CreateCreditLimitOrderResponse {
  credit_limit_order_id: string;
}

/**
 * A photo of the customer.
 */
export type CreateCustomerRequestFaceImage = {
  /** @maxLength 2048 */
  url?: string;
  /** When the image was taken. */
  date?: TimestampInput;
  [key: string]: unknown;
};

/**
 * Credit rating and its source.
 */
export type CreateCustomerRequestCreditRating = {
  /**
   * The rating, e.g. `A+`.
   * @maxLength 64
   */
  rating?: string;
  /**
   * Who rated, e.g. an agency.
   * @maxLength 255
   */
  source?: string;
  [key: string]: unknown;
};

/**
 * The credit limit.
 */
export type CreateCustomerRequestCreditLimit = {
  /**
   * Cur is the currency of the amount (ISO 4217, e.g. `EUR`).
   * @pattern ^[A-Z]{3}$
   */
  cur: string;
  /**
   * Num is the value of the amount, a decimal string (e.g. `1000.50`).
   * @maxLength 64
   * @pattern ^-?[0-9]+(\.[0-9]+)?$
   */
  num: string;
  [key: string]: unknown;
};

/**
 * `legal_name` and `bank_id` are required; the bank assigns `customer_number`.
 */
export interface CreateCustomerRequest {
  /**
   * The bank the customer belongs to (it must exist).
   * @minLength 1
   * @maxLength 255
   */
  bank_id: string;
  /**
   * @minLength 1
   * @maxLength 1024
   */
  legal_name: string;
  /**
   * Shown as `phone_number` on the customer.
   * @maxLength 64
   */
  mobile_phone_number?: string;
  /** @maxLength 254 */
  email?: string;
  /** A photo of the customer. */
  face_image?: CreateCustomerRequestFaceImage;
  /** Date of birth. */
  date_of_birth?: TimestampInput;
  /** @maxLength 255 */
  relationship_status?: string;
  /**
   * Dates of birth of dependants (kept; not shown on the customer).
   * @maxItems 50
   */
  dob_of_dependents?: TimestampInput[];
  /** Credit rating and its source. */
  credit_rating?: CreateCustomerRequestCreditRating;
  /** The credit limit. */
  credit_limit?: CreateCustomerRequestCreditLimit;
  /**
   * Shown as `highest_educational_attained` on the customer.
   * @maxLength 255
   */
  highest_education_attained?: string;
  /** @maxLength 255 */
  employment_status?: string;
  /** Shown as `last_ok_data` on the customer. */
  last_ok_date?: TimestampInput;
  /** @maxLength 255 */
  title?: string;
  /**
   * camelCase here, as documented; shown as `branch_id` on the customer.
   * @maxLength 255
   */
  branchId?: string;
  [key: string]: unknown;
}

/**
 * The new customer’s id and bank.
 */
export interface CreateCustomerResponse {
  customer_id: string;
  bank_id: string;
}

/**
 * As the Open Bank Project’s `POST …/tax-residence`.
 */
export interface CreateTaxResidenceRequest {
  /**
   * @minLength 1
   * @maxLength 255
   */
  domain: string;
  /**
   * @minLength 1
   * @maxLength 255
   */
  tax_number: string;
  [key: string]: unknown;
}

/**
 * Links a user to a customer: the customer is then among the user’s customers.
 */
export interface CreateUserCustomerLinkRequest {
  /**
   * When sent (and not empty), must equal the path's bank_id; 400 otherwise.
   * @maxLength 255
   */
  bank_id?: string;
  /**
   * A user of this sandbox.
   * @minLength 1
   * @maxLength 255
   */
  user_id: string;
  /**
   * A customer of the bank in the path.
   * @minLength 1
   * @maxLength 255
   */
  customer_id: string;
  [key: string]: unknown;
}

/**
 * When the link was made.
 */
export type CreateUserCustomerLinkResponseDateInserted = string | null;

/**
 * The new link.
 */
export interface CreateUserCustomerLinkResponse {
  user_customer_link_id: string;
  customer_id: string;
  user_id: string;
  /** When the link was made. */
  date_inserted: CreateUserCustomerLinkResponseDateInserted;
  is_active: boolean;
}

/**
 * A credit limit order as the bank shows it.
 */
export interface CreditLimitOrder {
  /** The `requested_current_rate_amount1` of the request. */
  rank_amount_1: string;
  /** Set by the bank when it decides; `""` until then. */
  nominal_interest_1: string;
  /** The `requested_current_rate_amount2` of the request. */
  rank_amount_2: string;
  /** Set by the bank when it decides; `""` until then. */
  nominal_interest_2: string;
}

/**
 * A credit rating and who gave it.
 */
export interface CreditRating {
  rating: string;
  source: string;
}

export type CustomerFaceImage = FaceImage | null;

/**
 * Date of birth; null when unset.
 */
export type CustomerDateOfBirth = string | null;

export type CustomerCreditRating = CreditRating | null;

export type CustomerCreditLimit = Amount | null;

/**
 * The `last_ok_date` of the create request (spelled `last_ok_data` on the customer).
 */
export type CustomerLastOkData = string | null;

/**
 * A customer of a bank.
 */
export interface Customer {
  /** The customer id (a UUID). */
  id: string;
  bank_id: string;
  /** Unique within the bank. Assigned at creation; `PUT …/number` changes it. */
  customer_number: string;
  legal_name: string;
  /** The `mobile_phone_number` of the create and update requests. */
  phone_number: string;
  email: string;
  face_image: CustomerFaceImage;
  /** Date of birth; null when unset. */
  date_of_birth: CustomerDateOfBirth;
  relationship_status: string;
  credit_rating: CustomerCreditRating;
  credit_limit: CustomerCreditLimit;
  /** The `highest_education_attained` of the create and update-data requests. */
  highest_educational_attained: string;
  employment_status: string;
  /** Whether the customer passed KYC; false for customers created through this API. */
  kyc_status: boolean;
  /** The `last_ok_date` of the create request (spelled `last_ok_data` on the customer). */
  last_ok_data: CustomerLastOkData;
  title: string;
  /** The `branchId` of the create request. */
  branch_id: string;
}

/**
 * Customers.
 */
export interface CustomerList {
  customers: Customer[];
}

/**
 * The customer as updated.
 */
export interface CustomerResponse {
  customer: Customer;
}

/**
 * When the image was taken; null when unset.
 */
export type FaceImageDate = string | null;

/**
 * A photo of the customer.
 */
export interface FaceImage {
  url: string;
  /** When the image was taken; null when unset. */
  date: FaceImageDate;
}

/**
 * Up to 20 events, newest first.
 */
export interface GetCRMEventsResponse {
  /** @maxItems 20 */
  crm_events: CRMEvent[];
  /** More than these 20 exist. */
  has_more: boolean;
}

/**
 * One order.
 */
export interface GetCreditLimitOrderByIdResponse {
  credit_limit_order: CreditLimitOrder;
}

/**
 * Up to 20 orders, newest first.
 */
export interface GetCreditLimitOrderResponse {
  /** @maxItems 20 */
  result: CreditLimitOrder[];
}

/**
 * Up to 20 addresses, newest first.
 */
export interface GetCustomerAddressesResponse {
  /** @maxItems 20 */
  addresses: Address[];
}

/**
 * Up to 20 handles, newest first.
 */
export interface GetCustomerSocialMediaHandlesResponse {
  /** @maxItems 20 */
  checks: Check[];
}

/**
 * The customer’s tax residences, newest first.
 */
export interface GetTaxResidenceOfCustomerResponse {
  result: TaxResidence[];
}

/**
 * google.protobuf.Any, as the seed’s swagger declares it.
 */
export interface ProtobufAny {
  typeUrl: string;
  value: string;
}

/**
 * grpc-gateway’s error body (google.rpc.Status); the HTTP status is mapped from `code`.
 */
export interface Status {
  /** The gRPC status code: 3 InvalidArgument, 5 NotFound, 6 AlreadyExists, 7 PermissionDenied, 16 Unauthenticated, … */
  code: number;
  /** What went wrong, naming the field or the missing role. */
  message: string;
  details: ProtobufAny[];
}

/**
 * A tax residence of a customer.
 */
export interface TaxResidence {
  /** The tax domain, e.g. a country code. */
  domain: string;
  tax_number: string;
  tax_residence_id: string;
}

export type TimestampInputAnyOfAnyOfSeconds = number | string;

/**
 * google.protobuf.Timestamp as its fields (the form the seed shows).
 */
export type TimestampInputAnyOfAnyOf = {
  seconds: TimestampInputAnyOfAnyOfSeconds;
  /**
   * @minimum 0
   * @maximum 999999999
   */
  nanos?: number;
};

export type TimestampInputAnyOf = string | TimestampInputAnyOfAnyOf;

/**
 * A google.protobuf.Timestamp: an RFC 3339 string or `{seconds, nanos}`; null is unset.
 */
export type TimestampInput = TimestampInputAnyOf | null;

/**
 * `AuthorizationCode` or `RefreshToken` (the RFC 6749 spellings are accepted too).
 */
export type TokenRequestGrantType = 'AuthorizationCode' | 'RefreshToken' | 'authorization_code' | 'refresh_token';

/**
 * A token request.
 */
export interface TokenRequest {
  /** `AuthorizationCode` or `RefreshToken` (the RFC 6749 spellings are accepted too). */
  grant_type: TokenRequestGrantType;
  /**
   * The authorization code (AuthorizationCode grant).
   * @maxLength 255
   */
  code?: string;
  /**
   * The redirect URI the code was issued for (AuthorizationCode grant).
   * @maxLength 2048
   */
  redirect_uri?: string;
  /**
   * A refresh token (RefreshToken grant).
   * @maxLength 255
   */
  refresh_token?: string;
  /**
   * Optional client authentication (also as HTTP Basic): when sent, the code or token must be this client’s.
   * @maxLength 255
   */
  client_id?: string;
  /**
   * The client’s secret, with `client_id`.
   * @maxLength 255
   */
  client_secret?: string;
  [key: string]: unknown;
}

/**
 * A bearer access token for the user, with a refresh token.
 */
export interface TokenResponse {
  access_token: string;
  token_type: 'bearer';
  /**
   * Seconds until the access token expires (3600).
   * @minimum 0
   */
  expires_in: number;
  /** Gets new access tokens (RefreshToken grant); it does not expire. */
  refresh_token: string;
}

/**
 * Fields sent replace the stored values; fields not sent stay as they are.
 */
export interface UpdateCustomerAddressRequest {
  /**
   * When sent (and not empty), must equal the path's bank_id; 400 otherwise.
   * @maxLength 255
   */
  bank_id?: string;
  /**
   * When sent (and not empty), must equal the path's customer_id; 400 otherwise.
   * @maxLength 255
   */
  customer_id?: string;
  /**
   * When sent (and not empty), must equal the path's customer_address_id; 400 otherwise.
   * @maxLength 255
   */
  customer_address_id?: string;
  /** @maxLength 1024 */
  line_1?: string;
  /** @maxLength 1024 */
  line_2?: string;
  /** @maxLength 1024 */
  line_3?: string;
  /** @maxLength 1024 */
  city?: string;
  /** @maxLength 1024 */
  county?: string;
  /** @maxLength 1024 */
  state?: string;
  /** @maxLength 64 */
  postcode?: string;
  /**
   * ISO 3166-1 alpha-2, e.g. `GB`.
   * @maxLength 8
   */
  country_code?: string;
  /**
   * Free labels, e.g. `home`, `billing`.
   * @maxItems 20
   */
  tags?: string[];
  /** @maxLength 255 */
  status?: string;
  [key: string]: unknown;
}

/**
 * `branch_id` is required.
 */
export interface UpdateCustomerBranchRequest {
  /**
   * When sent (and not empty), must equal the path's bank_id; 400 otherwise.
   * @maxLength 255
   */
  bank_id?: string;
  /**
   * When sent (and not empty), must equal the path's customer_id; 400 otherwise.
   * @maxLength 255
   */
  customer_id?: string;
  /** @maxLength 255 */
  branch_id: string;
  [key: string]: unknown;
}

/**
 * The new credit limit.
 */
export type UpdateCustomerCreditLimitRequestCreditLimit = {
  /**
   * Cur is the currency of the amount (ISO 4217, e.g. `EUR`).
   * @pattern ^[A-Z]{3}$
   */
  cur: string;
  /**
   * Num is the value of the amount, a decimal string (e.g. `1000.50`).
   * @maxLength 64
   * @pattern ^-?[0-9]+(\.[0-9]+)?$
   */
  num: string;
  [key: string]: unknown;
};

/**
 * `credit_limit` is required.
 */
export interface UpdateCustomerCreditLimitRequest {
  /**
   * When sent (and not empty), must equal the path's bank_id; 400 otherwise.
   * @maxLength 255
   */
  bank_id?: string;
  /**
   * When sent (and not empty), must equal the path's customer_id; 400 otherwise.
   * @maxLength 255
   */
  customer_id?: string;
  /** The new credit limit. */
  credit_limit: UpdateCustomerCreditLimitRequestCreditLimit;
  [key: string]: unknown;
}

/**
 * The new rating and its source.
 */
export type UpdateCustomerCreditRatingAndSourceRequestCreditRating = {
  /**
   * The rating, e.g. `A+`.
   * @maxLength 64
   */
  rating?: string;
  /**
   * Who rated, e.g. an agency.
   * @maxLength 255
   */
  source?: string;
  [key: string]: unknown;
};

/**
 * `credit_rating` is required.
 */
export interface UpdateCustomerCreditRatingAndSourceRequest {
  /**
   * When sent (and not empty), must equal the path's bank_id; 400 otherwise.
   * @maxLength 255
   */
  bank_id?: string;
  /**
   * When sent (and not empty), must equal the path's customer_id; 400 otherwise.
   * @maxLength 255
   */
  customer_id?: string;
  /** The new rating and its source. */
  credit_rating: UpdateCustomerCreditRatingAndSourceRequestCreditRating;
  [key: string]: unknown;
}

/**
 * `email` is required.
 */
export interface UpdateCustomerEmailRequest {
  /**
   * When sent (and not empty), must equal the path's bank_id; 400 otherwise.
   * @maxLength 255
   */
  bank_id?: string;
  /**
   * When sent (and not empty), must equal the path's customer_id; 400 otherwise.
   * @maxLength 255
   */
  customer_id?: string;
  /** @maxLength 254 */
  email: string;
  [key: string]: unknown;
}

/**
 * A string, as documented: a date (`1980-01-31`) or an RFC 3339 date-time; `{seconds, nanos}` is accepted too.
 */
export type UpdateCustomerIdentityRequestDateOfBirth = string | TimestampInput;

/**
 * Fields sent replace the stored values; fields not sent stay as they are.
 */
export interface UpdateCustomerIdentityRequest {
  /**
   * When sent (and not empty), must equal the path's bank_id; 400 otherwise.
   * @maxLength 255
   */
  bank_id?: string;
  /**
   * When sent (and not empty), must equal the path's customer_id; 400 otherwise.
   * @maxLength 255
   */
  customer_id?: string;
  /**
   * @minLength 1
   * @maxLength 1024
   */
  legal_name?: string;
  /** A string, as documented: a date (`1980-01-31`) or an RFC 3339 date-time; `{seconds, nanos}` is accepted too. */
  date_of_birth?: UpdateCustomerIdentityRequestDateOfBirth;
  /** @maxLength 255 */
  title?: string;
  [key: string]: unknown;
}

/**
 * `mobile_phone_number` is required.
 */
export interface UpdateCustomerMobileNumberRequest {
  /**
   * When sent (and not empty), must equal the path's bank_id; 400 otherwise.
   * @maxLength 255
   */
  bank_id?: string;
  /**
   * When sent (and not empty), must equal the path's customer_id; 400 otherwise.
   * @maxLength 255
   */
  customer_id?: string;
  /**
   * Shown as `phone_number` on the customer.
   * @maxLength 64
   */
  mobile_phone_number: string;
  [key: string]: unknown;
}

/**
 * `customer_number` is required.
 */
export interface UpdateCustomerNumberRequest {
  /**
   * When sent (and not empty), must equal the path's bank_id; 400 otherwise.
   * @maxLength 255
   */
  bank_id?: string;
  /**
   * When sent (and not empty), must equal the path's customer_id; 400 otherwise.
   * @maxLength 255
   */
  customer_id?: string;
  /**
   * Unique within the bank (409 otherwise).
   * @minLength 1
   * @maxLength 255
   */
  customer_number: string;
  [key: string]: unknown;
}

/**
 * A photo of the customer.
 */
export type UpdateCustomerOtherDataRequestFaceImage = {
  /** @maxLength 2048 */
  url?: string;
  /** When the image was taken. */
  date?: TimestampInput;
  [key: string]: unknown;
};

/**
 * Fields sent replace the stored values; fields not sent stay as they are.
 */
export interface UpdateCustomerOtherDataRequest {
  /**
   * When sent (and not empty), must equal the path's bank_id; 400 otherwise.
   * @maxLength 255
   */
  bank_id?: string;
  /**
   * When sent (and not empty), must equal the path's customer_id; 400 otherwise.
   * @maxLength 255
   */
  customer_id?: string;
  /** A photo of the customer. */
  face_image?: UpdateCustomerOtherDataRequestFaceImage;
  /** @maxLength 255 */
  relationship_status?: string;
  /**
   * How many dependants (int32; kept, not shown on the customer).
   * @minimum 0
   * @maximum 2147483647
   */
  dependants?: number;
  /**
   * Shown as `highest_educational_attained` on the customer.
   * @maxLength 255
   */
  highest_education_attained?: string;
  /** @maxLength 255 */
  employment_status?: string;
  [key: string]: unknown;
}

export type AuthorizeParams = {
  /**
   * The OAuth client.
   * @minLength 1
   * @maxLength 255
   */
  client_id: string;
  /**
   * One of the client’s redirect URIs.
   * @minLength 1
   * @maxLength 2048
   */
  redirect_uri: string;
};

export type GetFirehoseCustomerParams = {
  /**
   * By creation time; `DESC` (newest first) unless `ASC`.
   */
  sort_direction?: 'UnknownSortDirection' | 'ASC' | 'DESC';
  /**
   * How many customers (1–500; 0 or absent: 50).
   * @minimum 0
   * @maximum 500
   */
  limit?: number;
  /**
   * How many to skip (default 0).
   * @minimum 0
   * @maximum 2147483647
   */
  offset?: number;
  /**
   * Only customers created at or after this time (RFC 3339).
   */
  from_date?: string;
  /**
   * Only customers created at or before this time (RFC 3339).
   */
  to_date?: string;
};

/**
 * The authorization step of the OAuth 2.0 authorization-code flow (openbank `v1/auth/auth.gunk`): the user signs in (HTTP Basic: user id and password, as the sandbox’s stand-in for a login page) and the OAuth client `client_id` gets a one-time code for `redirect_uri` (one of the client’s registered URIs), valid for 10 minutes.
 * @summary Get an authorization code
 */
export type authorizeResponse200 = {
  data: AuthResponse;
  status: 200;
};

export type authorizeResponse400 = {
  data: Status;
  status: 400;
};

export type authorizeResponse401 = {
  data: Status;
  status: 401;
};

export type authorizeResponse500 = {
  data: Status;
  status: 500;
};

export type authorizeResponseSuccess = authorizeResponse200 & {
  headers: Headers;
};
export type authorizeResponseError = (authorizeResponse400 | authorizeResponse401 | authorizeResponse500) & {
  headers: Headers;
};

export type authorizeResponse = authorizeResponseSuccess | authorizeResponseError;

export const getAuthorizeUrl = (params: AuthorizeParams) => {
  const normalizedParams = new URLSearchParams();

  Object.entries(params || {}).forEach(([key, value]) => {
    if (value !== undefined) {
      normalizedParams.append(key, value === null ? 'null' : value.toString());
    }
  });

  const stringifiedParams = normalizedParams.toString();

  return stringifiedParams.length > 0 ? `/v1/auth?${stringifiedParams}` : `/v1/auth`;
};

export const authorize = async (params: AuthorizeParams, options?: RequestInit): Promise<authorizeResponse> => {
  return clienteleFetch<authorizeResponse>(getAuthorizeUrl(params), {
    ...options,
    method: 'GET',
  });
};

/**
 * Returns a list containing up to 20 crm events of the bank, newest first; `has_more` says whether there are more.
 * @summary List all CRM events
 */
export type getCrmEventsResponse200 = {
  data: GetCRMEventsResponse;
  status: 200;
};

export type getCrmEventsResponse400 = {
  data: Status;
  status: 400;
};

export type getCrmEventsResponse401 = {
  data: Status;
  status: 401;
};

export type getCrmEventsResponse403 = {
  data: Status;
  status: 403;
};

export type getCrmEventsResponse404 = {
  data: Status;
  status: 404;
};

export type getCrmEventsResponse500 = {
  data: Status;
  status: 500;
};

export type getCrmEventsResponseSuccess = getCrmEventsResponse200 & {
  headers: Headers;
};
export type getCrmEventsResponseError = (
  | getCrmEventsResponse400
  | getCrmEventsResponse401
  | getCrmEventsResponse403
  | getCrmEventsResponse404
  | getCrmEventsResponse500
) & {
  headers: Headers;
};

export type getCrmEventsResponse = getCrmEventsResponseSuccess | getCrmEventsResponseError;

export const getGetCrmEventsUrl = (bankID: string) => {
  return `/v1/banks/${bankID}/crm-events`;
};

export const getCrmEvents = async (bankID: string, options?: RequestInit): Promise<getCrmEventsResponse> => {
  return clienteleFetch<getCrmEventsResponse>(getGetCrmEventsUrl(bankID), {
    ...options,
    method: 'GET',
  });
};

/**
 * Records a CRM event for a customer of the bank (named by `customer_number`).
 * @summary Record a CRM event
 */
export type createCrmEventResponse201 = {
  data: CRMEvent;
  status: 201;
};

export type createCrmEventResponse400 = {
  data: Status;
  status: 400;
};

export type createCrmEventResponse401 = {
  data: Status;
  status: 401;
};

export type createCrmEventResponse403 = {
  data: Status;
  status: 403;
};

export type createCrmEventResponse404 = {
  data: Status;
  status: 404;
};

export type createCrmEventResponse413 = {
  data: Status;
  status: 413;
};

export type createCrmEventResponse415 = {
  data: Status;
  status: 415;
};

export type createCrmEventResponse500 = {
  data: Status;
  status: 500;
};

export type createCrmEventResponseSuccess = createCrmEventResponse201 & {
  headers: Headers;
};
export type createCrmEventResponseError = (
  | createCrmEventResponse400
  | createCrmEventResponse401
  | createCrmEventResponse403
  | createCrmEventResponse404
  | createCrmEventResponse413
  | createCrmEventResponse415
  | createCrmEventResponse500
) & {
  headers: Headers;
};

export type createCrmEventResponse = createCrmEventResponseSuccess | createCrmEventResponseError;

export const getCreateCrmEventUrl = (bankID: string) => {
  return `/v1/banks/${bankID}/crm-events`;
};

export const createCrmEvent = async (
  bankID: string,
  createCRMEventRequest: CreateCRMEventRequest,
  options?: RequestInit,
): Promise<createCrmEventResponse> => {
  return clienteleFetch<createCrmEventResponse>(getCreateCrmEventUrl(bankID), {
    ...options,
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...options?.headers },
    body: JSON.stringify(createCRMEventRequest),
  });
};

/**
 * Returns the customers of the bank linked to the token’s user, oldest link first.
 * @summary Get customers data by bank id
 */
export type getCustomersForCurrentUserAtBankResponse200 = {
  data: CustomerList;
  status: 200;
};

export type getCustomersForCurrentUserAtBankResponse400 = {
  data: Status;
  status: 400;
};

export type getCustomersForCurrentUserAtBankResponse401 = {
  data: Status;
  status: 401;
};

export type getCustomersForCurrentUserAtBankResponse403 = {
  data: Status;
  status: 403;
};

export type getCustomersForCurrentUserAtBankResponse404 = {
  data: Status;
  status: 404;
};

export type getCustomersForCurrentUserAtBankResponse500 = {
  data: Status;
  status: 500;
};

export type getCustomersForCurrentUserAtBankResponseSuccess = getCustomersForCurrentUserAtBankResponse200 & {
  headers: Headers;
};
export type getCustomersForCurrentUserAtBankResponseError = (
  | getCustomersForCurrentUserAtBankResponse400
  | getCustomersForCurrentUserAtBankResponse401
  | getCustomersForCurrentUserAtBankResponse403
  | getCustomersForCurrentUserAtBankResponse404
  | getCustomersForCurrentUserAtBankResponse500
) & {
  headers: Headers;
};

export type getCustomersForCurrentUserAtBankResponse =
  getCustomersForCurrentUserAtBankResponseSuccess | getCustomersForCurrentUserAtBankResponseError;

export const getGetCustomersForCurrentUserAtBankUrl = (bankID: string) => {
  return `/v1/banks/${bankID}/customers`;
};

export const getCustomersForCurrentUserAtBank = async (
  bankID: string,
  options?: RequestInit,
): Promise<getCustomersForCurrentUserAtBankResponse> => {
  return clienteleFetch<getCustomersForCurrentUserAtBankResponse>(getGetCustomersForCurrentUserAtBankUrl(bankID), {
    ...options,
    method: 'GET',
  });
};

/**
 * Returns the customer data based on its id.
 * @summary Get Customer By ID
 */
export type getCustomerByCustomerIdResponse200 = {
  data: Customer;
  status: 200;
};

export type getCustomerByCustomerIdResponse400 = {
  data: Status;
  status: 400;
};

export type getCustomerByCustomerIdResponse401 = {
  data: Status;
  status: 401;
};

export type getCustomerByCustomerIdResponse403 = {
  data: Status;
  status: 403;
};

export type getCustomerByCustomerIdResponse404 = {
  data: Status;
  status: 404;
};

export type getCustomerByCustomerIdResponse500 = {
  data: Status;
  status: 500;
};

export type getCustomerByCustomerIdResponseSuccess = getCustomerByCustomerIdResponse200 & {
  headers: Headers;
};
export type getCustomerByCustomerIdResponseError = (
  | getCustomerByCustomerIdResponse400
  | getCustomerByCustomerIdResponse401
  | getCustomerByCustomerIdResponse403
  | getCustomerByCustomerIdResponse404
  | getCustomerByCustomerIdResponse500
) & {
  headers: Headers;
};

export type getCustomerByCustomerIdResponse =
  getCustomerByCustomerIdResponseSuccess | getCustomerByCustomerIdResponseError;

export const getGetCustomerByCustomerIdUrl = (bankID: string, customerID: string) => {
  return `/v1/banks/${bankID}/customers/${customerID}`;
};

export const getCustomerByCustomerId = async (
  bankID: string,
  customerID: string,
  options?: RequestInit,
): Promise<getCustomerByCustomerIdResponse> => {
  return clienteleFetch<getCustomerByCustomerIdResponse>(getGetCustomerByCustomerIdUrl(bankID, customerID), {
    ...options,
    method: 'GET',
  });
};

/**
 * Returns a list containing up to 20 customer addresses, newest first. Needs the entitlement CanGetCustomerAddress.
 * @summary List all customer adddresses
 */
export type getCustomerAddressesResponse200 = {
  data: GetCustomerAddressesResponse;
  status: 200;
};

export type getCustomerAddressesResponse400 = {
  data: Status;
  status: 400;
};

export type getCustomerAddressesResponse401 = {
  data: Status;
  status: 401;
};

export type getCustomerAddressesResponse403 = {
  data: Status;
  status: 403;
};

export type getCustomerAddressesResponse404 = {
  data: Status;
  status: 404;
};

export type getCustomerAddressesResponse500 = {
  data: Status;
  status: 500;
};

export type getCustomerAddressesResponseSuccess = getCustomerAddressesResponse200 & {
  headers: Headers;
};
export type getCustomerAddressesResponseError = (
  | getCustomerAddressesResponse400
  | getCustomerAddressesResponse401
  | getCustomerAddressesResponse403
  | getCustomerAddressesResponse404
  | getCustomerAddressesResponse500
) & {
  headers: Headers;
};

export type getCustomerAddressesResponse = getCustomerAddressesResponseSuccess | getCustomerAddressesResponseError;

export const getGetCustomerAddressesUrl = (bankID: string, customerID: string) => {
  return `/v1/banks/${bankID}/customers/${customerID}/addresses`;
};

export const getCustomerAddresses = async (
  bankID: string,
  customerID: string,
  options?: RequestInit,
): Promise<getCustomerAddressesResponse> => {
  return clienteleFetch<getCustomerAddressesResponse>(getGetCustomerAddressesUrl(bankID, customerID), {
    ...options,
    method: 'GET',
  });
};

/**
 * Update customer addresses information: fields sent replace the stored ones. Needs the entitlement CanCreateCustomer.
 * @summary Update customer addresses.
 */
export type updateCustomerAddressResponse200 = {
  data: Address;
  status: 200;
};

export type updateCustomerAddressResponse400 = {
  data: Status;
  status: 400;
};

export type updateCustomerAddressResponse401 = {
  data: Status;
  status: 401;
};

export type updateCustomerAddressResponse403 = {
  data: Status;
  status: 403;
};

export type updateCustomerAddressResponse404 = {
  data: Status;
  status: 404;
};

export type updateCustomerAddressResponse413 = {
  data: Status;
  status: 413;
};

export type updateCustomerAddressResponse415 = {
  data: Status;
  status: 415;
};

export type updateCustomerAddressResponse500 = {
  data: Status;
  status: 500;
};

export type updateCustomerAddressResponseSuccess = updateCustomerAddressResponse200 & {
  headers: Headers;
};
export type updateCustomerAddressResponseError = (
  | updateCustomerAddressResponse400
  | updateCustomerAddressResponse401
  | updateCustomerAddressResponse403
  | updateCustomerAddressResponse404
  | updateCustomerAddressResponse413
  | updateCustomerAddressResponse415
  | updateCustomerAddressResponse500
) & {
  headers: Headers;
};

export type updateCustomerAddressResponse = updateCustomerAddressResponseSuccess | updateCustomerAddressResponseError;

export const getUpdateCustomerAddressUrl = (bankID: string, customerID: string, customerAddressID: string) => {
  return `/v1/banks/${bankID}/customers/${customerID}/addresses/${customerAddressID}`;
};

export const updateCustomerAddress = async (
  bankID: string,
  customerID: string,
  customerAddressID: string,
  updateCustomerAddressRequest: UpdateCustomerAddressRequest,
  options?: RequestInit,
): Promise<updateCustomerAddressResponse> => {
  return clienteleFetch<updateCustomerAddressResponse>(
    getUpdateCustomerAddressUrl(bankID, customerID, customerAddressID),
    {
      ...options,
      method: 'PUT',
      headers: { 'Content-Type': 'application/json', ...options?.headers },
      body: JSON.stringify(updateCustomerAddressRequest),
    },
  );
};

/**
 * Permanently delete customer address. Needs the entitlement CanDeleteCustomerAddress.
 * @summary Delete customer address
 */
export type deleteCustomerAddressResponse204 = {
  data: void;
  status: 204;
};

export type deleteCustomerAddressResponse400 = {
  data: Status;
  status: 400;
};

export type deleteCustomerAddressResponse401 = {
  data: Status;
  status: 401;
};

export type deleteCustomerAddressResponse403 = {
  data: Status;
  status: 403;
};

export type deleteCustomerAddressResponse404 = {
  data: Status;
  status: 404;
};

export type deleteCustomerAddressResponse500 = {
  data: Status;
  status: 500;
};

export type deleteCustomerAddressResponseSuccess = deleteCustomerAddressResponse204 & {
  headers: Headers;
};
export type deleteCustomerAddressResponseError = (
  | deleteCustomerAddressResponse400
  | deleteCustomerAddressResponse401
  | deleteCustomerAddressResponse403
  | deleteCustomerAddressResponse404
  | deleteCustomerAddressResponse500
) & {
  headers: Headers;
};

export type deleteCustomerAddressResponse = deleteCustomerAddressResponseSuccess | deleteCustomerAddressResponseError;

export const getDeleteCustomerAddressUrl = (bankID: string, customerID: string, customerAddressID: string) => {
  return `/v1/banks/${bankID}/customers/${customerID}/addresses/${customerAddressID}`;
};

export const deleteCustomerAddress = async (
  bankID: string,
  customerID: string,
  customerAddressID: string,
  options?: RequestInit,
): Promise<deleteCustomerAddressResponse> => {
  return clienteleFetch<deleteCustomerAddressResponse>(
    getDeleteCustomerAddressUrl(bankID, customerID, customerAddressID),
    {
      ...options,
      method: 'DELETE',
    },
  );
};

/**
 * Update customer branch information. Needs the entitlement CanUpdateCustomerBranch.
 * @summary Update customer branch.
 */
export type updateCustomerBranchResponse200 = {
  data: CustomerResponse;
  status: 200;
};

export type updateCustomerBranchResponse400 = {
  data: Status;
  status: 400;
};

export type updateCustomerBranchResponse401 = {
  data: Status;
  status: 401;
};

export type updateCustomerBranchResponse403 = {
  data: Status;
  status: 403;
};

export type updateCustomerBranchResponse404 = {
  data: Status;
  status: 404;
};

export type updateCustomerBranchResponse413 = {
  data: Status;
  status: 413;
};

export type updateCustomerBranchResponse415 = {
  data: Status;
  status: 415;
};

export type updateCustomerBranchResponse500 = {
  data: Status;
  status: 500;
};

export type updateCustomerBranchResponseSuccess = updateCustomerBranchResponse200 & {
  headers: Headers;
};
export type updateCustomerBranchResponseError = (
  | updateCustomerBranchResponse400
  | updateCustomerBranchResponse401
  | updateCustomerBranchResponse403
  | updateCustomerBranchResponse404
  | updateCustomerBranchResponse413
  | updateCustomerBranchResponse415
  | updateCustomerBranchResponse500
) & {
  headers: Headers;
};

export type updateCustomerBranchResponse = updateCustomerBranchResponseSuccess | updateCustomerBranchResponseError;

export const getUpdateCustomerBranchUrl = (bankID: string, customerID: string) => {
  return `/v1/banks/${bankID}/customers/${customerID}/branch`;
};

export const updateCustomerBranch = async (
  bankID: string,
  customerID: string,
  updateCustomerBranchRequest: UpdateCustomerBranchRequest,
  options?: RequestInit,
): Promise<updateCustomerBranchResponse> => {
  return clienteleFetch<updateCustomerBranchResponse>(getUpdateCustomerBranchUrl(bankID, customerID), {
    ...options,
    method: 'PUT',
    headers: { 'Content-Type': 'application/json', ...options?.headers },
    body: JSON.stringify(updateCustomerBranchRequest),
  });
};

/**
 * Update customer credit limit information. Needs the entitlement CanUpdateCustomerCreditLimit.
 * @summary Update customer credit limit.
 */
export type updateCustomerCreditLimitResponse200 = {
  data: CustomerResponse;
  status: 200;
};

export type updateCustomerCreditLimitResponse400 = {
  data: Status;
  status: 400;
};

export type updateCustomerCreditLimitResponse401 = {
  data: Status;
  status: 401;
};

export type updateCustomerCreditLimitResponse403 = {
  data: Status;
  status: 403;
};

export type updateCustomerCreditLimitResponse404 = {
  data: Status;
  status: 404;
};

export type updateCustomerCreditLimitResponse413 = {
  data: Status;
  status: 413;
};

export type updateCustomerCreditLimitResponse415 = {
  data: Status;
  status: 415;
};

export type updateCustomerCreditLimitResponse500 = {
  data: Status;
  status: 500;
};

export type updateCustomerCreditLimitResponseSuccess = updateCustomerCreditLimitResponse200 & {
  headers: Headers;
};
export type updateCustomerCreditLimitResponseError = (
  | updateCustomerCreditLimitResponse400
  | updateCustomerCreditLimitResponse401
  | updateCustomerCreditLimitResponse403
  | updateCustomerCreditLimitResponse404
  | updateCustomerCreditLimitResponse413
  | updateCustomerCreditLimitResponse415
  | updateCustomerCreditLimitResponse500
) & {
  headers: Headers;
};

export type updateCustomerCreditLimitResponse =
  updateCustomerCreditLimitResponseSuccess | updateCustomerCreditLimitResponseError;

export const getUpdateCustomerCreditLimitUrl = (bankID: string, customerID: string) => {
  return `/v1/banks/${bankID}/customers/${customerID}/credit-limit`;
};

export const updateCustomerCreditLimit = async (
  bankID: string,
  customerID: string,
  updateCustomerCreditLimitRequest: UpdateCustomerCreditLimitRequest,
  options?: RequestInit,
): Promise<updateCustomerCreditLimitResponse> => {
  return clienteleFetch<updateCustomerCreditLimitResponse>(getUpdateCustomerCreditLimitUrl(bankID, customerID), {
    ...options,
    method: 'PUT',
    headers: { 'Content-Type': 'application/json', ...options?.headers },
    body: JSON.stringify(updateCustomerCreditLimitRequest),
  });
};

/**
 * Update customer credit rating and source information. Needs the entitlement CanUpdateCustomerCreditRatingAndSource.
 * @summary Update customer credut rating and source.
 */
export type updateCustomerCreditRatingAndSourceResponse200 = {
  data: CustomerResponse;
  status: 200;
};

export type updateCustomerCreditRatingAndSourceResponse400 = {
  data: Status;
  status: 400;
};

export type updateCustomerCreditRatingAndSourceResponse401 = {
  data: Status;
  status: 401;
};

export type updateCustomerCreditRatingAndSourceResponse403 = {
  data: Status;
  status: 403;
};

export type updateCustomerCreditRatingAndSourceResponse404 = {
  data: Status;
  status: 404;
};

export type updateCustomerCreditRatingAndSourceResponse413 = {
  data: Status;
  status: 413;
};

export type updateCustomerCreditRatingAndSourceResponse415 = {
  data: Status;
  status: 415;
};

export type updateCustomerCreditRatingAndSourceResponse500 = {
  data: Status;
  status: 500;
};

export type updateCustomerCreditRatingAndSourceResponseSuccess = updateCustomerCreditRatingAndSourceResponse200 & {
  headers: Headers;
};
export type updateCustomerCreditRatingAndSourceResponseError = (
  | updateCustomerCreditRatingAndSourceResponse400
  | updateCustomerCreditRatingAndSourceResponse401
  | updateCustomerCreditRatingAndSourceResponse403
  | updateCustomerCreditRatingAndSourceResponse404
  | updateCustomerCreditRatingAndSourceResponse413
  | updateCustomerCreditRatingAndSourceResponse415
  | updateCustomerCreditRatingAndSourceResponse500
) & {
  headers: Headers;
};

export type updateCustomerCreditRatingAndSourceResponse =
  updateCustomerCreditRatingAndSourceResponseSuccess | updateCustomerCreditRatingAndSourceResponseError;

export const getUpdateCustomerCreditRatingAndSourceUrl = (bankID: string, customerID: string) => {
  return `/v1/banks/${bankID}/customers/${customerID}/credit-rating-and-source`;
};

export const updateCustomerCreditRatingAndSource = async (
  bankID: string,
  customerID: string,
  updateCustomerCreditRatingAndSourceRequest: UpdateCustomerCreditRatingAndSourceRequest,
  options?: RequestInit,
): Promise<updateCustomerCreditRatingAndSourceResponse> => {
  return clienteleFetch<updateCustomerCreditRatingAndSourceResponse>(
    getUpdateCustomerCreditRatingAndSourceUrl(bankID, customerID),
    {
      ...options,
      method: 'PUT',
      headers: { 'Content-Type': 'application/json', ...options?.headers },
      body: JSON.stringify(updateCustomerCreditRatingAndSourceRequest),
    },
  );
};

/**
 * Returns Credit limit order by id (`request`, singular, as documented).
 * @summary Get credit limit order by id
 */
export type getCreditLimitOrderByIdResponse200 = {
  data: GetCreditLimitOrderByIdResponse;
  status: 200;
};

export type getCreditLimitOrderByIdResponse400 = {
  data: Status;
  status: 400;
};

export type getCreditLimitOrderByIdResponse401 = {
  data: Status;
  status: 401;
};

export type getCreditLimitOrderByIdResponse403 = {
  data: Status;
  status: 403;
};

export type getCreditLimitOrderByIdResponse404 = {
  data: Status;
  status: 404;
};

export type getCreditLimitOrderByIdResponse500 = {
  data: Status;
  status: 500;
};

export type getCreditLimitOrderByIdResponseSuccess = getCreditLimitOrderByIdResponse200 & {
  headers: Headers;
};
export type getCreditLimitOrderByIdResponseError = (
  | getCreditLimitOrderByIdResponse400
  | getCreditLimitOrderByIdResponse401
  | getCreditLimitOrderByIdResponse403
  | getCreditLimitOrderByIdResponse404
  | getCreditLimitOrderByIdResponse500
) & {
  headers: Headers;
};

export type getCreditLimitOrderByIdResponse =
  getCreditLimitOrderByIdResponseSuccess | getCreditLimitOrderByIdResponseError;

export const getGetCreditLimitOrderByIdUrl = (bankID: string, customerID: string, requestID: string) => {
  return `/v1/banks/${bankID}/customers/${customerID}/credit_limit/request/${requestID}`;
};

export const getCreditLimitOrderById = async (
  bankID: string,
  customerID: string,
  requestID: string,
  options?: RequestInit,
): Promise<getCreditLimitOrderByIdResponse> => {
  return clienteleFetch<getCreditLimitOrderByIdResponse>(getGetCreditLimitOrderByIdUrl(bankID, customerID, requestID), {
    ...options,
    method: 'GET',
  });
};

/**
 * Create Credit limit order for the customer on specific bank.
 * @summary Create credit limit order
 */
export type createCreditLimitOrderResponse201 = {
  data: CreateCreditLimitOrderResponse;
  status: 201;
};

export type createCreditLimitOrderResponse400 = {
  data: Status;
  status: 400;
};

export type createCreditLimitOrderResponse401 = {
  data: Status;
  status: 401;
};

export type createCreditLimitOrderResponse403 = {
  data: Status;
  status: 403;
};

export type createCreditLimitOrderResponse404 = {
  data: Status;
  status: 404;
};

export type createCreditLimitOrderResponse413 = {
  data: Status;
  status: 413;
};

export type createCreditLimitOrderResponse415 = {
  data: Status;
  status: 415;
};

export type createCreditLimitOrderResponse500 = {
  data: Status;
  status: 500;
};

export type createCreditLimitOrderResponseSuccess = createCreditLimitOrderResponse201 & {
  headers: Headers;
};
export type createCreditLimitOrderResponseError = (
  | createCreditLimitOrderResponse400
  | createCreditLimitOrderResponse401
  | createCreditLimitOrderResponse403
  | createCreditLimitOrderResponse404
  | createCreditLimitOrderResponse413
  | createCreditLimitOrderResponse415
  | createCreditLimitOrderResponse500
) & {
  headers: Headers;
};

export type createCreditLimitOrderResponse =
  createCreditLimitOrderResponseSuccess | createCreditLimitOrderResponseError;

export const getCreateCreditLimitOrderUrl = (bankID: string, customerID: string) => {
  return `/v1/banks/${bankID}/customers/${customerID}/credit_limit/requests`;
};

export const createCreditLimitOrder = async (
  bankID: string,
  customerID: string,
  createCreditLimitOrderRequest: CreateCreditLimitOrderRequest,
  options?: RequestInit,
): Promise<createCreditLimitOrderResponse> => {
  return clienteleFetch<createCreditLimitOrderResponse>(getCreateCreditLimitOrderUrl(bankID, customerID), {
    ...options,
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...options?.headers },
    body: JSON.stringify(createCreditLimitOrderRequest),
  });
};

/**
 * Returns a list containing up to 20 CreditLimitOrder, newest first.
 * @summary List all credit limit order
 */
export type getCreditLimitOrderResponse200 = {
  data: GetCreditLimitOrderResponse;
  status: 200;
};

export type getCreditLimitOrderResponse400 = {
  data: Status;
  status: 400;
};

export type getCreditLimitOrderResponse401 = {
  data: Status;
  status: 401;
};

export type getCreditLimitOrderResponse403 = {
  data: Status;
  status: 403;
};

export type getCreditLimitOrderResponse404 = {
  data: Status;
  status: 404;
};

export type getCreditLimitOrderResponse500 = {
  data: Status;
  status: 500;
};

export type getCreditLimitOrderResponseSuccess = getCreditLimitOrderResponse200 & {
  headers: Headers;
};
export type getCreditLimitOrderResponseError = (
  | getCreditLimitOrderResponse400
  | getCreditLimitOrderResponse401
  | getCreditLimitOrderResponse403
  | getCreditLimitOrderResponse404
  | getCreditLimitOrderResponse500
) & {
  headers: Headers;
};

export type getCreditLimitOrderResponse = getCreditLimitOrderResponseSuccess | getCreditLimitOrderResponseError;

export const getGetCreditLimitOrderUrl = (bankID: string, customerID: string) => {
  return `/v1/banks/${bankID}/customers/${customerID}/credit_limit/requests`;
};

export const getCreditLimitOrder = async (
  bankID: string,
  customerID: string,
  options?: RequestInit,
): Promise<getCreditLimitOrderResponse> => {
  return clienteleFetch<getCreditLimitOrderResponse>(getGetCreditLimitOrderUrl(bankID, customerID), {
    ...options,
    method: 'GET',
  });
};

/**
 * Returns the customer data based on the customer number. The path names the customer twice, as documented: both must agree (404 otherwise).
 * @summary Get Customer By CustomerNumber
 */
export type getCustomerByCustomerNumberResponse200 = {
  data: Customer;
  status: 200;
};

export type getCustomerByCustomerNumberResponse400 = {
  data: Status;
  status: 400;
};

export type getCustomerByCustomerNumberResponse401 = {
  data: Status;
  status: 401;
};

export type getCustomerByCustomerNumberResponse403 = {
  data: Status;
  status: 403;
};

export type getCustomerByCustomerNumberResponse404 = {
  data: Status;
  status: 404;
};

export type getCustomerByCustomerNumberResponse500 = {
  data: Status;
  status: 500;
};

export type getCustomerByCustomerNumberResponseSuccess = getCustomerByCustomerNumberResponse200 & {
  headers: Headers;
};
export type getCustomerByCustomerNumberResponseError = (
  | getCustomerByCustomerNumberResponse400
  | getCustomerByCustomerNumberResponse401
  | getCustomerByCustomerNumberResponse403
  | getCustomerByCustomerNumberResponse404
  | getCustomerByCustomerNumberResponse500
) & {
  headers: Headers;
};

export type getCustomerByCustomerNumberResponse =
  getCustomerByCustomerNumberResponseSuccess | getCustomerByCustomerNumberResponseError;

export const getGetCustomerByCustomerNumberUrl = (bankID: string, customerID: string, customerNumber: string) => {
  return `/v1/banks/${bankID}/customers/${customerID}/customer-number/${customerNumber}`;
};

export const getCustomerByCustomerNumber = async (
  bankID: string,
  customerID: string,
  customerNumber: string,
  options?: RequestInit,
): Promise<getCustomerByCustomerNumberResponse> => {
  return clienteleFetch<getCustomerByCustomerNumberResponse>(
    getGetCustomerByCustomerNumberUrl(bankID, customerID, customerNumber),
    {
      ...options,
      method: 'GET',
    },
  );
};

/**
 * Update customer data information; fields not sent stay. Needs the entitlement CanUpdateCustomerData.
 * @summary Update customer data.
 */
export type updateCustomerOtherDataResponse200 = {
  data: CustomerResponse;
  status: 200;
};

export type updateCustomerOtherDataResponse400 = {
  data: Status;
  status: 400;
};

export type updateCustomerOtherDataResponse401 = {
  data: Status;
  status: 401;
};

export type updateCustomerOtherDataResponse403 = {
  data: Status;
  status: 403;
};

export type updateCustomerOtherDataResponse404 = {
  data: Status;
  status: 404;
};

export type updateCustomerOtherDataResponse413 = {
  data: Status;
  status: 413;
};

export type updateCustomerOtherDataResponse415 = {
  data: Status;
  status: 415;
};

export type updateCustomerOtherDataResponse500 = {
  data: Status;
  status: 500;
};

export type updateCustomerOtherDataResponseSuccess = updateCustomerOtherDataResponse200 & {
  headers: Headers;
};
export type updateCustomerOtherDataResponseError = (
  | updateCustomerOtherDataResponse400
  | updateCustomerOtherDataResponse401
  | updateCustomerOtherDataResponse403
  | updateCustomerOtherDataResponse404
  | updateCustomerOtherDataResponse413
  | updateCustomerOtherDataResponse415
  | updateCustomerOtherDataResponse500
) & {
  headers: Headers;
};

export type updateCustomerOtherDataResponse =
  updateCustomerOtherDataResponseSuccess | updateCustomerOtherDataResponseError;

export const getUpdateCustomerOtherDataUrl = (bankID: string, customerID: string) => {
  return `/v1/banks/${bankID}/customers/${customerID}/data`;
};

export const updateCustomerOtherData = async (
  bankID: string,
  customerID: string,
  updateCustomerOtherDataRequest: UpdateCustomerOtherDataRequest,
  options?: RequestInit,
): Promise<updateCustomerOtherDataResponse> => {
  return clienteleFetch<updateCustomerOtherDataResponse>(getUpdateCustomerOtherDataUrl(bankID, customerID), {
    ...options,
    method: 'PUT',
    headers: { 'Content-Type': 'application/json', ...options?.headers },
    body: JSON.stringify(updateCustomerOtherDataRequest),
  });
};

/**
 * Update customer email information. Needs the entitlement CanUpdateCustomerEmail.
 * @summary Update customer email.
 */
export type updateCustomerEmailResponse200 = {
  data: CustomerResponse;
  status: 200;
};

export type updateCustomerEmailResponse400 = {
  data: Status;
  status: 400;
};

export type updateCustomerEmailResponse401 = {
  data: Status;
  status: 401;
};

export type updateCustomerEmailResponse403 = {
  data: Status;
  status: 403;
};

export type updateCustomerEmailResponse404 = {
  data: Status;
  status: 404;
};

export type updateCustomerEmailResponse413 = {
  data: Status;
  status: 413;
};

export type updateCustomerEmailResponse415 = {
  data: Status;
  status: 415;
};

export type updateCustomerEmailResponse500 = {
  data: Status;
  status: 500;
};

export type updateCustomerEmailResponseSuccess = updateCustomerEmailResponse200 & {
  headers: Headers;
};
export type updateCustomerEmailResponseError = (
  | updateCustomerEmailResponse400
  | updateCustomerEmailResponse401
  | updateCustomerEmailResponse403
  | updateCustomerEmailResponse404
  | updateCustomerEmailResponse413
  | updateCustomerEmailResponse415
  | updateCustomerEmailResponse500
) & {
  headers: Headers;
};

export type updateCustomerEmailResponse = updateCustomerEmailResponseSuccess | updateCustomerEmailResponseError;

export const getUpdateCustomerEmailUrl = (bankID: string, customerID: string) => {
  return `/v1/banks/${bankID}/customers/${customerID}/email`;
};

export const updateCustomerEmail = async (
  bankID: string,
  customerID: string,
  updateCustomerEmailRequest: UpdateCustomerEmailRequest,
  options?: RequestInit,
): Promise<updateCustomerEmailResponse> => {
  return clienteleFetch<updateCustomerEmailResponse>(getUpdateCustomerEmailUrl(bankID, customerID), {
    ...options,
    method: 'PUT',
    headers: { 'Content-Type': 'application/json', ...options?.headers },
    body: JSON.stringify(updateCustomerEmailRequest),
  });
};

/**
 * Update customer identity information: legal name, date of birth, title; fields not sent stay. Needs the entitlement CanUpdateCustomerIdentity.
 * @summary Update customer identity.
 */
export type updateCustomerIdentityResponse200 = {
  data: CustomerResponse;
  status: 200;
};

export type updateCustomerIdentityResponse400 = {
  data: Status;
  status: 400;
};

export type updateCustomerIdentityResponse401 = {
  data: Status;
  status: 401;
};

export type updateCustomerIdentityResponse403 = {
  data: Status;
  status: 403;
};

export type updateCustomerIdentityResponse404 = {
  data: Status;
  status: 404;
};

export type updateCustomerIdentityResponse413 = {
  data: Status;
  status: 413;
};

export type updateCustomerIdentityResponse415 = {
  data: Status;
  status: 415;
};

export type updateCustomerIdentityResponse500 = {
  data: Status;
  status: 500;
};

export type updateCustomerIdentityResponseSuccess = updateCustomerIdentityResponse200 & {
  headers: Headers;
};
export type updateCustomerIdentityResponseError = (
  | updateCustomerIdentityResponse400
  | updateCustomerIdentityResponse401
  | updateCustomerIdentityResponse403
  | updateCustomerIdentityResponse404
  | updateCustomerIdentityResponse413
  | updateCustomerIdentityResponse415
  | updateCustomerIdentityResponse500
) & {
  headers: Headers;
};

export type updateCustomerIdentityResponse =
  updateCustomerIdentityResponseSuccess | updateCustomerIdentityResponseError;

export const getUpdateCustomerIdentityUrl = (bankID: string, customerID: string) => {
  return `/v1/banks/${bankID}/customers/${customerID}/identity`;
};

export const updateCustomerIdentity = async (
  bankID: string,
  customerID: string,
  updateCustomerIdentityRequest: UpdateCustomerIdentityRequest,
  options?: RequestInit,
): Promise<updateCustomerIdentityResponse> => {
  return clienteleFetch<updateCustomerIdentityResponse>(getUpdateCustomerIdentityUrl(bankID, customerID), {
    ...options,
    method: 'PUT',
    headers: { 'Content-Type': 'application/json', ...options?.headers },
    body: JSON.stringify(updateCustomerIdentityRequest),
  });
};

/**
 * Update customer mobile number information. Needs the entitlement CanUpdateCustomerMobilePhoneNumber.
 * @summary Update customer mobile number.
 */
export type updateCustomerMobileNumberResponse200 = {
  data: CustomerResponse;
  status: 200;
};

export type updateCustomerMobileNumberResponse400 = {
  data: Status;
  status: 400;
};

export type updateCustomerMobileNumberResponse401 = {
  data: Status;
  status: 401;
};

export type updateCustomerMobileNumberResponse403 = {
  data: Status;
  status: 403;
};

export type updateCustomerMobileNumberResponse404 = {
  data: Status;
  status: 404;
};

export type updateCustomerMobileNumberResponse413 = {
  data: Status;
  status: 413;
};

export type updateCustomerMobileNumberResponse415 = {
  data: Status;
  status: 415;
};

export type updateCustomerMobileNumberResponse500 = {
  data: Status;
  status: 500;
};

export type updateCustomerMobileNumberResponseSuccess = updateCustomerMobileNumberResponse200 & {
  headers: Headers;
};
export type updateCustomerMobileNumberResponseError = (
  | updateCustomerMobileNumberResponse400
  | updateCustomerMobileNumberResponse401
  | updateCustomerMobileNumberResponse403
  | updateCustomerMobileNumberResponse404
  | updateCustomerMobileNumberResponse413
  | updateCustomerMobileNumberResponse415
  | updateCustomerMobileNumberResponse500
) & {
  headers: Headers;
};

export type updateCustomerMobileNumberResponse =
  updateCustomerMobileNumberResponseSuccess | updateCustomerMobileNumberResponseError;

export const getUpdateCustomerMobileNumberUrl = (bankID: string, customerID: string) => {
  return `/v1/banks/${bankID}/customers/${customerID}/mobile-number`;
};

export const updateCustomerMobileNumber = async (
  bankID: string,
  customerID: string,
  updateCustomerMobileNumberRequest: UpdateCustomerMobileNumberRequest,
  options?: RequestInit,
): Promise<updateCustomerMobileNumberResponse> => {
  return clienteleFetch<updateCustomerMobileNumberResponse>(getUpdateCustomerMobileNumberUrl(bankID, customerID), {
    ...options,
    method: 'PUT',
    headers: { 'Content-Type': 'application/json', ...options?.headers },
    body: JSON.stringify(updateCustomerMobileNumberRequest),
  });
};

/**
 * Update customer number information; the number must be unique within the bank (409 otherwise). Needs the entitlement CanUpdateCustomerNumber.
 * @summary Update customer number.
 */
export type updateCustomerNumberResponse200 = {
  data: CustomerResponse;
  status: 200;
};

export type updateCustomerNumberResponse400 = {
  data: Status;
  status: 400;
};

export type updateCustomerNumberResponse401 = {
  data: Status;
  status: 401;
};

export type updateCustomerNumberResponse403 = {
  data: Status;
  status: 403;
};

export type updateCustomerNumberResponse404 = {
  data: Status;
  status: 404;
};

export type updateCustomerNumberResponse409 = {
  data: Status;
  status: 409;
};

export type updateCustomerNumberResponse413 = {
  data: Status;
  status: 413;
};

export type updateCustomerNumberResponse415 = {
  data: Status;
  status: 415;
};

export type updateCustomerNumberResponse500 = {
  data: Status;
  status: 500;
};

export type updateCustomerNumberResponseSuccess = updateCustomerNumberResponse200 & {
  headers: Headers;
};
export type updateCustomerNumberResponseError = (
  | updateCustomerNumberResponse400
  | updateCustomerNumberResponse401
  | updateCustomerNumberResponse403
  | updateCustomerNumberResponse404
  | updateCustomerNumberResponse409
  | updateCustomerNumberResponse413
  | updateCustomerNumberResponse415
  | updateCustomerNumberResponse500
) & {
  headers: Headers;
};

export type updateCustomerNumberResponse = updateCustomerNumberResponseSuccess | updateCustomerNumberResponseError;

export const getUpdateCustomerNumberUrl = (bankID: string, customerID: string) => {
  return `/v1/banks/${bankID}/customers/${customerID}/number`;
};

export const updateCustomerNumber = async (
  bankID: string,
  customerID: string,
  updateCustomerNumberRequest: UpdateCustomerNumberRequest,
  options?: RequestInit,
): Promise<updateCustomerNumberResponse> => {
  return clienteleFetch<updateCustomerNumberResponse>(getUpdateCustomerNumberUrl(bankID, customerID), {
    ...options,
    method: 'PUT',
    headers: { 'Content-Type': 'application/json', ...options?.headers },
    body: JSON.stringify(updateCustomerNumberRequest),
  });
};

/**
 * Returns a list containing up to 20 customer social media handles, newest first. Needs the entitlement CanGetSocialMediaHandles.
 * @summary List all customer social media handles
 */
export type getCustomerSocialMediaHandlesResponse200 = {
  data: GetCustomerSocialMediaHandlesResponse;
  status: 200;
};

export type getCustomerSocialMediaHandlesResponse400 = {
  data: Status;
  status: 400;
};

export type getCustomerSocialMediaHandlesResponse401 = {
  data: Status;
  status: 401;
};

export type getCustomerSocialMediaHandlesResponse403 = {
  data: Status;
  status: 403;
};

export type getCustomerSocialMediaHandlesResponse404 = {
  data: Status;
  status: 404;
};

export type getCustomerSocialMediaHandlesResponse500 = {
  data: Status;
  status: 500;
};

export type getCustomerSocialMediaHandlesResponseSuccess = getCustomerSocialMediaHandlesResponse200 & {
  headers: Headers;
};
export type getCustomerSocialMediaHandlesResponseError = (
  | getCustomerSocialMediaHandlesResponse400
  | getCustomerSocialMediaHandlesResponse401
  | getCustomerSocialMediaHandlesResponse403
  | getCustomerSocialMediaHandlesResponse404
  | getCustomerSocialMediaHandlesResponse500
) & {
  headers: Headers;
};

export type getCustomerSocialMediaHandlesResponse =
  getCustomerSocialMediaHandlesResponseSuccess | getCustomerSocialMediaHandlesResponseError;

export const getGetCustomerSocialMediaHandlesUrl = (bankID: string, customerID: string) => {
  return `/v1/banks/${bankID}/customers/${customerID}/social_media_handles`;
};

export const getCustomerSocialMediaHandles = async (
  bankID: string,
  customerID: string,
  options?: RequestInit,
): Promise<getCustomerSocialMediaHandlesResponse> => {
  return clienteleFetch<getCustomerSocialMediaHandlesResponse>(
    getGetCustomerSocialMediaHandlesUrl(bankID, customerID),
    {
      ...options,
      method: 'GET',
    },
  );
};

/**
 * Adds a tax residence to the customer. Needs the entitlement CanCreateTaxResidence.
 * @summary Create a tax residence
 */
export type createTaxResidenceResponse201 = {
  data: TaxResidence;
  status: 201;
};

export type createTaxResidenceResponse400 = {
  data: Status;
  status: 400;
};

export type createTaxResidenceResponse401 = {
  data: Status;
  status: 401;
};

export type createTaxResidenceResponse403 = {
  data: Status;
  status: 403;
};

export type createTaxResidenceResponse404 = {
  data: Status;
  status: 404;
};

export type createTaxResidenceResponse413 = {
  data: Status;
  status: 413;
};

export type createTaxResidenceResponse415 = {
  data: Status;
  status: 415;
};

export type createTaxResidenceResponse500 = {
  data: Status;
  status: 500;
};

export type createTaxResidenceResponseSuccess = createTaxResidenceResponse201 & {
  headers: Headers;
};
export type createTaxResidenceResponseError = (
  | createTaxResidenceResponse400
  | createTaxResidenceResponse401
  | createTaxResidenceResponse403
  | createTaxResidenceResponse404
  | createTaxResidenceResponse413
  | createTaxResidenceResponse415
  | createTaxResidenceResponse500
) & {
  headers: Headers;
};

export type createTaxResidenceResponse = createTaxResidenceResponseSuccess | createTaxResidenceResponseError;

export const getCreateTaxResidenceUrl = (bankID: string, customerID: string) => {
  return `/v1/banks/${bankID}/customers/${customerID}/tax-residence`;
};

export const createTaxResidence = async (
  bankID: string,
  customerID: string,
  createTaxResidenceRequest: CreateTaxResidenceRequest,
  options?: RequestInit,
): Promise<createTaxResidenceResponse> => {
  return clienteleFetch<createTaxResidenceResponse>(getCreateTaxResidenceUrl(bankID, customerID), {
    ...options,
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...options?.headers },
    body: JSON.stringify(createTaxResidenceRequest),
  });
};

/**
 * Returns the customer’s tax residences, newest first. Needs the entitlement CanGetTaxResidence.
 * @summary Get customers tax_residencies
 */
export type getTaxResidenceOfCustomerResponse200 = {
  data: GetTaxResidenceOfCustomerResponse;
  status: 200;
};

export type getTaxResidenceOfCustomerResponse400 = {
  data: Status;
  status: 400;
};

export type getTaxResidenceOfCustomerResponse401 = {
  data: Status;
  status: 401;
};

export type getTaxResidenceOfCustomerResponse403 = {
  data: Status;
  status: 403;
};

export type getTaxResidenceOfCustomerResponse404 = {
  data: Status;
  status: 404;
};

export type getTaxResidenceOfCustomerResponse500 = {
  data: Status;
  status: 500;
};

export type getTaxResidenceOfCustomerResponseSuccess = getTaxResidenceOfCustomerResponse200 & {
  headers: Headers;
};
export type getTaxResidenceOfCustomerResponseError = (
  | getTaxResidenceOfCustomerResponse400
  | getTaxResidenceOfCustomerResponse401
  | getTaxResidenceOfCustomerResponse403
  | getTaxResidenceOfCustomerResponse404
  | getTaxResidenceOfCustomerResponse500
) & {
  headers: Headers;
};

export type getTaxResidenceOfCustomerResponse =
  getTaxResidenceOfCustomerResponseSuccess | getTaxResidenceOfCustomerResponseError;

export const getGetTaxResidenceOfCustomerUrl = (bankID: string, customerID: string) => {
  return `/v1/banks/${bankID}/customers/${customerID}/tax-residences`;
};

export const getTaxResidenceOfCustomer = async (
  bankID: string,
  customerID: string,
  options?: RequestInit,
): Promise<getTaxResidenceOfCustomerResponse> => {
  return clienteleFetch<getTaxResidenceOfCustomerResponse>(getGetTaxResidenceOfCustomerUrl(bankID, customerID), {
    ...options,
    method: 'GET',
  });
};

/**
 * Permanently delete tax residence (`tax_residencies` here, `tax-residences` in the list, as documented). Needs the entitlement CanDeleteTaxResidence.
 * @summary Delete tax residence
 */
export type deleteTaxResidenceResponse204 = {
  data: void;
  status: 204;
};

export type deleteTaxResidenceResponse400 = {
  data: Status;
  status: 400;
};

export type deleteTaxResidenceResponse401 = {
  data: Status;
  status: 401;
};

export type deleteTaxResidenceResponse403 = {
  data: Status;
  status: 403;
};

export type deleteTaxResidenceResponse404 = {
  data: Status;
  status: 404;
};

export type deleteTaxResidenceResponse500 = {
  data: Status;
  status: 500;
};

export type deleteTaxResidenceResponseSuccess = deleteTaxResidenceResponse204 & {
  headers: Headers;
};
export type deleteTaxResidenceResponseError = (
  | deleteTaxResidenceResponse400
  | deleteTaxResidenceResponse401
  | deleteTaxResidenceResponse403
  | deleteTaxResidenceResponse404
  | deleteTaxResidenceResponse500
) & {
  headers: Headers;
};

export type deleteTaxResidenceResponse = deleteTaxResidenceResponseSuccess | deleteTaxResidenceResponseError;

export const getDeleteTaxResidenceUrl = (bankID: string, customerID: string, taxResidenceID: string) => {
  return `/v1/banks/${bankID}/customers/${customerID}/tax_residencies/${taxResidenceID}`;
};

export const deleteTaxResidence = async (
  bankID: string,
  customerID: string,
  taxResidenceID: string,
  options?: RequestInit,
): Promise<deleteTaxResidenceResponse> => {
  return clienteleFetch<deleteTaxResidenceResponse>(getDeleteTaxResidenceUrl(bankID, customerID, taxResidenceID), {
    ...options,
    method: 'DELETE',
  });
};

/**
 * Every customer of the bank, by creation time, paged by `limit` and `offset`, optionally between `from_date` and `to_date`. Needs the server to allow the firehose (as the Open Bank Project’s `allow_customer_firehose`) and the entitlement CanUseCustomerFirehoseAtAnyBank (or CanUseCustomerFirehose at the bank).
 * @summary Return customer firehose
 */
export type getFirehoseCustomerResponse200 = {
  data: CustomerList;
  status: 200;
};

export type getFirehoseCustomerResponse400 = {
  data: Status;
  status: 400;
};

export type getFirehoseCustomerResponse401 = {
  data: Status;
  status: 401;
};

export type getFirehoseCustomerResponse403 = {
  data: Status;
  status: 403;
};

export type getFirehoseCustomerResponse404 = {
  data: Status;
  status: 404;
};

export type getFirehoseCustomerResponse500 = {
  data: Status;
  status: 500;
};

export type getFirehoseCustomerResponseSuccess = getFirehoseCustomerResponse200 & {
  headers: Headers;
};
export type getFirehoseCustomerResponseError = (
  | getFirehoseCustomerResponse400
  | getFirehoseCustomerResponse401
  | getFirehoseCustomerResponse403
  | getFirehoseCustomerResponse404
  | getFirehoseCustomerResponse500
) & {
  headers: Headers;
};

export type getFirehoseCustomerResponse = getFirehoseCustomerResponseSuccess | getFirehoseCustomerResponseError;

export const getGetFirehoseCustomerUrl = (bankID: string, params?: GetFirehoseCustomerParams) => {
  const normalizedParams = new URLSearchParams();

  Object.entries(params || {}).forEach(([key, value]) => {
    if (value !== undefined) {
      normalizedParams.append(key, value === null ? 'null' : value.toString());
    }
  });

  const stringifiedParams = normalizedParams.toString();

  return stringifiedParams.length > 0
    ? `/v1/banks/${bankID}/firehose/customers?${stringifiedParams}`
    : `/v1/banks/${bankID}/firehose/customers`;
};

export const getFirehoseCustomer = async (
  bankID: string,
  params?: GetFirehoseCustomerParams,
  options?: RequestInit,
): Promise<getFirehoseCustomerResponse> => {
  return clienteleFetch<getFirehoseCustomerResponse>(getGetFirehoseCustomerUrl(bankID, params), {
    ...options,
    method: 'GET',
  });
};

/**
 * Links a user of the sandbox to a customer of the bank; one link per user and customer (409 for a second). Needs the entitlement CanCreateUserCustomerLink (at the bank) or CanCreateUserCustomerLinkAtAnyBank.
 * @summary Create user customer link
 */
export type createUserCustomerLinkResponse201 = {
  data: CreateUserCustomerLinkResponse;
  status: 201;
};

export type createUserCustomerLinkResponse400 = {
  data: Status;
  status: 400;
};

export type createUserCustomerLinkResponse401 = {
  data: Status;
  status: 401;
};

export type createUserCustomerLinkResponse403 = {
  data: Status;
  status: 403;
};

export type createUserCustomerLinkResponse404 = {
  data: Status;
  status: 404;
};

export type createUserCustomerLinkResponse409 = {
  data: Status;
  status: 409;
};

export type createUserCustomerLinkResponse413 = {
  data: Status;
  status: 413;
};

export type createUserCustomerLinkResponse415 = {
  data: Status;
  status: 415;
};

export type createUserCustomerLinkResponse500 = {
  data: Status;
  status: 500;
};

export type createUserCustomerLinkResponseSuccess = createUserCustomerLinkResponse201 & {
  headers: Headers;
};
export type createUserCustomerLinkResponseError = (
  | createUserCustomerLinkResponse400
  | createUserCustomerLinkResponse401
  | createUserCustomerLinkResponse403
  | createUserCustomerLinkResponse404
  | createUserCustomerLinkResponse409
  | createUserCustomerLinkResponse413
  | createUserCustomerLinkResponse415
  | createUserCustomerLinkResponse500
) & {
  headers: Headers;
};

export type createUserCustomerLinkResponse =
  createUserCustomerLinkResponseSuccess | createUserCustomerLinkResponseError;

export const getCreateUserCustomerLinkUrl = (bankID: string) => {
  return `/v1/banks/${bankID}/user_customer_links`;
};

export const createUserCustomerLink = async (
  bankID: string,
  createUserCustomerLinkRequest: CreateUserCustomerLinkRequest,
  options?: RequestInit,
): Promise<createUserCustomerLinkResponse> => {
  return clienteleFetch<createUserCustomerLinkResponse>(getCreateUserCustomerLinkUrl(bankID), {
    ...options,
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...options?.headers },
    body: JSON.stringify(createUserCustomerLinkRequest),
  });
};

/**
 * Creates a new customer at the bank `bank_id`, which assigns its `customer_number`. Needs the entitlement CanCreateCustomer (at the bank) or CanCreateCustomerAtAnyBank.
 * @summary Create a customer
 */
export type createCustomerResponse201 = {
  data: CreateCustomerResponse;
  status: 201;
};

export type createCustomerResponse400 = {
  data: Status;
  status: 400;
};

export type createCustomerResponse401 = {
  data: Status;
  status: 401;
};

export type createCustomerResponse403 = {
  data: Status;
  status: 403;
};

export type createCustomerResponse404 = {
  data: Status;
  status: 404;
};

export type createCustomerResponse413 = {
  data: Status;
  status: 413;
};

export type createCustomerResponse415 = {
  data: Status;
  status: 415;
};

export type createCustomerResponse500 = {
  data: Status;
  status: 500;
};

export type createCustomerResponseSuccess = createCustomerResponse201 & {
  headers: Headers;
};
export type createCustomerResponseError = (
  | createCustomerResponse400
  | createCustomerResponse401
  | createCustomerResponse403
  | createCustomerResponse404
  | createCustomerResponse413
  | createCustomerResponse415
  | createCustomerResponse500
) & {
  headers: Headers;
};

export type createCustomerResponse = createCustomerResponseSuccess | createCustomerResponseError;

export const getCreateCustomerUrl = () => {
  return `/v1/customers`;
};

export const createCustomer = async (
  createCustomerRequest: CreateCustomerRequest,
  options?: RequestInit,
): Promise<createCustomerResponse> => {
  return clienteleFetch<createCustomerResponse>(getCreateCustomerUrl(), {
    ...options,
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...options?.headers },
    body: JSON.stringify(createCustomerRequest),
  });
};

/**
 * Add address to the customer (of any bank of the sandbox). Needs the entitlement CanCreateCustomerAddress.
 * @summary Add address to the customer.
 */
export type addAddressToCustomerResponse201 = {
  data: Address;
  status: 201;
};

export type addAddressToCustomerResponse400 = {
  data: Status;
  status: 400;
};

export type addAddressToCustomerResponse401 = {
  data: Status;
  status: 401;
};

export type addAddressToCustomerResponse403 = {
  data: Status;
  status: 403;
};

export type addAddressToCustomerResponse404 = {
  data: Status;
  status: 404;
};

export type addAddressToCustomerResponse413 = {
  data: Status;
  status: 413;
};

export type addAddressToCustomerResponse415 = {
  data: Status;
  status: 415;
};

export type addAddressToCustomerResponse500 = {
  data: Status;
  status: 500;
};

export type addAddressToCustomerResponseSuccess = addAddressToCustomerResponse201 & {
  headers: Headers;
};
export type addAddressToCustomerResponseError = (
  | addAddressToCustomerResponse400
  | addAddressToCustomerResponse401
  | addAddressToCustomerResponse403
  | addAddressToCustomerResponse404
  | addAddressToCustomerResponse413
  | addAddressToCustomerResponse415
  | addAddressToCustomerResponse500
) & {
  headers: Headers;
};

export type addAddressToCustomerResponse = addAddressToCustomerResponseSuccess | addAddressToCustomerResponseError;

export const getAddAddressToCustomerUrl = (customerID: string) => {
  return `/v1/customers/${customerID}/address`;
};

export const addAddressToCustomer = async (
  customerID: string,
  addAddressToCustomerRequest: AddAddressToCustomerRequest,
  options?: RequestInit,
): Promise<addAddressToCustomerResponse> => {
  return clienteleFetch<addAddressToCustomerResponse>(getAddAddressToCustomerUrl(customerID), {
    ...options,
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...options?.headers },
    body: JSON.stringify(addAddressToCustomerRequest),
  });
};

/**
 * Add social media handle for the customer. Needs the entitlement CanAddSocialMediaHandle.
 * @summary Add social media handle
 */
export type addSocialMediaHandleResponse201 = {
  data: AddSocialMediaHandleResponse;
  status: 201;
};

export type addSocialMediaHandleResponse400 = {
  data: Status;
  status: 400;
};

export type addSocialMediaHandleResponse401 = {
  data: Status;
  status: 401;
};

export type addSocialMediaHandleResponse403 = {
  data: Status;
  status: 403;
};

export type addSocialMediaHandleResponse404 = {
  data: Status;
  status: 404;
};

export type addSocialMediaHandleResponse413 = {
  data: Status;
  status: 413;
};

export type addSocialMediaHandleResponse415 = {
  data: Status;
  status: 415;
};

export type addSocialMediaHandleResponse500 = {
  data: Status;
  status: 500;
};

export type addSocialMediaHandleResponseSuccess = addSocialMediaHandleResponse201 & {
  headers: Headers;
};
export type addSocialMediaHandleResponseError = (
  | addSocialMediaHandleResponse400
  | addSocialMediaHandleResponse401
  | addSocialMediaHandleResponse403
  | addSocialMediaHandleResponse404
  | addSocialMediaHandleResponse413
  | addSocialMediaHandleResponse415
  | addSocialMediaHandleResponse500
) & {
  headers: Headers;
};

export type addSocialMediaHandleResponse = addSocialMediaHandleResponseSuccess | addSocialMediaHandleResponseError;

export const getAddSocialMediaHandleUrl = (customerID: string) => {
  return `/v1/customers/${customerID}/social_media_handles`;
};

export const addSocialMediaHandle = async (
  customerID: string,
  addSocialMediaHandleRequest: AddSocialMediaHandleRequest,
  options?: RequestInit,
): Promise<addSocialMediaHandleResponse> => {
  return clienteleFetch<addSocialMediaHandleResponse>(getAddSocialMediaHandleUrl(customerID), {
    ...options,
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...options?.headers },
    body: JSON.stringify(addSocialMediaHandleRequest),
  });
};

/**
 * `AuthorizationCode`: the code from `GET /v1/auth` and the same `redirect_uri`; the code works once. `RefreshToken`: a refresh token from an earlier answer. Either answers 201 with a bearer token (3600 s) carrying the client’s scopes for the user, and a refresh token. Client authentication is optional: when sent (HTTP Basic, or `client_id` and `client_secret`) it must be right and be the client the code or token was issued to.
 * @summary Exchange a code or a refresh token for an access token
 */
export type tokenResponse201 = {
  data: TokenResponse;
  status: 201;
};

export type tokenResponse400 = {
  data: Status;
  status: 400;
};

export type tokenResponse401 = {
  data: Status;
  status: 401;
};

export type tokenResponse413 = {
  data: Status;
  status: 413;
};

export type tokenResponse415 = {
  data: Status;
  status: 415;
};

export type tokenResponse500 = {
  data: Status;
  status: 500;
};

export type tokenResponseSuccess = tokenResponse201 & {
  headers: Headers;
};
export type tokenResponseError = (
  tokenResponse400 | tokenResponse401 | tokenResponse413 | tokenResponse415 | tokenResponse500
) & {
  headers: Headers;
};

export type tokenResponse = tokenResponseSuccess | tokenResponseError;

export const getTokenUrl = () => {
  return `/v1/token`;
};

export const token = async (tokenRequest: TokenRequest, options?: RequestInit): Promise<tokenResponse> => {
  return clienteleFetch<tokenResponse>(getTokenUrl(), {
    ...options,
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...options?.headers },
    body: JSON.stringify(tokenRequest),
  });
};

/**
 * Returns the customers linked to the token’s user (user customer links), at every bank, oldest link first.
 * @summary Get customers data for current user
 */
export type getCustomersForCurrentUserResponse200 = {
  data: CustomerList;
  status: 200;
};

export type getCustomersForCurrentUserResponse400 = {
  data: Status;
  status: 400;
};

export type getCustomersForCurrentUserResponse401 = {
  data: Status;
  status: 401;
};

export type getCustomersForCurrentUserResponse403 = {
  data: Status;
  status: 403;
};

export type getCustomersForCurrentUserResponse404 = {
  data: Status;
  status: 404;
};

export type getCustomersForCurrentUserResponse500 = {
  data: Status;
  status: 500;
};

export type getCustomersForCurrentUserResponseSuccess = getCustomersForCurrentUserResponse200 & {
  headers: Headers;
};
export type getCustomersForCurrentUserResponseError = (
  | getCustomersForCurrentUserResponse400
  | getCustomersForCurrentUserResponse401
  | getCustomersForCurrentUserResponse403
  | getCustomersForCurrentUserResponse404
  | getCustomersForCurrentUserResponse500
) & {
  headers: Headers;
};

export type getCustomersForCurrentUserResponse =
  getCustomersForCurrentUserResponseSuccess | getCustomersForCurrentUserResponseError;

export const getGetCustomersForCurrentUserUrl = () => {
  return `/v1/users/current/customers`;
};

export const getCustomersForCurrentUser = async (
  options?: RequestInit,
): Promise<getCustomersForCurrentUserResponse> => {
  return clienteleFetch<getCustomersForCurrentUserResponse>(getGetCustomersForCurrentUserUrl(), {
    ...options,
    method: 'GET',
  });
};
