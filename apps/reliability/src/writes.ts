import { sampleOperations, operationPath, type NamedOperation } from '@clientele/server/platform';
import type { Random } from './random.ts';
import { plausible } from './values.ts';
import type { ApiWorld } from './world.ts';

/**
 * The writes crash and soak runs make through an API, read off its registration: creates and
 * updates with sample bodies (each numbered, so the resource it made can be recognised by a
 * value of its own), reads of one resource, and where the API's create consumes a token,
 * bodies prepared ahead.
 */
export interface Writes {
  readonly create: NamedOperation;
  readonly update?: NamedOperation;
  readonly get: NamedOperation;
  readonly list?: NamedOperation;
  /** The create takes an Idempotency-Key. */
  readonly idempotent: boolean;
  /**
   * A create body numbered `n`, and the values of it that hold `n` (those that write shows in the
   * resource); no body once the prepared ones of an API whose create consumes a token run out.
   */
  createBody(n: number, random: Random): { body: unknown; markers?: readonly string[] };
  /** The same for updates: an update changes some of them (the bank's email update, only the email). */
  updateBody(n: number, random: Random): { body: unknown; markers?: readonly string[] };
  /** The path that reads (or updates) resource `id`. */
  pathOf(op: NamedOperation, id: string): string;
  /** The id of the resource a create's answer names: its Location, or its id in the body. */
  idOf(answer: { headers: Headers; json: unknown }): string | undefined;
  /** A body travels as the operation's JSON media type. */
  contentType(op: NamedOperation): string;
}

/** The strings of a body that hold the number `n` ("Customer 12", "customer12@example.org"). */
function markersOf(body: unknown, n: number): string[] | undefined {
  const found: string[] = [];
  JSON.stringify(body, (_key, value: unknown) => {
    if (typeof value === 'string' && value.includes(String(n))) found.push(value);
    return value;
  });
  return found.length ? found : undefined;
}

const normal = (key: string) => key.toLowerCase().replaceAll('_', '');

export function writesOf(world: ApiWorld, prepared: unknown[]): Writes | undefined {
  const { api, owner, contract } = world;
  const found = sampleOperations(api, owner.tenant);
  if (!found.create || !found.get) return undefined;
  const specOf = (op: NamedOperation) => contract.operations.find((o) => o.id === op.id)!;
  const create = found.create;
  const update = found.update;
  // The path parameter that carries a resource's own id (`customer_id`, `CustomerID`, `id`).
  const idParam = Object.entries(api.samples.params('\u0001', owner.tenant)).find(([, value]) => value === '\u0001')![0];

  const bodyFor = (op: NamedOperation, n: number, random: Random) => {
    const sample = api.samples.body(n, owner.tenant);
    if (contract.bodyFits(specOf(op), sample)) return { body: sample, markers: markersOf(sample, n) };
    // A create that consumes something takes a prepared body, once; with none left, there is none to send.
    if (op === create && api.samples.prepareCreates) return { body: prepared.shift() };
    return { body: plausible(specOf(op).body!.schema, random, contract.resolve) };
  };

  return {
    create,
    ...(update ? { update } : {}),
    get: found.get,
    ...(found.list ? { list: found.list } : {}),
    idempotent: Boolean(create.op.idempotency),
    createBody: (n, random) => bodyFor(create, n, random),
    updateBody: (n, random) => bodyFor(update!, n, random),
    pathOf: (op, id) => operationPath(api, op.op, api.samples.params(id, owner.tenant)),
    idOf({ headers, json }) {
      const location = headers.get('location');
      if (location) return decodeURIComponent(location.split('?')[0]!.split('/').at(-1)!);
      let id: string | undefined;
      let fallback: string | undefined;
      JSON.stringify(json, (key, value: unknown) => {
        if (typeof value === 'string' && normal(key) === normal(idParam)) id ??= value;
        if (typeof value === 'string' && key === 'id') fallback ??= value;
        return value;
      });
      return id ?? fallback;
    },
    contentType: (op) => op.op.request?.body?.contentTypes.find((type) => type.includes('json')) ?? 'application/json',
  };
}
