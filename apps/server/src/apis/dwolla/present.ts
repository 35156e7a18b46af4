import type * as Dwolla from '@clientele/schemas/dwolla';
import type { StoredDocument } from '@clientele/store';
import { isoMillis } from '../../platform/clock.ts';
import { offsetLinks } from '../../platform/pagination.ts';
import type { OffsetPageOf } from '../../platform/resources.ts';

/**
 * What is stored for a customer: the schema's own fields, plus the IP address it was created
 * from (kept as Dwolla keeps it, never shown); `id`, `created` and links come from the document.
 */
export type StoredCustomer = Omit<Dwolla.Customer, '_links' | 'id' | 'created'> & { readonly ipAddress: string | null } & Partial<
    Omit<Dwolla.CustomerCreate, 'firstName' | 'lastName' | 'email' | 'ipAddress' | 'type'>
  >;

/** Fields a verified customer shows when it has them. */
const SHOWN = ['address1', 'address2', 'city', 'state', 'postalCode', 'phone', 'businessName'] as const;

/** Every `href` is absolute, from the API root the caller reached (host, proxy headers and mount prefix). */
export const customerUrl = (apiRoot: string, id: string) => `${apiRoot}/customers/${id}`;

const link = (href: string) => ({ href });

/** `apiRoot`: where the caller reached the API, which every link is built from. */
export function presentCustomer(doc: StoredDocument<StoredCustomer>, { apiRoot }: { readonly apiRoot: string }): Dwolla.Customer {
  const c = doc.data;
  return {
    _links: { self: link(customerUrl(apiRoot, doc.id)) },
    id: doc.id,
    firstName: c.firstName,
    lastName: c.lastName,
    email: c.email,
    type: c.type,
    status: c.status,
    created: isoMillis(doc.createdUs),
    ...Object.fromEntries(SHOWN.flatMap((field) => (c[field] === undefined ? [] : [[field, c[field]]]))),
  };
}

/** The links of a HAL page of `list` (a URL without query): `self`, `first` and `last` always; `next` and `prev` only where there is one. */
export function pageLinks(list: string, total: number, offset: number, limit: number): Dwolla.CustomerList['_links'] {
  const pages = offsetLinks(total, offset, limit);
  const page = (at: number) => link(`${list}?limit=${limit}&offset=${at}`);
  return {
    self: page(offset),
    first: page(pages.first),
    last: page(pages.last),
    ...(pages.next === null ? {} : { next: page(pages.next) }),
    ...(pages.previous === null ? {} : { prev: page(pages.previous) }),
  };
}

/** The seed's HAL page around its customers as shown: `self`, `first` and `last` always; `next` and `prev` only where there is one. */
export function presentList(
  { total, limit, offset }: OffsetPageOf<StoredCustomer>,
  customers: Dwolla.Customer[],
  { apiRoot }: { readonly apiRoot: string },
): Dwolla.CustomerList {
  return {
    _links: pageLinks(`${apiRoot}/customers`, total, offset, limit),
    _embedded: { customers },
    total,
  };
}
