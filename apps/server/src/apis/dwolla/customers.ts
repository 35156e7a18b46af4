import type * as Dwolla from '@clientele/schemas/dwolla';
import { dwolla } from '@clientele/schemas/dwolla';
import type { Handlers } from '../../platform/handlers.ts';
import { uuid } from '../../platform/ids.ts';
import { crudHandlers, defineResource } from '../../platform/resources.ts';
import { schemaSerializer } from '../../platform/serializers.ts';
import { emailKey } from '../../platform/values.ts';
import { customerCreated } from './events.ts';
import { checkVerifiedFields, sandboxStatus } from './verification.ts';
import { customerUrl, presentCustomer, presentList, type StoredCustomer } from './present.ts';

type CustomerHandlers = Pick<Handlers<typeof dwolla>, 'createCustomer' | 'listCustomers' | 'retrieveCustomer' | 'updateCustomer'>;

const defined = <T extends object>(value: T) => Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;

export const customers = defineResource<StoredCustomer, Dwolla.CustomerCreate, Dwolla.CustomerUpdate>({
  collection: 'dwolla.customers',
  name: 'Customer',
  // GUIDs are case-insensitive; they are stored uppercase, as the seed shows them.
  newId: () => uuid().toUpperCase(),
  canonicalId: (id) => id.toUpperCase(),
  unique: { email: { field: 'email', value: (c) => emailKey(c.email) } },
  create: (body) => ({
    firstName: body.firstName,
    lastName: body.lastName,
    email: body.email,
    ipAddress: body.ipAddress ?? null,
    type: body.type ?? 'unverified',
    status: sandboxStatus(body),
    ...verifiedDetails(body),
  }),
  merge: (current, body) => ({ ...current, ...defined(body) }),
  shows: { present: presentCustomer, serializer: schemaSerializer(dwolla, 'Customer') },
});

const crud = crudHandlers(customers, { id: 'id', created: 201, list: { offset: presentList } });

/** What a verified customer keeps beyond the seed's fields (shown: the address, phone and business name; kept: the rest). */
function verifiedDetails(body: Dwolla.CustomerCreate) {
  const { firstName: _f, lastName: _l, email: _e, ipAddress: _i, type: _t, ...details } = body;
  return defined(details);
}

export const customerHandlers: CustomerHandlers = {
  // Dwolla answers a create with an empty body and the new customer's URL.
  async createCustomer(context) {
    checkVerifiedFields(context.body);
    const doc = await customers.create(context, context.body);
    await customerCreated(context.store, context.apiRoot, context.scope.tenantId, doc.id, doc.data.status, doc.createdUs);
    return { status: 201, headers: { location: customerUrl(context.apiRoot, doc.id) } };
  },
  listCustomers: crud.list,
  retrieveCustomer: crud.get,
  updateCustomer: crud.update,
};
