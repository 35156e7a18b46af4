import type * as Pingpp from '@clientele/schemas/pingpp';
import { pingpp } from '@clientele/schemas/pingpp';
import type { StoredDocument } from '@clientele/store';
import { unixSeconds } from '../../platform/clock.ts';
import type { Handlers } from '../../platform/handlers.ts';
import { base62 } from '../../platform/ids.ts';
import { cursorQueryOf } from '../../platform/pagination.ts';
import { fail } from '../../platform/problems.ts';
import { defineResource, within, type CursorPageOf, type ResourceContext } from '../../platform/resources.ts';
import { stringMap } from '../../platform/values.ts';
import { schemaSerializer } from '../../platform/serializers.ts';
import { cards, presentCard, type StoredCard } from './cards.ts';
import { livemode, redeem, release, requireApp } from './tokens.ts';

/** A bound card as the customer keeps it: cards never change, so the customer embeds them without a second read. */
export interface BoundCard extends StoredCard {
  readonly id: string;
  readonly created_us: number;
}

export interface StoredCustomer {
  readonly app: string;
  readonly name: string;
  readonly email: string | null;
  readonly description: string | null;
  readonly metadata: Record<string, string>;
  readonly default_source: string | null;
  /** Oldest first: the last is the most recently bound. */
  readonly sources: readonly BoundCard[];
}

/** A new customer: its id is chosen first, so its first card is stored (in its scope) before it. */
export interface NewCustomer {
  readonly id: string;
  readonly app: string;
  readonly name: string;
  readonly email?: string;
  readonly description?: string;
  readonly metadata?: Pingpp.CustomerCreate['metadata'];
  readonly card: BoundCard;
}

type CustomerChange = (current: StoredCustomer) => StoredCustomer;

export const customers = defineResource<StoredCustomer, NewCustomer, CustomerChange>({
  collection: 'pingpp.customers',
  name: 'Customer',
  newId: () => `cus_${base62(14)}`,
  idOf: (customer) => customer.id,
  create: (customer) => ({
    app: customer.app,
    name: customer.name,
    email: customer.email ?? null,
    description: customer.description ?? null,
    metadata: stringMap(customer.metadata),
    default_source: customer.card.id,
    sources: [customer.card],
  }),
  merge: (current, change) => change(current),
  shows: { present: (doc, context) => presentCustomer(doc, livemode(context)), serializer: schemaSerializer(pingpp, 'Customer') },
});

/** Metadata is merged: keys sent replace, an empty string removes its key, null clears all. */
function mergeMetadata(current: Record<string, string>, sent: Pingpp.CustomerUpdate['metadata']): Record<string, string> {
  if (sent === null) return {};
  const merged = { ...current, ...stringMap(sent) };
  for (const [key, value] of Object.entries(merged)) if (value === '') delete merged[key];
  return merged;
}

const updated = (body: Pingpp.CustomerUpdate): CustomerChange => (current) => {
  if (body.default_source !== undefined && !current.sources.some((card) => card.id === body.default_source)) {
    fail({ kind: 'invalid_reference', field: 'default_source', id: body.default_source, resource: 'Card' });
  }
  return {
    ...current,
    ...(body.description === undefined ? {} : { description: body.description }),
    ...(body.email === undefined ? {} : { email: body.email }),
    ...(body.metadata === undefined ? {} : { metadata: mergeMetadata(current.metadata, body.metadata) }),
    ...(body.default_source === undefined ? {} : { default_source: body.default_source }),
  };
};

const bound = (card: BoundCard): CustomerChange => (current) => ({
  ...current,
  sources: [...current.sources, card],
  default_source: current.default_source ?? card.id,
});

/** A removed default gives way to the most recently bound card left, or none. */
const unbound = (cardId: string): CustomerChange => (current) => {
  const sources = current.sources.filter((card) => card.id !== cardId);
  const default_source = current.default_source === cardId ? (sources.at(-1)?.id ?? null) : current.default_source;
  return { ...current, sources, default_source };
};

/** The embedded list shows the first page of cards, newest first. */
const EMBEDDED_CARDS = 10;

const sourcesUrl = (customerId: string) => `/v1/customers/${customerId}/sources`;

export function presentCustomer({ id, createdUs, data }: StoredDocument<StoredCustomer>, livemode: boolean): Pingpp.Customer {
  const newest = data.sources.slice(-EMBEDDED_CARDS).reverse();
  return {
    id,
    object: 'customer',
    created: unixSeconds(createdUs),
    livemode,
    app: data.app,
    name: data.name,
    email: data.email,
    currency: null,
    description: data.description,
    metadata: data.metadata,
    sources: {
      object: 'list',
      url: sourcesUrl(id),
      has_more: data.sources.length > EMBEDDED_CARDS,
      data: newest.map((card) => presentCard(card.id, card.created_us, card, id)),
    },
    default_source: data.default_source,
  };
}

