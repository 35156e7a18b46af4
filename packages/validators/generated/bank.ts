// Generated from schemas/bank; do not edit. Run `pnpm generate`.
import { format } from '../src/formats.ts';

type Check = (value: unknown) => boolean;

export const checks: Record<string, Partial<Record<'params' | 'query' | 'headers' | 'body', Check>>> = {
  addAddressToCustomer: {
    params: (function (): Check {
      return function check(value: any): boolean {
        return (
          typeof value === 'object' &&
          value !== null &&
          !Array.isArray(value) &&
          typeof value['CustomerID'] === 'string' &&
          value['CustomerID'].length <= 255 &&
          value['CustomerID'].length >= 1
        );
      };
    })(),
    body: (function (): Check {
      function check_AddAddressToCustomerRequest(value: any): boolean {
        return (
          typeof value === 'object' &&
          value !== null &&
          !Array.isArray(value) &&
          (value['customer_id'] !== undefined
            ? typeof value['customer_id'] === 'string' && value['customer_id'].length <= 255
            : true) &&
          (value['line_1'] !== undefined
            ? typeof value['line_1'] === 'string' && value['line_1'].length <= 1024
            : true) &&
          (value['line_2'] !== undefined
            ? typeof value['line_2'] === 'string' && value['line_2'].length <= 1024
            : true) &&
          (value['line_3'] !== undefined
            ? typeof value['line_3'] === 'string' && value['line_3'].length <= 1024
            : true) &&
          (value['city'] !== undefined ? typeof value['city'] === 'string' && value['city'].length <= 1024 : true) &&
          (value['county'] !== undefined
            ? typeof value['county'] === 'string' && value['county'].length <= 1024
            : true) &&
          (value['state'] !== undefined ? typeof value['state'] === 'string' && value['state'].length <= 1024 : true) &&
          (value['postcode'] !== undefined
            ? typeof value['postcode'] === 'string' && value['postcode'].length <= 64
            : true) &&
          (value['country_code'] !== undefined
            ? typeof value['country_code'] === 'string' && value['country_code'].length <= 8
            : true) &&
          (value['tags'] !== undefined
            ? Array.isArray(value['tags']) &&
              value['tags'].length <= 20 &&
              ((array) => {
                for (const value of array)
                  if (!(typeof value === 'string' && value.length <= 255)) {
                    return false;
                  }
                return true;
              })(value['tags'])
            : true) &&
          (value['status'] !== undefined ? typeof value['status'] === 'string' && value['status'].length <= 255 : true)
        );
      }
      return function check(value: any): boolean {
        return check_AddAddressToCustomerRequest(value);
      };
    })(),
  },
  addSocialMediaHandle: {
    params: (function (): Check {
      return function check(value: any): boolean {
        return (
          typeof value === 'object' &&
          value !== null &&
          !Array.isArray(value) &&
          typeof value['CustomerID'] === 'string' &&
          value['CustomerID'].length <= 255 &&
          value['CustomerID'].length >= 1
        );
      };
    })(),
    body: (function (): Check {
      const local_0 = /^-?[0-9]{1,12}$/;
      function check_AddSocialMediaHandleRequest(value: any): boolean {
        return (
          typeof value === 'object' &&
          value !== null &&
          !Array.isArray(value) &&
          (value['customer_id'] !== undefined
            ? typeof value['customer_id'] === 'string' && value['customer_id'].length <= 255
            : true) &&
          (value['customer_number'] !== undefined
            ? typeof value['customer_number'] === 'string' && value['customer_number'].length <= 255
            : true) &&
          typeof value['type'] === 'string' &&
          value['type'].length <= 64 &&
          value['type'].length >= 1 &&
          typeof value['handle'] === 'string' &&
          value['handle'].length <= 255 &&
          value['handle'].length >= 1 &&
          (value['date_added'] !== undefined ? check_TimestampInput(value['date_added']) : true) &&
          (value['date_activated'] !== undefined ? check_TimestampInput(value['date_activated']) : true)
        );
      }
      function check_TimestampInput(value: any): boolean {
        return (
          (typeof value === 'string' && format('date-time', value)) ||
          (typeof value === 'object' &&
            value !== null &&
            !Array.isArray(value) &&
            ((Number.isInteger(value['seconds']) &&
              value['seconds'] <= 253402300799 &&
              value['seconds'] >= -62135596800) ||
              (typeof value['seconds'] === 'string' && local_0.test(value['seconds']))) &&
            (value['nanos'] !== undefined
              ? Number.isInteger(value['nanos']) && value['nanos'] <= 999999999 && value['nanos'] >= 0
              : true) &&
            Object.getOwnPropertyNames(value).every((key) => ['seconds', 'nanos'].includes(key))) ||
          value === null
        );
      }
      return function check(value: any): boolean {
        return check_AddSocialMediaHandleRequest(value);
      };
    })(),
  },
  authorize: {
    query: (function (): Check {
      return function check(value: any): boolean {
        return (
          typeof value === 'object' &&
          value !== null &&
          !Array.isArray(value) &&
          typeof value['client_id'] === 'string' &&
          value['client_id'].length <= 255 &&
          value['client_id'].length >= 1 &&
          typeof value['redirect_uri'] === 'string' &&
          value['redirect_uri'].length <= 2048 &&
          value['redirect_uri'].length >= 1
        );
      };
    })(),
  },
  createCreditLimitOrder: {
    params: (function (): Check {
      return function check(value: any): boolean {
        return (
          typeof value === 'object' &&
          value !== null &&
          !Array.isArray(value) &&
          typeof value['BankID'] === 'string' &&
          value['BankID'].length <= 255 &&
          value['BankID'].length >= 1 &&
          typeof value['CustomerID'] === 'string' &&
          value['CustomerID'].length <= 255 &&
          value['CustomerID'].length >= 1
        );
      };
    })(),
    body: (function (): Check {
      function check_CreateCreditLimitOrderRequest(value: any): boolean {
        return (
          typeof value === 'object' &&
          value !== null &&
          !Array.isArray(value) &&
          (value['bank_id'] !== undefined
            ? typeof value['bank_id'] === 'string' && value['bank_id'].length <= 255
            : true) &&
          (value['customer_id'] !== undefined
            ? typeof value['customer_id'] === 'string' && value['customer_id'].length <= 255
            : true) &&
          (value['requested_current_rate_amount1'] !== undefined
            ? typeof value['requested_current_rate_amount1'] === 'string' &&
              value['requested_current_rate_amount1'].length <= 64
            : true) &&
          (value['requested_current_rate_amount2'] !== undefined
            ? typeof value['requested_current_rate_amount2'] === 'string' &&
              value['requested_current_rate_amount2'].length <= 64
            : true) &&
          (value['requested_current_valid_end_date'] !== undefined
            ? typeof value['requested_current_valid_end_date'] === 'string' &&
              value['requested_current_valid_end_date'].length <= 64
            : true) &&
          (value['current_credit_documentation'] !== undefined
            ? typeof value['current_credit_documentation'] === 'string' &&
              value['current_credit_documentation'].length <= 1024
            : true) &&
          (value['temporary_requested_current_amount'] !== undefined
            ? typeof value['temporary_requested_current_amount'] === 'string' &&
              value['temporary_requested_current_amount'].length <= 64
            : true) &&
          (value['requested_temporary_valid_end_date'] !== undefined
            ? typeof value['requested_temporary_valid_end_date'] === 'string' &&
              value['requested_temporary_valid_end_date'].length <= 64
            : true) &&
          (value['temporary_credit_documentation'] !== undefined
            ? typeof value['temporary_credit_documentation'] === 'string' &&
              value['temporary_credit_documentation'].length <= 1024
            : true)
        );
      }
      return function check(value: any): boolean {
        return check_CreateCreditLimitOrderRequest(value);
      };
    })(),
  },
  createCrmEvent: {
    params: (function (): Check {
      return function check(value: any): boolean {
        return (
          typeof value === 'object' &&
          value !== null &&
          !Array.isArray(value) &&
          typeof value['BankID'] === 'string' &&
          value['BankID'].length <= 255 &&
          value['BankID'].length >= 1
        );
      };
    })(),
    body: (function (): Check {
      const local_0 = /^-?[0-9]{1,12}$/;
      function check_CreateCRMEventRequest(value: any): boolean {
        return (
          typeof value === 'object' &&
          value !== null &&
          !Array.isArray(value) &&
          (value['bank_id'] !== undefined
            ? typeof value['bank_id'] === 'string' && value['bank_id'].length <= 255
            : true) &&
          typeof value['customer_number'] === 'string' &&
          value['customer_number'].length <= 255 &&
          value['customer_number'].length >= 1 &&
          (value['customer_name'] !== undefined
            ? typeof value['customer_name'] === 'string' && value['customer_name'].length <= 1024
            : true) &&
          typeof value['category'] === 'string' &&
          value['category'].length <= 255 &&
          value['category'].length >= 1 &&
          (value['detail'] !== undefined
            ? typeof value['detail'] === 'string' && value['detail'].length <= 4096
            : true) &&
          (value['channel'] !== undefined
            ? typeof value['channel'] === 'string' && value['channel'].length <= 255
            : true) &&
          (value['scheduled_date'] !== undefined ? check_TimestampInput(value['scheduled_date']) : true) &&
          (value['actual_date'] !== undefined ? check_TimestampInput(value['actual_date']) : true) &&
          (value['result'] !== undefined ? typeof value['result'] === 'string' && value['result'].length <= 1024 : true)
        );
      }
      function check_TimestampInput(value: any): boolean {
        return (
          (typeof value === 'string' && format('date-time', value)) ||
          (typeof value === 'object' &&
            value !== null &&
            !Array.isArray(value) &&
            ((Number.isInteger(value['seconds']) &&
              value['seconds'] <= 253402300799 &&
              value['seconds'] >= -62135596800) ||
              (typeof value['seconds'] === 'string' && local_0.test(value['seconds']))) &&
            (value['nanos'] !== undefined
              ? Number.isInteger(value['nanos']) && value['nanos'] <= 999999999 && value['nanos'] >= 0
              : true) &&
            Object.getOwnPropertyNames(value).every((key) => ['seconds', 'nanos'].includes(key))) ||
          value === null
        );
      }
      return function check(value: any): boolean {
        return check_CreateCRMEventRequest(value);
      };
    })(),
  },
  createCustomer: {
    body: (function (): Check {
      const local_0 = /^-?[0-9]{1,12}$/;
      const local_1 = /^[A-Z]{3}$/;
      const local_2 = /^-?[0-9]+(\.[0-9]+)?$/;
      function check_CreateCustomerRequest(value: any): boolean {
        return (
          typeof value === 'object' &&
          value !== null &&
          !Array.isArray(value) &&
          typeof value['bank_id'] === 'string' &&
          value['bank_id'].length <= 255 &&
          value['bank_id'].length >= 1 &&
          typeof value['legal_name'] === 'string' &&
          value['legal_name'].length <= 1024 &&
          value['legal_name'].length >= 1 &&
          (value['mobile_phone_number'] !== undefined
            ? typeof value['mobile_phone_number'] === 'string' && value['mobile_phone_number'].length <= 64
            : true) &&
          (value['email'] !== undefined
            ? typeof value['email'] === 'string' && value['email'].length <= 254 && format('email', value['email'])
            : true) &&
          (value['face_image'] !== undefined
            ? typeof value['face_image'] === 'object' &&
              value['face_image'] !== null &&
              !Array.isArray(value['face_image']) &&
              (value['face_image']['url'] !== undefined
                ? typeof value['face_image']['url'] === 'string' && value['face_image']['url'].length <= 2048
                : true) &&
              (value['face_image']['date'] !== undefined ? check_TimestampInput(value['face_image']['date']) : true)
            : true) &&
          (value['date_of_birth'] !== undefined ? check_TimestampInput(value['date_of_birth']) : true) &&
          (value['relationship_status'] !== undefined
            ? typeof value['relationship_status'] === 'string' && value['relationship_status'].length <= 255
            : true) &&
          (value['dob_of_dependents'] !== undefined
            ? Array.isArray(value['dob_of_dependents']) &&
              value['dob_of_dependents'].length <= 50 &&
              ((array) => {
                for (const value of array)
                  if (!check_TimestampInput(value)) {
                    return false;
                  }
                return true;
              })(value['dob_of_dependents'])
            : true) &&
          (value['credit_rating'] !== undefined
            ? typeof value['credit_rating'] === 'object' &&
              value['credit_rating'] !== null &&
              !Array.isArray(value['credit_rating']) &&
              (value['credit_rating']['rating'] !== undefined
                ? typeof value['credit_rating']['rating'] === 'string' && value['credit_rating']['rating'].length <= 64
                : true) &&
              (value['credit_rating']['source'] !== undefined
                ? typeof value['credit_rating']['source'] === 'string' && value['credit_rating']['source'].length <= 255
                : true)
            : true) &&
          (value['credit_limit'] !== undefined
            ? typeof value['credit_limit'] === 'object' &&
              value['credit_limit'] !== null &&
              !Array.isArray(value['credit_limit']) &&
              typeof value['credit_limit']['cur'] === 'string' &&
              local_1.test(value['credit_limit']['cur']) &&
              typeof value['credit_limit']['num'] === 'string' &&
              value['credit_limit']['num'].length <= 64 &&
              local_2.test(value['credit_limit']['num'])
            : true) &&
          (value['highest_education_attained'] !== undefined
            ? typeof value['highest_education_attained'] === 'string' &&
              value['highest_education_attained'].length <= 255
            : true) &&
          (value['employment_status'] !== undefined
            ? typeof value['employment_status'] === 'string' && value['employment_status'].length <= 255
            : true) &&
          (value['last_ok_date'] !== undefined ? check_TimestampInput(value['last_ok_date']) : true) &&
          (value['title'] !== undefined ? typeof value['title'] === 'string' && value['title'].length <= 255 : true) &&
          (value['branchId'] !== undefined
            ? typeof value['branchId'] === 'string' && value['branchId'].length <= 255
            : true)
        );
      }
      function check_TimestampInput(value: any): boolean {
        return (
          (typeof value === 'string' && format('date-time', value)) ||
          (typeof value === 'object' &&
            value !== null &&
            !Array.isArray(value) &&
            ((Number.isInteger(value['seconds']) &&
              value['seconds'] <= 253402300799 &&
              value['seconds'] >= -62135596800) ||
              (typeof value['seconds'] === 'string' && local_0.test(value['seconds']))) &&
            (value['nanos'] !== undefined
              ? Number.isInteger(value['nanos']) && value['nanos'] <= 999999999 && value['nanos'] >= 0
              : true) &&
            Object.getOwnPropertyNames(value).every((key) => ['seconds', 'nanos'].includes(key))) ||
          value === null
        );
      }
      return function check(value: any): boolean {
        return check_CreateCustomerRequest(value);
      };
    })(),
  },
  createTaxResidence: {
    params: (function (): Check {
      return function check(value: any): boolean {
        return (
          typeof value === 'object' &&
          value !== null &&
          !Array.isArray(value) &&
          typeof value['BankID'] === 'string' &&
          value['BankID'].length <= 255 &&
          value['BankID'].length >= 1 &&
          typeof value['CustomerID'] === 'string' &&
          value['CustomerID'].length <= 255 &&
          value['CustomerID'].length >= 1
        );
      };
    })(),
    body: (function (): Check {
      function check_CreateTaxResidenceRequest(value: any): boolean {
        return (
          typeof value === 'object' &&
          value !== null &&
          !Array.isArray(value) &&
          typeof value['domain'] === 'string' &&
          value['domain'].length <= 255 &&
          value['domain'].length >= 1 &&
          typeof value['tax_number'] === 'string' &&
          value['tax_number'].length <= 255 &&
          value['tax_number'].length >= 1
        );
      }
      return function check(value: any): boolean {
        return check_CreateTaxResidenceRequest(value);
      };
    })(),
  },
  createUserCustomerLink: {
    params: (function (): Check {
      return function check(value: any): boolean {
        return (
          typeof value === 'object' &&
          value !== null &&
          !Array.isArray(value) &&
          typeof value['BankID'] === 'string' &&
          value['BankID'].length <= 255 &&
          value['BankID'].length >= 1
        );
      };
    })(),
    body: (function (): Check {
      function check_CreateUserCustomerLinkRequest(value: any): boolean {
        return (
          typeof value === 'object' &&
          value !== null &&
          !Array.isArray(value) &&
          (value['bank_id'] !== undefined
            ? typeof value['bank_id'] === 'string' && value['bank_id'].length <= 255
            : true) &&
          typeof value['user_id'] === 'string' &&
          value['user_id'].length <= 255 &&
          value['user_id'].length >= 1 &&
          typeof value['customer_id'] === 'string' &&
          value['customer_id'].length <= 255 &&
          value['customer_id'].length >= 1
        );
      }
      return function check(value: any): boolean {
        return check_CreateUserCustomerLinkRequest(value);
      };
    })(),
  },
  deleteCustomerAddress: {
    params: (function (): Check {
      return function check(value: any): boolean {
        return (
          typeof value === 'object' &&
          value !== null &&
          !Array.isArray(value) &&
          typeof value['BankID'] === 'string' &&
          value['BankID'].length <= 255 &&
          value['BankID'].length >= 1 &&
          typeof value['CustomerID'] === 'string' &&
          value['CustomerID'].length <= 255 &&
          value['CustomerID'].length >= 1 &&
          typeof value['CustomerAddressID'] === 'string' &&
          value['CustomerAddressID'].length <= 255 &&
          value['CustomerAddressID'].length >= 1
        );
      };
    })(),
  },
  deleteTaxResidence: {
    params: (function (): Check {
      return function check(value: any): boolean {
        return (
          typeof value === 'object' &&
          value !== null &&
          !Array.isArray(value) &&
          typeof value['BankID'] === 'string' &&
          value['BankID'].length <= 255 &&
          value['BankID'].length >= 1 &&
          typeof value['CustomerID'] === 'string' &&
          value['CustomerID'].length <= 255 &&
          value['CustomerID'].length >= 1 &&
          typeof value['TaxResidenceID'] === 'string' &&
          value['TaxResidenceID'].length <= 255 &&
          value['TaxResidenceID'].length >= 1
        );
      };
    })(),
  },
  getCreditLimitOrder: {
    params: (function (): Check {
      return function check(value: any): boolean {
        return (
          typeof value === 'object' &&
          value !== null &&
          !Array.isArray(value) &&
          typeof value['BankID'] === 'string' &&
          value['BankID'].length <= 255 &&
          value['BankID'].length >= 1 &&
          typeof value['CustomerID'] === 'string' &&
          value['CustomerID'].length <= 255 &&
          value['CustomerID'].length >= 1
        );
      };
    })(),
  },
  getCreditLimitOrderById: {
    params: (function (): Check {
      return function check(value: any): boolean {
        return (
          typeof value === 'object' &&
          value !== null &&
          !Array.isArray(value) &&
          typeof value['BankID'] === 'string' &&
          value['BankID'].length <= 255 &&
          value['BankID'].length >= 1 &&
          typeof value['CustomerID'] === 'string' &&
          value['CustomerID'].length <= 255 &&
          value['CustomerID'].length >= 1 &&
          typeof value['RequestID'] === 'string' &&
          value['RequestID'].length <= 255 &&
          value['RequestID'].length >= 1
        );
      };
    })(),
  },
  getCrmEvents: {
    params: (function (): Check {
      return function check(value: any): boolean {
        return (
          typeof value === 'object' &&
          value !== null &&
          !Array.isArray(value) &&
          typeof value['BankID'] === 'string' &&
          value['BankID'].length <= 255 &&
          value['BankID'].length >= 1
        );
      };
    })(),
  },
  getCustomerAddresses: {
    params: (function (): Check {
      return function check(value: any): boolean {
        return (
          typeof value === 'object' &&
          value !== null &&
          !Array.isArray(value) &&
          typeof value['BankID'] === 'string' &&
          value['BankID'].length <= 255 &&
          value['BankID'].length >= 1 &&
          typeof value['CustomerID'] === 'string' &&
          value['CustomerID'].length <= 255 &&
          value['CustomerID'].length >= 1
        );
      };
    })(),
  },
  getCustomerByCustomerId: {
    params: (function (): Check {
      return function check(value: any): boolean {
        return (
          typeof value === 'object' &&
          value !== null &&
          !Array.isArray(value) &&
          typeof value['BankID'] === 'string' &&
          value['BankID'].length <= 255 &&
          value['BankID'].length >= 1 &&
          typeof value['CustomerID'] === 'string' &&
          value['CustomerID'].length <= 255 &&
          value['CustomerID'].length >= 1
        );
      };
    })(),
  },
  getCustomerByCustomerNumber: {
    params: (function (): Check {
      return function check(value: any): boolean {
        return (
          typeof value === 'object' &&
          value !== null &&
          !Array.isArray(value) &&
          typeof value['BankID'] === 'string' &&
          value['BankID'].length <= 255 &&
          value['BankID'].length >= 1 &&
          typeof value['CustomerID'] === 'string' &&
          value['CustomerID'].length <= 255 &&
          value['CustomerID'].length >= 1 &&
          typeof value['CustomerNumber'] === 'string' &&
          value['CustomerNumber'].length <= 255 &&
          value['CustomerNumber'].length >= 1
        );
      };
    })(),
  },
  getCustomerSocialMediaHandles: {
    params: (function (): Check {
      return function check(value: any): boolean {
        return (
          typeof value === 'object' &&
          value !== null &&
          !Array.isArray(value) &&
          typeof value['BankID'] === 'string' &&
          value['BankID'].length <= 255 &&
          value['BankID'].length >= 1 &&
          typeof value['CustomerID'] === 'string' &&
          value['CustomerID'].length <= 255 &&
          value['CustomerID'].length >= 1
        );
      };
    })(),
  },
  getCustomersForCurrentUserAtBank: {
    params: (function (): Check {
      return function check(value: any): boolean {
        return (
          typeof value === 'object' &&
          value !== null &&
          !Array.isArray(value) &&
          typeof value['BankID'] === 'string' &&
          value['BankID'].length <= 255 &&
          value['BankID'].length >= 1
        );
      };
    })(),
  },
  getFirehoseCustomer: {
    params: (function (): Check {
      return function check(value: any): boolean {
        return (
          typeof value === 'object' &&
          value !== null &&
          !Array.isArray(value) &&
          typeof value['BankID'] === 'string' &&
          value['BankID'].length <= 255 &&
          value['BankID'].length >= 1
        );
      };
    })(),
    query: (function (): Check {
      return function check(value: any): boolean {
        return (
          typeof value === 'object' &&
          value !== null &&
          !Array.isArray(value) &&
          (value['sort_direction'] !== undefined
            ? value['sort_direction'] === 'UnknownSortDirection' ||
              value['sort_direction'] === 'ASC' ||
              value['sort_direction'] === 'DESC'
            : true) &&
          (value['limit'] !== undefined
            ? Number.isInteger(value['limit']) && value['limit'] <= 500 && value['limit'] >= 0
            : true) &&
          (value['offset'] !== undefined
            ? Number.isInteger(value['offset']) && value['offset'] <= 2147483647 && value['offset'] >= 0
            : true) &&
          (value['from_date'] !== undefined
            ? typeof value['from_date'] === 'string' && format('date-time', value['from_date'])
            : true) &&
          (value['to_date'] !== undefined
            ? typeof value['to_date'] === 'string' && format('date-time', value['to_date'])
            : true)
        );
      };
    })(),
  },
  getTaxResidenceOfCustomer: {
    params: (function (): Check {
      return function check(value: any): boolean {
        return (
          typeof value === 'object' &&
          value !== null &&
          !Array.isArray(value) &&
          typeof value['BankID'] === 'string' &&
          value['BankID'].length <= 255 &&
          value['BankID'].length >= 1 &&
          typeof value['CustomerID'] === 'string' &&
          value['CustomerID'].length <= 255 &&
          value['CustomerID'].length >= 1
        );
      };
    })(),
  },
  token: {
    body: (function (): Check {
      function check_TokenRequest(value: any): boolean {
        return (
          typeof value === 'object' &&
          value !== null &&
          !Array.isArray(value) &&
          (value['grant_type'] === 'AuthorizationCode' ||
            value['grant_type'] === 'RefreshToken' ||
            value['grant_type'] === 'authorization_code' ||
            value['grant_type'] === 'refresh_token') &&
          (value['code'] !== undefined ? typeof value['code'] === 'string' && value['code'].length <= 255 : true) &&
          (value['redirect_uri'] !== undefined
            ? typeof value['redirect_uri'] === 'string' && value['redirect_uri'].length <= 2048
            : true) &&
          (value['refresh_token'] !== undefined
            ? typeof value['refresh_token'] === 'string' && value['refresh_token'].length <= 255
            : true) &&
          (value['client_id'] !== undefined
            ? typeof value['client_id'] === 'string' && value['client_id'].length <= 255
            : true) &&
          (value['client_secret'] !== undefined
            ? typeof value['client_secret'] === 'string' && value['client_secret'].length <= 255
            : true)
        );
      }
      return function check(value: any): boolean {
        return check_TokenRequest(value);
      };
    })(),
  },
  updateCustomerAddress: {
    params: (function (): Check {
      return function check(value: any): boolean {
        return (
          typeof value === 'object' &&
          value !== null &&
          !Array.isArray(value) &&
          typeof value['BankID'] === 'string' &&
          value['BankID'].length <= 255 &&
          value['BankID'].length >= 1 &&
          typeof value['CustomerID'] === 'string' &&
          value['CustomerID'].length <= 255 &&
          value['CustomerID'].length >= 1 &&
          typeof value['CustomerAddressID'] === 'string' &&
          value['CustomerAddressID'].length <= 255 &&
          value['CustomerAddressID'].length >= 1
        );
      };
    })(),
    body: (function (): Check {
      function check_UpdateCustomerAddressRequest(value: any): boolean {
        return (
          typeof value === 'object' &&
          value !== null &&
          !Array.isArray(value) &&
          (value['bank_id'] !== undefined
            ? typeof value['bank_id'] === 'string' && value['bank_id'].length <= 255
            : true) &&
          (value['customer_id'] !== undefined
            ? typeof value['customer_id'] === 'string' && value['customer_id'].length <= 255
            : true) &&
          (value['customer_address_id'] !== undefined
            ? typeof value['customer_address_id'] === 'string' && value['customer_address_id'].length <= 255
            : true) &&
          (value['line_1'] !== undefined
            ? typeof value['line_1'] === 'string' && value['line_1'].length <= 1024
            : true) &&
          (value['line_2'] !== undefined
            ? typeof value['line_2'] === 'string' && value['line_2'].length <= 1024
            : true) &&
          (value['line_3'] !== undefined
            ? typeof value['line_3'] === 'string' && value['line_3'].length <= 1024
            : true) &&
          (value['city'] !== undefined ? typeof value['city'] === 'string' && value['city'].length <= 1024 : true) &&
          (value['county'] !== undefined
            ? typeof value['county'] === 'string' && value['county'].length <= 1024
            : true) &&
          (value['state'] !== undefined ? typeof value['state'] === 'string' && value['state'].length <= 1024 : true) &&
          (value['postcode'] !== undefined
            ? typeof value['postcode'] === 'string' && value['postcode'].length <= 64
            : true) &&
          (value['country_code'] !== undefined
            ? typeof value['country_code'] === 'string' && value['country_code'].length <= 8
            : true) &&
          (value['tags'] !== undefined
            ? Array.isArray(value['tags']) &&
              value['tags'].length <= 20 &&
              ((array) => {
                for (const value of array)
                  if (!(typeof value === 'string' && value.length <= 255)) {
                    return false;
                  }
                return true;
              })(value['tags'])
            : true) &&
          (value['status'] !== undefined ? typeof value['status'] === 'string' && value['status'].length <= 255 : true)
        );
      }
      return function check(value: any): boolean {
        return check_UpdateCustomerAddressRequest(value);
      };
    })(),
  },
  updateCustomerBranch: {
    params: (function (): Check {
      return function check(value: any): boolean {
        return (
          typeof value === 'object' &&
          value !== null &&
          !Array.isArray(value) &&
          typeof value['BankID'] === 'string' &&
          value['BankID'].length <= 255 &&
          value['BankID'].length >= 1 &&
          typeof value['CustomerID'] === 'string' &&
          value['CustomerID'].length <= 255 &&
          value['CustomerID'].length >= 1
        );
      };
    })(),
    body: (function (): Check {
      function check_UpdateCustomerBranchRequest(value: any): boolean {
        return (
          typeof value === 'object' &&
          value !== null &&
          !Array.isArray(value) &&
          (value['bank_id'] !== undefined
            ? typeof value['bank_id'] === 'string' && value['bank_id'].length <= 255
            : true) &&
          (value['customer_id'] !== undefined
            ? typeof value['customer_id'] === 'string' && value['customer_id'].length <= 255
            : true) &&
          typeof value['branch_id'] === 'string' &&
          value['branch_id'].length <= 255
        );
      }
      return function check(value: any): boolean {
        return check_UpdateCustomerBranchRequest(value);
      };
    })(),
  },
  updateCustomerCreditLimit: {
    params: (function (): Check {
      return function check(value: any): boolean {
        return (
          typeof value === 'object' &&
          value !== null &&
          !Array.isArray(value) &&
          typeof value['BankID'] === 'string' &&
          value['BankID'].length <= 255 &&
          value['BankID'].length >= 1 &&
          typeof value['CustomerID'] === 'string' &&
          value['CustomerID'].length <= 255 &&
          value['CustomerID'].length >= 1
        );
      };
    })(),
    body: (function (): Check {
      const local_0 = /^[A-Z]{3}$/;
      const local_1 = /^-?[0-9]+(\.[0-9]+)?$/;
      function check_UpdateCustomerCreditLimitRequest(value: any): boolean {
        return (
          typeof value === 'object' &&
          value !== null &&
          !Array.isArray(value) &&
          (value['bank_id'] !== undefined
            ? typeof value['bank_id'] === 'string' && value['bank_id'].length <= 255
            : true) &&
          (value['customer_id'] !== undefined
            ? typeof value['customer_id'] === 'string' && value['customer_id'].length <= 255
            : true) &&
          typeof value['credit_limit'] === 'object' &&
          value['credit_limit'] !== null &&
          !Array.isArray(value['credit_limit']) &&
          typeof value['credit_limit']['cur'] === 'string' &&
          local_0.test(value['credit_limit']['cur']) &&
          typeof value['credit_limit']['num'] === 'string' &&
          value['credit_limit']['num'].length <= 64 &&
          local_1.test(value['credit_limit']['num'])
        );
      }
      return function check(value: any): boolean {
        return check_UpdateCustomerCreditLimitRequest(value);
      };
    })(),
  },
  updateCustomerCreditRatingAndSource: {
    params: (function (): Check {
      return function check(value: any): boolean {
        return (
          typeof value === 'object' &&
          value !== null &&
          !Array.isArray(value) &&
          typeof value['BankID'] === 'string' &&
          value['BankID'].length <= 255 &&
          value['BankID'].length >= 1 &&
          typeof value['CustomerID'] === 'string' &&
          value['CustomerID'].length <= 255 &&
          value['CustomerID'].length >= 1
        );
      };
    })(),
    body: (function (): Check {
      function check_UpdateCustomerCreditRatingAndSourceRequest(value: any): boolean {
        return (
          typeof value === 'object' &&
          value !== null &&
          !Array.isArray(value) &&
          (value['bank_id'] !== undefined
            ? typeof value['bank_id'] === 'string' && value['bank_id'].length <= 255
            : true) &&
          (value['customer_id'] !== undefined
            ? typeof value['customer_id'] === 'string' && value['customer_id'].length <= 255
            : true) &&
          typeof value['credit_rating'] === 'object' &&
          value['credit_rating'] !== null &&
          !Array.isArray(value['credit_rating']) &&
          (value['credit_rating']['rating'] !== undefined
            ? typeof value['credit_rating']['rating'] === 'string' && value['credit_rating']['rating'].length <= 64
            : true) &&
          (value['credit_rating']['source'] !== undefined
            ? typeof value['credit_rating']['source'] === 'string' && value['credit_rating']['source'].length <= 255
            : true)
        );
      }
      return function check(value: any): boolean {
        return check_UpdateCustomerCreditRatingAndSourceRequest(value);
      };
    })(),
  },
  updateCustomerEmail: {
    params: (function (): Check {
      return function check(value: any): boolean {
        return (
          typeof value === 'object' &&
          value !== null &&
          !Array.isArray(value) &&
          typeof value['BankID'] === 'string' &&
          value['BankID'].length <= 255 &&
          value['BankID'].length >= 1 &&
          typeof value['CustomerID'] === 'string' &&
          value['CustomerID'].length <= 255 &&
          value['CustomerID'].length >= 1
        );
      };
    })(),
    body: (function (): Check {
      function check_UpdateCustomerEmailRequest(value: any): boolean {
        return (
          typeof value === 'object' &&
          value !== null &&
          !Array.isArray(value) &&
          (value['bank_id'] !== undefined
            ? typeof value['bank_id'] === 'string' && value['bank_id'].length <= 255
            : true) &&
          (value['customer_id'] !== undefined
            ? typeof value['customer_id'] === 'string' && value['customer_id'].length <= 255
            : true) &&
          typeof value['email'] === 'string' &&
          value['email'].length <= 254 &&
          format('email', value['email'])
        );
      }
      return function check(value: any): boolean {
        return check_UpdateCustomerEmailRequest(value);
      };
    })(),
  },
  updateCustomerIdentity: {
    params: (function (): Check {
      return function check(value: any): boolean {
        return (
          typeof value === 'object' &&
          value !== null &&
          !Array.isArray(value) &&
          typeof value['BankID'] === 'string' &&
          value['BankID'].length <= 255 &&
          value['BankID'].length >= 1 &&
          typeof value['CustomerID'] === 'string' &&
          value['CustomerID'].length <= 255 &&
          value['CustomerID'].length >= 1
        );
      };
    })(),
    body: (function (): Check {
      const local_0 = /^-?[0-9]{1,12}$/;
      function check_UpdateCustomerIdentityRequest(value: any): boolean {
        return (
          typeof value === 'object' &&
          value !== null &&
          !Array.isArray(value) &&
          (value['bank_id'] !== undefined
            ? typeof value['bank_id'] === 'string' && value['bank_id'].length <= 255
            : true) &&
          (value['customer_id'] !== undefined
            ? typeof value['customer_id'] === 'string' && value['customer_id'].length <= 255
            : true) &&
          (value['legal_name'] !== undefined
            ? typeof value['legal_name'] === 'string' &&
              value['legal_name'].length <= 1024 &&
              value['legal_name'].length >= 1
            : true) &&
          (value['date_of_birth'] !== undefined
            ? (typeof value['date_of_birth'] === 'string' && format('date', value['date_of_birth'])) ||
              check_TimestampInput(value['date_of_birth'])
            : true) &&
          (value['title'] !== undefined ? typeof value['title'] === 'string' && value['title'].length <= 255 : true)
        );
      }
      function check_TimestampInput(value: any): boolean {
        return (
          (typeof value === 'string' && format('date-time', value)) ||
          (typeof value === 'object' &&
            value !== null &&
            !Array.isArray(value) &&
            ((Number.isInteger(value['seconds']) &&
              value['seconds'] <= 253402300799 &&
              value['seconds'] >= -62135596800) ||
              (typeof value['seconds'] === 'string' && local_0.test(value['seconds']))) &&
            (value['nanos'] !== undefined
              ? Number.isInteger(value['nanos']) && value['nanos'] <= 999999999 && value['nanos'] >= 0
              : true) &&
            Object.getOwnPropertyNames(value).every((key) => ['seconds', 'nanos'].includes(key))) ||
          value === null
        );
      }
      return function check(value: any): boolean {
        return check_UpdateCustomerIdentityRequest(value);
      };
    })(),
  },
  updateCustomerMobileNumber: {
    params: (function (): Check {
      return function check(value: any): boolean {
        return (
          typeof value === 'object' &&
          value !== null &&
          !Array.isArray(value) &&
          typeof value['BankID'] === 'string' &&
          value['BankID'].length <= 255 &&
          value['BankID'].length >= 1 &&
          typeof value['CustomerID'] === 'string' &&
          value['CustomerID'].length <= 255 &&
          value['CustomerID'].length >= 1
        );
      };
    })(),
    body: (function (): Check {
      function check_UpdateCustomerMobileNumberRequest(value: any): boolean {
        return (
          typeof value === 'object' &&
          value !== null &&
          !Array.isArray(value) &&
          (value['bank_id'] !== undefined
            ? typeof value['bank_id'] === 'string' && value['bank_id'].length <= 255
            : true) &&
          (value['customer_id'] !== undefined
            ? typeof value['customer_id'] === 'string' && value['customer_id'].length <= 255
            : true) &&
          typeof value['mobile_phone_number'] === 'string' &&
          value['mobile_phone_number'].length <= 64
        );
      }
      return function check(value: any): boolean {
        return check_UpdateCustomerMobileNumberRequest(value);
      };
    })(),
  },
  updateCustomerNumber: {
    params: (function (): Check {
      return function check(value: any): boolean {
        return (
          typeof value === 'object' &&
          value !== null &&
          !Array.isArray(value) &&
          typeof value['BankID'] === 'string' &&
          value['BankID'].length <= 255 &&
          value['BankID'].length >= 1 &&
          typeof value['CustomerID'] === 'string' &&
          value['CustomerID'].length <= 255 &&
          value['CustomerID'].length >= 1
        );
      };
    })(),
    body: (function (): Check {
      function check_UpdateCustomerNumberRequest(value: any): boolean {
        return (
          typeof value === 'object' &&
          value !== null &&
          !Array.isArray(value) &&
          (value['bank_id'] !== undefined
            ? typeof value['bank_id'] === 'string' && value['bank_id'].length <= 255
            : true) &&
          (value['customer_id'] !== undefined
            ? typeof value['customer_id'] === 'string' && value['customer_id'].length <= 255
            : true) &&
          typeof value['customer_number'] === 'string' &&
          value['customer_number'].length <= 255 &&
          value['customer_number'].length >= 1
        );
      }
      return function check(value: any): boolean {
        return check_UpdateCustomerNumberRequest(value);
      };
    })(),
  },
  updateCustomerOtherData: {
    params: (function (): Check {
      return function check(value: any): boolean {
        return (
          typeof value === 'object' &&
          value !== null &&
          !Array.isArray(value) &&
          typeof value['BankID'] === 'string' &&
          value['BankID'].length <= 255 &&
          value['BankID'].length >= 1 &&
          typeof value['CustomerID'] === 'string' &&
          value['CustomerID'].length <= 255 &&
          value['CustomerID'].length >= 1
        );
      };
    })(),
    body: (function (): Check {
      const local_0 = /^-?[0-9]{1,12}$/;
      function check_UpdateCustomerOtherDataRequest(value: any): boolean {
        return (
          typeof value === 'object' &&
          value !== null &&
          !Array.isArray(value) &&
          (value['bank_id'] !== undefined
            ? typeof value['bank_id'] === 'string' && value['bank_id'].length <= 255
            : true) &&
          (value['customer_id'] !== undefined
            ? typeof value['customer_id'] === 'string' && value['customer_id'].length <= 255
            : true) &&
          (value['face_image'] !== undefined
            ? typeof value['face_image'] === 'object' &&
              value['face_image'] !== null &&
              !Array.isArray(value['face_image']) &&
              (value['face_image']['url'] !== undefined
                ? typeof value['face_image']['url'] === 'string' && value['face_image']['url'].length <= 2048
                : true) &&
              (value['face_image']['date'] !== undefined ? check_TimestampInput(value['face_image']['date']) : true)
            : true) &&
          (value['relationship_status'] !== undefined
            ? typeof value['relationship_status'] === 'string' && value['relationship_status'].length <= 255
            : true) &&
          (value['dependants'] !== undefined
            ? Number.isInteger(value['dependants']) && value['dependants'] <= 2147483647 && value['dependants'] >= 0
            : true) &&
          (value['highest_education_attained'] !== undefined
            ? typeof value['highest_education_attained'] === 'string' &&
              value['highest_education_attained'].length <= 255
            : true) &&
          (value['employment_status'] !== undefined
            ? typeof value['employment_status'] === 'string' && value['employment_status'].length <= 255
            : true)
        );
      }
      function check_TimestampInput(value: any): boolean {
        return (
          (typeof value === 'string' && format('date-time', value)) ||
          (typeof value === 'object' &&
            value !== null &&
            !Array.isArray(value) &&
            ((Number.isInteger(value['seconds']) &&
              value['seconds'] <= 253402300799 &&
              value['seconds'] >= -62135596800) ||
              (typeof value['seconds'] === 'string' && local_0.test(value['seconds']))) &&
            (value['nanos'] !== undefined
              ? Number.isInteger(value['nanos']) && value['nanos'] <= 999999999 && value['nanos'] >= 0
              : true) &&
            Object.getOwnPropertyNames(value).every((key) => ['seconds', 'nanos'].includes(key))) ||
          value === null
        );
      }
      return function check(value: any): boolean {
        return check_UpdateCustomerOtherDataRequest(value);
      };
    })(),
  },
};

void format;
