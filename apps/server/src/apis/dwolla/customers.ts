import type { dwolla } from '@clientele/schemas';
import { nowUs } from '../../platform/clock.ts';
import type { Handlers } from '../../platform/handlers.ts';
import { uuid } from '../../platform/ids.ts';
import { fail, failOnDuplicate } from '../../platform/problems.ts';
import { emailKey } from '../../platform/values.ts';
import { customerUrl, presentCustomer, presentList, type StoredCustomer } from './present.ts';

export const COLLECTION = 'dwolla.customers';

type CustomerHandlers = Omit<Handlers<typeof dwolla>, 'requestToken'>;

const notFound = (id: string) => fail({ kind: 'not_found', resource: 'Customer', id });

/** GUIDs are case-insensitive; they are stored uppercase, as the seed shows them. */
const canonicalId = (id: string) => id.toUpperCase();

export const customerHandlers: CustomerHandlers = {
  async createCustomer({ tenant, store, body, apiRoot }) {
    const customer: StoredCustomer = {
      firstName: body.firstName,
      lastName: body.lastName,
      email: body.email,
      ipAddress: body.ipAddress ?? null,
      type: 'unverified',
      status: 'unverified',
    };
    const id = canonicalId(uuid());
    await failOnDuplicate('email', () =>
      store.collection<StoredCustomer>(COLLECTION).insert(tenant.id, { id, createdUs: nowUs(), data: customer, unique: { email: emailKey(customer.email) } }),
    );
    return { status: 201, headers: { location: customerUrl(apiRoot, id) } };
  },

  async listCustomers({ tenant, store, query, apiRoot }) {
    const limit = query.limit ?? 25;
    const offset = query.offset ?? 0;
    const page = await store.collection<StoredCustomer>(COLLECTION).page(tenant.id, { offset, limit });
    const customers = page.items.map((doc) => presentCustomer(apiRoot, doc));
    return { status: 200, body: presentList(apiRoot, customers, page.total, limit, offset) };
  },

  async retrieveCustomer({ tenant, store, params, apiRoot }) {
    const doc = await store.collection<StoredCustomer>(COLLECTION).get(tenant.id, canonicalId(params.id));
    if (!doc) return notFound(params.id);
    return { status: 200, body: presentCustomer(apiRoot, doc) };
  },

  async updateCustomer({ tenant, store, params, body, apiRoot }) {
    const doc = await failOnDuplicate('email', () =>
      store.collection<StoredCustomer>(COLLECTION).update(tenant.id, canonicalId(params.id), (current) => {
        const next: StoredCustomer = {
          ...current,
          ...(body.firstName === undefined ? {} : { firstName: body.firstName }),
          ...(body.lastName === undefined ? {} : { lastName: body.lastName }),
          ...(body.email === undefined ? {} : { email: body.email }),
          ...(body.ipAddress === undefined ? {} : { ipAddress: body.ipAddress }),
        };
        return { data: next, unique: { email: emailKey(next.email) } };
      }),
    );
    if (!doc) return notFound(params.id);
    return { status: 200, body: presentCustomer(apiRoot, doc) };
  },
};
