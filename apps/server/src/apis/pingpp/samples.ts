import type { Scope, Store } from '@clientele/store';
import type { Clock } from '../../platform/clock.ts';
import type { Samples } from '../../platform/handlers.ts';
import { within } from '../../platform/resources.ts';
import { cards } from './cards.ts';
import { customers, type BoundCard } from './customers.ts';
import { newToken, tokenCard, tokens } from './tokens.ts';

/** The account's one App, kept with its tenant. */
export async function appOf(store: Store, tenantId: string): Promise<string> {
  const app = (await store.tenants.get(tenantId))?.meta.app;
  if (typeof app !== 'string') throw new Error(`tenant ${tenantId} is not a Ping++ account (it has no App)`);
  return app;
}

/** The `i`-th sample's card: a UnionPay (domestic) number of its own. */
const sampleCard = (app: string, i: number) =>
  tokenCard(app, { card_number: `6222${String(i).padStart(12, '0')}`, name: `Customer ${i}`, phone_number: '13800138000', funding: 'debit', bank: 'boc' });

/** What a sample customer carries beyond its card: what benchmarks send to update one. */
const fields = (i: number) => ({
  description: `Customer ${i}`,
  email: `customer${i}@example.org`,
  metadata: { index: i, tier: i % 3 === 0 ? 'gold' : 'basic' },
});

/**
 * Sample customers, each with one bound card. A customer's create needs a fresh token and its SMS
 * code, so benchmarks get theirs prepared (`prepareCreates`), and the routes around a customer
 * (its card, a token, an SMS code) are addressed through `related`.
 */
export const samples: Samples = {
  async insert(store: Store, scope: Scope, { from, count }, clock: Clock) {
    const app = await appOf(store, scope.tenantId);
    const context = { scope, store, clock };
    const ids = Array.from({ length: count }, () => customers.policy.newId(clock.nowUs()));
    // Each card is in its own customer's scope; concurrent writes share commits where the store groups them.
    const bound = await Promise.all(
      ids.map(async (id, k): Promise<BoundCard> => {
        const { name: _holder, ...card } = sampleCard(app, from + k);
        const doc = await cards.create(context, card, within(scope, id));
        return { id: doc.id, created_us: doc.createdUs, ...doc.data };
      }),
    );
    const bodies = ids.map((id, k) => ({ id, app, name: `Customer ${from + k}`, ...fields(from + k), card: bound[k]! }));
    await customers.insertMany(store, scope, bodies, clock);
    return ids;
  },
  body: fields,
  params: (id) => ({ customer_id: id }),
  async related(store, { scope }, id, clock) {
    const context = { scope, store, clock };
    const customer = await customers.get(context, id);
    const app = customer.data.app;
    const token = await tokens.create(context, newToken(app, sampleCard(app, 999_999_999), scope.mode));
    return { card_id: customer.data.default_source!, token_id: token.id, sms_code_id: token.data.sms_code.id };
  },
  references: (addressed) => ({ SourceCreate: { source: addressed.token_id!, 'sms_code.id': addressed.sms_code_id! } }),
  async prepareCreates(store, { scope }, count, clock) {
    const app = await appOf(store, scope.tenantId);
    const prepared = Array.from({ length: count }, (_, k) => newToken(app, sampleCard(app, k), scope.mode));
    const ids = await tokens.insertMany(store, scope, prepared, clock);
    return ids.map((source, k) => ({ app, source, sms_code: { id: prepared[k]!.sms_code.id, code: prepared[k]!.sms_code.code } }));
  },
};
