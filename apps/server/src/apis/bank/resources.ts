import type * as Bank from '@clientele/schemas/bank';
import { bank } from '@clientele/schemas/bank';
import { schemaSerializer } from '../../platform/serializers.ts';
import { presentCustomer } from './present.ts';
import type { Scope, Store, StoredDocument } from '@clientele/store';
import { base62, uuid } from '../../platform/ids.ts';
import { ApiProblem, fail } from '../../platform/problems.ts';
import { defineResource, within, type Resource, type ResourceContext } from '../../platform/resources.ts';
import { userDirectory } from '../../platform/users.ts';
import { authorizationCodeGrants } from '../../platform/authorization-code.ts';

/*
 * Where the bank's data lives. A tenant is one sandbox: its banks, users and OAuth clients.
 * Customers are a child collection of their bank (so the firehose pages a bank's customers by
 * index seeks, and customer numbers are unique per bank); a customer's addresses, handles, tax
 * residences and credit limit orders are children of the customer; CRM events of the bank; links
 * of the user they belong to.
 */

export const users = userDirectory('bank');
export const oauth = authorizationCodeGrants('bank');

export interface StoredBank {
  readonly name: string;
}

/** Banks are stored under the id they were created with (`clientele bank create --id`). */
export const banks = (store: Store) => store.collection<StoredBank>('bank.banks');

/** The customer as stored: the Customer message's fields, plus what the requests carry and it does not show. */
export interface StoredCustomer extends Omit<Bank.Customer, 'id'> {
  readonly dob_of_dependents: readonly string[];
  readonly dependants: number;
}

export const customers = defineResource<StoredCustomer, StoredCustomer, Partial<StoredCustomer>>({
  collection: 'bank.customers',
  name: 'Customer',
  newId: uuid,
  unique: { number: { field: 'customer_number', value: (c) => c.customer_number || null } },
  create: (customer) => customer,
  merge: (current, patch) => ({ ...current, ...patch }),
  shows: { present: presentCustomer, serializer: schemaSerializer(bank, 'Customer') },
});


/** Which bank a customer is at, for the routes that name a customer without its bank (`/v1/customers/{CustomerID}/…`). */
const directory = (store: Store) => store.collection<{ readonly bank_id: string }>('bank.customer_banks');

/** A bank-assigned customer number: 10 uppercase letters and digits. */
export const newCustomerNumber = () => base62(10).toUpperCase();

/** A resource stored as the handler prepared it (defaults already applied), under a new UUID; updates change the fields given. */
const storedAsGiven = <S>(collection: string, name: string) =>
  defineResource<S, S, Partial<S>>({ collection, name, newId: uuid, create: (doc) => doc, merge: (current, patch) => ({ ...current, ...patch }) });

export type StoredAddress = Omit<Bank.Address, 'customer_address_id' | 'customer_id' | 'insert_date'>;
export const addresses = storedAsGiven<StoredAddress>('bank.addresses', 'CustomerAddress');

export type StoredHandle = Omit<Bank.Check, 'customer_number'>;
export const socialMediaHandles = storedAsGiven<StoredHandle>('bank.social_media_handles', 'SocialMediaHandle');

export type StoredTaxResidence = Omit<Bank.TaxResidence, 'tax_residence_id'>;
export const taxResidences = storedAsGiven<StoredTaxResidence>('bank.tax_residences', 'TaxResidence');

/** Everything the request carried: the order shows only some of it. */
export type StoredCreditLimitOrder = Required<Omit<Bank.CreateCreditLimitOrderRequest, 'bank_id' | 'customer_id'>> & {
  readonly nominal_interest_1: string;
  readonly nominal_interest_2: string;
};
export const creditLimitOrders = storedAsGiven<StoredCreditLimitOrder>('bank.credit_limit_orders', 'CreditLimitOrder');

export type StoredCrmEvent = Omit<Bank.CRMEvent, 'id'>;
export const crmEvents = storedAsGiven<StoredCrmEvent>('bank.crm_events', 'CRMEvent');

export interface StoredLink {
  readonly customer_id: string;
  readonly bank_id: string;
}
/** Links live under their user: one per customer (a second is a duplicate `customer_id`). */
export const links = defineResource<StoredLink, StoredLink>({
  collection: 'bank.user_customer_links',
  name: 'UserCustomerLink',
  newId: uuid,
  unique: { customer: { field: 'customer_id', value: (link) => link.customer_id } },
  create: (link) => link,
  merge: (current) => current,
});

