import type { TSchema } from '@sinclair/typebox';
import type { ApiDefinition } from './api.ts';
import { importSchema } from './module.ts';
import { operationHeaders, type RequestPart } from './route.ts';

/**
 * The schema a request part is checked against: inline for params and query, the declared headers
 * plus those the platform adds (see `operationHeaders`), a module import for bodies. Shared by the
 * AOT compiler and the runtime that explains failures, so both check the same thing.
 */
export function partSchema(api: ApiDefinition, operationId: string, part: RequestPart): TSchema | undefined {
  const op = api.routes[operationId];
  if (!op) return undefined;
  if (part === 'headers') return operationHeaders(op);
  if (part === 'body') return op.request?.body ? importSchema(api.module, op.request.body.schema) : undefined;
  return op.request?.[part];
}