/** `has_more` looks the way the page was asked for: older items after `starting_after`, newer before `ending_before`. */
const hasMore = (page: CursorPageOf<unknown>, query: { readonly ending_before?: string }) => (query.ending_before === undefined ? page.after : page.before);

/**
 * Binds a token's card to a customer: uses the token up, stores the card in the customer's scope
 * (a card the customer already has is a 400 on `source`), then lets `attach` record it on the
 * customer. The store has no transaction across documents, so on a failure after the token was
 * used the steps are undone, best effort: the card removed, the token given back.
 */
async function bindCard<R>(
  context: ResourceContext,
  customerId: string,
  verification: Pingpp.SourceCreate,
  attach: (card: BoundCard, holder: string) => Promise<R>,
): Promise<R> {
  const { name, ...card } = await redeem(context, verification);
  const scope = within(context.scope!, customerId);
  let stored: string | undefined;
  try {
    const doc = await cards.create(context, card, scope);
    stored = doc.id;
    return await attach({ id: doc.id, created_us: doc.createdUs, ...doc.data }, name);
  } catch (error) {
    if (stored) await cards.remove(context, stored, scope).catch(() => undefined);
    await release(context, verification.source);
    throw error;
  }
}

type UpdateContext = Parameters<Handlers<typeof pingpp>['updateCustomer']>[0] | Parameters<Handlers<typeof pingpp>['updateCustomerByPost']>[0];

/** PUT (the seed's) and POST (the SDK's) update alike. */
async function updateCustomer(context: UpdateContext) {
  if (context.body.app !== undefined) requireApp(context, context.body.app);
  const doc = await customers.update(context, context.params.customer_id, updated(context.body));
  return { status: 200 as const, body: presentCustomer(doc, livemode(context)) };
}

export const customerHandlers: Omit<Handlers<typeof pingpp>, 'createToken' | 'retrieveToken' | 'retrieveSmsCode'> = {
  async createCustomer(context) {
    const { body } = context;
    const app = requireApp(context, body.app);
    const id = customers.policy.newId(context.clock.nowUs());
    const doc = await bindCard(context, id, body, (card, name) =>
      customers.create(context, { id, app, name, email: body.email, description: body.description, metadata: body.metadata, card }),
    );
    return { status: 200, body: presentCustomer(doc, livemode(context)) };
  },
  async listCustomers(context) {
    const page = await customers.cursorPage(context, cursorQueryOf(context.query));
    return {
      status: 200,
      body: { object: 'list', url: '/v1/customers', has_more: hasMore(page, context.query), data: customers.showAll<Pingpp.Customer>(page.items, context) },
    };
  },
  async retrieveCustomer(context) {
    return { status: 200, body: customers.show<Pingpp.Customer>(await customers.get(context, context.params.customer_id), context) };
  },
  updateCustomer,
  updateCustomerByPost: updateCustomer,
  async deleteCustomer(context) {
    const doc = await customers.remove(context, context.params.customer_id);
    return { status: 200, body: { deleted: true, id: doc.id } };
  },
  async createSource(context) {
    const customer = await customers.get(context, context.params.customer_id);
    const card = await bindCard(context, customer.id, context.body, async (card) => {
      await customers.update(context, customer.id, bound(card));
      return card;
    });
    return { status: 200, body: presentCard(card.id, card.created_us, card, customer.id) };
  },
  async listSources(context) {
    const customer = await customers.get(context, context.params.customer_id);
    const page = await cards.cursorPage(context, cursorQueryOf(context.query), within(context.scope, customer.id));
    return {
      status: 200,
      body: {
        object: 'list',
        url: sourcesUrl(customer.id),
        has_more: hasMore(page, context.query),
        data: page.items.map((doc) => presentCard(doc.id, doc.createdUs, doc.data, customer.id)),
      },
    };
  },
  async retrieveSource(context) {
    const customer = await customers.get(context, context.params.customer_id);
    const card = await cards.get(context, context.params.card_id, within(context.scope, customer.id));
    return { status: 200, body: presentCard(card.id, card.createdUs, card.data, customer.id) };
  },
  async deleteSource(context) {
    const customer = await customers.get(context, context.params.customer_id);
    const scope = within(context.scope, customer.id);
    const card = await cards.get(context, context.params.card_id, scope);
    await customers.update(context, customer.id, unbound(card.id));
    await cards.remove(context, card.id, scope);
    return { status: 200, body: { deleted: true, id: card.id } };
  },
};
