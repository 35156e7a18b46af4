import type * as Bank from '@clientele/schemas/bank';
import type { StoredDocument } from '@clientele/store';
import { timestampOfUs } from './timestamps.ts';
import type { StoredAddress, StoredCreditLimitOrder, StoredCrmEvent, StoredCustomer, StoredHandle, StoredTaxResidence } from './resources.ts';

/** The Customer message: every field, unset ones as grpc-gateway emits them (`""`, `false`, `null`). */
export function presentCustomer({ id, data: c }: StoredDocument<StoredCustomer>): Bank.Customer {
  return {
    id,
    bank_id: c.bank_id,
    customer_number: c.customer_number,
    legal_name: c.legal_name,
    phone_number: c.phone_number,
    email: c.email,
    face_image: c.face_image,
    date_of_birth: c.date_of_birth,
    relationship_status: c.relationship_status,
    credit_rating: c.credit_rating,
    credit_limit: c.credit_limit,
    highest_educational_attained: c.highest_educational_attained,
    employment_status: c.employment_status,
    kyc_status: c.kyc_status,
    last_ok_data: c.last_ok_data,
    title: c.title,
    branch_id: c.branch_id,
  };
}

export const presentAddress = ({ id, createdUs, data: a }: StoredDocument<StoredAddress>, customerId: string): Bank.Address => ({
  customer_address_id: id,
  customer_id: customerId,
  line_1: a.line_1,
  line_2: a.line_2,
  line_3: a.line_3,
  city: a.city,
  county: a.county,
  state: a.state,
  postcode: a.postcode,
  country_code: a.country_code,
  tags: [...a.tags],
  status: a.status,
  insert_date: timestampOfUs(createdUs),
});

export const presentHandle = ({ data: h }: StoredDocument<StoredHandle>, customerNumber: string): Bank.Check => ({
  customer_number: customerNumber,
  type: h.type,
  handle: h.handle,
  date_added: h.date_added,
  date_activated: h.date_activated,
});

export const presentTaxResidence = ({ id, data: t }: StoredDocument<StoredTaxResidence>): Bank.TaxResidence => ({
  domain: t.domain,
  tax_number: t.tax_number,
  tax_residence_id: id,
});

/** The order as the bank shows it: the two requested amounts, and the interests it has set (none yet). */
export const presentCreditLimitOrder = ({ data: o }: StoredDocument<StoredCreditLimitOrder>): Bank.CreditLimitOrder => ({
  rank_amount_1: o.requested_current_rate_amount1,
  nominal_interest_1: o.nominal_interest_1,
  rank_amount_2: o.requested_current_rate_amount2,
  nominal_interest_2: o.nominal_interest_2,
});

export const presentCrmEvent = ({ id, data: e }: StoredDocument<StoredCrmEvent>): Bank.CRMEvent => ({
  id,
  bank_id: e.bank_id,
  customer_name: e.customer_name,
  customer_number: e.customer_number,
  category: e.category,
  detail: e.detail,
  channel: e.channel,
  scheduled_date: e.scheduled_date,
  actual_date: e.actual_date,
  result: e.result,
});
