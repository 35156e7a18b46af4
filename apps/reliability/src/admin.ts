import { randomBytes } from 'node:crypto';
import { ADMIN_PREFIX } from '@clientele/schemas/admin';
import type { NamedOperation } from '@clientele/server/platform';

/** The admin token a run gives the server it starts (so it can add fault rules and move the clock). */
export const runAdminToken = (): string => `reliability-${randomBytes(16).toString('hex')}`;

/** The kinds of request the tools send, as a fault rule names them. */
export type RequestKind = 'create' | 'update' | 'get' | 'list';
const KINDS: readonly RequestKind[] = ['create', 'update', 'get', 'list'];

/** `--fault create={"status":500,"probability":0.5}`: a fault rule for one kind of request, on every API. */
export interface FaultPlan {
  readonly kind: RequestKind;
  readonly rule: Readonly<Record<string, unknown>>;
}

/** The `--fault` options: a server broken on purpose, to show a run fails against it. */
export function parseFaults(options: readonly string[] | undefined): FaultPlan[] {
  return (options ?? []).map((option) => {
    const at = option.indexOf('=');
    const kind = option.slice(0, at) as RequestKind;
    if (at < 0 || !KINDS.includes(kind)) throw new Error(`--fault ${option}: give KIND=RULE, KIND one of ${KINDS.join(', ')}, RULE the admin API's fault rule as JSON`);
    return { kind, rule: JSON.parse(option.slice(at + 1)) as Record<string, unknown> };
  });
}

/** Sends one admin API request; anything but `expected` throws with the answer. */
export async function admin(origin: string, token: string, method: string, path: string, body: unknown, expected: number): Promise<unknown> {
  const response = await fetch(`${origin}${ADMIN_PREFIX}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  if (response.status !== expected) throw new Error(`admin ${method} ${path}: ${response.status} ${text.slice(0, 300)}`);
  return text ? JSON.parse(text) : undefined;
}

/** Adds the planned fault rules for one API's operations (stored in the database: they outlive restarts). */
export async function addFaults(origin: string, token: string, api: string, operations: Partial<Record<RequestKind, NamedOperation>>, plans: readonly FaultPlan[]) {
  for (const { kind, rule } of plans) {
    const operation = operations[kind];
    if (operation) await admin(origin, token, 'POST', '/faults', { ...rule, match: { api, operation: operation.id } }, 201);
  }
}
