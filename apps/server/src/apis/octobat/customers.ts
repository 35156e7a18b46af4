import type * as Octobat from '@clientele/schemas/octobat';
import { octobat } from '@clientele/schemas/octobat';
import type { Scope } from '@clientele/store';
import { unixSeconds } from '../../platform/clock.ts';
import type { Handlers } from '../../platform/handlers.ts';
import { hex, lowerAlphanumeric } from '../../platform/ids.ts';
import { crudHandlers, defineResource } from '../../platform/resources.ts';
import { schemaSerializer } from '../../platform/serializers.ts';
import { CUSTOMER_PREFIX, presentCustomer, presentList, TEXT_FIELDS, type StoredCustomer } from './present.ts';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** An empty value clears a field: it is the only null a form body can send. */
const cleared = (value: string | null): string | null => (value === '' ? null : value);

/** `billing_address_country` as stored: an ISO code uppercase, a country's name as sent (the format has checked it). */
const countryOf = (value: string): string => {
  const country = value.trim();
  return country.length === 2 ? country.toUpperCase() : country;
};

export const customers = defineResource<StoredCustomer, Octobat.CustomerCreate, Octobat.CustomerUpdate>({
  collection: 'octobat.customers',
  name: 'Customer',
  // `oc_cu_` + the Unix time of creation + 4 lowercase alphanumerics + 8 hex, as the seed's ids read.
  newId: (createdUs) => `${CUSTOMER_PREFIX}${unixSeconds(createdUs)}${lowerAlphanumeric(4)}${hex(4)}`,
  create: (body) => {
    const fields = Object.fromEntries(TEXT_FIELDS.map((field) => [field, cleared(body[field] ?? null)])) as Record<(typeof TEXT_FIELDS)[number], string | null>;
    return {
      ...fields,
      billing_address_country: countryOf(body.billing_address_country),
      // The seed: neither a type nor a tax number makes a B2C customer; a tax number alone, a business (B2B).
      business_type: body.business_type ?? (fields.tax_number ? 'B2B' : 'B2C'),
      updatedUs: null,
    };
  },
  // Parameters sent replace, those not sent stay; the time of change moves only when something did.
  merge: (current, body, nowUs) => {
    const next: Mutable<StoredCustomer> = { ...current };
    for (const field of TEXT_FIELDS) if (body[field] !== undefined) next[field] = cleared(body[field]);
    if (body.billing_address_country !== undefined) next.billing_address_country = countryOf(body.billing_address_country);
    if (body.business_type !== undefined) next.business_type = body.business_type;
    const changed = (Object.keys(next) as (keyof StoredCustomer)[]).some((key) => next[key] !== current[key]);
    return changed ? { ...next, updatedUs: nowUs } : current;
  },
  shows: { present: (doc, context) => presentCustomer(doc, livemodeOf(context)), serializer: schemaSerializer(octobat, 'Customer') },
});

function livemodeOf(context: { readonly scope?: Scope | undefined }) {
  return context.scope?.mode === 'live';
}

const crud = crudHandlers(customers, {
  id: 'id',
  created: 201,
  list: { cursor: (page, items: Octobat.Customer[]) => presentList(page, items) },
});

export const handlers: Handlers<typeof octobat> = {
  createCustomer: crud.create,
  retrieveCustomer: crud.get,
  updateCustomer: crud.update,
  listCustomers: crud.list,
};
