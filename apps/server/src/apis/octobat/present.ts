import type * as Octobat from '@clientele/schemas/octobat';
import type { StoredDocument } from '@clientele/store';
import { isoSeconds } from '../../platform/clock.ts';
import type { CursorPageOf } from '../../platform/resources.ts';

export const CUSTOMER_PREFIX = 'oc_cu_';

/** The fields that may be null, in the order the seed lists them. */
export const TEXT_FIELDS = [
  'name',
  'email',
  'phone_number',
  'billing_address_line1',
  'billing_address_line2',
  'billing_address_city',
  'billing_address_zip',
  'billing_address_state',
  'tax_number',
] as const;

type Fields = Pick<Octobat.Customer, (typeof TEXT_FIELDS)[number] | 'billing_address_country' | 'business_type'>;

/**
 * What is stored for a customer: its fields, and when it last changed (null until it does). The id,
 * `livemode`, the billing page, payment sources and creation time come from the document and the
 * key's mode.
 */
export type StoredCustomer = Fields & { readonly updatedUs: number | null };

/** The seed's customer, field for field in its order, with `created_at` and `updated_at` after it. */
export function presentCustomer(doc: StoredDocument<StoredCustomer>, livemode: boolean): Octobat.Customer {
  const c = doc.data;
  return {
    id: doc.id,
    object: 'customer',
    livemode,
    name: c.name,
    email: c.email,
    phone_number: c.phone_number,
    billing_address_line1: c.billing_address_line1,
    billing_address_line2: c.billing_address_line2,
    billing_address_city: c.billing_address_city,
    billing_address_zip: c.billing_address_zip,
    billing_address_state: c.billing_address_state,
    billing_address_country: c.billing_address_country,
    business_type: c.business_type,
    tax_number: c.tax_number,
    octobat_billing_page: `https://bp.octobat.com/c/${doc.id.slice(CUSTOMER_PREFIX.length)}`,
    // No operation here attaches a mean of payment: the list is always empty.
    payment_sources: { object: 'list', data: [] },
    created_at: isoSeconds(doc.createdUs),
    updated_at: isoSeconds(c.updatedUs ?? doc.createdUs),
  };
}

/** A cursor page around its customers as shown: `has_more` (older customers follow), `has_before` (newer ones precede) and the mode's total. */
export function presentList({ before, after, total }: CursorPageOf<StoredCustomer>, data: Octobat.Customer[]): Octobat.CustomerList {
  return {
    object: 'list',
    has_before: before,
    has_more: after,
    total_count: total,
    data,
  };
}
