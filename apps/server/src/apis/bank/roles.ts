/**
 * Which entitlements (the Open Bank Project's roles) gate which operation: one of the roles
 * listed, held at the bank of the request or everywhere. Operations not listed need only the
 * token's scope. The roles are OBP's own names (v2.0.0 and v3.1.0); the update roles other than
 * email follow OBP's naming by analogy.
 */
export const ROLES = {
  createCustomer: ['CanCreateCustomer', 'CanCreateCustomerAtAnyBank'],
  createUserCustomerLink: ['CanCreateUserCustomerLink', 'CanCreateUserCustomerLinkAtAnyBank'],
  getFirehoseCustomer: ['CanUseCustomerFirehoseAtAnyBank', 'CanUseCustomerFirehose'],
  addAddressToCustomer: ['CanCreateCustomerAddress'],
  getCustomerAddresses: ['CanGetCustomerAddress'],
  // OBP checks CanCreateCustomer to update an address.
  updateCustomerAddress: ['CanCreateCustomer'],
  deleteCustomerAddress: ['CanDeleteCustomerAddress'],
  addSocialMediaHandle: ['CanAddSocialMediaHandle'],
  getCustomerSocialMediaHandles: ['CanGetSocialMediaHandles'],
  createTaxResidence: ['CanCreateTaxResidence'],
  getTaxResidenceOfCustomer: ['CanGetTaxResidence'],
  deleteTaxResidence: ['CanDeleteTaxResidence'],
  updateCustomerEmail: ['CanUpdateCustomerEmail'],
  updateCustomerNumber: ['CanUpdateCustomerNumber'],
  updateCustomerMobileNumber: ['CanUpdateCustomerMobilePhoneNumber'],
  updateCustomerIdentity: ['CanUpdateCustomerIdentity'],
  updateCustomerBranch: ['CanUpdateCustomerBranch'],
  updateCustomerOtherData: ['CanUpdateCustomerData'],
  updateCustomerCreditLimit: ['CanUpdateCustomerCreditLimit'],
  updateCustomerCreditRatingAndSource: ['CanUpdateCustomerCreditRatingAndSource'],
} as const satisfies Readonly<Record<string, readonly string[]>>;

export type GatedOperation = keyof typeof ROLES;

/** Every role the bank knows: what `clientele role grant` accepts, and what the sandbox's first user holds. */
export const ALL_ROLES: readonly string[] = [...new Set(Object.values(ROLES).flat())].sort();
