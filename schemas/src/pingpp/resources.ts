import { Type } from '@sinclair/typebox';
import { Nullable, type Infer } from '../shared/index.ts';

const id = (prefix: string, length: number, description: string) =>
  Type.String({ pattern: `^${prefix}_[0-9A-Za-z]{${length}}$`, description });

const created = Type.Integer({ minimum: 0, description: 'When the object was created, in Unix seconds.' });
const livemode = Type.Boolean({ description: 'Whether the object lives in live mode (a `sk_live_…` key) or test mode (`sk_test_…`).' });
const appId = id('app', 16, 'The App object id (`app_` + 16 characters).');

const brand = Type.Union([Type.Literal('UnionPay'), Type.Literal('Visa'), Type.Literal('MasterCard'), Type.Literal('JCB')], {
  description: 'The card network, recognised from the card number: `62…` UnionPay, `4…` Visa, `51–55…`/`2221–2720…` MasterCard, `3528–3589…` JCB.',
});
const funding = Type.Union([Type.Literal('credit'), Type.Literal('debit'), Type.Literal('unknown')], {
  description: 'Credit or debit card; `unknown` when the token did not say.',
});
const bank = Nullable(Type.String(), { description: 'Issuing bank code (`icbc`, `cmb`, `boc`, …) as given when the token was created; null when unknown and for foreign cards.' });
const smsCodeInput = Type.Object(
  {
    id: Type.String({ minLength: 1, maxLength: 64, description: 'The SMS code object id (`sms_…`) embedded in the token.' }),
    code: Type.String({ minLength: 1, maxLength: 16, description: 'The code the card holder received (`123456` in test mode).' }),
  },
  { additionalProperties: false, description: 'The SMS verification of the token: its SMS code object id and the code received.' },
);
const tokenRef = Type.String({ minLength: 1, maxLength: 64, description: 'A Token object id (`tok_…`): single-use; its card must be a domestic (UnionPay) card.' });
const description = Type.String({ maxLength: 255, description: 'Free text.' });
const email = Type.String({ format: 'email', maxLength: 254, description: "The customer's email address." });

