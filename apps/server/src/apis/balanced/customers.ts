import type { Balanced, balanced } from '@clientele/schemas';
import { nowUs } from '../../platform/clock.ts';
import type { Handlers } from '../../platform/handlers.ts';
import { base62 } from '../../platform/ids.ts';
import { fail, failOnDuplicate } from '../../platform/problems.ts';
import { emailKey, stringMap } from '../../platform/values.ts';
import { presentCustomer, presentPage, type StoredCustomer } from './present.ts';

export const COLLECTION = 'balanced.customers';

const TEXT_FIELDS = [
  'name',
  'email_address',
  'phone_number',
  'dob',
  'business_name',
  'ein',
  'ssn_last4',
  'facebook_id',
  'twitter_id',
] as const;

const notFound = (id: string) => fail({ kind: 'not_found', resource: 'Customer', id });

/** A new customer as stored: the seed's defaults for every field not sent. */
export function newCustomer(body: Balanced.CustomerCreate): StoredCustomer {
  return {
    name: body.name ?? null,
    email_address: body.email_address ?? null,
    meta: stringMap(body.meta),
    address: stringMap(body.address),
    phone_number: body.phone_number ?? null,
    dob: body.dob ?? null,
    business_name: body.business_name ?? null,
    ein: body.ein ?? null,
    ssn_last4: body.ssn_last4 ?? null,
    facebook_id: body.facebook_id ?? null,
    twitter_id: body.twitter_id ?? null,
    is_identity_verified: false,
    source_uri: null,
    destination_uri: null,
  };
}

export const newCustomerId = () => `CU${base62(22)}`;

export const handlers: Handlers<typeof balanced> = {
  async createCustomer({ tenant, store, body }) {
    const customer = newCustomer(body);
    const id = newCustomerId();
    const doc = await failOnDuplicate('email_address', () =>
      store.collection<StoredCustomer>(COLLECTION).insert(tenant.id, {
        id,
        createdUs: nowUs(),
        data: customer,
        unique: { email: emailKey(customer.email_address) },
      }),
    );
    return { status: 201, body: presentCustomer(doc.id, doc.createdUs, tenant.id, doc.data) };
  },

  async retrieveCustomer({ tenant, store, params }) {
    const doc = await store.collection<StoredCustomer>(COLLECTION).get(tenant.id, params.customer_id);
    if (!doc) return notFound(params.customer_id);
    return { status: 200, body: presentCustomer(doc.id, doc.createdUs, tenant.id, doc.data) };
  },

  async listCustomers({ tenant, store, query }) {
    const limit = query.limit ?? 10;
    const offset = query.offset ?? 0;
    const page = await store.collection<StoredCustomer>(COLLECTION).page(tenant.id, { offset, limit });
    const items = page.items.map((doc) => presentCustomer(doc.id, doc.createdUs, tenant.id, doc.data));
    return { status: 200, body: presentPage(items, page.total, limit, offset) };
  },

  async updateCustomer({ tenant, store, params, body }) {
    const doc = await failOnDuplicate('email_address', () =>
      store.collection<StoredCustomer>(COLLECTION).update(tenant.id, params.customer_id, (current) => {
        const next: { -readonly [K in keyof StoredCustomer]: StoredCustomer[K] } = { ...current };
        for (const field of TEXT_FIELDS) if (body[field] !== undefined) next[field] = body[field];
        if (body.meta !== undefined) next.meta = stringMap(body.meta);
        if (body.address !== undefined) next.address = stringMap(body.address);
        return { data: next, unique: { email: emailKey(next.email_address) } };
      }),
    );
    if (!doc) return notFound(params.customer_id);
    return { status: 200, body: presentCustomer(doc.id, doc.createdUs, tenant.id, doc.data) };
  },
};
