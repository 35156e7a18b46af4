import { createAdminClient, type AdminClient } from '@clientele/client';
import type { AppOptions } from '../../src/app.ts';
import type { SandboxOptions } from '../../src/sandbox/index.ts';
import type { Driver } from './drivers.ts';
import { raw, type RawResponse } from './http.ts';
import { startServer, type TestServer } from './server.ts';
import { specValidator } from './spec.ts';

export const ADMIN_TOKEN = 'test-admin-token-0123456789';
export const adminSpec = specValidator('admin');

export interface SandboxServer extends TestServer {
  readonly admin: AdminClient;
  /** Raw HTTP to the admin API with the admin token (`path` below `/_clientele`). */
  call(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<RawResponse>;
}

/**
 * A server with the sandbox controls on: a known admin token, the request log on, and shared state
 * (clock, fault rules) read for every request, so what another instance changes applies at once.
 */
export async function startSandbox(driver: Driver, sandbox: SandboxOptions & { logThread?: boolean } = {}, options: Partial<AppOptions> = {}): Promise<SandboxServer> {
  // `logThread`: the request log written in its own thread, on the test's database (as the server command does).
  const { logThread, ...rest } = sandbox;
  const server = await startServer(driver, (url) => ({
    ...options,
    sandbox: { adminToken: ADMIN_TOKEN, requestLogLimit: 100, sharedStateTtlMs: 0, tailPollMs: 20, ...(logThread ? { database: { url } } : {}), ...rest },
  }));
  return withAdmin(server);
}

export function withAdmin(server: TestServer): SandboxServer {
  const base = `${server.origin}/_clientele`;
  return {
    ...server,
    admin: createAdminClient({ baseUrl: base, token: ADMIN_TOKEN }),
    call: (method, path, body, headers = {}) =>
      raw(`${base}${path}`, {
        method,
        headers: { authorization: `Bearer ${ADMIN_TOKEN}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
        ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
      }),
  };
}

/** Asserts an admin answer is what its operation documents for that status. */
export function documented(operationId: string, res: { status: number; json?: unknown; data?: unknown }, status: number): void {
  if (res.status !== status) throw new Error(`${operationId}: expected ${status}, got ${res.status}: ${JSON.stringify(res.json ?? res.data)}`);
  const errors = adminSpec.responseErrors(operationId, status, res.json ?? res.data);
  if (errors.length) throw new Error(`${operationId} ${status}: ${errors.join('; ')}`);
}
