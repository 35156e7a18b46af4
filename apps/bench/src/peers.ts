// The peers a user might pick instead, measured on the same machine and load: Stoplight Prism
// mocking clientele's own emitted spec (stateless) and json-server over the same customers written
// as a JSON file (stateful). Both are this package's dev dependencies.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { readFileSync } from 'node:fs';
import type { ChildProcess } from 'node:child_process';
import { nodeOnCore, ROOT, waitFor } from './processes.ts';
import type { RequestShape, Scenario } from './scenario.ts';

export type PeerName = 'prism' | 'json-server';

/** The scenarios peers are measured on. */
export const PEER_SCENARIOS: readonly Scenario['key'][] = ['get', 'list_first', 'create'];

export interface PeerRequest {
  readonly key: Scenario['key'];
  readonly request: RequestShape;
  /** Where the peer cannot take the bench's connections, fewer (said in the output). */
  readonly connections?: number;
}

const require = createRequire(import.meta.url);
function binOf(name: string): string {
  const manifest = require.resolve(`${name}/package.json`);
  const { bin } = JSON.parse(readFileSync(manifest, 'utf8')) as { bin: string | Record<string, string> };
  return join(dirname(manifest), typeof bin === 'string' ? bin : Object.values(bin)[0]!);
}

/** Prism's mock of an API's emitted spec; its paths are the spec's, without clientele's `/<api>` mount. */
export async function startPrism(api: string, port: number): Promise<ChildProcess> {
  const spec = join(ROOT, 'packages/specs/generated', api, 'openapi.yaml');
  // Logging off: Prism's best figure.
  const child = nodeOnCore(0, [binOf('@stoplight/prism-cli'), 'mock', '-h', '127.0.0.1', '-p', String(port), '-v', 'silent', spec]);
  await waitFor(`http://127.0.0.1:${port}/`, 120_000, true);
  return child;
}

export function prismRequests(api: string, scenarios: readonly Scenario[]): PeerRequest[] {
  return scenarios
    .filter((s) => PEER_SCENARIOS.includes(s.key))
    .map((s) => ({ key: s.key, request: { ...s.request, path: s.request.path.slice(`/${api}`.length) } }));
}

/** json-server over `file` (`{ "customers": [...] }`), writing the file back on every create as it does. */
export async function startJsonServer(file: string, port: number): Promise<ChildProcess> {
  const child = nodeOnCore(0, [binOf('json-server'), '--host', '127.0.0.1', '--port', String(port), '--quiet', file]);
  await waitFor(`http://127.0.0.1:${port}/customers?_limit=1`, 300_000);
  return child;
}

/**
 * json-server's get one, first page and create of the same customers. Its create rewrites the whole
 * file each time (100,000 customers): at 50 connections it runs out of memory, so one connection.
 */
export function jsonServerRequests(scenarios: readonly Scenario[]): PeerRequest[] {
  const json = { 'content-type': 'application/json' };
  const create = scenarios.find((s) => s.key === 'create');
  return [
    { key: 'get', request: { method: 'GET', path: '/customers/{id}' } },
    { key: 'list_first', request: { method: 'GET', path: '/customers?_page=1&_limit=10' } },
    ...(create ? [{ key: 'create' as const, connections: 1, request: { method: 'POST' as const, path: '/customers', headers: json, body: create.request.body! } }] : []),
  ];
}
