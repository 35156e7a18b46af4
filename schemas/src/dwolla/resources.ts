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
        description: 'Either `unverified`, `personal`, or `business`. Customers created here are `unverified`.',
      }),
      status: Type.Union(
        [Type.Literal('unverified'), Type.Literal('retry'), Type.Literal('document'), Type.Literal('verified'), Type.Literal('suspended')],
        { description: 'Either `unverified`, `retry`, `document`, `verified`, or `suspended`. Customers created here are `unverified`.' },
      ),
      created: Type.String({ format: 'date-time', description: 'ISO-8601 timestamp, UTC, with milliseconds.' }),
    },
    { additionalProperties: false, description: 'A customer: an individual or business with whom you intend to transact.' },
  ),
  CustomerCreate: Type.Object(
    {
      firstName: name("Customer's first name."),
      lastName: name("Customer's last name."),
      email,
      ipAddress: Type.Optional(ipAddress),
    },
    {
      additionalProperties: false,
      description: 'A new customer. Fields other than these four are `NotAllowed`.',
      // The seed's own example.
      examples: [{ firstName: 'Bob', lastName: 'Dole', email: 'bob@dole.com', ipAddress: '99.99.99.99' }],
    },
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
