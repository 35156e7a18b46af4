// Generated from schemas/bank (its emitted spec); do not edit. Run `pnpm generate`.
import type { OperationTable } from '../../src/runtime/operations';

export const operationTable = {
  addAddressToCustomer: {
    method: 'POST',
    path: '/v1/customers/{CustomerID}/address',
  },
  addSocialMediaHandle: {
    method: 'POST',
    path: '/v1/customers/{CustomerID}/social_media_handles',
  },
  authorize: {
    method: 'GET',
    path: '/v1/auth',
    queryIndex: 0,
  },
  createCreditLimitOrder: {
    method: 'POST',
    path: '/v1/banks/{BankID}/customers/{CustomerID}/credit_limit/requests',
  },
  createCrmEvent: {
    method: 'POST',
    path: '/v1/banks/{BankID}/crm-events',
  },
  createCustomer: {
    method: 'POST',
    path: '/v1/customers',
  },
  createTaxResidence: {
    method: 'POST',
    path: '/v1/banks/{BankID}/customers/{CustomerID}/tax-residence',
  },
  createUserCustomerLink: {
    method: 'POST',
    path: '/v1/banks/{BankID}/user_customer_links',
  },
  deleteCustomerAddress: {
    method: 'DELETE',
    path: '/v1/banks/{BankID}/customers/{CustomerID}/addresses/{CustomerAddressID}',
  },
  deleteTaxResidence: {
    method: 'DELETE',
    path: '/v1/banks/{BankID}/customers/{CustomerID}/tax_residencies/{TaxResidenceID}',
  },
  getCreditLimitOrder: {
    method: 'GET',
    path: '/v1/banks/{BankID}/customers/{CustomerID}/credit_limit/requests',
  },
  getCreditLimitOrderById: {
    method: 'GET',
    path: '/v1/banks/{BankID}/customers/{CustomerID}/credit_limit/request/{RequestID}',
  },
  getCrmEvents: {
    method: 'GET',
    path: '/v1/banks/{BankID}/crm-events',
  },
  getCustomerAddresses: {
    method: 'GET',
    path: '/v1/banks/{BankID}/customers/{CustomerID}/addresses',
  },
  getCustomerByCustomerId: {
    method: 'GET',
    path: '/v1/banks/{BankID}/customers/{CustomerID}',
  },
  getCustomerByCustomerNumber: {
    method: 'GET',
    path: '/v1/banks/{BankID}/customers/{CustomerID}/customer-number/{CustomerNumber}',
  },
  getCustomerSocialMediaHandles: {
    method: 'GET',
    path: '/v1/banks/{BankID}/customers/{CustomerID}/social_media_handles',
  },
  getCustomersForCurrentUser: {
    method: 'GET',
    path: '/v1/users/current/customers',
  },
  getCustomersForCurrentUserAtBank: {
    method: 'GET',
    path: '/v1/banks/{BankID}/customers',
  },
  getFirehoseCustomer: {
    method: 'GET',
    path: '/v1/banks/{BankID}/firehose/customers',
    queryIndex: 1,
    pagination: {
      style: 'offset',
      limit: 'limit',
      offset: 'offset',
      items: 'customers',
      id: 'id',
      maxLimit: 500,
    },
  },
  getTaxResidenceOfCustomer: {
    method: 'GET',
    path: '/v1/banks/{BankID}/customers/{CustomerID}/tax-residences',
  },
  token: {
    method: 'POST',
    path: '/v1/token',
  },
  updateCustomerAddress: {
    method: 'PUT',
    path: '/v1/banks/{BankID}/customers/{CustomerID}/addresses/{CustomerAddressID}',
  },
  updateCustomerBranch: {
    method: 'PUT',
    path: '/v1/banks/{BankID}/customers/{CustomerID}/branch',
  },
  updateCustomerCreditLimit: {
    method: 'PUT',
    path: '/v1/banks/{BankID}/customers/{CustomerID}/credit-limit',
  },
  updateCustomerCreditRatingAndSource: {
    method: 'PUT',
    path: '/v1/banks/{BankID}/customers/{CustomerID}/credit-rating-and-source',
  },
  updateCustomerEmail: {
    method: 'PUT',
    path: '/v1/banks/{BankID}/customers/{CustomerID}/email',
  },
  updateCustomerIdentity: {
    method: 'PUT',
    path: '/v1/banks/{BankID}/customers/{CustomerID}/identity',
  },
  updateCustomerMobileNumber: {
    method: 'PUT',
    path: '/v1/banks/{BankID}/customers/{CustomerID}/mobile-number',
  },
  updateCustomerNumber: {
    method: 'PUT',
    path: '/v1/banks/{BankID}/customers/{CustomerID}/number',
  },
  updateCustomerOtherData: {
    method: 'PUT',
    path: '/v1/banks/{BankID}/customers/{CustomerID}/data',
  },
} as const satisfies OperationTable;
