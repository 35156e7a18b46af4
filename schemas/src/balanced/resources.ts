import { Type } from '@sinclair/typebox';
import { Nullable, type Infer } from '../shared/index.ts';

const CUSTOMER_ID = '^(CU|AC)[0-9A-Za-z]{22}$';

const text = (description: string) => Nullable(Type.String({ maxLength: 1024 }), { description });

/** Optional create/update fields, all of which may be cleared with null. */
const customerFields = {
  name: Type.Optional(text('Name of the customer or representative of the business.')),
  email_address: Type.Optional(
    Nullable(Type.String({ format: 'email', maxLength: 254 }), {
      description: 'Email address of the customer. It must be unique among all customers on your marketplace.',
    }),
  ),
  meta: Type.Optional(Type.Ref('MetaInput')),
  ssn_last4: Type.Optional(
    Nullable(Type.String({ pattern: '^[0-9]{4}$' }), {
      description: 'Last four digits of the Social Security Number of the customer or representative of the business.',
    }),
  ),
  business_name: Type.Optional(
    text('Full business name. With an EIN present too, the customer is treated as a business instead of a person.'),
  ),
  address: Type.Optional(Type.Ref('MetaInput')),
  phone_number: Type.Optional(text('Phone number of the person or business.')),
  dob: Type.Optional(text('Date of birth of the customer or representative of the business.')),
  ein: Type.Optional(text('Employee Identification Number of the business.')),
  facebook_id: Type.Optional(text('Facebook ID or username of the customer or representative of the business.')),
  twitter_id: Type.Optional(text('Twitter ID or username of the customer or representative of the business.')),
};

/** Callbacks and events are beyond the customer seed. */
const HOOKS = { 'x-clientele-extension': 'Not in the customer seed: callbacks and events as balanced/balanced-docs (`api/events.rst`) and balanced/balanced-api (`features/rest/callbacks.feature`) describe them.' };

/**
 * Balanced v1's page envelope, the same for every collection (the seed's customers; balanced-python
 * 0.11's recorded callbacks and events lists): `_uris` describes the four links, each a URI or null.
 */
const page = (item: 'Customer' | 'Callback' | 'Event', options: { description: string; 'x-clientele-extension'?: string }) =>
  Type.Object(
    {
      _type: Type.Literal('page'),
      _uris: Type.Record(Type.String(), Type.Ref('UriRef')),
      items: Type.Array(Type.Ref(item)),
      total: Type.Integer({ minimum: 0 }),
      limit: Type.Integer({ minimum: 1 }),
      offset: Type.Integer({ minimum: 0 }),
      uri: Type.String(),
      first_uri: Type.String(),
      last_uri: Type.String(),
      next_uri: Nullable(Type.String()),
      previous_uri: Nullable(Type.String()),
    },
    { additionalProperties: false, ...options },
  );

