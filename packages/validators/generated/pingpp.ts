// Generated from schemas/pingpp; do not edit. Run `pnpm generate`.
import { format } from '../src/formats.ts';

type Check = (value: unknown) => boolean;

export const checks: Record<string, Partial<Record<'params' | 'query' | 'headers' | 'body', Check>>> = {
  createCustomer: {
    headers: (function (): Check {
      return function check(value: any): boolean {
        return (
          typeof value === 'object' &&
          value !== null &&
          !Array.isArray(value) &&
          (value['pingplusplus-signature'] !== undefined
            ? typeof value['pingplusplus-signature'] === 'string'
            : true) &&
          (value['pingplusplus-request-timestamp'] !== undefined
            ? typeof value['pingplusplus-request-timestamp'] === 'string'
            : true) &&
          (value['accept-language'] !== undefined ? typeof value['accept-language'] === 'string' : true)
        );
      };
    })(),
    body: (function (): Check {
      const local_0 = /^app_[0-9A-Za-z]{16}$/;
      const local_1 = /^(.*)$/;
      function check_CustomerCreate(value: any): boolean {
        return (
          typeof value === 'object' &&
          value !== null &&
          !Array.isArray(value) &&
          typeof value['app'] === 'string' &&
          local_0.test(value['app']) &&
          typeof value['source'] === 'string' &&
          value['source'].length <= 64 &&
          value['source'].length >= 1 &&
          typeof value['sms_code'] === 'object' &&
          value['sms_code'] !== null &&
          !Array.isArray(value['sms_code']) &&
          typeof value['sms_code']['id'] === 'string' &&
          value['sms_code']['id'].length <= 64 &&
          value['sms_code']['id'].length >= 1 &&
          typeof value['sms_code']['code'] === 'string' &&
          value['sms_code']['code'].length <= 16 &&
          value['sms_code']['code'].length >= 1 &&
          Object.getOwnPropertyNames(value['sms_code']).length === 2 &&
          (value['description'] !== undefined
            ? typeof value['description'] === 'string' && value['description'].length <= 255
            : true) &&
          (value['email'] !== undefined
            ? typeof value['email'] === 'string' && value['email'].length <= 254 && format('email', value['email'])
            : true) &&
          (value['metadata'] !== undefined ? check_MetadataInput(value['metadata']) : true) &&
          Object.getOwnPropertyNames(value).every((key) =>
            ['app', 'source', 'sms_code', 'description', 'email', 'metadata'].includes(key),
          )
        );
      }
      function check_MetadataInput(value: any): boolean {
        return (
          typeof value === 'object' &&
          value !== null &&
          !Array.isArray(value) &&
          !(value instanceof Date) &&
          !(value instanceof Uint8Array) &&
          Object.getOwnPropertyNames(value).length <= 50 &&
          Object.entries(value).every(([key, value]) =>
            local_1.test(key)
              ? (typeof value === 'string' && value.length <= 500) ||
                Number.isFinite(value) ||
                typeof value === 'boolean'
              : true,
          )
        );
      }
      return function check(value: any): boolean {
        return check_CustomerCreate(value);
      };
    })(),
  },
  createSource: {
    params: (function (): Check {
      return function check(value: any): boolean {
        return (
          typeof value === 'object' &&
          value !== null &&
          !Array.isArray(value) &&
          typeof value['customer_id'] === 'string' &&
          value['customer_id'].length <= 64
        );
      };
    })(),
    headers: (function (): Check {
      return function check(value: any): boolean {
        return (
          typeof value === 'object' &&
          value !== null &&
          !Array.isArray(value) &&
          (value['pingplusplus-signature'] !== undefined
            ? typeof value['pingplusplus-signature'] === 'string'
            : true) &&
          (value['pingplusplus-request-timestamp'] !== undefined
            ? typeof value['pingplusplus-request-timestamp'] === 'string'
            : true) &&
          (value['accept-language'] !== undefined ? typeof value['accept-language'] === 'string' : true)
        );
      };
    })(),
    body: (function (): Check {
      function check_SourceCreate(value: any): boolean {
        return (
          typeof value === 'object' &&
          value !== null &&
          !Array.isArray(value) &&
          typeof value['source'] === 'string' &&
          value['source'].length <= 64 &&
          value['source'].length >= 1 &&
          typeof value['sms_code'] === 'object' &&
          value['sms_code'] !== null &&
          !Array.isArray(value['sms_code']) &&
          typeof value['sms_code']['id'] === 'string' &&
          value['sms_code']['id'].length <= 64 &&
          value['sms_code']['id'].length >= 1 &&
          typeof value['sms_code']['code'] === 'string' &&
          value['sms_code']['code'].length <= 16 &&
          value['sms_code']['code'].length >= 1 &&
          Object.getOwnPropertyNames(value['sms_code']).length === 2 &&
          Object.getOwnPropertyNames(value).length === 2
        );
      }
      return function check(value: any): boolean {
        return check_SourceCreate(value);
      };
    })(),
  },
  createToken: {
    headers: (function (): Check {
      return function check(value: any): boolean {
        return (
          typeof value === 'object' &&
          value !== null &&
          !Array.isArray(value) &&
          (value['pingplusplus-signature'] !== undefined
            ? typeof value['pingplusplus-signature'] === 'string'
            : true) &&
          (value['pingplusplus-request-timestamp'] !== undefined
            ? typeof value['pingplusplus-request-timestamp'] === 'string'
            : true) &&
          (value['accept-language'] !== undefined ? typeof value['accept-language'] === 'string' : true)
        );
      };
    })(),
    body: (function (): Check {
      const local_0 = /^app_[0-9A-Za-z]{16}$/;
      const local_1 = /^[0-9]{12,19}$/;
      const local_2 = /^\+?[0-9]{5,20}$/;
      const local_3 = /^[a-z]{2,16}$/;
      function check_TokenCreate(value: any): boolean {
        return (
          typeof value === 'object' &&
          value !== null &&
          !Array.isArray(value) &&
          typeof value['app'] === 'string' &&
          local_0.test(value['app']) &&
          check_CardInput(value['card']) &&
          Object.getOwnPropertyNames(value).length === 2
        );
      }
      function check_CardInput(value: any): boolean {
        return (
          typeof value === 'object' &&
          value !== null &&
          !Array.isArray(value) &&
          typeof value['card_number'] === 'string' &&
          local_1.test(value['card_number']) &&
          typeof value['name'] === 'string' &&
          value['name'].length <= 64 &&
          value['name'].length >= 1 &&
          typeof value['phone_number'] === 'string' &&
          local_2.test(value['phone_number']) &&
          (value['cred_type'] !== undefined
            ? typeof value['cred_type'] === 'string' && value['cred_type'].length <= 32
            : true) &&
          (value['cred_number'] !== undefined
            ? typeof value['cred_number'] === 'string' && value['cred_number'].length <= 64
            : true) &&
          (value['brand'] !== undefined
            ? value['brand'] === 'UnionPay' ||
              value['brand'] === 'Visa' ||
              value['brand'] === 'MasterCard' ||
              value['brand'] === 'JCB'
            : true) &&
          (value['funding'] !== undefined ? value['funding'] === 'credit' || value['funding'] === 'debit' : true) &&
          (value['bank'] !== undefined ? typeof value['bank'] === 'string' && local_3.test(value['bank']) : true) &&
          Object.getOwnPropertyNames(value).every((key) =>
            ['card_number', 'name', 'phone_number', 'cred_type', 'cred_number', 'brand', 'funding', 'bank'].includes(
              key,
            ),
          )
        );
      }
      return function check(value: any): boolean {
        return check_TokenCreate(value);
      };
    })(),
  },
  deleteCustomer: {
    params: (function (): Check {
      return function check(value: any): boolean {
        return (
          typeof value === 'object' &&
          value !== null &&
          !Array.isArray(value) &&
          typeof value['customer_id'] === 'string' &&
          value['customer_id'].length <= 64
        );
      };
    })(),
    headers: (function (): Check {
      return function check(value: any): boolean {
        return (
          typeof value === 'object' &&
          value !== null &&
          !Array.isArray(value) &&
          (value['pingplusplus-signature'] !== undefined
            ? typeof value['pingplusplus-signature'] === 'string'
            : true) &&
          (value['pingplusplus-request-timestamp'] !== undefined
            ? typeof value['pingplusplus-request-timestamp'] === 'string'
            : true) &&
          (value['accept-language'] !== undefined ? typeof value['accept-language'] === 'string' : true)
        );
      };
    })(),
  },
  deleteSource: {
    params: (function (): Check {
      return function check(value: any): boolean {
        return (
          typeof value === 'object' &&
          value !== null &&
          !Array.isArray(value) &&
          typeof value['customer_id'] === 'string' &&
          value['customer_id'].length <= 64 &&
          typeof value['card_id'] === 'string' &&
          value['card_id'].length <= 64
        );
      };
    })(),
    headers: (function (): Check {
      return function check(value: any): boolean {
        return (
          typeof value === 'object' &&
          value !== null &&
          !Array.isArray(value) &&
          (value['pingplusplus-signature'] !== undefined
            ? typeof value['pingplusplus-signature'] === 'string'
            : true) &&
          (value['pingplusplus-request-timestamp'] !== undefined
            ? typeof value['pingplusplus-request-timestamp'] === 'string'
            : true) &&
          (value['accept-language'] !== undefined ? typeof value['accept-language'] === 'string' : true)
        );
      };
    })(),
  },
  listCustomers: {
    query: (function (): Check {
      return function check(value: any): boolean {
        return (
          typeof value === 'object' &&
          value !== null &&
          !Array.isArray(value) &&
          (value['limit'] !== undefined
            ? Number.isInteger(value['limit']) && value['limit'] <= 100 && value['limit'] >= 1
            : true) &&
          (value['starting_after'] !== undefined
            ? typeof value['starting_after'] === 'string' &&
              value['starting_after'].length <= 255 &&
              value['starting_after'].length >= 1
            : true) &&
          (value['ending_before'] !== undefined
            ? typeof value['ending_before'] === 'string' &&
              value['ending_before'].length <= 255 &&
              value['ending_before'].length >= 1
            : true) &&
          (value['created'] !== undefined
            ? typeof value['created'] === 'object' &&
              value['created'] !== null &&
              !Array.isArray(value['created']) &&
              (value['created']['gt'] !== undefined
                ? Number.isInteger(value['created']['gt']) && value['created']['gt'] >= 0
                : true) &&
              (value['created']['gte'] !== undefined
                ? Number.isInteger(value['created']['gte']) && value['created']['gte'] >= 0
                : true) &&
              (value['created']['lt'] !== undefined
                ? Number.isInteger(value['created']['lt']) && value['created']['lt'] >= 0
                : true) &&
              (value['created']['lte'] !== undefined
                ? Number.isInteger(value['created']['lte']) && value['created']['lte'] >= 0
                : true) &&
              Object.getOwnPropertyNames(value['created']).every((key) => ['gt', 'gte', 'lt', 'lte'].includes(key))
            : true)
        );
      };
    })(),
    headers: (function (): Check {
      return function check(value: any): boolean {
        return (
          typeof value === 'object' &&
          value !== null &&
          !Array.isArray(value) &&
          (value['pingplusplus-signature'] !== undefined
            ? typeof value['pingplusplus-signature'] === 'string'
            : true) &&
          (value['pingplusplus-request-timestamp'] !== undefined
            ? typeof value['pingplusplus-request-timestamp'] === 'string'
            : true) &&
          (value['accept-language'] !== undefined ? typeof value['accept-language'] === 'string' : true)
        );
      };
    })(),
  },
  listSources: {
    params: (function (): Check {
      return function check(value: any): boolean {
        return (
          typeof value === 'object' &&
          value !== null &&
          !Array.isArray(value) &&
          typeof value['customer_id'] === 'string' &&
          value['customer_id'].length <= 64
        );
      };
    })(),
    query: (function (): Check {
      return function check(value: any): boolean {
        return (
          typeof value === 'object' &&
          value !== null &&
          !Array.isArray(value) &&
          (value['limit'] !== undefined
            ? Number.isInteger(value['limit']) && value['limit'] <= 100 && value['limit'] >= 1
            : true) &&
          (value['starting_after'] !== undefined
            ? typeof value['starting_after'] === 'string' &&
              value['starting_after'].length <= 255 &&
              value['starting_after'].length >= 1
            : true) &&
          (value['ending_before'] !== undefined
            ? typeof value['ending_before'] === 'string' &&
              value['ending_before'].length <= 255 &&
              value['ending_before'].length >= 1
            : true) &&
          (value['created'] !== undefined
            ? typeof value['created'] === 'object' &&
              value['created'] !== null &&
              !Array.isArray(value['created']) &&
              (value['created']['gt'] !== undefined
                ? Number.isInteger(value['created']['gt']) && value['created']['gt'] >= 0
                : true) &&
              (value['created']['gte'] !== undefined
                ? Number.isInteger(value['created']['gte']) && value['created']['gte'] >= 0
                : true) &&
              (value['created']['lt'] !== undefined
                ? Number.isInteger(value['created']['lt']) && value['created']['lt'] >= 0
                : true) &&
              (value['created']['lte'] !== undefined
                ? Number.isInteger(value['created']['lte']) && value['created']['lte'] >= 0
                : true) &&
              Object.getOwnPropertyNames(value['created']).every((key) => ['gt', 'gte', 'lt', 'lte'].includes(key))
            : true)
        );
      };
    })(),
    headers: (function (): Check {
      return function check(value: any): boolean {
        return (
          typeof value === 'object' &&
          value !== null &&
          !Array.isArray(value) &&
          (value['pingplusplus-signature'] !== undefined
            ? typeof value['pingplusplus-signature'] === 'string'
            : true) &&
          (value['pingplusplus-request-timestamp'] !== undefined
            ? typeof value['pingplusplus-request-timestamp'] === 'string'
            : true) &&
          (value['accept-language'] !== undefined ? typeof value['accept-language'] === 'string' : true)
        );
      };
    })(),
  },
  retrieveCustomer: {
    params: (function (): Check {
      return function check(value: any): boolean {
        return (
          typeof value === 'object' &&
          value !== null &&
          !Array.isArray(value) &&
          typeof value['customer_id'] === 'string' &&
          value['customer_id'].length <= 64
        );
      };
    })(),
    headers: (function (): Check {
      return function check(value: any): boolean {
        return (
          typeof value === 'object' &&
          value !== null &&
          !Array.isArray(value) &&
          (value['pingplusplus-signature'] !== undefined
            ? typeof value['pingplusplus-signature'] === 'string'
            : true) &&
          (value['pingplusplus-request-timestamp'] !== undefined
            ? typeof value['pingplusplus-request-timestamp'] === 'string'
            : true) &&
          (value['accept-language'] !== undefined ? typeof value['accept-language'] === 'string' : true)
        );
      };
    })(),
  },
  retrieveSmsCode: {
    params: (function (): Check {
      return function check(value: any): boolean {
        return (
          typeof value === 'object' &&
          value !== null &&
          !Array.isArray(value) &&
          typeof value['sms_code_id'] === 'string' &&
          value['sms_code_id'].length <= 64
        );
      };
    })(),
    headers: (function (): Check {
      return function check(value: any): boolean {
        return (
          typeof value === 'object' &&
          value !== null &&
          !Array.isArray(value) &&
          (value['pingplusplus-signature'] !== undefined
            ? typeof value['pingplusplus-signature'] === 'string'
            : true) &&
          (value['pingplusplus-request-timestamp'] !== undefined
            ? typeof value['pingplusplus-request-timestamp'] === 'string'
            : true) &&
          (value['accept-language'] !== undefined ? typeof value['accept-language'] === 'string' : true)
        );
      };
    })(),
  },
  retrieveSource: {
    params: (function (): Check {
      return function check(value: any): boolean {
        return (
          typeof value === 'object' &&
          value !== null &&
          !Array.isArray(value) &&
          typeof value['customer_id'] === 'string' &&
          value['customer_id'].length <= 64 &&
          typeof value['card_id'] === 'string' &&
          value['card_id'].length <= 64
        );
      };
    })(),
    headers: (function (): Check {
      return function check(value: any): boolean {
        return (
          typeof value === 'object' &&
          value !== null &&
          !Array.isArray(value) &&
          (value['pingplusplus-signature'] !== undefined
            ? typeof value['pingplusplus-signature'] === 'string'
            : true) &&
          (value['pingplusplus-request-timestamp'] !== undefined
            ? typeof value['pingplusplus-request-timestamp'] === 'string'
            : true) &&
          (value['accept-language'] !== undefined ? typeof value['accept-language'] === 'string' : true)
        );
      };
    })(),
  },
  retrieveToken: {
    params: (function (): Check {
      return function check(value: any): boolean {
        return (
          typeof value === 'object' &&
          value !== null &&
          !Array.isArray(value) &&
          typeof value['token_id'] === 'string' &&
          value['token_id'].length <= 64
        );
      };
    })(),
    headers: (function (): Check {
      return function check(value: any): boolean {
        return (
          typeof value === 'object' &&
          value !== null &&
          !Array.isArray(value) &&
          (value['pingplusplus-signature'] !== undefined
            ? typeof value['pingplusplus-signature'] === 'string'
            : true) &&
          (value['pingplusplus-request-timestamp'] !== undefined
            ? typeof value['pingplusplus-request-timestamp'] === 'string'
            : true) &&
          (value['accept-language'] !== undefined ? typeof value['accept-language'] === 'string' : true)
        );
      };
    })(),
  },
  updateCustomer: {
    params: (function (): Check {
      return function check(value: any): boolean {
        return (
          typeof value === 'object' &&
          value !== null &&
          !Array.isArray(value) &&
          typeof value['customer_id'] === 'string' &&
          value['customer_id'].length <= 64
        );
      };
    })(),
    headers: (function (): Check {
      return function check(value: any): boolean {
        return (
          typeof value === 'object' &&
          value !== null &&
          !Array.isArray(value) &&
          (value['pingplusplus-signature'] !== undefined
            ? typeof value['pingplusplus-signature'] === 'string'
            : true) &&
          (value['pingplusplus-request-timestamp'] !== undefined
            ? typeof value['pingplusplus-request-timestamp'] === 'string'
            : true) &&
          (value['accept-language'] !== undefined ? typeof value['accept-language'] === 'string' : true)
        );
      };
    })(),
    body: (function (): Check {
      const local_0 = /^(.*)$/;
      function check_CustomerUpdate(value: any): boolean {
        return (
          typeof value === 'object' &&
          value !== null &&
          !Array.isArray(value) &&
          (value['app'] !== undefined ? typeof value['app'] === 'string' && value['app'].length <= 64 : true) &&
          (value['description'] !== undefined
            ? (typeof value['description'] === 'string' && value['description'].length <= 255) ||
              value['description'] === null
            : true) &&
          (value['email'] !== undefined
            ? (typeof value['email'] === 'string' && value['email'].length <= 254 && format('email', value['email'])) ||
              value['email'] === null
            : true) &&
          (value['metadata'] !== undefined
            ? check_MetadataInput(value['metadata']) || value['metadata'] === null
            : true) &&
          (value['default_source'] !== undefined
            ? typeof value['default_source'] === 'string' &&
              value['default_source'].length <= 64 &&
              value['default_source'].length >= 1
            : true) &&
          Object.getOwnPropertyNames(value).every((key) =>
            ['app', 'description', 'email', 'metadata', 'default_source'].includes(key),
          )
        );
      }
      function check_MetadataInput(value: any): boolean {
        return (
          typeof value === 'object' &&
          value !== null &&
          !Array.isArray(value) &&
          !(value instanceof Date) &&
          !(value instanceof Uint8Array) &&
          Object.getOwnPropertyNames(value).length <= 50 &&
          Object.entries(value).every(([key, value]) =>
            local_0.test(key)
              ? (typeof value === 'string' && value.length <= 500) ||
                Number.isFinite(value) ||
                typeof value === 'boolean'
              : true,
          )
        );
      }
      return function check(value: any): boolean {
        return check_CustomerUpdate(value);
      };
    })(),
  },
  updateCustomerByPost: {
    params: (function (): Check {
      return function check(value: any): boolean {
        return (
          typeof value === 'object' &&
          value !== null &&
          !Array.isArray(value) &&
          typeof value['customer_id'] === 'string' &&
          value['customer_id'].length <= 64
        );
      };
    })(),
    headers: (function (): Check {
      return function check(value: any): boolean {
        return (
          typeof value === 'object' &&
          value !== null &&
          !Array.isArray(value) &&
          (value['pingplusplus-signature'] !== undefined
            ? typeof value['pingplusplus-signature'] === 'string'
            : true) &&
          (value['pingplusplus-request-timestamp'] !== undefined
            ? typeof value['pingplusplus-request-timestamp'] === 'string'
            : true) &&
          (value['accept-language'] !== undefined ? typeof value['accept-language'] === 'string' : true)
        );
      };
    })(),
    body: (function (): Check {
      const local_0 = /^(.*)$/;
      function check_CustomerUpdate(value: any): boolean {
        return (
          typeof value === 'object' &&
          value !== null &&
          !Array.isArray(value) &&
          (value['app'] !== undefined ? typeof value['app'] === 'string' && value['app'].length <= 64 : true) &&
          (value['description'] !== undefined
            ? (typeof value['description'] === 'string' && value['description'].length <= 255) ||
              value['description'] === null
            : true) &&
          (value['email'] !== undefined
            ? (typeof value['email'] === 'string' && value['email'].length <= 254 && format('email', value['email'])) ||
              value['email'] === null
            : true) &&
          (value['metadata'] !== undefined
            ? check_MetadataInput(value['metadata']) || value['metadata'] === null
            : true) &&
          (value['default_source'] !== undefined
            ? typeof value['default_source'] === 'string' &&
              value['default_source'].length <= 64 &&
              value['default_source'].length >= 1
            : true) &&
          Object.getOwnPropertyNames(value).every((key) =>
            ['app', 'description', 'email', 'metadata', 'default_source'].includes(key),
          )
        );
      }
      function check_MetadataInput(value: any): boolean {
        return (
          typeof value === 'object' &&
          value !== null &&
          !Array.isArray(value) &&
          !(value instanceof Date) &&
          !(value instanceof Uint8Array) &&
          Object.getOwnPropertyNames(value).length <= 50 &&
          Object.entries(value).every(([key, value]) =>
            local_0.test(key)
              ? (typeof value === 'string' && value.length <= 500) ||
                Number.isFinite(value) ||
                typeof value === 'boolean'
              : true,
          )
        );
      }
      return function check(value: any): boolean {
        return check_CustomerUpdate(value);
      };
    })(),
  },
};

void format;
