import type * as Dwolla from '@clientele/schemas/dwolla';
import type { Issue } from '@clientele/validators';
import { fail } from '../../platform/problems.ts';

export type Status = Dwolla.Customer['status'];

const ADDRESS = ['address1', 'city', 'state', 'postalCode'] as const;
/** What "Create a customer" requires of each verified type beyond the seed's four fields. */
const REQUIRED: Readonly<Record<'personal' | 'business' | 'soleProprietorship', readonly (keyof Dwolla.CustomerCreate)[]>> = {
  personal: [...ADDRESS, 'dateOfBirth', 'ssn'],
  business: [...ADDRESS, 'businessName', 'businessType', 'businessClassification', 'ein', 'controller'],
  soleProprietorship: [...ADDRESS, 'businessName', 'businessType', 'businessClassification', 'dateOfBirth', 'ssn'],
};
/** Fields only a verified customer takes. */
const VERIFIED_ONLY = [...new Set(Object.values(REQUIRED).flat())];

const issue = (field: string, code: 'required' | 'unknown', message: string): Issue => ({ part: 'body', pointer: `/${field}`, field, code, message });

/** Refuses a create body missing what its type requires (every missing field named), or carrying verified fields without a type. */
export function checkVerifiedFields(body: Dwolla.CustomerCreate): void {
  const present = (field: keyof Dwolla.CustomerCreate) => body[field] !== undefined;
  let issues: Issue[];
  if (body.type === undefined) {
    issues = VERIFIED_ONLY.filter(present).map((field) => issue(field, 'unknown', 'is allowed only with type personal or business'));
  } else {
    const kind = body.type === 'business' && body.businessType === 'soleProprietorship' ? 'soleProprietorship' : body.type;
    issues = REQUIRED[kind].filter((field) => !present(field)).map((field) => issue(field, 'required', `is required for a ${kind === 'soleProprietorship' ? 'sole proprietorship' : `${kind} verified customer`}`));
  }
  if (issues.length) fail({ kind: 'validation', issues });
}

/**
 * Dwolla's Sandbox rule: a verified customer whose `firstName` (Personal) or `businessName`
 * (Business) is `verified`, `retry`, `document` or `suspended` gets that status; any other
 * verified customer is `verified`. An unverified customer is `unverified`.
 */
export function sandboxStatus(body: Dwolla.CustomerCreate): Status {
  if (body.type === undefined) return 'unverified';
  const named = (body.type === 'business' ? body.businessName : body.firstName)?.trim().toLowerCase();
  return named === 'retry' || named === 'document' || named === 'suspended' ? named : 'verified';
}

/**
 * The status changes Dwolla documents for a verified customer ("Customer verification statuses"):
 * `retry` (the first try failed) goes to `verified`, `document` or `suspended`; `document` to
 * `verified` or `suspended` (the documents were approved, or fraud was found); `verified` to
 * `suspended`. `unverified` customers are not verified at all (they change by upgrading), and a
 * `suspended` customer stays so until Dwolla's support lifts it, which the sandbox does not model.
 */
export const STATUS_TRANSITIONS: Readonly<Record<Status, readonly Status[]>> = {
  unverified: [],
  retry: ['verified', 'document', 'suspended'],
  document: ['verified', 'suspended'],
  verified: ['suspended'],
  suspended: [],
};

/** The webhook topic of each status a customer moves to. */
export const STATUS_TOPICS: Readonly<Record<Status, string | undefined>> = {
  unverified: undefined,
  verified: 'customer_verified',
  retry: 'customer_reverification_needed',
  document: 'customer_verification_document_needed',
  suspended: 'customer_suspended',
};