const definitions = {
  CallbackCreate: Type.Object(
    {
      url: Type.String({ format: 'uri', maxLength: 2000, pattern: '^https?://', description: 'Where events are sent; one callback per URL in a marketplace.' }),
      method: Type.Optional(Type.Union([Type.Literal('post'), Type.Literal('put'), Type.Literal('get')], { description: 'How events are sent (default `post`; `get` sends none in its body).' })),
      revision: Type.Optional(Type.String({ maxLength: 10, description: 'The revision of the event format (default `1.0`).' })),
    },
    { additionalProperties: false, ...HOOKS },
  ),
  Callback: Type.Object(
    {
      _type: Type.Literal('callback'),
      id: Type.String({ description: '`CB…`' }),
      uri: Type.String(),
      url: Type.String(),
      method: Type.String(),
      revision: Type.String(),
    },
    { additionalProperties: false, ...HOOKS },
  ),
  CallbackPage: page('Callback', { description: 'A page of callbacks, newest first.', ...HOOKS }),
  CallbackStatuses: Type.Object(
    { failed: Type.Integer({ minimum: 0 }), pending: Type.Integer({ minimum: 0 }), retrying: Type.Integer({ minimum: 0 }), succeeded: Type.Integer({ minimum: 0 }) },
    { additionalProperties: false, description: 'How many of the event’s deliveries (one per callback) are in each state.', ...HOOKS },
  ),
  Event: Type.Object(
    {
      _type: Type.Literal('event'),
      id: Type.String({ description: '`EV…`' }),
      uri: Type.String(),
      type: Type.String({ description: '`customer.created` or `customer.updated` (an update, or its identity verified): `resource.event_type`.' }),
      occurred_at: Type.String({ format: 'date-time' }),
      entity: Type.Ref('Customer', { description: 'The customer as it was just after the change.' }),
      callback_statuses: Type.Ref('CallbackStatuses'),
    },
    { additionalProperties: false, description: 'Something that happened on the marketplace: what a callback receives. The same change may be delivered more than once, as Balanced warned.', ...HOOKS },
  ),
  EventPage: page('Event', { description: 'A page of events, newest first.', ...HOOKS }),
  StringMap: Type.Record(Type.String(), Type.String(), {
    description: 'A single-level dictionary of string-type key/value pairs.',
  }),
  MetaInput: Type.Record(Type.String({ maxLength: 255 }), Type.Union([Type.String(), Type.Number(), Type.Boolean()]), {
    description:
      'A single-level mapping from string keys to string values. Numbers and booleans are accepted and stored as strings; nested objects, arrays and null are rejected.',
  }),
  UriRef: Type.Object(
    { _type: Type.String(), key: Type.String() },
    { description: 'Describes a link of the enclosing resource: the type it leads to and its key.' },
  ),
  Customer: Type.Object(
    {
      _type: Type.Literal('customer'),
      _uris: Type.Record(Type.String(), Type.Ref('UriRef')),
      id: Type.String({ pattern: CUSTOMER_ID, description: '`CU` + 22 base62 characters (`AC` for legacy accounts).' }),
      uri: Type.String({ description: 'The URI of this customer.' }),
      name: text('Name of the customer or representative of the business.'),
      email_address: Nullable(Type.String()),
      meta: Type.Ref('StringMap'),
      // The seed's own list example omits `address` for one legacy account and shows null for another.
      address: Type.Optional(Nullable(Type.Ref('StringMap'))),
      phone_number: text('Phone number of the person or business.'),
      dob: text('Date of birth of the customer or representative of the business.'),
      business_name: text('Full business name if the customer is a business.'),
      ein: text('Employee Identification Number of the business if the customer is a business.'),
      ssn_last4: text('Last four digits of the Social Security Number.'),
      facebook_id: text('Facebook ID or username.'),
      twitter_id: text('Twitter ID or username.'),
      is_identity_verified: Type.Boolean({
        description: 'Indicates if Balanced was able to match the identity information provided for the customer.',
      }),
      created_at: Type.String({ format: 'date-time', description: 'ISO 8601 UTC, with microseconds.' }),
      source_uri: Nullable(Type.String(), { description: 'The default credit card that will be debited.' }),
      destination_uri: Nullable(Type.String(), { description: 'The default bank account that will be credited.' }),
      bank_accounts_uri: Type.String(),
      cards_uri: Type.String(),
      credits_uri: Type.String(),
      debits_uri: Type.String(),
      holds_uri: Type.String(),
      refunds_uri: Type.String(),
      transactions_uri: Type.String(),
    },
    { additionalProperties: false },
  ),
  CustomerCreate: Type.Object(
    {
      ...customerFields,
      // The seed's request example sends `{"id": null}`; it is accepted and ignored.
      id: Type.Optional(Type.Null({ description: 'Accepted for the seed example; the server assigns ids.' })),
    },
    {
      additionalProperties: false,
      description: 'Every field is optional and defaults to null (`meta` and `address` to `{}`).',
      examples: [{ name: 'Henry Ford', email_address: 'henry@example.org', phone_number: '+14089999999', meta: { 'shipping-preference': 'ground' } }],
    },
  ),
  CustomerUpdate: Type.Object(customerFields, {
    additionalProperties: false,
    description: 'Fields present replace the stored values (null clears one); fields absent are left as they are.',
    examples: [{ email_address: 'henry.ford@example.org', address: { city: 'Dearborn', state: 'MI' }, twitter_id: null }],
  }),
  CustomerPage: page('Customer', { description: 'A page of customers, newest first.' }),
  Error: Type.Object(
    {
      status: Type.String({ description: 'HTTP reason phrase.' }),
      status_code: Type.Integer(),
      category_type: Type.Union([
        Type.Literal('request'),
        Type.Literal('banking'),
        Type.Literal('logical'),
        Type.Literal('permission'),
        Type.Literal('server'),
      ]),
      category_code: Type.String(),
      description: Type.String({ pattern: ' Your request id is OHM[0-9a-f]{32}\\.$' }),
      request_id: Type.String({ pattern: '^OHM[0-9a-f]{32}$' }),
      extras: Type.Record(Type.String(), Type.String(), { description: 'Each bad field, with what is wrong with it.' }),
      additional: Nullable(Type.String()),
      _uris: Type.Optional(Type.Object({})),
    },
    { description: "Balanced v1's flat error envelope (not wrapped in `errors`)." },
  ),
};

export const module = Type.Module(definitions);
export type SchemaName = keyof typeof definitions & string;

export type Customer = Infer<typeof module, 'Customer'>;
export type CustomerCreate = Infer<typeof module, 'CustomerCreate'>;
export type CustomerUpdate = Infer<typeof module, 'CustomerUpdate'>;
export type CustomerPage = Infer<typeof module, 'CustomerPage'>;
export type BalancedError = Infer<typeof module, 'Error'>;
export type Callback = Infer<typeof module, 'Callback'>;
export type CallbackCreate = Infer<typeof module, 'CallbackCreate'>;
export type CallbackPage = Infer<typeof module, 'CallbackPage'>;
export type BalancedEvent = Infer<typeof module, 'Event'>;
export type EventPage = Infer<typeof module, 'EventPage'>;