const definitions = {
  Metadata: Type.Record(Type.String(), Type.String(), { description: 'Key/value pairs of your own, as strings.' }),
  MetadataInput: Type.Record(
    Type.String(),
    Type.Union([Type.String({ maxLength: 500 }), Type.Number(), Type.Boolean()]),
    {
      maxProperties: 50,
      description:
        'Up to 50 keys with string values (at most 500 characters; numbers and booleans are kept as strings). Merged into the stored metadata: an empty string removes its key.',
    },
  ),
  Card: Type.Object(
    {
      id: id('card', 24, 'Card object id (`card_` + 24 characters).'),
      object: Type.Literal('card'),
      created,
      last4: Type.String({ pattern: '^[0-9]{4}$', description: 'The last four digits of the card number.' }),
      funding,
      brand,
      bank,
      customer: id('cus', 14, 'The customer the card is bound to.'),
    },
    { additionalProperties: false, description: 'A card bound to a customer (one of its sources).' },
  ),
  CardList: Type.Object(
    {
      object: Type.Literal('list'),
      url: Type.String({ description: 'Where the full list lives: `/v1/customers/{id}/sources`.' }),
      has_more: Type.Boolean({ description: 'Whether more cards exist beyond this page in the direction of paging.' }),
      data: Type.Array(Type.Ref('Card')),
    },
    { additionalProperties: false, description: 'Cards, newest first.' },
  ),
  Customer: Type.Object(
    {
      id: id('cus', 14, 'Customer object id (`cus_` + 14 characters).'),
      object: Type.Literal('customer'),
      created,
      livemode,
      app: appId,
      name: Type.String({ description: "The card holder's name, from the token the customer was created with." }),
      email: Nullable(Type.String(), { description: "The customer's email address." }),
      currency: Nullable(Type.String(), { description: 'Three-letter currency code; null (no charges are made here).' }),
      description: Nullable(Type.String()),
      metadata: Nullable(Type.Ref('Metadata'), { description: '`{}` when none is set (the seed also shows null).' }),
      sources: Type.Ref('CardList', { description: 'The bound cards, newest first: the first 10, `has_more` when there are more.' }),
      default_source: Nullable(Type.String(), { description: 'The id of the default card; null once every card is removed.' }),
    },
    { additionalProperties: false, description: 'A customer of an App, with the cards bound to it.' },
  ),
  CustomerList: Type.Object(
    {
      object: Type.Literal('list'),
      url: Type.Literal('/v1/customers'),
      has_more: Type.Boolean({ description: 'Whether more customers exist beyond this page in the direction of paging.' }),
      data: Type.Array(Type.Ref('Customer')),
    },
    { additionalProperties: false, description: 'Customers, newest first.' },
  ),
  CustomerCreate: Type.Object(
    {
      app: appId,
      source: tokenRef,
      sms_code: smsCodeInput,
      description: Type.Optional(description),
      email: Type.Optional(email),
      metadata: Type.Optional(Type.Ref('MetadataInput')),
    },
    {
      additionalProperties: false,
      description: "A new customer, bound to the token's card (which becomes its `default_source`).",
      examples: [
        {
          app: 'app_1Gqj58ynP0mHeX1q',
          source: 'tok_xDGOm1H0ij1OHmLqvH8a5yb5',
          sms_code: { id: 'sms_4yTGyH1m9S8SX9qnrP8q9Se4', code: '123456' },
          email: 'zhangsan@example.org',
          description: 'A customer in Shanghai',
        },
      ],
    },
  ),
  CustomerUpdate: Type.Object(
    {
      app: Type.Optional(Type.String({ maxLength: 64, description: "Accepted as the seed's example sends it; it must be the customer's App." })),
      description: Type.Optional(Nullable(description)),
      email: Type.Optional(Nullable(email)),
      metadata: Type.Optional(Nullable(Type.Ref('MetadataInput'), { description: 'Merged into the stored metadata; null clears it.' })),
      default_source: Type.Optional(Type.String({ minLength: 1, maxLength: 64, description: "One of the customer's bound cards; cannot be null." })),
    },
    {
      additionalProperties: false,
      description: 'Fields sent replace the stored values (null clears `description` and `email`); fields absent stay.',
      examples: [{ description: 'A customer in Beijing', email: 'zhangsan@example.org', metadata: { tier: 'gold' } }],
    },
  ),
  SourceCreate: Type.Object(
    { source: tokenRef, sms_code: smsCodeInput },
    {
      additionalProperties: false,
      description: "Binds the token's card to the customer.",
      examples: [{ source: 'tok_xDGOm1H0ij1OHmLqvH8a5yb5', sms_code: { id: 'sms_4yTGyH1m9S8SX9qnrP8q9Se4', code: '123456' } }],
    },
  ),
  Deleted: Type.Object(
    { deleted: Type.Literal(true), id: Type.String({ description: 'The id of the deleted object.' }) },
    { additionalProperties: false },
  ),
  CardInput: Type.Object(
    {
      card_number: Type.String({ pattern: '^[0-9]{12,19}$', description: 'The card number: 12 to 19 digits. It decides the brand, and whether the card is domestic (UnionPay, `62…`).' }),
      name: Type.String({ minLength: 1, maxLength: 64, description: "The card holder's name (it becomes the customer's `name`)." }),
      phone_number: Type.String({ pattern: '^\\+?[0-9]{5,20}$', description: 'The phone the SMS verification code is sent to.' }),
      cred_type: Type.Optional(Type.String({ maxLength: 32, description: 'Identity document type, e.g. `ID`.' })),
      cred_number: Type.Optional(Type.String({ maxLength: 64, description: 'Identity document number.' })),
      brand: Type.Optional(brand),
      funding: Type.Optional(Type.Union([Type.Literal('credit'), Type.Literal('debit')], { description: 'Credit or debit card (default `unknown`).' })),
      bank: Type.Optional(Type.String({ pattern: '^[a-z]{2,16}$', description: 'Issuing bank code, e.g. `boc`, `cmb`, `icbc` (ignored for foreign cards).' })),
    },
    { additionalProperties: false, description: 'The card a token stands for. Only the last four digits and a fingerprint of the number are kept.' },
  ),
  TokenCreate: Type.Object(
    { app: appId, card: Type.Ref('CardInput') },
    { additionalProperties: false, description: 'A card to tokenize; an SMS verification code is sent to its phone.' },
  ),
  TokenCard: Type.Object(
    {
      object: Type.Literal('card'),
      last4: Type.String({ pattern: '^[0-9]{4}$' }),
      funding,
      brand,
      bank,
      name: Type.String({ description: "The card holder's name." }),
    },
    { additionalProperties: false, description: 'The card a token stands for. Only domestic (UnionPay) cards can be bound to customers.' },
  ),
  SmsCodeSummary: Type.Object(
    {
      id: id('sms', 24, 'SMS code object id (`sms_` + 24 characters).'),
      object: Type.Literal('sms_code'),
      created,
      validated: Type.Boolean({ description: 'Whether the code has been used to bind the card.' }),
    },
    { additionalProperties: false, description: 'The SMS verification code sent when the token was created; the code itself is read with `GET /v1/sms_codes/{id}`.' },
  ),
  Token: Type.Object(
    {
      id: id('tok', 24, 'Token object id (`tok_` + 24 characters).'),
      object: Type.Literal('token'),
      created,
      livemode,
      type: Type.Literal('card'),
      used: Type.Boolean({ description: 'Whether the token has been used to bind its card (a token is single-use).' }),
      time_used: Nullable(Type.Integer({ minimum: 0 }), { description: 'When it was used, in Unix seconds.' }),
      card: Type.Ref('TokenCard'),
      sms_code: Type.Ref('SmsCodeSummary'),
    },
    { additionalProperties: false, description: 'A single-use token standing for a card, with the SMS code that verifies it.' },
  ),
  SmsCode: Type.Object(
    {
      id: id('sms', 24, 'SMS code object id.'),
      object: Type.Literal('sms_code'),
      created,
      livemode,
      source: id('tok', 24, 'The token the code verifies.'),
      code: Type.String({ pattern: '^[0-9]{6}$', description: 'The code sent to the card holder: `123456` in test mode, six random digits in live mode.' }),
      validated: Type.Boolean({ description: 'Whether the code has been used to bind the card.' }),
    },
    { additionalProperties: false, description: 'An SMS verification code, as the card holder received it.' },
  ),
  Error: Type.Object(
    {
      error: Type.Object(
        {
          type: Type.Union([Type.Literal('invalid_request_error'), Type.Literal('api_error')], {
            description: '`invalid_request_error` for 4xx answers, `api_error` for 5xx.',
          }),
          message: Type.String({ description: 'What went wrong: Chinese by default, English with `Accept-Language: en`.' }),
          param: Type.Optional(Type.String({ description: 'The offending parameter, in bracket notation (`sms_code[code]`); `id` for an unknown path id.' })),
          code: Type.Optional(Type.String({ description: 'A machine-readable reason, where there is one (`token_used`, `sms_code_incorrect`, …).' })),
        },
        { additionalProperties: false },
      ),
    },
    { additionalProperties: false, description: "Ping++'s error envelope." },
  ),
};

export const module = Type.Module(definitions);
export type SchemaName = keyof typeof definitions & string;

export type Card = Infer<typeof module, 'Card'>;
export type CardList = Infer<typeof module, 'CardList'>;
export type Customer = Infer<typeof module, 'Customer'>;
export type CustomerList = Infer<typeof module, 'CustomerList'>;
export type CustomerCreate = Infer<typeof module, 'CustomerCreate'>;
export type CustomerUpdate = Infer<typeof module, 'CustomerUpdate'>;
export type SourceCreate = Infer<typeof module, 'SourceCreate'>;
export type CardInput = Infer<typeof module, 'CardInput'>;
export type TokenCreate = Infer<typeof module, 'TokenCreate'>;
export type Token = Infer<typeof module, 'Token'>;
export type SmsCode = Infer<typeof module, 'SmsCode'>;
export type PingppError = Infer<typeof module, 'Error'>;
