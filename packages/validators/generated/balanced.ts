// Generated from schemas/balanced; do not edit. Run `pnpm generate`.
import { format } from '../src/formats.ts';

type Check = (value: unknown) => boolean;

export const checks: Record<string, Partial<Record<'params' | 'query' | 'headers' | 'body', Check>>> = {
  createCallback: {
    body: (function (): Check {
      const local_0 = /^https?:\/\//;
      function check_CallbackCreate(value: any): boolean {
        return (
          typeof value === 'object' &&
          value !== null &&
          !Array.isArray(value) &&
          typeof value['url'] === 'string' &&
          value['url'].length <= 2000 &&
          local_0.test(value['url']) &&
          format('uri', value['url']) &&
          (value['method'] !== undefined
            ? value['method'] === 'post' || value['method'] === 'put' || value['method'] === 'get'
            : true) &&
          (value['revision'] !== undefined
            ? typeof value['revision'] === 'string' && value['revision'].length <= 10
            : true) &&
          Object.getOwnPropertyNames(value).every((key) => ['url', 'method', 'revision'].includes(key))
        );
      }
      return function check(value: any): boolean {
        return check_CallbackCreate(value);
      };
    })(),
  },
  createCustomer: {
    body: (function (): Check {
      const local_0 = /^(.*)$/;
      const local_1 = /^[0-9]{4}$/;
      function check_CustomerCreate(value: any): boolean {
        return (
          typeof value === 'object' &&
          value !== null &&
          !Array.isArray(value) &&
          (value['name'] !== undefined
            ? (typeof value['name'] === 'string' && value['name'].length <= 1024) || value['name'] === null
            : true) &&
          (value['email_address'] !== undefined
            ? (typeof value['email_address'] === 'string' &&
                value['email_address'].length <= 254 &&
                format('email', value['email_address'])) ||
              value['email_address'] === null
            : true) &&
          (value['meta'] !== undefined ? check_MetaInput(value['meta']) : true) &&
          (value['ssn_last4'] !== undefined
            ? (typeof value['ssn_last4'] === 'string' && local_1.test(value['ssn_last4'])) ||
              value['ssn_last4'] === null
            : true) &&
          (value['business_name'] !== undefined
            ? (typeof value['business_name'] === 'string' && value['business_name'].length <= 1024) ||
              value['business_name'] === null
            : true) &&
          (value['address'] !== undefined ? check_MetaInput(value['address']) : true) &&
          (value['phone_number'] !== undefined
            ? (typeof value['phone_number'] === 'string' && value['phone_number'].length <= 1024) ||
              value['phone_number'] === null
            : true) &&
          (value['dob'] !== undefined
            ? (typeof value['dob'] === 'string' && value['dob'].length <= 1024) || value['dob'] === null
            : true) &&
          (value['ein'] !== undefined
            ? (typeof value['ein'] === 'string' && value['ein'].length <= 1024) || value['ein'] === null
            : true) &&
          (value['facebook_id'] !== undefined
            ? (typeof value['facebook_id'] === 'string' && value['facebook_id'].length <= 1024) ||
              value['facebook_id'] === null
            : true) &&
          (value['twitter_id'] !== undefined
            ? (typeof value['twitter_id'] === 'string' && value['twitter_id'].length <= 1024) ||
              value['twitter_id'] === null
            : true) &&
          (value['id'] !== undefined ? value['id'] === null : true) &&
          Object.getOwnPropertyNames(value).every((key) =>
            [
              'name',
              'email_address',
              'meta',
              'ssn_last4',
              'business_name',
              'address',
              'phone_number',
              'dob',
              'ein',
              'facebook_id',
              'twitter_id',
              'id',
            ].includes(key),
          )
        );
      }
      function check_MetaInput(value: any): boolean {
        return (
          typeof value === 'object' &&
          value !== null &&
          !Array.isArray(value) &&
          !(value instanceof Date) &&
          !(value instanceof Uint8Array) &&
          Object.entries(value).every(([key, value]) =>
            local_0.test(key)
              ? typeof value === 'string' || Number.isFinite(value) || typeof value === 'boolean'
              : true,
          )
        );
      }
      return function check(value: any): boolean {
        return check_CustomerCreate(value);
      };
    })(),
  },
  deleteCallback: {
    params: (function (): Check {
      return function check(value: any): boolean {
        return (
          typeof value === 'object' &&
          value !== null &&
          !Array.isArray(value) &&
          typeof value['callback_id'] === 'string'
        );
      };
    })(),
  },
  headCustomer: {
    params: (function (): Check {
      return function check(value: any): boolean {
        return (
          typeof value === 'object' &&
          value !== null &&
          !Array.isArray(value) &&
          typeof value['customer_id'] === 'string'
        );
      };
    })(),
  },
  headCustomers: {
    query: (function (): Check {
      return function check(value: any): boolean {
        return (
          typeof value === 'object' &&
          value !== null &&
          !Array.isArray(value) &&
          (value['limit'] !== undefined
            ? Number.isInteger(value['limit']) && value['limit'] <= 100 && value['limit'] >= 1
            : true) &&
          (value['offset'] !== undefined
            ? Number.isInteger(value['offset']) && value['offset'] <= 2147483647 && value['offset'] >= 0
            : true)
        );
      };
    })(),
  },
  listCallbacks: {
    query: (function (): Check {
      return function check(value: any): boolean {
        return (
          typeof value === 'object' &&
          value !== null &&
          !Array.isArray(value) &&
          (value['limit'] !== undefined
            ? Number.isInteger(value['limit']) && value['limit'] <= 100 && value['limit'] >= 1
            : true) &&
          (value['offset'] !== undefined
            ? Number.isInteger(value['offset']) && value['offset'] <= 2147483647 && value['offset'] >= 0
            : true)
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
          (value['offset'] !== undefined
            ? Number.isInteger(value['offset']) && value['offset'] <= 2147483647 && value['offset'] >= 0
            : true)
        );
      };
    })(),
  },
  listEvents: {
    query: (function (): Check {
      return function check(value: any): boolean {
        return (
          typeof value === 'object' &&
          value !== null &&
          !Array.isArray(value) &&
          (value['limit'] !== undefined
            ? Number.isInteger(value['limit']) && value['limit'] <= 100 && value['limit'] >= 1
            : true) &&
          (value['offset'] !== undefined
            ? Number.isInteger(value['offset']) && value['offset'] <= 2147483647 && value['offset'] >= 0
            : true)
        );
      };
    })(),
  },
  retrieveCallback: {
    params: (function (): Check {
      return function check(value: any): boolean {
        return (
          typeof value === 'object' &&
          value !== null &&
          !Array.isArray(value) &&
          typeof value['callback_id'] === 'string'
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
          typeof value['customer_id'] === 'string'
        );
      };
    })(),
  },
  retrieveEvent: {
    params: (function (): Check {
      return function check(value: any): boolean {
        return (
          typeof value === 'object' && value !== null && !Array.isArray(value) && typeof value['event_id'] === 'string'
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
          typeof value['customer_id'] === 'string'
        );
      };
    })(),
    body: (function (): Check {
      const local_0 = /^(.*)$/;
      const local_1 = /^[0-9]{4}$/;
      function check_CustomerUpdate(value: any): boolean {
        return (
          typeof value === 'object' &&
          value !== null &&
          !Array.isArray(value) &&
          (value['name'] !== undefined
            ? (typeof value['name'] === 'string' && value['name'].length <= 1024) || value['name'] === null
            : true) &&
          (value['email_address'] !== undefined
            ? (typeof value['email_address'] === 'string' &&
                value['email_address'].length <= 254 &&
                format('email', value['email_address'])) ||
              value['email_address'] === null
            : true) &&
          (value['meta'] !== undefined ? check_MetaInput(value['meta']) : true) &&
          (value['ssn_last4'] !== undefined
            ? (typeof value['ssn_last4'] === 'string' && local_1.test(value['ssn_last4'])) ||
              value['ssn_last4'] === null
            : true) &&
          (value['business_name'] !== undefined
            ? (typeof value['business_name'] === 'string' && value['business_name'].length <= 1024) ||
              value['business_name'] === null
            : true) &&
          (value['address'] !== undefined ? check_MetaInput(value['address']) : true) &&
          (value['phone_number'] !== undefined
            ? (typeof value['phone_number'] === 'string' && value['phone_number'].length <= 1024) ||
              value['phone_number'] === null
            : true) &&
          (value['dob'] !== undefined
            ? (typeof value['dob'] === 'string' && value['dob'].length <= 1024) || value['dob'] === null
            : true) &&
          (value['ein'] !== undefined
            ? (typeof value['ein'] === 'string' && value['ein'].length <= 1024) || value['ein'] === null
            : true) &&
          (value['facebook_id'] !== undefined
            ? (typeof value['facebook_id'] === 'string' && value['facebook_id'].length <= 1024) ||
              value['facebook_id'] === null
            : true) &&
          (value['twitter_id'] !== undefined
            ? (typeof value['twitter_id'] === 'string' && value['twitter_id'].length <= 1024) ||
              value['twitter_id'] === null
            : true) &&
          Object.getOwnPropertyNames(value).every((key) =>
            [
              'name',
              'email_address',
              'meta',
              'ssn_last4',
              'business_name',
              'address',
              'phone_number',
              'dob',
              'ein',
              'facebook_id',
              'twitter_id',
            ].includes(key),
          )
        );
      }
      function check_MetaInput(value: any): boolean {
        return (
          typeof value === 'object' &&
          value !== null &&
          !Array.isArray(value) &&
          !(value instanceof Date) &&
          !(value instanceof Uint8Array) &&
          Object.entries(value).every(([key, value]) =>
            local_0.test(key)
              ? typeof value === 'string' || Number.isFinite(value) || typeof value === 'boolean'
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
