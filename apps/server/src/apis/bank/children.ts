import type { bank } from '@clientele/schemas/bank';
import type { Handlers } from '../../platform/handlers.ts';
import { within } from '../../platform/resources.ts';
import { gate, type BankContext } from './customers.ts';
import { presentAddress, presentCreditLimitOrder, presentCrmEvent, presentHandle, presentTaxResidence } from './present.ts';
import { agreeWithPath, sent } from './requests.ts';
import {
  addresses,
  allOf,
  bankOf,
  bankScope,
  creditLimitOrders,
  crmEvents,
  customerAnywhere,
  customerAt,
  customerByNumber,
  newest20,
  socialMediaHandles,
  taxResidences,
  type StoredAddress,
} from './resources.ts';
import { timestampInput, timestampOfUs } from './timestamps.ts';

type ChildHandlers = Pick<
  Handlers<typeof bank>,
  | 'addAddressToCustomer'
  | 'getCustomerAddresses'
  | 'updateCustomerAddress'
  | 'deleteCustomerAddress'
  | 'addSocialMediaHandle'
  | 'getCustomerSocialMediaHandles'
  | 'createTaxResidence'
  | 'getTaxResidenceOfCustomer'
  | 'deleteTaxResidence'
  | 'createCreditLimitOrder'
  | 'getCreditLimitOrder'
  | 'getCreditLimitOrderById'
  | 'getCrmEvents'
  | 'createCrmEvent'
>;

/** Where a customer's addresses, handles, tax residences and orders live. */
const customerScope = (context: BankContext, customerId: string) => within(context.scope, customerId);

/** The customer the path names at its bank, after the role the operation needs there. */
async function gatedCustomer(context: BankContext, operation: Parameters<typeof gate>[1], bankId: string, customerId: string) {
  await gate(context, operation, bankId);
  return customerAt(context, bankId, customerId);
}

const addressFields = (body: Partial<StoredAddress>): Partial<StoredAddress> =>
  sent({
    line_1: body.line_1,
    line_2: body.line_2,
    line_3: body.line_3,
    city: body.city,
    county: body.county,
    state: body.state,
    postcode: body.postcode,
    country_code: body.country_code,
    tags: body.tags,
    status: body.status,
  });

const EMPTY_ADDRESS: StoredAddress = { line_1: '', line_2: '', line_3: '', city: '', county: '', state: '', postcode: '', country_code: '', tags: [], status: '' };

