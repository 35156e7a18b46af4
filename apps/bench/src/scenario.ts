/**
 * One request shape a scenario sends, as data (it crosses into the load process). Templates are
 * filled per request: `{id}` a random preloaded id, `{offset}` a random offset below the preload
 * count, `{n}` a value unique to each request, `{digits}` four random digits, `{body}` the next of
 * the bodies prepared for the scenario (each sent once).
 */
export interface RequestShape {
  readonly method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  readonly path: string;
  readonly body?: string;
  readonly headers?: Readonly<Record<string, string>>;
}

import type { Expected } from './judge.ts';

export interface Scenario {
  readonly name: string;
  /** The key under which figures are kept in the JSON output and compared with targets. */
  readonly key: 'get' | 'create' | 'update' | 'list_first' | 'list_random' | 'list_deep' | 'list_created' | 'list_child';
  readonly request: RequestShape;
  /** What its answer must be (status and body) for its figures to count. */
  readonly expected: Expected;
  /** Bodies prepared ahead (creates that consume a single-use token): `{body}` takes the next unsent one. */
  readonly bodies?: readonly unknown[];
  /** Writes change the database: WAL and file sizes are read after these. */
  readonly writes?: boolean;
}
