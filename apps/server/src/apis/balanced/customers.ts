import type * as Balanced from '@clientele/schemas/balanced';
import { balanced } from '@clientele/schemas/balanced';
import type { Handlers } from '../../platform/handlers.ts';
import { base62 } from '../../platform/ids.ts';
import { crudHandlers, defineResource } from '../../platform/resources.ts';
import { schemaSerializer } from '../../platform/serializers.ts';
import { emailKey, stringMap } from '../../platform/values.ts';
import { presentCustomer, presentCustomerPage, type StoredCustomer } from './present.ts';
import { callbackHandlers, customerEvent } from './callbacks.ts';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

const TEXT_FIELDS = ['name', 'email_address', 'phone_number', 'dob', 'business_name', 'ein', 'ssn_last4', 'facebook_id', 'twitter_id'] as const;

export const customers = defineResource<StoredCustomer, Balanced.CustomerCreate, Balanced.CustomerUpdate>({
  collection: 'balanced.customers',
  name: 'Customer',
  newId: () => `CU${base62(22)}`,
  // Emails are unique per marketplace, case-insensitively.
  unique: { email: { field: 'email_address', value: (c) => emailKey(c.email_address) } },
  // The seed's defaults for every field not sent.
  create: (body) => ({
    ...Object.fromEntries(TEXT_FIELDS.map((field) => [field, body[field] ?? null])),
    meta: stringMap(body.meta),
    address: stringMap(body.address),
    is_identity_verified: false,
    source_uri: null,
    destination_uri: null,
  }) as StoredCustomer,
  // Fields sent replace, fields absent stay, null clears.
  merge: (current, body) => {
    const next: Mutable<StoredCustomer> = { ...current };
    for (const field of TEXT_FIELDS) if (body[field] !== undefined) next[field] = body[field];
    if (body.meta !== undefined) next.meta = stringMap(body.meta);
    if (body.address !== undefined) next.address = stringMap(body.address);
    return next;
  },
  shows: { present: presentCustomer, serializer: schemaSerializer(balanced, 'Customer') },
});

const crud = crudHandlers(customers, { id: 'customer_id', created: 201, list: { offset: presentCustomerPage } });

export const handlers: Omit<Handlers<typeof balanced>, keyof typeof callbackHandlers> = {
  // Writes append their event in the same transaction.
  async createCustomer(context) {
    const doc = await customers.create(context, context.body);
    await customerEvent(context.store, 'customer.created', doc, doc.createdUs);
    return { status: 201, body: presentCustomer(doc) };
  },
  retrieveCustomer: crud.get,
  listCustomers: crud.list,
  async updateCustomer(context) {
    const doc = await customers.update(context, context.params.customer_id, context.body);
    await customerEvent(context.store, 'customer.updated', doc, context.clock.nowUs());
    return { status: 200, body: presentCustomer(doc) };
  },
};
