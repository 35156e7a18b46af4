import { Type, type TProperties, type TSchema } from '@sinclair/typebox';
import { Nullable, type Infer } from '../shared/index.ts';

/*
 * The messages of `customer.CustomerService` (openbank `v1/customer/customer.gunk`), with their
 * JSON names exactly as the seed documents them, quirks included (`branchId` on create but
 * `branch_id` on the customer, `last_ok_date` vs `last_ok_data`, …).
 *
 * Requests follow grpc-gateway v2: unknown fields are discarded (additionalProperties), and a
 * `google.protobuf.Timestamp` arrives as an RFC 3339 string or as its `{seconds, nanos}` object.
 * Responses follow its default marshaler (EmitUnpopulated): every field is present, an unset
 * string is `""`, an unset message or timestamp is `null`, timestamps are RFC 3339 strings.
 */

/** protobuf Timestamp's range: 0001-01-01T00:00:00Z to 9999-12-31T23:59:59Z. */
export const MIN_SECONDS = -62_135_596_800;
export const MAX_SECONDS = 253_402_300_799;

const text = (description?: string, maxLength = 1024) => Type.String({ maxLength, ...(description ? { description } : {}) });
const optional = (description?: string, maxLength?: number) => Type.Optional(text(description, maxLength));
/** A timestamp on the wire: an RFC 3339 string, or null when unset. */
const timestamp = (description: string) => Nullable(Type.String({ format: 'date-time' }), { description });
const timestampInput = (description: string) => Type.Optional(Type.Ref('TimestampInput', { description }));

/** A request message: unknown fields are discarded, as grpc-gateway's unmarshaler does. `example` is documented with it. */
const request = <P extends TProperties>(properties: P, description: string, example?: Readonly<Record<string, unknown>>) =>
  Type.Object(properties, { additionalProperties: true, description, ...(example ? { examples: [example] } : {}) });
/** A response message: every field present (EmitUnpopulated), nothing else. */
const response = <P extends TProperties>(properties: P, description: string) =>
  Type.Object(properties, { additionalProperties: false, description });

/** `bank_id` and `customer_id` repeated in a body: optional, and must name the path's when sent. */
const pathEcho = <const N extends readonly ('bank_id' | 'customer_id' | 'customer_address_id')[]>(names: N) =>
  Object.fromEntries(names.map((name) => [name, optional(`When sent (and not empty), must equal the path's ${name}; 400 otherwise.`, 255)])) as {
    [K in N[number]]: ReturnType<typeof optional>;
  };

const CURRENCY = '^[A-Z]{3}$';
const DECIMAL = '^-?[0-9]+(\\.[0-9]+)?$';

const amountInput = (description: string) =>
  Type.Object(
    {
      cur: Type.String({ pattern: CURRENCY, description: 'Cur is the currency of the amount (ISO 4217, e.g. `EUR`).' }),
      num: Type.String({ pattern: DECIMAL, maxLength: 64, description: 'Num is the value of the amount, a decimal string (e.g. `1000.50`).' }),
    },
    { additionalProperties: true, description },
  );
const creditRatingInput = (description: string) =>
  Type.Object({ rating: optional('The rating, e.g. `A+`.', 64), source: optional('Who rated, e.g. an agency.', 255) }, { additionalProperties: true, description });
const faceImageInput = (description: string) =>
  Type.Object({ url: Type.Optional(Type.String({ maxLength: 2048 })), date: timestampInput('When the image was taken.') }, { additionalProperties: true, description });

const addressFields = {
  line_1: optional(),
  line_2: optional(),
  line_3: optional(),
  city: optional(),
  county: optional(),
  state: optional(),
  postcode: optional(undefined, 64),
  country_code: optional('ISO 3166-1 alpha-2, e.g. `GB`.', 8),
  tags: Type.Optional(Type.Array(text(undefined, 255), { maxItems: 20, description: 'Free labels, e.g. `home`, `billing`.' })),
  status: optional(undefined, 255),
};

