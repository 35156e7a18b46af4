import type * as Balanced from '@clientele/schemas/balanced';
import type { StoredDocument } from '@clientele/store';
import { isoMicros } from '../../platform/clock.ts';
import { offsetLinks } from '../../platform/pagination.ts';
import type { OffsetPageOf } from '../../platform/resources.ts';

type Customer = Balanced.Customer;
type CustomerPage = Balanced.CustomerPage;

/** What is stored for a customer: the schema's own fields; id, time and links come from the document when presented. */
export type StoredCustomer = Omit<Customer, '_type' | '_uris' | 'id' | 'uri' | 'created_at' | 'address' | `${string}s_uri`> & {
  readonly address: Record<string, string>;
};

const COLLECTIONS = ['bank_accounts', 'cards', 'credits', 'debits', 'holds', 'refunds', 'transactions'] as const;

const pageRef = (key: string) => ({ _type: 'page', key });

/** The same for every customer: built once, shared by every response (never mutated). */
const COLLECTION_URIS: Customer['_uris'] = Object.freeze(Object.fromEntries(COLLECTIONS.map((name) => [`${name}_uri`, pageRef(name)])));

/** The customer as the seed shows it: sub-resource URIs under the marketplace, `_uris` describing each link. */
export function presentCustomer({ id, createdUs, tenantId, data: c }: StoredDocument<StoredCustomer>): Customer {
  const base = `/v1/marketplaces/${tenantId}/accounts/${id}`;
  // Source and destination links are described only when set, as in the seed's list example.
  let _uris = COLLECTION_URIS;
  if (c.source_uri || c.destination_uri) {
    _uris = { ...COLLECTION_URIS };
    if (c.source_uri) _uris.source_uri = { _type: c.source_uri.includes('/bank_accounts/') ? 'bank_account' : 'card', key: 'source' };
    if (c.destination_uri) _uris.destination_uri = { _type: 'bank_account', key: 'destination' };
  }
  return {
    _type: 'customer',
    _uris,
    id,
    uri: `/v1/customers/${id}`,
    name: c.name,
    email_address: c.email_address,
    meta: c.meta,
    address: c.address,
    phone_number: c.phone_number,
    dob: c.dob,
    business_name: c.business_name,
    ein: c.ein,
    ssn_last4: c.ssn_last4,
    facebook_id: c.facebook_id,
    twitter_id: c.twitter_id,
    is_identity_verified: c.is_identity_verified,
    created_at: isoMicros(createdUs),
    source_uri: c.source_uri,
    destination_uri: c.destination_uri,
    bank_accounts_uri: `${base}/bank_accounts`,
    cards_uri: `${base}/cards`,
    credits_uri: `${base}/credits`,
    debits_uri: `${base}/debits`,
    holds_uri: `${base}/holds`,
    refunds_uri: `${base}/refunds`,
    transactions_uri: `${base}/transactions`,
  };
}

/** What a page is made of: its presented items and where it stands in the list. */
interface PageOf<T> {
  readonly items: T[];
  readonly total: number;
  readonly limit: number;
  readonly offset: number;
}

export type BalancedPage<T> = Omit<CustomerPage, 'items'> & { items: T[] };

/**
 * Balanced v1's page envelope, the same for every collection (`path`, e.g. `/v1/callbacks`): the four
 * links as URIs (next and previous null where there is none), and `_uris` always describing all four.
 */
export function presentPage<T>(path: string, { items, total, limit, offset }: PageOf<T>): BalancedPage<T> {
  const links = offsetLinks(total, offset, limit);
  const uri = (at: number) => `${path}?limit=${limit}&offset=${at}`;
  const uriOrNull = (at: number | null) => (at === null ? null : uri(at));
  return {
    _type: 'page',
    _uris: {
      first_uri: pageRef('first'),
      next_uri: pageRef('next'),
      previous_uri: pageRef('previous'),
      last_uri: pageRef('last'),
    },
    items,
    total,
    limit,
    offset,
    uri: uri(offset),
    first_uri: uri(links.first),
    last_uri: uri(links.last),
    next_uri: uriOrNull(links.next),
    previous_uri: uriOrNull(links.previous),
  };
}

/** A page of customers as shown (the seed's list). */
export const presentCustomerPage = (page: OffsetPageOf<StoredCustomer>, items: Customer[]): CustomerPage => presentPage('/v1/customers', { ...page, items });