export const childHandlers: ChildHandlers = {
  // The seed's address create names no bank: the customer is found wherever it is.
  async addAddressToCustomer(context) {
    const { CustomerID } = context.params;
    agreeWithPath(context.body, { customer_id: CustomerID });
    const customer = await customerAnywhere(context, CustomerID);
    await gate(context, 'addAddressToCustomer', customer.data.bank_id);
    const doc = await addresses.create(context, { ...EMPTY_ADDRESS, ...addressFields(context.body) }, customerScope(context, CustomerID));
    return { status: 201, body: presentAddress(doc, CustomerID) };
  },

  async getCustomerAddresses(context) {
    const { BankID, CustomerID } = context.params;
    await gatedCustomer(context, 'getCustomerAddresses', BankID, CustomerID);
    const { items } = await newest20(addresses, context, customerScope(context, CustomerID));
    return { status: 200, body: { addresses: items.map((doc) => presentAddress(doc, CustomerID)) } };
  },

  async updateCustomerAddress(context) {
    const { BankID, CustomerID, CustomerAddressID } = context.params;
    agreeWithPath(context.body, { bank_id: BankID, customer_id: CustomerID, customer_address_id: CustomerAddressID });
    await gatedCustomer(context, 'updateCustomerAddress', BankID, CustomerID);
    const doc = await addresses.update(context, CustomerAddressID, addressFields(context.body), customerScope(context, CustomerID));
    return { status: 200, body: presentAddress(doc, CustomerID) };
  },

  async deleteCustomerAddress(context) {
    const { BankID, CustomerID, CustomerAddressID } = context.params;
    await gatedCustomer(context, 'deleteCustomerAddress', BankID, CustomerID);
    await addresses.remove(context, CustomerAddressID, customerScope(context, CustomerID));
    return { status: 204 };
  },

  // Named without its bank, like addresses. `customer_number`, when sent, must be the customer's.
  async addSocialMediaHandle(context) {
    const { CustomerID } = context.params;
    const customer = await customerAnywhere(context, CustomerID);
    agreeWithPath(context.body, { customer_id: CustomerID, customer_number: customer.data.customer_number });
    await gate(context, 'addSocialMediaHandle', customer.data.bank_id);
    const { type, handle, date_added, date_activated } = context.body;
    await socialMediaHandles.create(
      context,
      {
        type,
        handle,
        date_added: timestampInput(date_added, 'date_added') ?? timestampOfUs(context.clock.nowUs()),
        date_activated: timestampInput(date_activated, 'date_activated'),
      },
      customerScope(context, CustomerID),
    );
    return { status: 201, body: { success: 'Social media added successfully.' } };
  },

  async getCustomerSocialMediaHandles(context) {
    const { BankID, CustomerID } = context.params;
    const customer = await gatedCustomer(context, 'getCustomerSocialMediaHandles', BankID, CustomerID);
    const { items } = await newest20(socialMediaHandles, context, customerScope(context, CustomerID));
    return { status: 200, body: { checks: items.map((doc) => presentHandle(doc, customer.data.customer_number)) } };
  },

  async createTaxResidence(context) {
    const { BankID, CustomerID } = context.params;
    await gatedCustomer(context, 'createTaxResidence', BankID, CustomerID);
    const doc = await taxResidences.create(context, { domain: context.body.domain, tax_number: context.body.tax_number }, customerScope(context, CustomerID));
    return { status: 201, body: presentTaxResidence(doc) };
  },

  async getTaxResidenceOfCustomer(context) {
    const { BankID, CustomerID } = context.params;
    await gatedCustomer(context, 'getTaxResidenceOfCustomer', BankID, CustomerID);
    const all = await allOf(taxResidences, context, customerScope(context, CustomerID));
    return { status: 200, body: { result: all.reverse().map(presentTaxResidence) } };
  },

  async deleteTaxResidence(context) {
    const { BankID, CustomerID, TaxResidenceID } = context.params;
    await gatedCustomer(context, 'deleteTaxResidence', BankID, CustomerID);
    await taxResidences.remove(context, TaxResidenceID, customerScope(context, CustomerID));
    return { status: 204 };
  },

  async createCreditLimitOrder(context) {
    const { BankID, CustomerID } = context.params;
    agreeWithPath(context.body, { bank_id: BankID, customer_id: CustomerID });
    await customerAt(context, BankID, CustomerID);
    const b = context.body;
    const doc = await creditLimitOrders.create(
      context,
      {
        requested_current_rate_amount1: b.requested_current_rate_amount1 ?? '',
        requested_current_rate_amount2: b.requested_current_rate_amount2 ?? '',
        requested_current_valid_end_date: b.requested_current_valid_end_date ?? '',
        current_credit_documentation: b.current_credit_documentation ?? '',
        temporary_requested_current_amount: b.temporary_requested_current_amount ?? '',
        requested_temporary_valid_end_date: b.requested_temporary_valid_end_date ?? '',
        temporary_credit_documentation: b.temporary_credit_documentation ?? '',
        // Set by the bank when it decides on the order; no operation does that yet.
        nominal_interest_1: '',
        nominal_interest_2: '',
      },
      customerScope(context, CustomerID),
    );
    return { status: 201, body: { credit_limit_order_id: doc.id } };
  },

  async getCreditLimitOrder(context) {
    const { BankID, CustomerID } = context.params;
    await customerAt(context, BankID, CustomerID);
    const { items } = await newest20(creditLimitOrders, context, customerScope(context, CustomerID));
    return { status: 200, body: { result: items.map(presentCreditLimitOrder) } };
  },

  async getCreditLimitOrderById(context) {
    const { BankID, CustomerID, RequestID } = context.params;
    await customerAt(context, BankID, CustomerID);
    const doc = await creditLimitOrders.get(context, RequestID, customerScope(context, CustomerID));
    return { status: 200, body: { credit_limit_order: presentCreditLimitOrder(doc) } };
  },

  async getCrmEvents(context) {
    const { BankID } = context.params;
    const { items, more } = await newest20(crmEvents, context, bankScope(context, BankID));
    // An empty log of a bank that does not exist is the bank's 404.
    if (!items.length) await bankOf(context, BankID);
    return { status: 200, body: { crm_events: items.map(presentCrmEvent), has_more: more } };
  },

  async createCrmEvent(context) {
    const { BankID } = context.params;
    agreeWithPath(context.body, { bank_id: BankID });
    const b = context.body;
    const customer = await customerByNumber(context, BankID, b.customer_number);
    const doc = await crmEvents.create(
      context,
      {
        bank_id: BankID,
        customer_name: b.customer_name || customer.data.legal_name,
        customer_number: b.customer_number,
        category: b.category,
        detail: b.detail ?? '',
        channel: b.channel ?? '',
        scheduled_date: timestampInput(b.scheduled_date, 'scheduled_date'),
        actual_date: timestampInput(b.actual_date, 'actual_date'),
        result: b.result ?? '',
      },
      bankScope(context, BankID),
    );
    return { status: 201, body: presentCrmEvent(doc) };
  },
};
