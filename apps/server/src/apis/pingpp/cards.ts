import { createHash } from 'node:crypto';
import type * as Pingpp from '@clientele/schemas/pingpp';
import { unixSeconds } from '../../platform/clock.ts';
import { base62 } from '../../platform/ids.ts';
import { defineResource } from '../../platform/resources.ts';

export type Brand = Pingpp.Card['brand'];

/** A card as stored: never its number, only its last four digits and a fingerprint of it. */
export interface StoredCard {
  readonly last4: string;
  readonly funding: Pingpp.Card['funding'];
  readonly brand: Brand;
  readonly bank: string | null;
  /** The same number for the same App: a card is bound to a customer once. */
  readonly fingerprint: string;
}

/**
 * The card network of a number, from its leading digits (ISO/IEC 7812 issuer ranges); undefined
 * for the networks Ping++'s quick pay did not take.
 */
export function brandOf(number: string): Brand | undefined {
  const first2 = Number(number.slice(0, 2));
  const first4 = Number(number.slice(0, 4));
  if (first2 === 62) return 'UnionPay';
  if (number.startsWith('4')) return 'Visa';
  if ((first2 >= 51 && first2 <= 55) || (first4 >= 2221 && first4 <= 2720)) return 'MasterCard';
  if (first4 >= 3528 && first4 <= 3589) return 'JCB';
  return undefined;
}

/** Domestic cards are UnionPay's; every other brand is a foreign card, which cannot be bound to a customer. */
export const isDomestic = (card: { readonly brand: Brand }) => card.brand === 'UnionPay';

export const fingerprintOf = (app: string, number: string) => createHash('sha256').update(`${app}:${number}`).digest('hex').slice(0, 32);

/** A customer's cards: a collection within each customer's scope. Cards are never changed, only bound and removed. */
export const cards = defineResource<StoredCard, StoredCard>({
  collection: 'pingpp.cards',
  name: 'Card',
  newId: () => `card_${base62(24)}`,
  unique: { fingerprint: { field: 'source', value: (card) => card.fingerprint } },
  create: (card) => ({ last4: card.last4, funding: card.funding, brand: card.brand, bank: card.bank, fingerprint: card.fingerprint }),
  merge: (current) => current,
});

/** A bound card, as Ping++ shows it. */
export const presentCard = (id: string, createdUs: number, card: StoredCard, customer: string): Pingpp.Card => ({
  id,
  object: 'card',
  created: unixSeconds(createdUs),
  last4: card.last4,
  funding: card.funding,
  brand: card.brand,
  bank: card.bank,
  customer,
});
