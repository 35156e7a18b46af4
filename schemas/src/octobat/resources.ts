import { Type } from '@sinclair/typebox';
import { Nullable, type Infer } from '../shared/index.ts';

/**
 * Octobat ids: a prefix, the 10-digit Unix time of creation, then 12 lowercase alphanumerics
 * (`oc_cu_1421878635hksc26e4de79`), as every id in the seed reads.
 */
const idOf = (prefix: string) => `^${prefix}[0-9]{10}[0-9a-z]{12}$`;
export const CUSTOMER_ID = idOf('oc_cu_');

const text = (description: string) => Nullable(Type.String({ maxLength: 255 }), { description });
const optionalText = (description: string) => Type.Optional(text(`${description} An empty value or null clears it.`));

const country = Type.String({
  minLength: 1,
  maxLength: 64,
  format: 'country',
  description: [
    "Customer's country: a two-letter ISO 3166-1 code (`FR`, any case, stored uppercase), as the seed documents, or a",
    "country's name (`France`, stored as sent), as the seed's own example sends. A two-letter value that is not an assigned",
    'ISO code (`UK`, `XX`) is refused (422), as is a blank one.',
  ].join(' '),
});

const businessType = Type.Union([Type.Literal('B2B'), Type.Literal('B2C')], {
  description: 'Either `B2B` or `B2C`. Individuals or non-tax-registered companies are `B2C`; tax-registered businesses `B2B`.',
});

// An email may be cleared with an empty value (the only "null" a form body can send).
const email = Type.Optional(
  Nullable(Type.Union([Type.String({ format: 'email', maxLength: 254 }), Type.Literal('')]), {
    description: "Customer's email. An empty value or null clears it.",
  }),
);

/** The fields a customer is created or updated with; `billing_address_country` is required on create only. */
const customerFields = {
  name: optionalText("Customer's name."),
  email,
  phone_number: optionalText("Customer's phone number."),
  billing_address_line1: optionalText("Customer's address 1."),
  billing_address_line2: optionalText("Customer's address 2."),
  billing_address_city: optionalText("Customer's city."),
  billing_address_zip: optionalText("Customer's zip code."),
  billing_address_state: optionalText("Customer's state."),
  tax_number: optionalText('If your customer is a business registered at EU-VAT, its VAT registration number.'),
};

