import { Type, type TProperties } from '@sinclair/typebox';
import { defineRoutes, MAX_OFFSET, offsetPages, type Operation, type ResponseSpec } from '../shared/index.ts';
import type { SchemaName as Name } from './resources.ts';

/** The OAuth scopes of `v1/customer/all.scopes.json`: reads need `.read`, everything else `.write`. */
export const READ_SCOPE = 'https://auth.bnk.to/customer.read';
export const WRITE_SCOPE = 'https://auth.bnk.to/customer.write';

export const JSON_TYPES = ['application/json'] as const;
const TOKEN_BODY_TYPES = ['application/json', 'application/x-www-form-urlencoded'] as const;
const read = { scheme: 'oauth2', scopes: [READ_SCOPE] } as const;
const write = { scheme: 'oauth2', scopes: [WRITE_SCOPE] } as const;

const json = <const S extends Name>(schema: S) => ({ schema, contentTypes: JSON_TYPES });
const ok = <const S extends Name>(description: string, schema: S) => ({ description, body: json(schema) });
const error = (description: string): ResponseSpec<Name> => ({ description, body: json('Status') });

const id = (description: string) => Type.String({ minLength: 1, maxLength: 255, description });
const params = <P extends TProperties>(properties: P) => Type.Object(properties);
const BankID = id('The bank id.');
const CustomerID = id('The customer id.');
const bankParams = params({ BankID });
const customerParams = params({ CustomerID });
const bankCustomerParams = params({ BankID, CustomerID });

const body = <const S extends Name>(schema: S) => ({ schema, contentTypes: JSON_TYPES });

/** The eight `PUT …/customers/{CustomerID}/<part>` operations: each answers `{customer}`. */
const updateCustomer = <const S extends Name>(part: string, summary: string, schema: S, description: string, errors: readonly number[] = []) =>
  ({
    method: 'PUT',
    path: `/v1/banks/{BankID}/customers/{CustomerID}/${part}`,
    tag: 'Customers',
    summary,
    description,
    auth: write,
    request: { params: bankCustomerParams, body: body(schema) },
    responses: { 200: ok('The customer as updated.', 'CustomerResponse') },
    errors,
  }) as const satisfies Operation<Name>;

const ROLE = (roles: string) => ` Needs the entitlement ${roles}.`;

/** Firehose paging: proto3's unset `limit` (0) means the default. */
const firehoseQuery = Type.Object(
  {
    sort_direction: Type.Optional(
      Type.Union([Type.Literal('UnknownSortDirection'), Type.Literal('ASC'), Type.Literal('DESC')], {
        description: 'By creation time; `DESC` (newest first) unless `ASC`.',
      }),
    ),
    limit: Type.Optional(Type.Integer({ minimum: 0, maximum: 500, default: 50, description: 'How many customers (1–500; 0 or absent: 50).' })),
    offset: Type.Optional(Type.Integer({ minimum: 0, maximum: MAX_OFFSET, default: 0, description: 'How many to skip (default 0).' })),
    from_date: Type.Optional(Type.String({ format: 'date-time', description: 'Only customers created at or after this time (RFC 3339).' })),
    to_date: Type.Optional(Type.String({ format: 'date-time', description: 'Only customers created at or before this time (RFC 3339).' })),
  },
  // The Open Bank Project reads other parameters as customer-attribute filters; there are none here, so they are ignored.
  { additionalProperties: true },
);

