import type { bank } from '@clientele/schemas/bank';
import type * as Bank from '@clientele/schemas/bank';
import type { StoredDocument } from '@clientele/store';
import type { Handlers } from '../../platform/handlers.ts';
import { fail } from '../../platform/problems.ts';
import { within } from '../../platform/resources.ts';
import { timestampOfUs } from './timestamps.ts';
import { gate, type BankContext } from './customers.ts';
import { agreeWithPath } from './requests.ts';
import { allOf, bankOf, bankScope, customers, links, users, type StoredCustomer, type StoredLink } from './resources.ts';

type LinkHandlers = Pick<Handlers<typeof bank>, 'createUserCustomerLink' | 'getCustomersForCurrentUser' | 'getCustomersForCurrentUserAtBank'>;

/** A user's links live under the user. */
const userScope = (context: BankContext, userId: string) => within(context.scope, userId);

/** The customers the caller's user is linked to (at `bankId` only, when given), in the order they were linked. */
async function linkedCustomers(context: BankContext, bankId?: string): Promise<StoredDocument<StoredCustomer>[]> {
  if (context.subject === undefined) return [];
  const linked = (await allOf(links, context, userScope(context, context.subject))).filter((link) => bankId === undefined || link.data.bank_id === bankId);
  const byBank = new Map<string, StoredDocument<StoredLink>[]>();
  for (const link of linked) byBank.set(link.data.bank_id, [...(byBank.get(link.data.bank_id) ?? []), link]);
  const found = new Map<string, StoredDocument<StoredCustomer>>();
  for (const [bank, bankLinks] of byBank) {
    for (const doc of await customers.getMany(context, bankLinks.map((l) => l.data.customer_id), bankScope(context, bank))) found.set(doc.id, doc);
  }
  return linked.flatMap((link) => found.get(link.data.customer_id) ?? []);
}

export const linkHandlers: LinkHandlers = {
  async createUserCustomerLink(context) {
    const { BankID } = context.params;
    const { user_id, customer_id } = context.body;
    agreeWithPath(context.body, { bank_id: BankID });
    await gate(context, 'createUserCustomerLink', BankID);
    await bankOf(context, BankID);
    // Both are named in the body: an unknown one is a 400 naming the field.
    if (!(await customers.find(context, customer_id, bankScope(context, BankID)))) {
      fail({ kind: 'invalid_reference', field: 'customer_id', id: customer_id, resource: 'Customer of this bank' });
    }
    if (!(await users.users.find(context, user_id))) fail({ kind: 'invalid_reference', field: 'user_id', id: user_id, resource: 'User' });
    const doc = await links.create(context, { customer_id, bank_id: BankID }, userScope(context, user_id));
    return {
      status: 201,
      body: { user_customer_link_id: doc.id, customer_id, user_id, date_inserted: timestampOfUs(doc.createdUs), is_active: true },
    };
  },

  async getCustomersForCurrentUser(context) {
    return { status: 200, body: { customers: customers.showAll<Bank.Customer>(await linkedCustomers(context), context) } };
  },

  async getCustomersForCurrentUserAtBank(context) {
    await bankOf(context, context.params.BankID);
    return { status: 200, body: { customers: customers.showAll<Bank.Customer>(await linkedCustomers(context, context.params.BankID), context) } };
  },
};