type Context = ResourceContext & { readonly scope: Scope };

/** The bank, or 404. */
export async function bankOf(context: Context, bankId: string): Promise<StoredDocument<StoredBank>> {
  return (await banks(context.store).get({ tenantId: context.scope.tenantId }, bankId)) ?? fail({ kind: 'not_found', resource: 'Bank', id: bankId });
}

/**
 * Runs `work` on the bank's data; a not-found from it is the bank's 404 when the bank itself does
 * not exist (checked only then, so the common path costs no extra read).
 */
export async function atBank<T>(context: Context, bankId: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof ApiProblem && error.problem.kind === 'not_found') await bankOf(context, bankId);
    throw error;
  }
}

/** Where a bank's customers live. */
export const bankScope = (context: Context, bankId: string): Scope => within(context.scope, bankId);

/** The customer at the bank, or 404 (the bank's, when there is no such bank). */
export const customerAt = (context: Context, bankId: string, customerId: string) =>
  atBank(context, bankId, () => customers.get(context, customerId, bankScope(context, bankId)));

/** The bank's customer holding `number` (an index seek), or 404 (the bank's, when there is no such bank). */
export async function customerByNumber(context: Context, bankId: string, number: string) {
  const doc = await customers.findUnique(context, 'number', number, bankScope(context, bankId));
  if (doc) return doc;
  await bankOf(context, bankId);
  return fail({ kind: 'not_found', resource: 'Customer', id: `with customer number ${number}` });
}

/** A customer named without its bank: found through the directory, at whichever bank it is. */
export async function customerAnywhere(context: Context, customerId: string) {
  const entry = await directory(context.store).get({ tenantId: context.scope.tenantId }, customerId);
  const doc = entry && (await customers.find(context, customerId, bankScope(context, entry.data.bank_id)));
  return doc ?? fail({ kind: 'not_found', resource: 'Customer', id: customerId });
}

/** Creates a customer at its bank and records where it is. A taken number is retried with another (it is the bank's to choose). */
export async function insertCustomer(context: Context, customer: StoredCustomer, attempts = 3): Promise<StoredDocument<StoredCustomer>> {
  const scope = bankScope(context, customer.bank_id);
  let doc: StoredDocument<StoredCustomer> | undefined;
  for (let attempt = 1; !doc; attempt++) {
    try {
      doc = await customers.create(context, customer, scope);
    } catch (error) {
      const taken = error instanceof ApiProblem && error.problem.kind === 'duplicate';
      if (!taken || attempt >= attempts) throw error;
      customer = { ...customer, customer_number: newCustomerNumber() };
    }
  }
  await directory(context.store).insert({ tenantId: context.scope.tenantId }, { id: doc.id, createdUs: doc.createdUs, data: { bank_id: customer.bank_id } });
  return doc;
}

/** Bulk import (samples, benchmarks): customers of one bank and their directory entries. */
export async function insertCustomers(context: Context, bankId: string, batch: readonly StoredCustomer[]): Promise<string[]> {
  const ids = await customers.insertMany(context.store, bankScope(context, bankId), batch, context.clock);
  const now = context.clock.nowUs();
  await directory(context.store).insertMany(
    { tenantId: context.scope.tenantId },
    ids.map((id, i) => ({ id, createdUs: now + i, data: { bank_id: bankId } })),
  );
  return ids;
}

/** Every document of a child collection (a user's links, a customer's tax residences), oldest first. */
export async function allOf<S>(resource: Resource<S, never, never>, context: Context, scope: Scope): Promise<StoredDocument<S>[]> {
  const all: StoredDocument<S>[] = [];
  for (let offset = 0; ; offset += 100) {
    const page = await resource.offsetPage(context, { limit: 100, offset, order: 'asc' }, scope);
    all.push(...page.items);
    if (all.length >= page.total || !page.items.length) return all;
  }
}

/** The 20 newest of a child collection, and whether there are more ("returns a list containing up to 20"). */
export async function newest20<S>(resource: Resource<S, never, never>, context: Context, scope: Scope) {
  const page = await resource.offsetPage(context, { limit: 20, offset: 0 }, scope);
  return { items: page.items, more: page.total > page.items.length };
}

/** Every resource the bank defines through the kit (for the sandbox's imports and resets). */
export const bankResources = [customers, addresses, socialMediaHandles, taxResidences, creditLimitOrders, crmEvents, links, users.users];