const definitions = {
  PaymentSource: Type.Object(
    {
      id: Type.String({ pattern: idOf('oc_ps_'), description: '`oc_ps_` + creation time + 12 characters.' }),
      object: Type.Literal('payment_source'),
      customer: Type.String({ pattern: CUSTOMER_ID, description: 'The customer it belongs to.' }),
      source: Type.String({ description: "The payment processor's id of the mean of payment (`card_…`)." }),
      payment_source_type: Type.String({ description: 'e.g. `Credit Card`.' }),
      details: Type.Record(Type.String(), Type.Unknown(), { description: 'Processor-specific details.' }),
      country: Nullable(Type.String(), { description: 'Two-letter ISO code of the country the mean of payment comes from.' }),
      exp_month: Nullable(Type.Integer({ minimum: 1, maximum: 12 })),
      exp_year: Nullable(Type.Integer()),
    },
    { additionalProperties: false, description: 'A mean of payment attached to a customer.' },
  ),
  PaymentSourceList: Type.Object(
    { object: Type.Literal('list'), data: Type.Array(Type.Ref('PaymentSource')) },
    { additionalProperties: false, description: "The customer's means of payment, embedded in the customer." },
  ),
  Customer: Type.Object(
    {
      id: Type.String({ pattern: CUSTOMER_ID, description: '`oc_cu_` + the 10-digit Unix time of creation + 12 characters.' }),
      object: Type.Literal('customer'),
      livemode: Type.Boolean({ description: 'true for customers of the live mode (made with an `oc_live_skey_…` key).' }),
      name: text("Customer's name."),
      email: text("Customer's email."),
      phone_number: text("Customer's phone number."),
      billing_address_line1: text("Customer's address 1."),
      billing_address_line2: text("Customer's address 2."),
      billing_address_city: text("Customer's city."),
      billing_address_zip: text("Customer's zip code."),
      billing_address_state: text("Customer's state."),
      billing_address_country: Type.String({ description: "Customer's country, as sent (an ISO 3166-1 code uppercase)." }),
      business_type: businessType,
      tax_number: text('If your customer is a business registered at EU-VAT, its VAT registration number.'),
      octobat_billing_page: Type.String({
        format: 'uri',
        description: "The url of a page listing all customer's invoices: `https://bp.octobat.com/c/<id without oc_cu_>`.",
      }),
      payment_sources: Type.Ref('PaymentSourceList'),
      // Not in the seed's examples, but in Octobat's other objects; clientele always sends both.
      created_at: Type.Optional(Type.String({ format: 'date-time', description: 'ISO 8601, UTC, whole seconds. Always sent by clientele.' })),
      updated_at: Type.Optional(
        Type.String({ format: 'date-time', description: 'ISO 8601, UTC, whole seconds: the last change. Always sent by clientele.' }),
      ),
    },
    { additionalProperties: false, description: 'A customer, to which invoices and transactions are attached.' },
  ),
  CustomerCreate: Type.Object(
    {
      ...customerFields,
      billing_address_country: country,
      business_type: Type.Optional(
        Type.Union([Type.Literal('B2B'), Type.Literal('B2C')], {
          description: 'Either `B2B` or `B2C`. Without it: `B2B` when a `tax_number` is given, `B2C` otherwise.',
        }),
      ),
    },
    {
      additionalProperties: false,
      description: 'A new customer. Parameters other than these are refused (422).',
      // The seed's own example.
      examples: [
        {
          email: 'contact@octobat.com',
          name: 'Octobat Inc.',
          phone_number: '+33 9 52 54 03 70',
          billing_address_zip: '75004',
          billing_address_city: 'Paris',
          billing_address_country: 'France',
          business_type: 'B2B',
          tax_number: 'FR60528551658',
        },
      ],
    },
  ),
  CustomerUpdate: Type.Object(
    {
      ...customerFields,
      billing_address_country: Type.Optional(country),
      business_type: Type.Optional(businessType),
    },
    {
      additionalProperties: false,
      description: 'Parameters sent replace the stored values; those not sent are left unchanged.',
      // The seed's own example.
      examples: [{ email: 'admin@octobat.com' }],
    },
  ),
  // In the seed's order: `object`, `has_before`, `has_more`, `total_count`, then `data`.
  CustomerList: Type.Object(
    {
      object: Type.Literal('list'),
      has_before: Type.Boolean({ description: 'Customers precede the first of this page (newer ones): page back with `ending_before`.' }),
      has_more: Type.Boolean({ description: 'More customers follow the last of this page (older ones): page on with `starting_after`.' }),
      total_count: Type.Integer({ minimum: 0, description: 'How many customers the account has in this mode.' }),
      data: Type.Array(Type.Ref('Customer')),
    },
    { additionalProperties: false, description: 'A page of customers, newest first.' },
  ),
  ErrorDetail: Type.Object({ details: Type.String({ description: 'What is wrong.' }) }, { additionalProperties: false }),
  Error: Type.Object(
    {
      errors: Type.Record(Type.String(), Type.Array(Type.Ref('ErrorDetail'), { minItems: 1 }), {
        description: 'What is wrong, by parameter name, or under `global` for the request as a whole.',
      }),
    },
    { additionalProperties: false, description: "Octobat's errors: `{\"errors\": {\"<field>\" | \"global\": [{\"details\": \"…\"}]}}`." },
  ),
};

export const module = Type.Module(definitions);
export type SchemaName = keyof typeof definitions & string;

export type Customer = Infer<typeof module, 'Customer'>;
export type CustomerCreate = Infer<typeof module, 'CustomerCreate'>;
export type CustomerUpdate = Infer<typeof module, 'CustomerUpdate'>;
export type CustomerList = Infer<typeof module, 'CustomerList'>;
export type OctobatError = Infer<typeof module, 'Error'>;