export const routes = defineRoutes<Name>()({
  authorize: {
    method: 'GET',
    path: '/v1/auth',
    tag: 'Authorization',
    summary: 'Get an authorization code',
    description: [
      'The authorization step of the OAuth 2.0 authorization-code flow (openbank `v1/auth/auth.gunk`): the user signs in',
      '(HTTP Basic: user id and password, as the sandbox’s stand-in for a login page) and the OAuth client `client_id`',
      'gets a one-time code for `redirect_uri` (one of the client’s registered URIs), valid for 10 minutes.',
    ].join(' '),
    extension: 'Not in the customer seed: the token API of openbank’s `v1/auth/auth.gunk`, which the customer spec’s securityDefinitions name as authorizationUrl.',
    auth: { scheme: 'userLogin' },
    request: {
      query: Type.Object(
        { client_id: id('The OAuth client.'), redirect_uri: Type.String({ minLength: 1, maxLength: 2048, description: 'One of the client’s redirect URIs.' }) },
        { additionalProperties: true },
      ),
    },
    responses: { 200: ok('A one-time authorization code.', 'AuthResponse') },
  },
  token: {
    method: 'POST',
    path: '/v1/token',
    tag: 'Authorization',
    summary: 'Exchange a code or a refresh token for an access token',
    description: [
      '`AuthorizationCode`: the code from `GET /v1/auth` and the same `redirect_uri`; the code works once.',
      '`RefreshToken`: a refresh token from an earlier answer. Either answers 201 with a bearer token (3600 s) carrying the',
      'client’s scopes for the user, and a refresh token. Client authentication is optional: when sent (HTTP Basic, or',
      '`client_id` and `client_secret`) it must be right and be the client the code or token was issued to.',
    ].join(' '),
    extension: 'Not in the customer seed: the token API of openbank’s `v1/auth/auth.gunk` (tokenUrl of the spec’s securityDefinitions).',
    auth: null,
    request: { body: { schema: 'TokenRequest', contentTypes: TOKEN_BODY_TYPES } },
    responses: {
      201: ok('A bearer token and a refresh token.', 'TokenResponse'),
      400: error('InvalidArgument (3): a missing field, or a code or refresh token that is unknown, used, expired or for another redirect URI.'),
      401: error('Unauthenticated (16): client credentials were sent and are wrong.'),
      415: error('InvalidArgument (3): send `application/json` (or form encoding).'),
    },
  },
  addAddressToCustomer: {
    method: 'POST',
    path: '/v1/customers/{CustomerID}/address',
    tag: 'Addresses',
    summary: 'Add address to the customer.',
    description: `Add address to the customer (of any bank of the sandbox).${ROLE('CanCreateCustomerAddress')}`,
    auth: write,
    request: { params: customerParams, body: body('AddAddressToCustomerRequest') },
    responses: { 201: ok('The new address.', 'Address') },
  },
  addSocialMediaHandle: {
    method: 'POST',
    path: '/v1/customers/{CustomerID}/social_media_handles',
    tag: 'Social media handles',
    summary: 'Add social media handle',
    description: `Add social media handle for the customer.${ROLE('CanAddSocialMediaHandle')}`,
    auth: write,
    request: { params: customerParams, body: body('AddSocialMediaHandleRequest') },
    responses: { 201: ok('Social media added successfully.', 'AddSocialMediaHandleResponse') },
  },
  createCreditLimitOrder: {
    method: 'POST',
    path: '/v1/banks/{BankID}/customers/{CustomerID}/credit_limit/requests',
    tag: 'Credit limit orders',
    summary: 'Create credit limit order',
    description: 'Create Credit limit order for the customer on specific bank.',
    auth: write,
    request: { params: bankCustomerParams, body: body('CreateCreditLimitOrderRequest') },
    responses: { 201: ok('The new order’s id.', 'CreateCreditLimitOrderResponse') },
  },
  createCustomer: {
    method: 'POST',
    path: '/v1/customers',
    tag: 'Customers',
    summary: 'Create a customer',
    description: `Creates a new customer at the bank \`bank_id\`, which assigns its \`customer_number\`.${ROLE('CanCreateCustomer (at the bank) or CanCreateCustomerAtAnyBank')}`,
    auth: write,
    request: { body: body('CreateCustomerRequest') },
    responses: { 201: ok('The new customer’s id and bank.', 'CreateCustomerResponse') },
  },
  createUserCustomerLink: {
    method: 'POST',
    path: '/v1/banks/{BankID}/user_customer_links',
    tag: 'User customer links',
    summary: 'Create user customer link',
    description: `Links a user of the sandbox to a customer of the bank; one link per user and customer (409 for a second).${ROLE(
      'CanCreateUserCustomerLink (at the bank) or CanCreateUserCustomerLinkAtAnyBank',
    )}`,
    auth: write,
    request: { params: bankParams, body: body('CreateUserCustomerLinkRequest') },
    responses: { 201: ok('The new link.', 'CreateUserCustomerLinkResponse') },
    errors: [409],
  },
  getCustomerByCustomerId: {
    method: 'GET',
    path: '/v1/banks/{BankID}/customers/{CustomerID}',
    tag: 'Customers',
    summary: 'Get Customer By ID',
    description: 'Returns the customer data based on its id.',
    auth: read,
    request: { params: bankCustomerParams },
    responses: { 200: ok('The customer.', 'Customer') },
  },
  getCustomerByCustomerNumber: {
    method: 'GET',
    path: '/v1/banks/{BankID}/customers/{CustomerID}/customer-number/{CustomerNumber}',
    tag: 'Customers',
    summary: 'Get Customer By CustomerNumber',
    description: 'Returns the customer data based on the customer number. The path names the customer twice, as documented: both must agree (404 otherwise).',
    auth: read,
    request: { params: params({ BankID, CustomerID, CustomerNumber: id('The customer number.') }) },
    responses: { 200: ok('The customer.', 'Customer') },
  },
  getCustomersForCurrentUser: {
    method: 'GET',
    path: '/v1/users/current/customers',
    tag: 'Customers',
    summary: 'Get customers data for current user',
    description: 'Returns the customers linked to the token’s user (user customer links), at every bank, oldest link first.',
    auth: read,
    responses: { 200: ok('The user’s customers.', 'CustomerList') },
  },
  getCustomersForCurrentUserAtBank: {
    method: 'GET',
    path: '/v1/banks/{BankID}/customers',
    tag: 'Customers',
    summary: 'Get customers data by bank id',
    description: 'Returns the customers of the bank linked to the token’s user, oldest link first.',
    auth: read,
    request: { params: bankParams },
    responses: { 200: ok('The user’s customers at the bank.', 'CustomerList') },
  },
  getFirehoseCustomer: {
    method: 'GET',
    path: '/v1/banks/{BankID}/firehose/customers',
    tag: 'Customers',
    summary: 'Return customer firehose',
    description: [
      'Every customer of the bank, by creation time, paged by `limit` and `offset`, optionally between `from_date` and',
      '`to_date`. Needs the server to allow the firehose (as the Open Bank Project’s `allow_customer_firehose`) and the',
      'entitlement CanUseCustomerFirehoseAtAnyBank (or CanUseCustomerFirehose at the bank).',
    ].join(' '),
    auth: read,
    request: { params: bankParams, query: firehoseQuery },
    pagination: offsetPages({ items: 'customers', id: 'id' }),
    responses: { 200: ok('A page of the bank’s customers.', 'CustomerList') },
  },
  getCrmEvents: {
    method: 'GET',
    path: '/v1/banks/{BankID}/crm-events',
    tag: 'CRM events',
    summary: 'List all CRM events',
    description: 'Returns a list containing up to 20 crm events of the bank, newest first; `has_more` says whether there are more.',
    auth: read,
    request: { params: bankParams },
    responses: { 200: ok('Up to 20 events.', 'GetCRMEventsResponse') },
  },
  createCrmEvent: {
    method: 'POST',
    path: '/v1/banks/{BankID}/crm-events',
    tag: 'CRM events',
    summary: 'Record a CRM event',
    description: 'Records a CRM event for a customer of the bank (named by `customer_number`).',
    extension:
      'The seed documents no way to create CRM events; the Open Bank Project loads them by sandbox import. This is that import, one event at a time, so the documented list can be exercised.',
    auth: write,
    request: { params: bankParams, body: body('CreateCRMEventRequest') },
    responses: { 201: ok('The recorded event.', 'CRMEvent') },
  },
  getCreditLimitOrder: {
    method: 'GET',
    path: '/v1/banks/{BankID}/customers/{CustomerID}/credit_limit/requests',
    tag: 'Credit limit orders',
    summary: 'List all credit limit order',
    description: 'Returns a list containing up to 20 CreditLimitOrder, newest first.',
    auth: read,
    request: { params: bankCustomerParams },
    responses: { 200: ok('Up to 20 orders.', 'GetCreditLimitOrderResponse') },
  },
  getCreditLimitOrderById: {
    method: 'GET',
    path: '/v1/banks/{BankID}/customers/{CustomerID}/credit_limit/request/{RequestID}',
    tag: 'Credit limit orders',
    summary: 'Get credit limit order by id',
    description: 'Returns Credit limit order by id (`request`, singular, as documented).',
    auth: read,
    request: { params: params({ BankID, CustomerID, RequestID: id('The `credit_limit_order_id`.') }) },
    responses: { 200: ok('The order.', 'GetCreditLimitOrderByIdResponse') },
  },
  getCustomerAddresses: {
    method: 'GET',
    path: '/v1/banks/{BankID}/customers/{CustomerID}/addresses',
    tag: 'Addresses',
    summary: 'List all customer adddresses',
    description: `Returns a list containing up to 20 customer addresses, newest first.${ROLE('CanGetCustomerAddress')}`,
    auth: read,
    request: { params: bankCustomerParams },
    responses: { 200: ok('Up to 20 addresses.', 'GetCustomerAddressesResponse') },
  },
  updateCustomerAddress: {
    method: 'PUT',
    path: '/v1/banks/{BankID}/customers/{CustomerID}/addresses/{CustomerAddressID}',
    tag: 'Addresses',
    summary: 'Update customer addresses.',
    description: `Update customer addresses information: fields sent replace the stored ones.${ROLE('CanCreateCustomer')}`,
    auth: write,
    request: { params: params({ BankID, CustomerID, CustomerAddressID: id('The `customer_address_id`.') }), body: body('UpdateCustomerAddressRequest') },
    responses: { 200: ok('The address as updated.', 'Address') },
  },
  deleteCustomerAddress: {
    method: 'DELETE',
    path: '/v1/banks/{BankID}/customers/{CustomerID}/addresses/{CustomerAddressID}',
    tag: 'Addresses',
    summary: 'Delete customer address',
    description: `Permanently delete customer address.${ROLE('CanDeleteCustomerAddress')}`,
    auth: write,
    request: { params: params({ BankID, CustomerID, CustomerAddressID: id('The `customer_address_id`.') }) },
    responses: { 204: { description: 'Customer address successfully deleted.' } },
  },
  getCustomerSocialMediaHandles: {
    method: 'GET',
    path: '/v1/banks/{BankID}/customers/{CustomerID}/social_media_handles',
    tag: 'Social media handles',
    summary: 'List all customer social media handles',
    description: `Returns a list containing up to 20 customer social media handles, newest first.${ROLE('CanGetSocialMediaHandles')}`,
    auth: read,
    request: { params: bankCustomerParams },
    responses: { 200: ok('Up to 20 handles (`checks`).', 'GetCustomerSocialMediaHandlesResponse') },
  },
  getTaxResidenceOfCustomer: {
    method: 'GET',
    path: '/v1/banks/{BankID}/customers/{CustomerID}/tax-residences',
    tag: 'Tax residences',
    summary: 'Get customers tax_residencies',
    description: `Returns the customer’s tax residences, newest first.${ROLE('CanGetTaxResidence')}`,
    auth: read,
    request: { params: bankCustomerParams },
    responses: { 200: ok('The tax residences (`result`).', 'GetTaxResidenceOfCustomerResponse') },
  },
  createTaxResidence: {
    method: 'POST',
    path: '/v1/banks/{BankID}/customers/{CustomerID}/tax-residence',
    tag: 'Tax residences',
    summary: 'Create a tax residence',
    description: `Adds a tax residence to the customer.${ROLE('CanCreateTaxResidence')}`,
    extension:
      'The seed documents no way to create tax residences; this is the Open Bank Project’s `POST …/tax-residence` (v3.1.0), so the documented list and delete can be exercised.',
    auth: write,
    request: { params: bankCustomerParams, body: body('CreateTaxResidenceRequest') },
    responses: { 201: ok('The new tax residence.', 'TaxResidence') },
  },
  deleteTaxResidence: {
    method: 'DELETE',
    path: '/v1/banks/{BankID}/customers/{CustomerID}/tax_residencies/{TaxResidenceID}',
    tag: 'Tax residences',
    summary: 'Delete tax residence',
    description: `Permanently delete tax residence (\`tax_residencies\` here, \`tax-residences\` in the list, as documented).${ROLE('CanDeleteTaxResidence')}`,
    auth: write,
    request: { params: params({ BankID, CustomerID, TaxResidenceID: id('The `tax_residence_id`.') }) },
    responses: { 204: { description: 'Tax residence successfully deleted.' } },
  },
  updateCustomerEmail: updateCustomer('email', 'Update customer email.', 'UpdateCustomerEmailRequest', `Update customer email information.${ROLE('CanUpdateCustomerEmail')}`),
  updateCustomerBranch: updateCustomer('branch', 'Update customer branch.', 'UpdateCustomerBranchRequest', `Update customer branch information.${ROLE('CanUpdateCustomerBranch')}`),
  updateCustomerCreditLimit: updateCustomer(
    'credit-limit',
    'Update customer credit limit.',
    'UpdateCustomerCreditLimitRequest',
    `Update customer credit limit information.${ROLE('CanUpdateCustomerCreditLimit')}`,
  ),
  updateCustomerCreditRatingAndSource: updateCustomer(
    'credit-rating-and-source',
    'Update customer credut rating and source.',
    'UpdateCustomerCreditRatingAndSourceRequest',
    `Update customer credit rating and source information.${ROLE('CanUpdateCustomerCreditRatingAndSource')}`,
  ),
  updateCustomerIdentity: updateCustomer(
    'identity',
    'Update customer identity.',
    'UpdateCustomerIdentityRequest',
    `Update customer identity information: legal name, date of birth, title; fields not sent stay.${ROLE('CanUpdateCustomerIdentity')}`,
  ),
  updateCustomerMobileNumber: updateCustomer(
    'mobile-number',
    'Update customer mobile number.',
    'UpdateCustomerMobileNumberRequest',
    `Update customer mobile number information.${ROLE('CanUpdateCustomerMobilePhoneNumber')}`,
  ),
  updateCustomerNumber: updateCustomer(
    'number',
    'Update customer number.',
    'UpdateCustomerNumberRequest',
    `Update customer number information; the number must be unique within the bank (409 otherwise).${ROLE('CanUpdateCustomerNumber')}`,
    [409],
  ),
  updateCustomerOtherData: updateCustomer(
    'data',
    'Update customer data.',
    'UpdateCustomerOtherDataRequest',
    `Update customer data information; fields not sent stay.${ROLE('CanUpdateCustomerData')}`,
  ),
});
