import { balanced } from '@clientele/schemas/balanced';
import type * as Balanced from '@clientele/schemas/balanced';
import { basicAuthorization, secretKeyAuth } from '../../platform/auth.ts';
import { defineServerApi } from '../../platform/handlers.ts';
import { base62, hex } from '../../platform/ids.ts';
import { customers, handlers } from './customers.ts';
import { errors } from './errors.ts';
import { balancedEvents, callbackHandlers, callbacks, customerEvent } from './callbacks.ts';
import { samplesOf } from '../../platform/resources.ts';
import type { StatusPolicy } from '../../platform/statuses.ts';

/**
 * `is_identity_verified`: Balanced set it once it had verified who the customer is (from the
 * name, address, date of birth and SSN digits sent); nothing in its documents unsets it.
 */
const customerStatus: StatusPolicy = {
  field: 'is_identity_verified',
  collection: customers.policy.collection,
  transitions: [
    [false, [true]],
    [true, []],
  ],
  locate: async (context, id) => ({ scope: context.scope, doc: (await customers.get(context, id)) as never }),
  moved: (context, doc) => customerEvent(context.store, 'customer.updated', doc as never, context.clock.nowUs()),
};

export const balancedApi = defineServerApi({
  definition: balanced,
  handlers: { ...handlers, ...callbackHandlers },
  authenticators: { basicAuth: secretKeyAuth('balanced') },
  errors,
  resources: [customers],
  customerStatus,
  events: balancedEvents,
  async provisionTenant(store, { name, scopes }) {
    if (scopes) throw new Error('Balanced API keys carry no scopes');
    // Test marketplaces are `TEST-MP` + 22 base62 characters; secrets 32 lowercase hex, like the seed's.
    const tenant = await store.tenants.create({ id: `TEST-MP${base62(22)}`, api: 'balanced', name: name ?? 'Test marketplace' });
    const secret = hex(16);
    await store.credentials.create({ secret, tenantId: tenant.id, api: 'balanced', kind: 'api_key' });
    return {
      tenant,
      scope: { tenantId: tenant.id },
      credentials: { api_key_secret: secret },
      example: (baseUrl) => `curl -u ${secret}: ${baseUrl}/v1/customers -d name='Benny Riemann' -d 'meta[tier]=gold'`,
    };
  },
  authorize: async (credentials) => ({ authorization: basicAuthorization(credentials.api_key_secret!) }),
  samples: {
    ...samplesOf(
    customers,
    (i) => ({
      name: `Customer ${i}`,
      email_address: `customer${i}@example.org`,
      phone_number: '+16505551212',
      meta: { index: i, tier: i % 3 === 0 ? 'gold' : 'basic' },
      address: { city: 'San Francisco', postal_code: '94103' },
    }),
    (id) => ({ customer_id: id }),
  ),
    // A callback (to a port nothing listens on) and the sample's event, so every route that takes an id reaches one.
    async related(store, tenant, id, clock) {
      const context = { store, clock, scope: tenant.scope };
      const callback = await callbacks.create(context, { url: `http://127.0.0.1:9/callbacks/${id}` });
      await customerEvent(store, 'customer.updated', await customers.get(context, id), clock.nowUs());
      const [event] = (await store.outbox.events('balanced', tenant.tenant.id, { limit: 1, offset: 0 })).items;
      // Settled (failed, nothing due): a fixture that stays as it is while tests and fuzz runs read it.
      const delivery = { id: balancedEvents.deliveryId(), api: 'balanced', tenantId: tenant.tenant.id, eventId: event!.id, endpointId: callback.id, url: callback.data.url };
      await store.outbox.fanOut([{ eventSeq: event!.seq, deliveries: [{ ...delivery, state: 'failed', dueUs: null, createdUs: event!.createdUs }] }]);
      return { callback_id: callback.id, event_id: event!.id };
    },
    events: {
      subscribe: { operation: 'createCallback', body: (url) => ({ url }) },
      list: 'listEvents',
      read: (event) => {
        const { id, type, entity } = (event ?? {}) as Partial<Balanced.BalancedEvent>;
        return id && type && entity?.id ? { id, topic: type, resourceId: entity.id } : undefined;
      },
      created: 'customer.created',
      updated: 'customer.updated',
    },
  },
});
