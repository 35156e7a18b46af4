import type * as Bank from '@clientele/schemas/bank';
import type { Issue } from '@clientele/validators';
import { fail } from '../../platform/problems.ts';
import { newCustomerNumber, type StoredCustomer } from './resources.ts';
import { timestampInput } from './timestamps.ts';

/**
 * Body fields that repeat a path parameter (the seed lists `bank_id`, `customer_id`, … in both)
 * must name the same thing: a mismatch is a 400 naming each field. Unset (absent or `""`, proto3's
 * default) is fine.
 */
export function agreeWithPath(body: Readonly<Record<string, unknown>>, path: Readonly<Record<string, string>>): void {
  const issues: Issue[] = Object.entries(path)
    .filter(([field]) => typeof body[field] === 'string' && body[field] !== '' && body[field] !== path[field])
    .map(([field, value]) => ({ part: 'body', pointer: `/${field}`, field, code: 'invalid', message: `must agree with the path, which names ${value}` }));
  if (issues.length) fail({ kind: 'validation', issues });
}

type FaceImageInput = { url?: string; date?: Bank.TimestampInput } | undefined;

export const faceImageOf = (input: FaceImageInput, field: string): Bank.FaceImage | null =>
  input ? { url: input.url ?? '', date: timestampInput(input.date, `${field}.date`) } : null;

export const creditRatingOf = (input: { rating?: string; source?: string } | undefined): Bank.CreditRating | null =>
  input ? { rating: input.rating ?? '', source: input.source ?? '' } : null;

export const amountOf = (input: { cur: string; num: string } | undefined): Bank.Amount | null => (input ? { cur: input.cur, num: input.num } : null);

/** A create request as stored: the customer's spellings, unset fields as proto3 defaults, a number the bank assigns. */
export function storedCustomerOf(body: Bank.CreateCustomerRequest): StoredCustomer {
  return {
    bank_id: body.bank_id,
    customer_number: newCustomerNumber(),
    legal_name: body.legal_name,
    phone_number: body.mobile_phone_number ?? '',
    email: body.email ?? '',
    face_image: faceImageOf(body.face_image, 'face_image'),
    date_of_birth: timestampInput(body.date_of_birth, 'date_of_birth'),
    relationship_status: body.relationship_status ?? '',
    dob_of_dependents: (body.dob_of_dependents ?? []).map((date, i) => timestampInput(date, `dob_of_dependents.${i}`)).filter((d): d is string => d !== null),
    credit_rating: creditRatingOf(body.credit_rating),
    credit_limit: amountOf(body.credit_limit),
    highest_educational_attained: body.highest_education_attained ?? '',
    employment_status: body.employment_status ?? '',
    kyc_status: false,
    last_ok_data: timestampInput(body.last_ok_date, 'last_ok_date'),
    title: body.title ?? '',
    branch_id: body.branchId ?? '',
    dependants: 0,
  };
}

/** The fields of `patch` that were sent (multi-field PUTs change only those). */
export const sent = <T extends object>(patch: T): Partial<T> =>
  Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined)) as Partial<T>;
