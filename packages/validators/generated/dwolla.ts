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
      const local_0 = /^[A-Za-z]{2}$/;
      const local_1 = /^[0-9]{5}(-[0-9]{4})?$/;
      const local_2 = /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/;
      const local_3 = /^([0-9]{4}|[0-9]{9}|[0-9]{3}-[0-9]{2}-[0-9]{4})$/;
      const local_4 = /^[0-9]{10}$/;
      const local_5 = /^([0-9]{9}|[0-9]{2}-[0-9]{7})$/;
      const local_6 = /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/;
      const local_7 = /^([0-9]{4}|[0-9]{9}|[0-9]{3}-[0-9]{2}-[0-9]{4})$/;
      const local_8 = /^[A-Za-z]{2}$/;
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
          (value['type'] !== undefined ? value['type'] === 'personal' || value['type'] === 'business' : true) &&
          (value['address1'] !== undefined
            ? typeof value['address1'] === 'string' && value['address1'].length <= 50 && value['address1'].length >= 1
            : true) &&
          (value['address2'] !== undefined
            ? typeof value['address2'] === 'string' && value['address2'].length <= 50 && value['address2'].length >= 1
            : true) &&
          (value['city'] !== undefined
            ? typeof value['city'] === 'string' && value['city'].length <= 50 && value['city'].length >= 1
            : true) &&
          (value['state'] !== undefined
            ? typeof value['state'] === 'string' &&
              value['state'].length <= 2 &&
              value['state'].length >= 1 &&
              local_0.test(value['state'])
            : true) &&
          (value['postalCode'] !== undefined
            ? typeof value['postalCode'] === 'string' &&
              value['postalCode'].length <= 10 &&
              value['postalCode'].length >= 1 &&
              local_1.test(value['postalCode'])
            : true) &&
          (value['dateOfBirth'] !== undefined
            ? typeof value['dateOfBirth'] === 'string' &&
              value['dateOfBirth'].length <= 10 &&
              value['dateOfBirth'].length >= 1 &&
              local_2.test(value['dateOfBirth'])
            : true) &&
          (value['ssn'] !== undefined
            ? typeof value['ssn'] === 'string' &&
              value['ssn'].length <= 11 &&
              value['ssn'].length >= 1 &&
              local_3.test(value['ssn'])
            : true) &&
          (value['phone'] !== undefined
            ? typeof value['phone'] === 'string' &&
              value['phone'].length <= 10 &&
              value['phone'].length >= 1 &&
              local_4.test(value['phone'])
            : true) &&
          (value['businessName'] !== undefined
            ? typeof value['businessName'] === 'string' &&
              value['businessName'].length <= 255 &&
              value['businessName'].length >= 1
            : true) &&
          (value['doingBusinessAs'] !== undefined
            ? typeof value['doingBusinessAs'] === 'string' &&
              value['doingBusinessAs'].length <= 255 &&
              value['doingBusinessAs'].length >= 1
            : true) &&
          (value['businessType'] !== undefined
            ? value['businessType'] === 'soleProprietorship' ||
              value['businessType'] === 'corporation' ||
              value['businessType'] === 'llc' ||
              value['businessType'] === 'partnership'
            : true) &&
          (value['businessClassification'] !== undefined
            ? typeof value['businessClassification'] === 'string' &&
              value['businessClassification'].length <= 100 &&
              value['businessClassification'].length >= 1
            : true) &&
          (value['ein'] !== undefined
            ? typeof value['ein'] === 'string' &&
              value['ein'].length <= 10 &&
              value['ein'].length >= 1 &&
              local_5.test(value['ein'])
            : true) &&
          (value['website'] !== undefined
            ? typeof value['website'] === 'string' && value['website'].length <= 255 && value['website'].length >= 1
            : true) &&
          (value['controller'] !== undefined ? check_Controller(value['controller']) : true) &&
          Object.getOwnPropertyNames(value).every((key) =>
            [
              'firstName',
              'lastName',
              'email',
              'ipAddress',
              'type',
              'address1',
              'address2',
              'city',
              'state',
              'postalCode',
              'dateOfBirth',
              'ssn',
              'phone',
              'businessName',
              'doingBusinessAs',
              'businessType',
              'businessClassification',
              'ein',
              'website',
              'controller',
            ].includes(key),
          )
        );
      }
      function check_Controller(value: any): boolean {
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
          typeof value['title'] === 'string' &&
          value['title'].length <= 100 &&
          value['title'].length >= 1 &&
          typeof value['dateOfBirth'] === 'string' &&
          value['dateOfBirth'].length <= 10 &&
          value['dateOfBirth'].length >= 1 &&
          local_6.test(value['dateOfBirth']) &&
          (value['ssn'] !== undefined
            ? typeof value['ssn'] === 'string' &&
              value['ssn'].length <= 11 &&
              value['ssn'].length >= 1 &&
              local_7.test(value['ssn'])
            : true) &&
          typeof value['address'] === 'object' &&
          value['address'] !== null &&
          !Array.isArray(value['address']) &&
          typeof value['address']['address1'] === 'string' &&
          value['address']['address1'].length <= 50 &&
          value['address']['address1'].length >= 1 &&
          (value['address']['address2'] !== undefined
            ? typeof value['address']['address2'] === 'string' &&
              value['address']['address2'].length <= 50 &&
              value['address']['address2'].length >= 1
            : true) &&
          typeof value['address']['city'] === 'string' &&
          value['address']['city'].length <= 50 &&
          value['address']['city'].length >= 1 &&
          typeof value['address']['stateProvinceRegion'] === 'string' &&
          value['address']['stateProvinceRegion'].length <= 3 &&
          value['address']['stateProvinceRegion'].length >= 1 &&
          (value['address']['postalCode'] !== undefined
            ? typeof value['address']['postalCode'] === 'string' &&
              value['address']['postalCode'].length <= 10 &&
              value['address']['postalCode'].length >= 1
            : true) &&
          typeof value['address']['country'] === 'string' &&
          value['address']['country'].length <= 2 &&
          value['address']['country'].length >= 1 &&
          local_8.test(value['address']['country']) &&
          Object.getOwnPropertyNames(value['address']).every((key) =>
            ['address1', 'address2', 'city', 'stateProvinceRegion', 'postalCode', 'country'].includes(key),
          ) &&
          Object.getOwnPropertyNames(value).every((key) =>
            ['firstName', 'lastName', 'title', 'dateOfBirth', 'ssn', 'address'].includes(key),
          )
        );
      }
      return function check(value: any): boolean {
        return check_CustomerCreate(value);
      };
    })(),
  },
  createWebhookSubscription: {
    body: (function (): Check {
      const local_0 = /^https?:\/\//;
      function check_WebhookSubscriptionCreate(value: any): boolean {
        return (
          typeof value === 'object' &&
          value !== null &&
          !Array.isArray(value) &&
          typeof value['url'] === 'string' &&
          value['url'].length <= 2000 &&
          local_0.test(value['url']) &&
          format('uri', value['url']) &&
          typeof value['secret'] === 'string' &&
          value['secret'].length <= 128 &&
          value['secret'].length >= 1 &&
          Object.getOwnPropertyNames(value).length === 2
        );
      }
      return function check(value: any): boolean {
        return check_WebhookSubscriptionCreate(value);
      };
    })(),
  },
  deleteWebhookSubscription: {
    params: (function (): Check {
      return function check(value: any): boolean {
        return (
          typeof value === 'object' &&
          value !== null &&
          !Array.isArray(value) &&
          typeof value['subscriptionId'] === 'string' &&
          value['subscriptionId'].length <= 64
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
            ? Number.isInteger(value['limit']) && value['limit'] <= 200 && value['limit'] >= 1
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
            ? Number.isInteger(value['limit']) && value['limit'] <= 200 && value['limit'] >= 1
            : true) &&
          (value['offset'] !== undefined
            ? Number.isInteger(value['offset']) && value['offset'] <= 2147483647 && value['offset'] >= 0
            : true)
        );
      };
    })(),
  },
  listSubscriptionWebhooks: {
    params: (function (): Check {
      return function check(value: any): boolean {
        return (
          typeof value === 'object' &&
          value !== null &&
          !Array.isArray(value) &&
          typeof value['subscriptionId'] === 'string' &&
          value['subscriptionId'].length <= 64
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
            ? Number.isInteger(value['limit']) && value['limit'] <= 200 && value['limit'] >= 1
            : true) &&
          (value['offset'] !== undefined
            ? Number.isInteger(value['offset']) && value['offset'] <= 2147483647 && value['offset'] >= 0
            : true)
        );
      };
    })(),
  },
  listWebhookRetries: {
    params: (function (): Check {
      return function check(value: any): boolean {
        return (
          typeof value === 'object' &&
          value !== null &&
          !Array.isArray(value) &&
          typeof value['webhookId'] === 'string' &&
          value['webhookId'].length <= 64
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
  retrieveEvent: {
    params: (function (): Check {
      return function check(value: any): boolean {
        return (
          typeof value === 'object' &&
          value !== null &&
          !Array.isArray(value) &&
          typeof value['eventId'] === 'string' &&
          value['eventId'].length <= 64
        );
      };
    })(),
  },
  retrieveWebhook: {
    params: (function (): Check {
      return function check(value: any): boolean {
        return (
          typeof value === 'object' &&
          value !== null &&
          !Array.isArray(value) &&
          typeof value['webhookId'] === 'string' &&
          value['webhookId'].length <= 64
        );
      };
    })(),
  },
  retrieveWebhookRetry: {
    params: (function (): Check {
      return function check(value: any): boolean {
        return (
          typeof value === 'object' &&
          value !== null &&
          !Array.isArray(value) &&
          typeof value['webhookId'] === 'string' &&
          value['webhookId'].length <= 64 &&
          typeof value['retryId'] === 'string' &&
          value['retryId'].length <= 64
        );
      };
    })(),
  },
  retrieveWebhookSubscription: {
    params: (function (): Check {
      return function check(value: any): boolean {
        return (
          typeof value === 'object' &&
          value !== null &&
          !Array.isArray(value) &&
          typeof value['subscriptionId'] === 'string' &&
          value['subscriptionId'].length <= 64
        );
      };
    })(),
  },
  retryWebhook: {
    params: (function (): Check {
      return function check(value: any): boolean {
        return (
          typeof value === 'object' &&
          value !== null &&
          !Array.isArray(value) &&
          typeof value['webhookId'] === 'string' &&
          value['webhookId'].length <= 64
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
  updateWebhookSubscription: {
    params: (function (): Check {
      return function check(value: any): boolean {
        return (
          typeof value === 'object' &&
          value !== null &&
          !Array.isArray(value) &&
          typeof value['subscriptionId'] === 'string' &&
          value['subscriptionId'].length <= 64
        );
      };
    })(),
    body: (function (): Check {
      function check_WebhookSubscriptionUpdate(value: any): boolean {
        return (
          typeof value === 'object' &&
          value !== null &&
          !Array.isArray(value) &&
          typeof value['paused'] === 'boolean' &&
          Object.getOwnPropertyNames(value).length === 1
        );
      }
      return function check(value: any): boolean {
        return check_WebhookSubscriptionUpdate(value);
      };
    })(),
  },
};

void format;
