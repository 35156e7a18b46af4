// Generated from schemas/octobat; do not edit. Run `pnpm generate`.
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
          (value['idempotency-key'] !== undefined
            ? typeof value['idempotency-key'] === 'string' &&
              value['idempotency-key'].length <= 255 &&
              value['idempotency-key'].length >= 1
            : true)
        );
      };
    })(),
    body: (function (): Check {
      function check_CustomerCreate(value: any): boolean {
        return (
          typeof value === 'object' &&
          value !== null &&
          !Array.isArray(value) &&
          (value['name'] !== undefined
            ? (typeof value['name'] === 'string' && value['name'].length <= 255) || value['name'] === null
            : true) &&
          (value['email'] !== undefined
            ? (typeof value['email'] === 'string' && value['email'].length <= 254 && format('email', value['email'])) ||
              value['email'] === '' ||
              value['email'] === null
            : true) &&
          (value['phone_number'] !== undefined
            ? (typeof value['phone_number'] === 'string' && value['phone_number'].length <= 255) ||
              value['phone_number'] === null
            : true) &&
          (value['billing_address_line1'] !== undefined
            ? (typeof value['billing_address_line1'] === 'string' && value['billing_address_line1'].length <= 255) ||
              value['billing_address_line1'] === null
            : true) &&
          (value['billing_address_line2'] !== undefined
            ? (typeof value['billing_address_line2'] === 'string' && value['billing_address_line2'].length <= 255) ||
              value['billing_address_line2'] === null
            : true) &&
          (value['billing_address_city'] !== undefined
            ? (typeof value['billing_address_city'] === 'string' && value['billing_address_city'].length <= 255) ||
              value['billing_address_city'] === null
            : true) &&
          (value['billing_address_zip'] !== undefined
            ? (typeof value['billing_address_zip'] === 'string' && value['billing_address_zip'].length <= 255) ||
              value['billing_address_zip'] === null
            : true) &&
          (value['billing_address_state'] !== undefined
            ? (typeof value['billing_address_state'] === 'string' && value['billing_address_state'].length <= 255) ||
              value['billing_address_state'] === null
            : true) &&
          (value['tax_number'] !== undefined
            ? (typeof value['tax_number'] === 'string' && value['tax_number'].length <= 255) ||
              value['tax_number'] === null
            : true) &&
          typeof value['billing_address_country'] === 'string' &&
          value['billing_address_country'].length <= 64 &&
          value['billing_address_country'].length >= 1 &&
          format('country', value['billing_address_country']) &&
          (value['business_type'] !== undefined
            ? value['business_type'] === 'B2B' || value['business_type'] === 'B2C'
            : true) &&
          Object.getOwnPropertyNames(value).every((key) =>
            [
              'name',
              'email',
              'phone_number',
              'billing_address_line1',
              'billing_address_line2',
              'billing_address_city',
              'billing_address_zip',
              'billing_address_state',
              'tax_number',
              'billing_address_country',
              'business_type',
            ].includes(key),
          )
        );
      }
      return function check(value: any): boolean {
        return check_CustomerCreate(value);
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
            : true)
        );
      };
    })(),
  },
  retrieveCustomer: {
    params: (function (): Check {
      return function check(value: any): boolean {
        return typeof value === 'object' && value !== null && !Array.isArray(value) && typeof value['id'] === 'string';
      };
    })(),
  },
  updateCustomer: {
    params: (function (): Check {
      return function check(value: any): boolean {
        return typeof value === 'object' && value !== null && !Array.isArray(value) && typeof value['id'] === 'string';
      };
    })(),
    headers: (function (): Check {
      return function check(value: any): boolean {
        return (
          typeof value === 'object' &&
          value !== null &&
          !Array.isArray(value) &&
          (value['idempotency-key'] !== undefined
            ? typeof value['idempotency-key'] === 'string' &&
              value['idempotency-key'].length <= 255 &&
              value['idempotency-key'].length >= 1
            : true)
        );
      };
    })(),
    body: (function (): Check {
      function check_CustomerUpdate(value: any): boolean {
        return (
          typeof value === 'object' &&
          value !== null &&
          !Array.isArray(value) &&
          (value['name'] !== undefined
            ? (typeof value['name'] === 'string' && value['name'].length <= 255) || value['name'] === null
            : true) &&
          (value['email'] !== undefined
            ? (typeof value['email'] === 'string' && value['email'].length <= 254 && format('email', value['email'])) ||
              value['email'] === '' ||
              value['email'] === null
            : true) &&
          (value['phone_number'] !== undefined
            ? (typeof value['phone_number'] === 'string' && value['phone_number'].length <= 255) ||
              value['phone_number'] === null
            : true) &&
          (value['billing_address_line1'] !== undefined
            ? (typeof value['billing_address_line1'] === 'string' && value['billing_address_line1'].length <= 255) ||
              value['billing_address_line1'] === null
            : true) &&
          (value['billing_address_line2'] !== undefined
            ? (typeof value['billing_address_line2'] === 'string' && value['billing_address_line2'].length <= 255) ||
              value['billing_address_line2'] === null
            : true) &&
          (value['billing_address_city'] !== undefined
            ? (typeof value['billing_address_city'] === 'string' && value['billing_address_city'].length <= 255) ||
              value['billing_address_city'] === null
            : true) &&
          (value['billing_address_zip'] !== undefined
            ? (typeof value['billing_address_zip'] === 'string' && value['billing_address_zip'].length <= 255) ||
              value['billing_address_zip'] === null
            : true) &&
          (value['billing_address_state'] !== undefined
            ? (typeof value['billing_address_state'] === 'string' && value['billing_address_state'].length <= 255) ||
              value['billing_address_state'] === null
            : true) &&
          (value['tax_number'] !== undefined
            ? (typeof value['tax_number'] === 'string' && value['tax_number'].length <= 255) ||
              value['tax_number'] === null
            : true) &&
          (value['billing_address_country'] !== undefined
            ? typeof value['billing_address_country'] === 'string' &&
              value['billing_address_country'].length <= 64 &&
              value['billing_address_country'].length >= 1 &&
              format('country', value['billing_address_country'])
            : true) &&
          (value['business_type'] !== undefined
            ? value['business_type'] === 'B2B' || value['business_type'] === 'B2C'
            : true) &&
          Object.getOwnPropertyNames(value).every((key) =>
            [
              'name',
              'email',
              'phone_number',
              'billing_address_line1',
              'billing_address_line2',
              'billing_address_city',
              'billing_address_zip',
              'billing_address_state',
              'tax_number',
              'billing_address_country',
              'business_type',
            ].includes(key),
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
