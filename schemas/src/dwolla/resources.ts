import { Type } from '@sinclair/typebox';
import { HalLink, type Infer } from '../shared/index.ts';

/** Dwolla showed GUIDs uppercase in 2015 (`FC451A7A-AE30-4404-AB95-E3553FCD733F`). */
const GUID = '^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$';

// Today's Dwolla documents names of at most 50 characters; the 2015 seed states no limit.
const name = (description: string) => Type.String({ minLength: 1, maxLength: 50, description });
const email = Type.String({ format: 'email', maxLength: 254, description: "Customer's email address, unique among the account's customers." });
const ipAddress = Type.Union([Type.String({ format: 'ipv4' }), Type.String({ format: 'ipv6' })], {
  description: "Customer's IP address (IPv4 or IPv6).",
});

/** Fields beyond the 2015 seed, from today's "Create a customer" (verified Personal and Business customers). */
const VERIFIED = 'Not in the 2015 seed: the fields of a verified Personal or Business customer, from Dwolla’s “Create a customer”.';
const verifiedField = <T extends object>(schema: T) => ({ ...schema, 'x-clientele-extension': VERIFIED });
const text = (maxLength: number, description: string, extra: object = {}) => Type.String(verifiedField({ minLength: 1, maxLength, description, ...extra }));
const date = (description: string) => text(10, description, { pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' });
const ssn = text(11, 'The last four digits of the Social Security number, or all nine.', { pattern: '^([0-9]{4}|[0-9]{9}|[0-9]{3}-[0-9]{2}-[0-9]{4})$' });
const usState = text(2, 'Two-letter US state abbreviation.', { pattern: '^[A-Za-z]{2}$' });
const address = {
  address1: Type.Optional(text(50, 'First line of the street address.')),
  address2: Type.Optional(text(50, 'Second line of the street address.')),
  city: Type.Optional(text(50, 'City.')),
  state: Type.Optional(usState),
  postalCode: Type.Optional(text(10, 'US five-digit ZIP or ZIP+4.', { pattern: '^[0-9]{5}(-[0-9]{4})?$' })),
};

/** Webhooks and events are beyond the 2015 seed (customers only). */
const HOOKS = 'Not in the 2015 seed (customers only): Dwolla’s webhook subscriptions, webhooks and events as its API reference and SDKs describe them.';
const hooks = <T extends object>(options: T) => ({ ...options, 'x-clientele-extension': HOOKS });

const definitions = {
  Link: HalLink(),
  SelfLinks: Type.Object({ self: Type.Ref('Link') }, { additionalProperties: false, description: 'Links of a resource: `self`.' }),
  Customer: Type.Object(
    {
      _links: Type.Ref('SelfLinks'),
      id: Type.String({ pattern: GUID, description: 'Customer unique identifier: a GUID, uppercase.' }),
      firstName: Type.String({ description: "Customer's first name." }),
      lastName: Type.String({ description: "Customer's last name." }),
      email: Type.String({ description: "Customer's email address." }),
      type: Type.Union([Type.Literal('unverified'), Type.Literal('personal'), Type.Literal('business')], {
        description: 'Either `unverified`, `personal`, or `business`: as the customer was created (the seed’s customers are `unverified`).',
      }),
      status: Type.Union(
        [Type.Literal('unverified'), Type.Literal('retry'), Type.Literal('document'), Type.Literal('verified'), Type.Literal('suspended')],
        { description: 'Either `unverified`, `retry`, `document`, `verified`, or `suspended`. An unverified customer is `unverified`; a verified one starts as its Sandbox rule says (a `firstName` of a Personal, or `businessName` of a Business customer, of `retry`, `document` or `suspended` gives that status; otherwise `verified`) and moves as Dwolla’s verification would (the admin API’s `setCustomerStatus`).' },
      ),
      created: Type.String({ format: 'date-time', description: 'ISO-8601 timestamp, UTC, with milliseconds.' }),
      ...address,
      phone: Type.Optional(text(10, 'Ten digits.')),
      businessName: Type.Optional(text(255, 'Registered business name (Business customers).')),
    },
    { additionalProperties: false, description: 'A customer: an individual or business with whom you intend to transact.' },
  ),
  CustomerCreate: Type.Object(
    {
      firstName: name("Customer's first name."),
      lastName: name("Customer's last name."),
      email,
      ipAddress: Type.Optional(ipAddress),
      type: Type.Optional(
        Type.Union([Type.Literal('personal'), Type.Literal('business')], verifiedField({
          description:
            'Absent for an unverified customer (the seed’s). `personal`: also `address1`, `city`, `state`, `postalCode`, `dateOfBirth` and `ssn` are required. `business`: also `address1`, `city`, `state`, `postalCode`, `businessName`, `businessType` and `businessClassification`, and, except for a `soleProprietorship`, `ein` and `controller` (for one, `dateOfBirth` and `ssn` of its owner).',
        })),
      ),
      ...address,
      dateOfBirth: Type.Optional(date('Date of birth, `YYYY-MM-DD` (the customer, or the owner of a sole proprietorship).')),
      ssn: Type.Optional(ssn),
      phone: Type.Optional(text(10, 'Ten digits, no punctuation.', { pattern: '^[0-9]{10}$' })),
      businessName: Type.Optional(text(255, 'Registered business name.')),
      doingBusinessAs: Type.Optional(text(255, 'Preferred business name.')),
      businessType: Type.Optional(Type.Union([Type.Literal('soleProprietorship'), Type.Literal('corporation'), Type.Literal('llc'), Type.Literal('partnership')], verifiedField({ description: 'The legal form of the business.' }))),
      businessClassification: Type.Optional(text(100, 'The id of an industry classification (`GET /business-classifications` at Dwolla).')),
      ein: Type.Optional(text(10, 'Employer Identification Number: nine digits (`12-3456789` is accepted).', { pattern: '^([0-9]{9}|[0-9]{2}-[0-9]{7})$' })),
      website: Type.Optional(text(255, 'The business’s website.')),
      controller: Type.Optional(Type.Ref('Controller')),
    },
    {
      additionalProperties: false,
      description: 'A new customer: unverified (the seed’s four fields), or a verified Personal or Business customer. Other fields are `NotAllowed`.',
      // The seed's own example.
      examples: [{ firstName: 'Bob', lastName: 'Dole', email: 'bob@dole.com', ipAddress: '99.99.99.99' }],
    },
  ),
  Controller: Type.Object(
    {
      firstName: name('The controller’s first name.'),
      lastName: name('The controller’s last name.'),
      title: text(100, 'Job title, e.g. `CEO`.'),
      dateOfBirth: date('Date of birth, `YYYY-MM-DD`.'),
      ssn: Type.Optional(ssn),
      address: Type.Object(
        {
          address1: text(50, 'Street address.'),
          address2: Type.Optional(text(50, 'Second line.')),
          city: text(50, 'City.'),
          stateProvinceRegion: text(3, 'State, province or region.'),
          postalCode: Type.Optional(text(10, 'Postal code.')),
          country: text(2, 'Two-letter country code.', { pattern: '^[A-Za-z]{2}$' }),
        },
        { additionalProperties: false },
      ),
    },
    verifiedField({ additionalProperties: false, description: 'The person who controls a business (not for sole proprietorships).' }),
  ),
  WebhookSubscriptionCreate: Type.Object(
    {
      url: Type.String({ format: 'uri', maxLength: 2000, pattern: '^https?://', description: 'Where webhooks are POSTed: an http or https URL.' }),
      secret: Type.String({ minLength: 1, maxLength: 128, description: 'The key of the HMAC-SHA256 signature of every webhook (`X-Request-Signature-SHA-256`).' }),
    },
    hooks({ additionalProperties: false, description: 'A new webhook subscription.' }),
  ),
  WebhookSubscriptionUpdate: Type.Object(
    { paused: Type.Boolean({ description: '`true` pauses the subscription (no webhooks are sent; they wait), `false` resumes it.' }) },
    hooks({ additionalProperties: false, examples: [{ paused: true }] }),
  ),
  WebhookSubscriptionLinks: Type.Object(
    { self: Type.Ref('Link'), webhooks: Type.Ref('Link') },
    { additionalProperties: false, description: '`self`, and the subscription’s `webhooks`.' },
  ),
  WebhookSubscription: Type.Object(
    {
      _links: Type.Ref('WebhookSubscriptionLinks'),
      id: Type.String({ description: 'A GUID.' }),
      url: Type.String({ description: 'Where webhooks are sent.' }),
      paused: Type.Boolean({ description: 'Paused by request, or by Dwolla after 400 consecutive failures once 24 hours passed since the last success.' }),
      created: Type.String({ format: 'date-time' }),
    },
    hooks({ additionalProperties: false, description: 'A webhook subscription (its secret is never shown).' }),
  ),
  WebhookSubscriptionList: Type.Object(
    {
      _links: Type.Ref('SelfLinks'),
      _embedded: Type.Object({ 'webhook-subscriptions': Type.Array(Type.Ref('WebhookSubscription')) }, { additionalProperties: false }),
      total: Type.Integer({ minimum: 0 }),
    },
    hooks({ additionalProperties: false, description: 'Every webhook subscription of the account (at most 10 in Sandbox).' }),
  ),
  EventLinks: Type.Object(
    { self: Type.Ref('Link'), account: Type.Ref('Link'), resource: Type.Ref('Link'), customer: Type.Optional(Type.Ref('Link')) },
    { additionalProperties: false, description: '`self`, the `account`, the `resource` it is about and, for customer events, the `customer`.' },
  ),
  Event: Type.Object(
    {
      _links: Type.Ref('EventLinks'),
      id: Type.String({ description: 'A GUID.' }),
      created: Type.String({ format: 'date-time' }),
      topic: Type.String({ description: '`customer_created`, `customer_verified`, `customer_reverification_needed`, `customer_verification_document_needed`, `customer_suspended`.' }),
      resourceId: Type.String({ description: 'The id of the resource it is about.' }),
      timestamp: Type.String({ format: 'date-time', description: 'The same time as `created`.' }),
    },
    hooks({ additionalProperties: false, description: 'Something that happened in the account: what a webhook carries.' }),
  ),
  EventList: Type.Object(
    {
      _links: Type.Ref('CustomerListLinks'),
      _embedded: Type.Object({ events: Type.Array(Type.Ref('Event')) }, { additionalProperties: false }),
      total: Type.Integer({ minimum: 0 }),
    },
    hooks({ additionalProperties: false, description: 'A page of events, newest first.' }),
  ),
  WebhookHeader: Type.Object({ name: Type.String(), value: Type.String() }, { additionalProperties: false }),
  WebhookAttempt: Type.Object(
    {
      id: Type.String(),
      request: Type.Object(
        { timestamp: Type.String({ format: 'date-time' }), url: Type.String(), headers: Type.Array(Type.Ref('WebhookHeader')), body: Type.String() },
        { additionalProperties: false },
      ),
      response: Type.Object(
        {
          timestamp: Type.String({ format: 'date-time' }),
          headers: Type.Array(Type.Ref('WebhookHeader')),
          statusCode: Type.Integer({ description: 'The receiver’s status; 0 when no answer came (refused, or none within 10 seconds).' }),
          body: Type.String({ description: 'The start of the answer (or what went wrong).' }),
          durationMs: Type.Optional(Type.Integer({ 'x-clientele-extension': 'Not in Dwolla’s object: how long the attempt took.' })),
        },
        { additionalProperties: false },
      ),
    },
    hooks({ additionalProperties: false, description: 'One attempt to deliver a webhook.' }),
  ),
  WebhookLinks: Type.Object(
    { self: Type.Ref('Link'), subscription: Type.Ref('Link'), retry: Type.Ref('Link'), event: Type.Ref('Link') },
    { additionalProperties: false },
  ),
  Webhook: Type.Object(
    {
      _links: Type.Ref('WebhookLinks'),
      id: Type.String(),
      topic: Type.String(),
      accountId: Type.String(),
      eventId: Type.String(),
      subscriptionId: Type.String(),
      attempts: Type.Array(Type.Ref('WebhookAttempt'), { description: 'Every attempt so far, newest first.' }),
    },
    hooks({ additionalProperties: false, description: 'An event sent to one subscription, with its attempts.' }),
  ),
  WebhookList: Type.Object(
    {
      _links: Type.Ref('CustomerListLinks'),
      _embedded: Type.Object({ webhooks: Type.Array(Type.Ref('Webhook')) }, { additionalProperties: false }),
      total: Type.Integer({ minimum: 0 }),
    },
    hooks({ additionalProperties: false, description: 'A page of a subscription’s webhooks, newest first.' }),
  ),
  WebhookRetryLinks: Type.Object({ self: Type.Ref('Link'), webhook: Type.Ref('Link') }, { additionalProperties: false }),
  WebhookRetry: Type.Object(
    { _links: Type.Ref('WebhookRetryLinks'), id: Type.String(), timestamp: Type.String({ format: 'date-time' }) },
    hooks({ additionalProperties: false, description: 'A retry of a webhook asked for with `POST /webhooks/{id}/retries`.' }),
  ),
  WebhookRetryList: Type.Object(
    {
      _links: Type.Ref('SelfLinks'),
      _embedded: Type.Object({ retries: Type.Array(Type.Ref('WebhookRetry')) }, { additionalProperties: false }),
      total: Type.Integer({ minimum: 0 }),
    },
    hooks({ additionalProperties: false }),
  ),
  CustomerUpdate: Type.Object(
    {
      firstName: Type.Optional(name("Customer's first name.")),
      lastName: Type.Optional(name("Customer's last name.")),
      email: Type.Optional(email),
      ipAddress: Type.Optional(ipAddress),
    },
    {
      additionalProperties: false,
      description: 'Fields sent replace the stored values; fields absent stay as they are.',
      examples: [{ lastName: 'Doe', email: 'bob.doe@example.org' }],
    },
  ),
  CustomerListLinks: Type.Object(
    {
      self: Type.Ref('Link'),
      first: Type.Ref('Link'),
      last: Type.Ref('Link'),
      next: Type.Optional(Type.Ref('Link')),
      prev: Type.Optional(Type.Ref('Link')),
    },
    { additionalProperties: false, description: '`next` is absent on the last page, `prev` on the first.' },
  ),
  CustomerList: Type.Object(
    {
      _links: Type.Ref('CustomerListLinks'),
      _embedded: Type.Object({ customers: Type.Array(Type.Ref('Customer')) }, { additionalProperties: false }),
      total: Type.Integer({ minimum: 0, description: 'How many customers the account has.' }),
    },
    { additionalProperties: false, description: 'A page of customers, newest first.' },
  ),
  EmbeddedError: Type.Object(
    {
      code: Type.Union(
        [Type.Literal('Required'), Type.Literal('Invalid'), Type.Literal('InvalidFormat'), Type.Literal('Duplicate'), Type.Literal('NotAllowed')],
        { description: 'What is wrong with the field.' },
      ),
      message: Type.String(),
      path: Type.String({ description: 'A JSON pointer to the field, e.g. `/firstName`.' }),
    },
    { additionalProperties: false },
  ),
  Error: Type.Object(
    {
      code: Type.String({ description: 'e.g. `ValidationError`, `InvalidAccessToken`, `ExpiredAccessToken`, `Forbidden`, `NotFound`.' }),
      message: Type.String(),
      description: Type.String({ description: 'The same text as `message`, for clients of the 2015 error format.' }),
      _embedded: Type.Optional(
        Type.Object({ errors: Type.Array(Type.Ref('EmbeddedError')) }, { additionalProperties: false, description: 'Each bad field, on a `ValidationError`.' }),
      ),
    },
    { additionalProperties: false, description: "Dwolla's error: a `code` and a human `message`." },
  ),
  TokenRequest: Type.Object(
    {
      grant_type: Type.Literal('client_credentials', { description: 'Only the client credentials grant is served.' }),
      client_id: Type.Optional(Type.String({ description: 'The application key, when not sent with HTTP Basic.' })),
      client_secret: Type.Optional(Type.String({ description: 'The application secret, when not sent with HTTP Basic.' })),
    },
    { additionalProperties: true, description: 'Other parameters are ignored, as OAuth 2.0 asks.' },
  ),
  Token: Type.Object(
    {
      access_token: Type.String({ description: 'The bearer token: 50 characters.' }),
      token_type: Type.Literal('bearer'),
      expires_in: Type.Integer({ minimum: 0, description: 'Seconds until the token expires (3600).' }),
      scope: Type.String({ description: "The application's scopes, lowercase and pipe-delimited (`managecustomers`), as in 2015." }),
    },
    { additionalProperties: false },
  ),
  OAuthError: Type.Object(
    {
      error: Type.Union(
        [Type.Literal('invalid_request'), Type.Literal('invalid_client'), Type.Literal('unsupported_grant_type'), Type.Literal('server_error'), Type.Literal('temporarily_unavailable')],
        { description: 'An OAuth 2.0 error code (RFC 6749 §5.2).' },
      ),
      error_description: Type.String(),
    },
    { additionalProperties: false, description: 'The token endpoint answers errors as OAuth 2.0 does, which is what Dwolla’s SDKs read.' },
  ),
};

export const module = Type.Module(definitions);
export type SchemaName = keyof typeof definitions & string;

export type Customer = Infer<typeof module, 'Customer'>;
export type CustomerCreate = Infer<typeof module, 'CustomerCreate'>;
export type CustomerUpdate = Infer<typeof module, 'CustomerUpdate'>;
export type CustomerList = Infer<typeof module, 'CustomerList'>;
export type DwollaError = Infer<typeof module, 'Error'>;
export type EmbeddedError = Infer<typeof module, 'EmbeddedError'>;
export type Token = Infer<typeof module, 'Token'>;
export type OAuthError = Infer<typeof module, 'OAuthError'>;
export type WebhookSubscriptionCreateBody = Infer<typeof module, 'WebhookSubscriptionCreate'>;
export type WebhookSubscription = Infer<typeof module, 'WebhookSubscription'>;
export type WebhookSubscriptionList = Infer<typeof module, 'WebhookSubscriptionList'>;
export type Event = Infer<typeof module, 'Event'>;
export type EventList = Infer<typeof module, 'EventList'>;
export type Webhook = Infer<typeof module, 'Webhook'>;
export type WebhookAttempt = Infer<typeof module, 'WebhookAttempt'>;
export type WebhookList = Infer<typeof module, 'WebhookList'>;
export type WebhookRetry = Infer<typeof module, 'WebhookRetry'>;
export type WebhookRetryList = Infer<typeof module, 'WebhookRetryList'>;
