// Generated from schemas/admin; do not edit. Run `pnpm generate`.
import { format } from '../src/formats.ts';

type Check = (value: unknown) => boolean;

export const checks: Record<string, Partial<Record<'params' | 'query' | 'headers' | 'body', Check>>> = {
  addCredential: {
    params: (function (): Check {
      return function check(value: any): boolean {
        return (
          typeof value === 'object' &&
          value !== null &&
          !Array.isArray(value) &&
          typeof value['tenant_id'] === 'string' &&
          value['tenant_id'].length <= 200 &&
          Object.getOwnPropertyNames(value).length === 1
        );
      };
    })(),
    body: (function (): Check {
      const local_0 = /^[^/\s]{1,200}$/;
      const local_1 = /^[^/\s]{1,200}$/;
      const local_2 = /^[^:\s]{1,200}$/;
      function check_CredentialCreate(value: any): boolean {
        return (
          typeof value === 'object' &&
          value !== null &&
          !Array.isArray(value) &&
          (value['like'] !== undefined ? typeof value['like'] === 'string' && local_0.test(value['like']) : true) &&
          (value['kind'] !== undefined
            ? typeof value['kind'] === 'string' && value['kind'].length <= 200 && value['kind'].length >= 1
            : true) &&
          (value['mode'] !== undefined
            ? (typeof value['mode'] === 'string' && value['mode'].length <= 20 && value['mode'].length >= 1) ||
              value['mode'] === null
            : true) &&
          (value['scopes'] !== undefined
            ? Array.isArray(value['scopes']) &&
              value['scopes'].length <= 50 &&
              ((array) => {
                for (const value of array)
                  if (!(typeof value === 'string' && value.length <= 100 && value.length >= 1)) {
                    return false;
                  }
                return true;
              })(value['scopes'])
            : true) &&
          (value['subject'] !== undefined
            ? (typeof value['subject'] === 'string' && local_1.test(value['subject'])) || value['subject'] === null
            : true) &&
          (value['label'] !== undefined
            ? typeof value['label'] === 'string' && value['label'].length <= 200 && value['label'].length >= 1
            : true) &&
          (value['public_id'] !== undefined
            ? typeof value['public_id'] === 'string' && local_2.test(value['public_id'])
            : true) &&
          (value['secret'] !== undefined
            ? typeof value['secret'] === 'string' && value['secret'].length <= 500 && value['secret'].length >= 8
            : true) &&
          Object.getOwnPropertyNames(value).every((key) =>
            ['like', 'kind', 'mode', 'scopes', 'subject', 'label', 'public_id', 'secret'].includes(key),
          )
        );
      }
      return function check(value: any): boolean {
        return check_CredentialCreate(value);
      };
    })(),
  },
  addFault: {
    body: (function (): Check {
      const local_0 = /^[^/\s]{1,200}$/;
      function check_FaultRuleCreate(value: any): boolean {
        return (
          typeof value === 'object' &&
          value !== null &&
          !Array.isArray(value) &&
          (value['match'] !== undefined ? check_FaultMatch(value['match']) : true) &&
          (value['status'] !== undefined
            ? value['status'] === 429 || value['status'] === 500 || value['status'] === 503
            : true) &&
          (value['retry_after'] !== undefined
            ? Number.isInteger(value['retry_after']) && value['retry_after'] <= 86400 && value['retry_after'] >= 0
            : true) &&
          (value['latency_ms'] !== undefined
            ? Number.isInteger(value['latency_ms']) && value['latency_ms'] <= 60000 && value['latency_ms'] >= 0
            : true) &&
          (value['latency_max_ms'] !== undefined
            ? Number.isInteger(value['latency_max_ms']) &&
              value['latency_max_ms'] <= 60000 &&
              value['latency_max_ms'] >= 0
            : true) &&
          (value['drop'] !== undefined ? typeof value['drop'] === 'boolean' : true) &&
          (value['probability'] !== undefined
            ? Number.isFinite(value['probability']) && value['probability'] > 0 && value['probability'] <= 1
            : true) &&
          (value['count'] !== undefined
            ? Number.isInteger(value['count']) && value['count'] <= 1000000 && value['count'] >= 1
            : true) &&
          Object.getOwnPropertyNames(value).every((key) =>
            ['match', 'status', 'retry_after', 'latency_ms', 'latency_max_ms', 'drop', 'probability', 'count'].includes(
              key,
            ),
          )
        );
      }
      function check_FaultMatch(value: any): boolean {
        return (
          typeof value === 'object' &&
          value !== null &&
          !Array.isArray(value) &&
          (value['api'] !== undefined
            ? typeof value['api'] === 'string' && value['api'].length <= 200 && value['api'].length >= 1
            : true) &&
          (value['operation'] !== undefined
            ? typeof value['operation'] === 'string' &&
              value['operation'].length <= 200 &&
              value['operation'].length >= 1
            : true) &&
          (value['tenant'] !== undefined
            ? typeof value['tenant'] === 'string' && local_0.test(value['tenant'])
            : true) &&
          (value['method'] !== undefined
            ? value['method'] === 'GET' ||
              value['method'] === 'HEAD' ||
              value['method'] === 'POST' ||
              value['method'] === 'PUT' ||
              value['method'] === 'PATCH' ||
              value['method'] === 'DELETE'
            : true) &&
          Object.getOwnPropertyNames(value).every((key) => ['api', 'operation', 'tenant', 'method'].includes(key))
        );
      }
      return function check(value: any): boolean {
        return check_FaultRuleCreate(value);
      };
    })(),
  },
  advanceClock: {
    body: (function (): Check {
      const local_0 = /^([0-9]+(ms|s|m|h|d))+$/;
      function check_ClockAdvance(value: any): boolean {
        return (
          typeof value === 'object' &&
          value !== null &&
          !Array.isArray(value) &&
          ((Number.isInteger(value['advance']) && value['advance'] <= 3155760000000 && value['advance'] >= 0) ||
            (typeof value['advance'] === 'string' && local_0.test(value['advance']))) &&
          Object.getOwnPropertyNames(value).length === 1
        );
      }
      return function check(value: any): boolean {
        return check_ClockAdvance(value);
      };
    })(),
  },
  createTenant: {
    body: (function (): Check {
      function check_TenantCreate(value: any): boolean {
        return (
          typeof value === 'object' &&
          value !== null &&
          !Array.isArray(value) &&
          typeof value['api'] === 'string' &&
          value['api'].length <= 200 &&
          value['api'].length >= 1 &&
          (value['name'] !== undefined
            ? typeof value['name'] === 'string' && value['name'].length <= 200 && value['name'].length >= 1
            : true) &&
          (value['scopes'] !== undefined
            ? Array.isArray(value['scopes']) &&
              value['scopes'].length <= 50 &&
              ((array) => {
                for (const value of array)
                  if (!(typeof value === 'string' && value.length <= 100)) {
                    return false;
                  }
                return true;
              })(value['scopes'])
            : true) &&
          Object.getOwnPropertyNames(value).every((key) => ['api', 'name', 'scopes'].includes(key))
        );
      }
      return function check(value: any): boolean {
        return check_TenantCreate(value);
      };
    })(),
  },
  deleteFault: {
    params: (function (): Check {
      return function check(value: any): boolean {
        return (
          typeof value === 'object' &&
          value !== null &&
          !Array.isArray(value) &&
          typeof value['fault_id'] === 'string' &&
          value['fault_id'].length <= 100 &&
          Object.getOwnPropertyNames(value).length === 1
        );
      };
    })(),
  },
  deleteTenant: {
    params: (function (): Check {
      return function check(value: any): boolean {
        return (
          typeof value === 'object' &&
          value !== null &&
          !Array.isArray(value) &&
          typeof value['tenant_id'] === 'string' &&
          value['tenant_id'].length <= 200 &&
          Object.getOwnPropertyNames(value).length === 1
        );
      };
    })(),
  },
  exportData: {
    query: (function (): Check {
      return function check(value: any): boolean {
        return (
          typeof value === 'object' &&
          value !== null &&
          !Array.isArray(value) &&
          (value['tenant'] !== undefined
            ? typeof value['tenant'] === 'string' && value['tenant'].length <= 200
            : true) &&
          (value['api'] !== undefined ? typeof value['api'] === 'string' && value['api'].length <= 100 : true) &&
          Object.getOwnPropertyNames(value).every((key) => ['tenant', 'api'].includes(key))
        );
      };
    })(),
  },
  getDelivery: {
    params: (function (): Check {
      return function check(value: any): boolean {
        return (
          typeof value === 'object' &&
          value !== null &&
          !Array.isArray(value) &&
          typeof value['tenant_id'] === 'string' &&
          value['tenant_id'].length <= 200 &&
          typeof value['delivery_id'] === 'string' &&
          value['delivery_id'].length <= 200 &&
          Object.getOwnPropertyNames(value).length === 2
        );
      };
    })(),
  },
  getTenant: {
    params: (function (): Check {
      return function check(value: any): boolean {
        return (
          typeof value === 'object' &&
          value !== null &&
          !Array.isArray(value) &&
          typeof value['tenant_id'] === 'string' &&
          value['tenant_id'].length <= 200 &&
          Object.getOwnPropertyNames(value).length === 1
        );
      };
    })(),
  },
  importData: {
    body: (function (): Check {
      const local_0 = /^[^/\s]{1,200}$/;
      const local_1 = /^(.*)$/;
      const local_2 = /^[^/\s]{1,200}$/;
      const local_3 = /^[^:\s]{1,200}$/;
      const local_4 = /^[0-9a-f]{64}$/;
      const local_5 = /^[^/\s]{1,200}$/;
      const local_6 = /^[a-z0-9_]+\.[a-z0-9_]+$/;
      const local_7 = /^[^/\s]{1,200}$/;
      const local_8 = /^[^/\s]{1,200}$/;
      const local_9 = /^(.*)$/;
      function check_SandboxDocument(value: any): boolean {
        return (
          typeof value === 'object' &&
          value !== null &&
          !Array.isArray(value) &&
          (value['$schema'] !== undefined ? typeof value['$schema'] === 'string' : true) &&
          value['format'] === 'clientele-sandbox/1' &&
          Array.isArray(value['tenants']) &&
          value['tenants'].length <= 10000 &&
          ((array) => {
            for (const value of array)
              if (!check_SeedTenant(value)) {
                return false;
              }
            return true;
          })(value['tenants']) &&
          Object.getOwnPropertyNames(value).every((key) => ['$schema', 'format', 'tenants'].includes(key))
        );
      }
      function check_SeedTenant(value: any): boolean {
        return (
          typeof value === 'object' &&
          value !== null &&
          !Array.isArray(value) &&
          typeof value['api'] === 'string' &&
          value['api'].length <= 200 &&
          value['api'].length >= 1 &&
          typeof value['id'] === 'string' &&
          local_0.test(value['id']) &&
          (value['name'] !== undefined
            ? typeof value['name'] === 'string' && value['name'].length <= 200 && value['name'].length >= 1
            : true) &&
          (value['meta'] !== undefined
            ? typeof value['meta'] === 'object' &&
              value['meta'] !== null &&
              !Array.isArray(value['meta']) &&
              !(value['meta'] instanceof Date) &&
              !(value['meta'] instanceof Uint8Array) &&
              Object.entries(value['meta']).every(([key, value]) => (local_1.test(key) ? true : true))
            : true) &&
          (value['credentials'] !== undefined
            ? Array.isArray(value['credentials']) &&
              value['credentials'].length <= 1000 &&
              ((array) => {
                for (const value of array)
                  if (!check_SeedCredential(value)) {
                    return false;
                  }
                return true;
              })(value['credentials'])
            : true) &&
          (value['documents'] !== undefined
            ? Array.isArray(value['documents']) &&
              value['documents'].length <= 100000 &&
              ((array) => {
                for (const value of array)
                  if (!check_SeedDocument(value)) {
                    return false;
                  }
                return true;
              })(value['documents'])
            : true) &&
          Object.getOwnPropertyNames(value).every((key) =>
            ['api', 'id', 'name', 'meta', 'credentials', 'documents'].includes(key),
          )
        );
      }
      function check_SeedCredential(value: any): boolean {
        return (
          typeof value === 'object' &&
          value !== null &&
          !Array.isArray(value) &&
          (value['id'] !== undefined ? typeof value['id'] === 'string' && local_2.test(value['id']) : true) &&
          typeof value['kind'] === 'string' &&
          value['kind'].length <= 200 &&
          value['kind'].length >= 1 &&
          (value['label'] !== undefined
            ? (typeof value['label'] === 'string' && value['label'].length <= 200) || value['label'] === null
            : true) &&
          (value['public_id'] !== undefined
            ? (typeof value['public_id'] === 'string' && local_3.test(value['public_id'])) ||
              value['public_id'] === null
            : true) &&
          (value['public_label'] !== undefined
            ? (typeof value['public_label'] === 'string' && value['public_label'].length <= 200) ||
              value['public_label'] === null
            : true) &&
          (value['secret'] !== undefined
            ? typeof value['secret'] === 'string' && value['secret'].length <= 500 && value['secret'].length >= 8
            : true) &&
          (value['secret_sha256'] !== undefined
            ? typeof value['secret_sha256'] === 'string' && local_4.test(value['secret_sha256'])
            : true) &&
          (value['secret_length'] !== undefined
            ? (Number.isInteger(value['secret_length']) &&
                value['secret_length'] <= 701 &&
                value['secret_length'] >= 8) ||
              value['secret_length'] === null
            : true) &&
          (value['hint'] !== undefined
            ? (typeof value['hint'] === 'string' && value['hint'].length <= 200) || value['hint'] === null
            : true) &&
          (value['mode'] !== undefined
            ? (typeof value['mode'] === 'string' && value['mode'].length <= 20 && value['mode'].length >= 1) ||
              value['mode'] === null
            : true) &&
          (value['scopes'] !== undefined
            ? Array.isArray(value['scopes']) &&
              value['scopes'].length <= 50 &&
              ((array) => {
                for (const value of array)
                  if (!(typeof value === 'string' && value.length <= 100)) {
                    return false;
                  }
                return true;
              })(value['scopes'])
            : true) &&
          (value['subject'] !== undefined
            ? (typeof value['subject'] === 'string' && local_5.test(value['subject'])) || value['subject'] === null
            : true) &&
          (value['expires_at'] !== undefined
            ? (typeof value['expires_at'] === 'string' && format('date-time', value['expires_at'])) ||
              value['expires_at'] === null
            : true) &&
          Object.getOwnPropertyNames(value).every((key) =>
            [
              'id',
              'kind',
              'label',
              'public_id',
              'public_label',
              'secret',
              'secret_sha256',
              'secret_length',
              'hint',
              'mode',
              'scopes',
              'subject',
              'expires_at',
            ].includes(key),
          )
        );
      }
      function check_SeedDocument(value: any): boolean {
        return (
          typeof value === 'object' &&
          value !== null &&
          !Array.isArray(value) &&
          typeof value['collection'] === 'string' &&
          local_6.test(value['collection']) &&
          (value['mode'] !== undefined
            ? typeof value['mode'] === 'string' && value['mode'].length <= 20 && value['mode'].length >= 1
            : true) &&
          (value['parent'] !== undefined
            ? typeof value['parent'] === 'string' && local_7.test(value['parent'])
            : true) &&
          typeof value['id'] === 'string' &&
          local_8.test(value['id']) &&
          (value['created'] !== undefined
            ? typeof value['created'] === 'string' && format('date-time', value['created'])
            : true) &&
          typeof value['data'] === 'object' &&
          value['data'] !== null &&
          !Array.isArray(value['data']) &&
          !(value['data'] instanceof Date) &&
          !(value['data'] instanceof Uint8Array) &&
          Object.entries(value['data']).every(([key, value]) => (local_9.test(key) ? true : true)) &&
          Object.getOwnPropertyNames(value).every((key) =>
            ['collection', 'mode', 'parent', 'id', 'created', 'data'].includes(key),
          )
        );
      }
      return function check(value: any): boolean {
        return check_SandboxDocument(value);
      };
    })(),
  },
  listDeliveries: {
    params: (function (): Check {
      return function check(value: any): boolean {
        return (
          typeof value === 'object' &&
          value !== null &&
          !Array.isArray(value) &&
          typeof value['tenant_id'] === 'string' &&
          value['tenant_id'].length <= 200 &&
          Object.getOwnPropertyNames(value).length === 1
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
            ? Number.isInteger(value['limit']) && value['limit'] <= 500 && value['limit'] >= 1
            : true) &&
          (value['offset'] !== undefined ? Number.isInteger(value['offset']) && value['offset'] >= 0 : true) &&
          Object.getOwnPropertyNames(value).every((key) => ['limit', 'offset'].includes(key))
        );
      };
    })(),
  },
  listRequests: {
    query: (function (): Check {
      const local_0 = /^[1-5]([0-9]{2}|xx)$/;
      return function check(value: any): boolean {
        return (
          typeof value === 'object' &&
          value !== null &&
          !Array.isArray(value) &&
          (value['api'] !== undefined ? typeof value['api'] === 'string' && value['api'].length <= 100 : true) &&
          (value['tenant'] !== undefined
            ? typeof value['tenant'] === 'string' && value['tenant'].length <= 200
            : true) &&
          (value['status'] !== undefined
            ? typeof value['status'] === 'string' && local_0.test(value['status'])
            : true) &&
          (value['operation'] !== undefined
            ? typeof value['operation'] === 'string' && value['operation'].length <= 100
            : true) &&
          (value['since'] !== undefined
            ? typeof value['since'] === 'string' && format('date-time', value['since'])
            : true) &&
          (value['until'] !== undefined
            ? typeof value['until'] === 'string' && format('date-time', value['until'])
            : true) &&
          (value['before'] !== undefined ? Number.isInteger(value['before']) && value['before'] >= 1 : true) &&
          (value['limit'] !== undefined
            ? Number.isInteger(value['limit']) && value['limit'] <= 500 && value['limit'] >= 1
            : true) &&
          Object.getOwnPropertyNames(value).every((key) =>
            ['api', 'tenant', 'status', 'operation', 'since', 'until', 'before', 'limit'].includes(key),
          )
        );
      };
    })(),
  },
  listTenants: {
    query: (function (): Check {
      return function check(value: any): boolean {
        return (
          typeof value === 'object' &&
          value !== null &&
          !Array.isArray(value) &&
          (value['api'] !== undefined ? typeof value['api'] === 'string' && value['api'].length <= 100 : true) &&
          (value['limit'] !== undefined
            ? Number.isInteger(value['limit']) && value['limit'] <= 1000 && value['limit'] >= 1
            : true) &&
          (value['offset'] !== undefined ? Number.isInteger(value['offset']) && value['offset'] >= 0 : true) &&
          Object.getOwnPropertyNames(value).every((key) => ['api', 'limit', 'offset'].includes(key))
        );
      };
    })(),
  },
  replayDelivery: {
    params: (function (): Check {
      return function check(value: any): boolean {
        return (
          typeof value === 'object' &&
          value !== null &&
          !Array.isArray(value) &&
          typeof value['tenant_id'] === 'string' &&
          value['tenant_id'].length <= 200 &&
          typeof value['delivery_id'] === 'string' &&
          value['delivery_id'].length <= 200 &&
          Object.getOwnPropertyNames(value).length === 2
        );
      };
    })(),
  },
  resetData: {
    body: (function (): Check {
      const local_0 = /^[^/\s]{1,200}$/;
      function check_ResetRequest(value: any): boolean {
        return (
          typeof value === 'object' &&
          value !== null &&
          !Array.isArray(value) &&
          (value['api'] !== undefined
            ? typeof value['api'] === 'string' && value['api'].length <= 200 && value['api'].length >= 1
            : true) &&
          (value['tenant'] !== undefined
            ? typeof value['tenant'] === 'string' && local_0.test(value['tenant'])
            : true) &&
          Object.getOwnPropertyNames(value).every((key) => ['api', 'tenant'].includes(key))
        );
      }
      return function check(value: any): boolean {
        return check_ResetRequest(value);
      };
    })(),
  },
  revokeCredential: {
    params: (function (): Check {
      return function check(value: any): boolean {
        return (
          typeof value === 'object' &&
          value !== null &&
          !Array.isArray(value) &&
          typeof value['tenant_id'] === 'string' &&
          value['tenant_id'].length <= 200 &&
          typeof value['credential_id'] === 'string' &&
          value['credential_id'].length <= 200 &&
          Object.getOwnPropertyNames(value).length === 2
        );
      };
    })(),
  },
  rotateCredential: {
    params: (function (): Check {
      return function check(value: any): boolean {
        return (
          typeof value === 'object' &&
          value !== null &&
          !Array.isArray(value) &&
          typeof value['tenant_id'] === 'string' &&
          value['tenant_id'].length <= 200 &&
          typeof value['credential_id'] === 'string' &&
          value['credential_id'].length <= 200 &&
          Object.getOwnPropertyNames(value).length === 2
        );
      };
    })(),
  },
  setCustomerStatus: {
    params: (function (): Check {
      return function check(value: any): boolean {
        return (
          typeof value === 'object' &&
          value !== null &&
          !Array.isArray(value) &&
          typeof value['tenant_id'] === 'string' &&
          value['tenant_id'].length <= 200 &&
          typeof value['customer_id'] === 'string' &&
          value['customer_id'].length <= 200 &&
          Object.getOwnPropertyNames(value).length === 2
        );
      };
    })(),
    body: (function (): Check {
      function check_CustomerStatusChange(value: any): boolean {
        return (
          typeof value === 'object' &&
          value !== null &&
          !Array.isArray(value) &&
          ((typeof value['status'] === 'string' && value['status'].length <= 50) ||
            typeof value['status'] === 'boolean') &&
          Object.getOwnPropertyNames(value).length === 1
        );
      }
      return function check(value: any): boolean {
        return check_CustomerStatusChange(value);
      };
    })(),
  },
  setWebhookTargets: {
    body: (function (): Check {
      function check_WebhookTargets(value: any): boolean {
        return (
          typeof value === 'object' &&
          value !== null &&
          !Array.isArray(value) &&
          ((Array.isArray(value['targets']) &&
            value['targets'].length <= 1000 &&
            ((array) => {
              for (const value of array)
                if (!(typeof value === 'string' && value.length <= 2000 && value.length >= 1)) {
                  return false;
                }
              return true;
            })(value['targets'])) ||
            value['targets'] === null) &&
          Object.getOwnPropertyNames(value).length === 1
        );
      }
      return function check(value: any): boolean {
        return check_WebhookTargets(value);
      };
    })(),
  },
  tailRequests: {
    query: (function (): Check {
      const local_0 = /^[1-5]([0-9]{2}|xx)$/;
      return function check(value: any): boolean {
        return (
          typeof value === 'object' &&
          value !== null &&
          !Array.isArray(value) &&
          (value['api'] !== undefined ? typeof value['api'] === 'string' && value['api'].length <= 100 : true) &&
          (value['tenant'] !== undefined
            ? typeof value['tenant'] === 'string' && value['tenant'].length <= 200
            : true) &&
          (value['status'] !== undefined
            ? typeof value['status'] === 'string' && local_0.test(value['status'])
            : true) &&
          (value['operation'] !== undefined
            ? typeof value['operation'] === 'string' && value['operation'].length <= 100
            : true) &&
          (value['since'] !== undefined
            ? typeof value['since'] === 'string' && format('date-time', value['since'])
            : true) &&
          (value['until'] !== undefined
            ? typeof value['until'] === 'string' && format('date-time', value['until'])
            : true) &&
          Object.getOwnPropertyNames(value).every((key) =>
            ['api', 'tenant', 'status', 'operation', 'since', 'until'].includes(key),
          )
        );
      };
    })(),
    headers: (function (): Check {
      const local_0 = /^[0-9]{1,15}$/;
      return function check(value: any): boolean {
        return (
          typeof value === 'object' &&
          value !== null &&
          !Array.isArray(value) &&
          (value['last-event-id'] !== undefined
            ? typeof value['last-event-id'] === 'string' && local_0.test(value['last-event-id'])
            : true)
        );
      };
    })(),
  },
};

void format;
