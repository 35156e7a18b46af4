import type { bank } from '@clientele/schemas/bank';
import type * as Bank from '@clientele/schemas/bank';
import type { Scope } from '@clientele/store';
import type { Handlers } from '../../platform/handlers.ts';
import { fail } from '../../platform/problems.ts';
import type { ResourceContext } from '../../platform/resources.ts';
import { presentCustomer } from './present.ts';
import { agreeWithPath, amountOf, creditRatingOf, faceImageOf, sent, storedCustomerOf } from './requests.ts';
import { atBank, bankOf, bankScope, customerAt, customers, insertCustomer, users, type StoredCustomer } from './resources.ts';
import { ROLES, type GatedOperation } from './roles.ts';
import { createdBetween, dateOrTimestamp } from './timestamps.ts';

type AllHandlers = Handlers<typeof bank>;

/** What a bank handler needs: the caller's sandbox and user, the store and the clock. */
export type BankContext = ResourceContext & { readonly scope: Scope; readonly subject: string | undefined };

/** Fails with 403 (OBP-20006) unless the caller's user holds a role the operation needs, at `bankId` or everywhere. */
export const gate = (context: BankContext, operation: GatedOperation, bankId: string) => users.requireRole(context, ROLES[operation], bankId);

export interface BankOptions {
  /** The Open Bank Project's `allow_customer_firehose`: whether the firehose answers at all. */
  readonly allowFirehose: boolean;
}

type CustomerUpdates = Pick<
  AllHandlers,
  | 'updateCustomerEmail'
  | 'updateCustomerBranch'
  | 'updateCustomerCreditLimit'
  | 'updateCustomerCreditRatingAndSource'
  | 'updateCustomerIdentity'
  | 'updateCustomerMobileNumber'
  | 'updateCustomerNumber'
  | 'updateCustomerOtherData'
>;

/**
 * One `PUT …/customers/{CustomerID}/<part>`: the role, the path check, then the fields the
 * route owns, answered as `{customer}`. A taken customer number is the kit's 409.
 */
function updateOf<B extends object>(operation: GatedOperation & keyof CustomerUpdates, patch: (body: B) => Partial<StoredCustomer>) {
  return async (context: BankContext & { params: { BankID: string; CustomerID: string }; body: B }) => {
    const { BankID, CustomerID } = context.params;
    await gate(context, operation, BankID);
    agreeWithPath(context.body as Record<string, unknown>, { bank_id: BankID, customer_id: CustomerID });
    const changes = patch(context.body);
    const doc = await atBank(context, BankID, () => customers.update(context, CustomerID, changes, bankScope(context, BankID)));
    return { status: 200 as const, body: { customer: presentCustomer(doc) } };
  };
}

const customerUpdates: CustomerUpdates = {
  updateCustomerEmail: updateOf<{ email: string }>('updateCustomerEmail', (body) => ({ email: body.email })),
  updateCustomerBranch: updateOf<{ branch_id: string }>('updateCustomerBranch', (body) => ({ branch_id: body.branch_id })),
  updateCustomerCreditLimit: updateOf<{ credit_limit: { cur: string; num: string } }>('updateCustomerCreditLimit', (body) => ({
    credit_limit: amountOf(body.credit_limit),
  })),
  updateCustomerCreditRatingAndSource: updateOf<{ credit_rating: { rating?: string; source?: string } }>('updateCustomerCreditRatingAndSource', (body) => ({
    credit_rating: creditRatingOf(body.credit_rating),
  })),
  updateCustomerIdentity: updateOf<Bank.UpdateCustomerIdentityRequest>('updateCustomerIdentity', (body) =>
    sent({
      legal_name: body.legal_name,
      date_of_birth: body.date_of_birth === undefined ? undefined : dateOrTimestamp(body.date_of_birth, 'date_of_birth'),
      title: body.title,
    }),
  ),
  updateCustomerMobileNumber: updateOf<{ mobile_phone_number: string }>('updateCustomerMobileNumber', (body) => ({ phone_number: body.mobile_phone_number })),
  updateCustomerNumber: updateOf<{ customer_number: string }>('updateCustomerNumber', (body) => ({ customer_number: body.customer_number })),
  updateCustomerOtherData: updateOf<Bank.UpdateCustomerOtherDataRequest>('updateCustomerOtherData', (body) =>
    sent({
      face_image: body.face_image === undefined ? undefined : faceImageOf(body.face_image, 'face_image'),
      relationship_status: body.relationship_status,
      dependants: body.dependants,
      highest_educational_attained: body.highest_education_attained,
      employment_status: body.employment_status,
    }),
  ),
};

export function customerHandlers(
  options: BankOptions,
): Pick<AllHandlers, 'createCustomer' | 'getCustomerByCustomerId' | 'getCustomerByCustomerNumber' | 'getFirehoseCustomer' | keyof CustomerUpdates> {
  return {
    async createCustomer(context) {
      const { bank_id } = context.body;
      await gate(context, 'createCustomer', bank_id);
      await bankOf(context, bank_id);
      const doc = await insertCustomer(context, storedCustomerOf(context.body));
      return { status: 201, body: { customer_id: doc.id, bank_id } };
    },

    async getCustomerByCustomerId(context) {
      return { status: 200, body: customers.show<Bank.Customer>(await customerAt(context, context.params.BankID, context.params.CustomerID), context) };
    },

    // The path names the customer twice (id and number): both must be the same customer.
    async getCustomerByCustomerNumber(context) {
      const { BankID, CustomerID, CustomerNumber } = context.params;
      const doc = await customerAt(context, BankID, CustomerID);
      if (doc.data.customer_number !== CustomerNumber) fail({ kind: 'not_found', resource: 'Customer', id: `${CustomerID} with customer number ${CustomerNumber}` });
      return { status: 200, body: customers.show<Bank.Customer>(doc, context) };
    },

    async getFirehoseCustomer(context) {
      const { BankID } = context.params;
      if (!options.allowFirehose) {
        fail({ kind: 'forbidden', message: 'OBP-00012: Customer firehose is not allowed on this instance. Please set allow_customer_firehose = true in props files.' });
      }
      await gate(context, 'getFirehoseCustomer', BankID);
      const { limit, offset, sort_direction, from_date, to_date } = context.query;
      const created = createdBetween(from_date, to_date);
      const page = await customers.offsetPage(
        context,
        { limit: limit || 50, offset: offset ?? 0, order: sort_direction === 'ASC' ? 'asc' : 'desc', ...(created ? { created } : {}) },
        bankScope(context, BankID),
      );
      // An empty page of a bank that does not exist is the bank's 404.
      if (page.total === 0) await bankOf(context, BankID);
      return { status: 200, body: { customers: customers.showAll<Bank.Customer>(page.items, context) } };
    },

    ...customerUpdates,
  };
}