const customerFields = {
  id: Type.String({ description: 'The customer id (a UUID).' }),
  bank_id: Type.String(),
  customer_number: Type.String({ description: 'Unique within the bank. Assigned at creation; `PUT …/number` changes it.' }),
  legal_name: Type.String(),
  phone_number: Type.String({ description: 'The `mobile_phone_number` of the create and update requests.' }),
  email: Type.String(),
  face_image: Nullable(Type.Ref('FaceImage')),
  date_of_birth: timestamp('Date of birth; null when unset.'),
  relationship_status: Type.String(),
  credit_rating: Nullable(Type.Ref('CreditRating')),
  credit_limit: Nullable(Type.Ref('Amount')),
  highest_educational_attained: Type.String({ description: 'The `highest_education_attained` of the create and update-data requests.' }),
  employment_status: Type.String(),
  kyc_status: Type.Boolean({ description: 'Whether the customer passed KYC; false for customers created through this API.' }),
  last_ok_data: timestamp('The `last_ok_date` of the create request (spelled `last_ok_data` on the customer).'),
  title: Type.String(),
  branch_id: Type.String({ description: 'The `branchId` of the create request.' }),
};

const definitions = {
  TimestampInput: Nullable(
    Type.Union([
      Type.String({ format: 'date-time', description: 'RFC 3339, e.g. `2019-10-25T08:00:00Z` (what protojson writes).' }),
      Type.Object(
        {
          seconds: Type.Union([
            Type.Integer({ minimum: MIN_SECONDS, maximum: MAX_SECONDS }),
            Type.String({ pattern: '^-?[0-9]{1,12}$', description: 'int64 as a string, as protojson writes it.' }),
          ]),
          nanos: Type.Optional(Type.Integer({ minimum: 0, maximum: 999_999_999 })),
        },
        { additionalProperties: false, description: 'google.protobuf.Timestamp as its fields (the form the seed shows).' },
      ),
    ]),
    { description: 'A google.protobuf.Timestamp: an RFC 3339 string or `{seconds, nanos}`; null is unset.' },
  ),
  Amount: response(
    { cur: Type.String({ description: 'Cur is the currency of the amount.' }), num: Type.String({ description: 'Num is the value of the amount.' }) },
    'An amount of money: both parts are strings.',
  ),
  CreditRating: response({ rating: Type.String(), source: Type.String() }, 'A credit rating and who gave it.'),
  FaceImage: response({ url: Type.String(), date: timestamp('When the image was taken; null when unset.') }, 'A photo of the customer.'),
  Customer: response(customerFields, 'A customer of a bank.'),
  CreateCustomerRequest: request(
    {
      bank_id: Type.String({ minLength: 1, maxLength: 255, description: 'The bank the customer belongs to (it must exist).' }),
      legal_name: Type.String({ minLength: 1, maxLength: 1024 }),
      mobile_phone_number: optional('Shown as `phone_number` on the customer.', 64),
      email: Type.Optional(Type.String({ format: 'email', maxLength: 254 })),
      face_image: Type.Optional(faceImageInput('A photo of the customer.')),
      date_of_birth: timestampInput('Date of birth.'),
      relationship_status: optional(undefined, 255),
      dob_of_dependents: Type.Optional(Type.Array(Type.Ref('TimestampInput'), { maxItems: 50, description: 'Dates of birth of dependants (kept; not shown on the customer).' })),
      credit_rating: Type.Optional(creditRatingInput('Credit rating and its source.')),
      credit_limit: Type.Optional(amountInput('The credit limit.')),
      highest_education_attained: optional('Shown as `highest_educational_attained` on the customer.', 255),
      employment_status: optional(undefined, 255),
      last_ok_date: timestampInput('Shown as `last_ok_data` on the customer.'),
      title: optional(undefined, 255),
      branchId: optional('camelCase here, as documented; shown as `branch_id` on the customer.', 255),
    },
    '`legal_name` and `bank_id` are required; the bank assigns `customer_number`.',
    {
      bank_id: 'gh.29.uk',
      legal_name: 'Ada Lovelace',
      mobile_phone_number: '+44 7700 900123',
      email: 'ada@example.org',
      date_of_birth: '1980-01-31T00:00:00Z',
      credit_limit: { cur: 'GBP', num: '1000.00' },
      title: 'Ms',
      branchId: 'branch-1',
    },
  ),
  CreateCustomerResponse: response({ customer_id: Type.String(), bank_id: Type.String() }, 'The new customer’s id and bank.'),
  CustomerList: response({ customers: Type.Array(Type.Ref('Customer')) }, 'Customers.'),
  CustomerResponse: response({ customer: Type.Ref('Customer') }, 'The customer as updated.'),
  Address: response(
    {
      customer_address_id: Type.String(),
      customer_id: Type.String(),
      line_1: Type.String(),
      line_2: Type.String(),
      line_3: Type.String(),
      city: Type.String(),
      county: Type.String(),
      state: Type.String(),
      postcode: Type.String(),
      country_code: Type.String(),
      tags: Type.Array(Type.String()),
      status: Type.String(),
      insert_date: timestamp('When the address was added.'),
    },
    'An address of a customer.',
  ),
  AddAddressToCustomerRequest: request({ ...pathEcho(['customer_id']), ...addressFields }, 'Fields not sent are empty.', {
    line_1: '221B Baker Street',
    city: 'London',
    postcode: 'NW1 6XE',
    country_code: 'GB',
    tags: ['home'],
    status: 'active',
  }),
  UpdateCustomerAddressRequest: request(
    { ...pathEcho(['bank_id', 'customer_id', 'customer_address_id']), ...addressFields },
    'Fields sent replace the stored values; fields not sent stay as they are.',
    { line_1: '10 Downing Street', postcode: 'SW1A 2AA', tags: ['home', 'billing'] },
  ),
  GetCustomerAddressesResponse: response({ addresses: Type.Array(Type.Ref('Address'), { maxItems: 20 }) }, 'Up to 20 addresses, newest first.'),
  AddSocialMediaHandleRequest: request(
    {
      ...pathEcho(['customer_id']),
      customer_number: optional('When sent, must be the customer’s number; 400 otherwise.', 255),
      type: Type.String({ minLength: 1, maxLength: 64, description: 'The network, e.g. `twitter`.' }),
      handle: Type.String({ minLength: 1, maxLength: 255 }),
      date_added: timestampInput('Defaults to now.'),
      date_activated: timestampInput('When the handle was activated; null when unset.'),
    },
    '`type` and `handle` are required.',
    { type: 'twitter', handle: '@adalovelace', date_activated: '2019-10-25T08:00:00Z' },
  ),
  AddSocialMediaHandleResponse: response({ success: Type.String() }, 'A confirmation message.'),
  Check: response(
    {
      customer_number: Type.String(),
      type: Type.String(),
      handle: Type.String(),
      date_added: timestamp('When the handle was added.'),
      date_activated: timestamp('When the handle was activated; null when unset.'),
    },
    'A social media handle of a customer (the seed calls it a Check).',
  ),
  GetCustomerSocialMediaHandlesResponse: response({ checks: Type.Array(Type.Ref('Check'), { maxItems: 20 }) }, 'Up to 20 handles, newest first.'),
  CreateCreditLimitOrderRequest: request(
    {
      ...pathEcho(['bank_id', 'customer_id']),
      requested_current_rate_amount1: optional('Shown as `rank_amount_1` on the order.', 64),
      requested_current_rate_amount2: optional('Shown as `rank_amount_2` on the order.', 64),
      requested_current_valid_end_date: optional(undefined, 64),
      current_credit_documentation: optional(),
      temporary_requested_current_amount: optional(undefined, 64),
      requested_temporary_valid_end_date: optional(undefined, 64),
      temporary_credit_documentation: optional(),
    },
    'A request to change a customer’s credit limit. Every field is a string, as documented.',
    {
      requested_current_rate_amount1: '1000',
      requested_current_rate_amount2: '2000',
      requested_current_valid_end_date: '2027-01-01',
      current_credit_documentation: 'Payslips of the last three months',
    },
  ),
  CreateCreditLimitOrderResponse: response({ credit_limit_order_id: Type.String() }, 'The new order’s id.'),
  CreditLimitOrder: response(
    {
      rank_amount_1: Type.String({ description: 'The `requested_current_rate_amount1` of the request.' }),
      nominal_interest_1: Type.String({ description: 'Set by the bank when it decides; `""` until then.' }),
      rank_amount_2: Type.String({ description: 'The `requested_current_rate_amount2` of the request.' }),
      nominal_interest_2: Type.String({ description: 'Set by the bank when it decides; `""` until then.' }),
    },
    'A credit limit order as the bank shows it.',
  ),
  GetCreditLimitOrderResponse: response({ result: Type.Array(Type.Ref('CreditLimitOrder'), { maxItems: 20 }) }, 'Up to 20 orders, newest first.'),
  GetCreditLimitOrderByIdResponse: response({ credit_limit_order: Type.Ref('CreditLimitOrder') }, 'One order.'),
  CreateUserCustomerLinkRequest: request(
    {
      ...pathEcho(['bank_id']),
      user_id: Type.String({ minLength: 1, maxLength: 255, description: 'A user of this sandbox.' }),
      customer_id: Type.String({ minLength: 1, maxLength: 255, description: 'A customer of the bank in the path.' }),
    },
    'Links a user to a customer: the customer is then among the user’s customers.',
    { user_id: 'c5a9e8f1-3b2d-4e7a-9f1c-2d8e6b4a7c30', customer_id: '9ca9a7e4-6d02-40e3-a129-0b2bf89de9b1' },
  ),
  CreateUserCustomerLinkResponse: response(
    {
      user_customer_link_id: Type.String(),
      customer_id: Type.String(),
      user_id: Type.String(),
      date_inserted: timestamp('When the link was made.'),
      is_active: Type.Boolean(),
    },
    'The new link.',
  ),
  CRMEvent: response(
    {
      id: Type.String(),
      bank_id: Type.String(),
      customer_name: Type.String(),
      customer_number: Type.String(),
      category: Type.String(),
      detail: Type.String(),
      channel: Type.String(),
      scheduled_date: timestamp('When the event is scheduled; null when unset.'),
      actual_date: timestamp('When it happened; null when unset.'),
      result: Type.String(),
    },
    'A customer relationship event (a call, a meeting, a complaint).',
  ),
  GetCRMEventsResponse: response(
    { crm_events: Type.Array(Type.Ref('CRMEvent'), { maxItems: 20 }), has_more: Type.Boolean({ description: 'More than these 20 exist.' }) },
    'Up to 20 events, newest first.',
  ),
  CreateCRMEventRequest: request(
    {
      ...pathEcho(['bank_id']),
      customer_number: Type.String({ minLength: 1, maxLength: 255, description: 'A customer of the bank (404 otherwise).' }),
      customer_name: optional('Defaults to the customer’s legal name.'),
      category: Type.String({ minLength: 1, maxLength: 255 }),
      detail: optional(undefined, 4096),
      channel: optional(undefined, 255),
      scheduled_date: timestampInput('When the event is scheduled.'),
      actual_date: timestampInput('When it happened.'),
      result: optional(undefined, 1024),
    },
    'A CRM event to record (as the Open Bank Project’s sandbox import does).',
    { customer_number: '5987953', category: 'Call', detail: 'Asked about raising the credit limit', channel: 'Phone', actual_date: '2019-10-25T08:00:00Z', result: 'Answered' },
  ),
  TaxResidence: response(
    { domain: Type.String({ description: 'The tax domain, e.g. a country code.' }), tax_number: Type.String(), tax_residence_id: Type.String() },
    'A tax residence of a customer.',
  ),
  GetTaxResidenceOfCustomerResponse: response({ result: Type.Array(Type.Ref('TaxResidence')) }, 'The customer’s tax residences, newest first.'),
  CreateTaxResidenceRequest: request(
    { domain: Type.String({ minLength: 1, maxLength: 255 }), tax_number: Type.String({ minLength: 1, maxLength: 255 }) },
    'As the Open Bank Project’s `POST …/tax-residence`.',
    { domain: 'GB', tax_number: 'AB123456C' },
  ),
  UpdateCustomerBranchRequest: request({ ...pathEcho(['bank_id', 'customer_id']), branch_id: Type.String({ maxLength: 255 }) }, '`branch_id` is required.', { branch_id: 'branch-2' }),
  UpdateCustomerCreditLimitRequest: request({ ...pathEcho(['bank_id', 'customer_id']), credit_limit: amountInput('The new credit limit.') }, '`credit_limit` is required.', {
    credit_limit: { cur: 'GBP', num: '5000.00' },
  }),
  UpdateCustomerCreditRatingAndSourceRequest: request(
    { ...pathEcho(['bank_id', 'customer_id']), credit_rating: creditRatingInput('The new rating and its source.') },
    '`credit_rating` is required.',
    { credit_rating: { rating: 'A+', source: 'Experian' } },
  ),
  UpdateCustomerEmailRequest: request({ ...pathEcho(['bank_id', 'customer_id']), email: Type.String({ format: 'email', maxLength: 254 }) }, '`email` is required.', { email: 'ada.lovelace@example.org' }),
  UpdateCustomerIdentityRequest: request(
    {
      ...pathEcho(['bank_id', 'customer_id']),
      legal_name: Type.Optional(Type.String({ minLength: 1, maxLength: 1024 })),
      date_of_birth: Type.Optional(
        Type.Union([Type.String({ format: 'date' }), Type.Ref('TimestampInput')], {
          description: 'A string, as documented: a date (`1980-01-31`) or an RFC 3339 date-time; `{seconds, nanos}` is accepted too.',
        }),
      ),
      title: optional(undefined, 255),
    },
    'Fields sent replace the stored values; fields not sent stay as they are.',
    { legal_name: 'Augusta Ada King', date_of_birth: '1980-01-31', title: 'Dr' },
  ),
  UpdateCustomerMobileNumberRequest: request(
    { ...pathEcho(['bank_id', 'customer_id']), mobile_phone_number: Type.String({ maxLength: 64, description: 'Shown as `phone_number` on the customer.' }) },
    '`mobile_phone_number` is required.',
    { mobile_phone_number: '+44 7700 900456' },
  ),
  UpdateCustomerNumberRequest: request(
    { ...pathEcho(['bank_id', 'customer_id']), customer_number: Type.String({ minLength: 1, maxLength: 255, description: 'Unique within the bank (409 otherwise).' }) },
    '`customer_number` is required.',
    { customer_number: '5987954' },
  ),
  UpdateCustomerOtherDataRequest: request(
    {
      ...pathEcho(['bank_id', 'customer_id']),
      face_image: Type.Optional(faceImageInput('A photo of the customer.')),
      relationship_status: optional(undefined, 255),
      dependants: Type.Optional(Type.Integer({ minimum: 0, maximum: 2_147_483_647, description: 'How many dependants (int32; kept, not shown on the customer).' })),
      highest_education_attained: optional('Shown as `highest_educational_attained` on the customer.', 255),
      employment_status: optional(undefined, 255),
    },
    'Fields sent replace the stored values; fields not sent stay as they are.',
    { relationship_status: 'Married', dependants: 2, highest_education_attained: 'Master', employment_status: 'Employed' },
  ),
  AuthResponse: response({ code: Type.String({ description: 'A one-time authorization code, valid for 10 minutes.' }) }, 'An authorization code.'),
  TokenRequest: request(
    {
      grant_type: Type.Union(
        [Type.Literal('AuthorizationCode'), Type.Literal('RefreshToken'), Type.Literal('authorization_code'), Type.Literal('refresh_token')],
        { description: '`AuthorizationCode` or `RefreshToken` (the RFC 6749 spellings are accepted too).' },
      ),
      code: optional('The authorization code (AuthorizationCode grant).', 255),
      redirect_uri: optional('The redirect URI the code was issued for (AuthorizationCode grant).', 2048),
      refresh_token: optional('A refresh token (RefreshToken grant).', 255),
      client_id: optional('Optional client authentication (also as HTTP Basic): when sent, the code or token must be this client’s.', 255),
      client_secret: optional('The client’s secret, with `client_id`.', 255),
    },
    'A token request.',
  ),
  TokenResponse: response(
    {
      access_token: Type.String(),
      token_type: Type.Literal('bearer'),
      expires_in: Type.Integer({ minimum: 0, description: 'Seconds until the access token expires (3600).' }),
      refresh_token: Type.String({ description: 'Gets new access tokens (RefreshToken grant); it does not expire.' }),
    },
    'A bearer access token for the user, with a refresh token.',
  ),
  ProtobufAny: response(
    { typeUrl: Type.String(), value: Type.String({ format: 'byte' }) },
    'google.protobuf.Any, as the seed’s swagger declares it.',
  ),
  Status: response(
    {
      code: Type.Integer({ description: 'The gRPC status code: 3 InvalidArgument, 5 NotFound, 6 AlreadyExists, 7 PermissionDenied, 16 Unauthenticated, …' }),
      message: Type.String({ description: 'What went wrong, naming the field or the missing role.' }),
      details: Type.Array(Type.Ref('ProtobufAny')),
    },
    'grpc-gateway’s error body (google.rpc.Status); the HTTP status is mapped from `code`.',
  ),
} satisfies Record<string, TSchema>;

