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

const listUri = (limit: number, offset: number) => `/v1/customers?limit=${limit}&offset=${offset}`;

/** The seed's page envelope around its customers as shown; `_uris` always describes all four links, even those that are null. */
export function presentPage({ total, limit, offset }: OffsetPageOf<StoredCustomer>, items: Customer[]): CustomerPage {
  const links = offsetLinks(total, offset, limit);
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
    uri: listUri(limit, offset),
    first_uri: listUri(limit, links.first),
    last_uri: listUri(limit, links.last),
    next_uri: links.next === null ? null : listUri(limit, links.next),
    previous_uri: links.previous === null ? null : listUri(limit, links.previous),
  };
}
