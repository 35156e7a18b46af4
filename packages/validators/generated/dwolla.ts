// Generated from schemas/dwolla; do not edit. Run `pnpm generate`.
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
          typeof value['firstName'] === 'string' &&
          value['firstName'].length <= 50 &&
          value['firstName'].length >= 1 &&
          typeof value['lastName'] === 'string' &&
          value['lastName'].length <= 50 &&
          value['lastName'].length >= 1 &&
          typeof value['email'] === 'string' &&
          value['email'].length <= 254 &&
          format('email', value['email']) &&
          (value['ipAddress'] !== undefined
            ? (typeof value['ipAddress'] === 'string' && format('ipv4', value['ipAddress'])) ||
              (typeof value['ipAddress'] === 'string' && format('ipv6', value['ipAddress']))
            : true) &&
          Object.getOwnPropertyNames(value).every((key) =>
            ['firstName', 'lastName', 'email', 'ipAddress'].includes(key),
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
            ? Number.isInteger(value['limit']) && value['limit'] <= 200 && value['limit'] >= 1
            : true) &&
          (value['offset'] !== undefined
            ? Number.isInteger(value['offset']) && value['offset'] <= 2147483647 && value['offset'] >= 0
            : true)
        );
      };
    })(),
  },
  requestToken: {
    body: (function (): Check {
      function check_TokenRequest(value: any): boolean {
        return (
          typeof value === 'object' &&
          value !== null &&
          !Array.isArray(value) &&
          value['grant_type'] === 'client_credentials' &&
          (value['client_id'] !== undefined ? typeof value['client_id'] === 'string' : true) &&
          (value['client_secret'] !== undefined ? typeof value['client_secret'] === 'string' : true)
        );
      }
      return function check(value: any): boolean {
        return check_TokenRequest(value);
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
          typeof value['id'] === 'string' &&
          value['id'].length <= 64
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
          typeof value['id'] === 'string' &&
          value['id'].length <= 64
        );
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
          (value['firstName'] !== undefined
            ? typeof value['firstName'] === 'string' &&
              value['firstName'].length <= 50 &&
              value['firstName'].length >= 1
            : true) &&
          (value['lastName'] !== undefined
            ? typeof value['lastName'] === 'string' && value['lastName'].length <= 50 && value['lastName'].length >= 1
            : true) &&
          (value['email'] !== undefined
            ? typeof value['email'] === 'string' && value['email'].length <= 254 && format('email', value['email'])
            : true) &&
          (value['ipAddress'] !== undefined
            ? (typeof value['ipAddress'] === 'string' && format('ipv4', value['ipAddress'])) ||
              (typeof value['ipAddress'] === 'string' && format('ipv6', value['ipAddress']))
            : true) &&
          Object.getOwnPropertyNames(value).every((key) =>
            ['firstName', 'lastName', 'email', 'ipAddress'].includes(key),
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