export const module = Type.Module(definitions);
export type SchemaName = keyof typeof definitions & string;

export type Customer = Infer<typeof module, 'Customer'>;
export type Amount = Infer<typeof module, 'Amount'>;
export type CreditRating = Infer<typeof module, 'CreditRating'>;
export type FaceImage = Infer<typeof module, 'FaceImage'>;
export type TimestampInput = Infer<typeof module, 'TimestampInput'>;
export type CreateCustomerRequest = Infer<typeof module, 'CreateCustomerRequest'>;
export type Address = Infer<typeof module, 'Address'>;
export type AddAddressToCustomerRequest = Infer<typeof module, 'AddAddressToCustomerRequest'>;
export type UpdateCustomerAddressRequest = Infer<typeof module, 'UpdateCustomerAddressRequest'>;
export type AddSocialMediaHandleRequest = Infer<typeof module, 'AddSocialMediaHandleRequest'>;
export type Check = Infer<typeof module, 'Check'>;
export type CreateCreditLimitOrderRequest = Infer<typeof module, 'CreateCreditLimitOrderRequest'>;
export type CreditLimitOrder = Infer<typeof module, 'CreditLimitOrder'>;
export type CreateUserCustomerLinkRequest = Infer<typeof module, 'CreateUserCustomerLinkRequest'>;
export type CreateUserCustomerLinkResponse = Infer<typeof module, 'CreateUserCustomerLinkResponse'>;
export type CRMEvent = Infer<typeof module, 'CRMEvent'>;
export type CreateCRMEventRequest = Infer<typeof module, 'CreateCRMEventRequest'>;
export type TaxResidence = Infer<typeof module, 'TaxResidence'>;
export type CreateTaxResidenceRequest = Infer<typeof module, 'CreateTaxResidenceRequest'>;
export type UpdateCustomerIdentityRequest = Infer<typeof module, 'UpdateCustomerIdentityRequest'>;
export type UpdateCustomerOtherDataRequest = Infer<typeof module, 'UpdateCustomerOtherDataRequest'>;
export type TokenRequest = Infer<typeof module, 'TokenRequest'>;
export type TokenResponse = Infer<typeof module, 'TokenResponse'>;
export type Status = Infer<typeof module, 'Status'>;
