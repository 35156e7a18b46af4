import { allAnnotation, apiCompare, openapi3Rules, type Diff } from 'api-smart-diff';

/** Semver bumps in increasing order; `none` when nothing changed. */
export const BUMPS = ['none', 'patch', 'minor', 'major'] as const;
export type Bump = (typeof BUMPS)[number];
export const atLeast = (bump: Bump, floor: Bump) => BUMPS.indexOf(bump) >= BUMPS.indexOf(floor);
export const highest = (bumps: readonly Bump[]): Bump => bumps.reduce<Bump>((a, b) => (atLeast(a, b) ? a : b), 'none');

export type ChangeKind = 'breaking' | 'non-breaking' | 'deprecated' | 'annotation';

export interface SpecChange {
  readonly kind: ChangeKind;
  /** JSON path into the documents, e.g. `paths./v1/customers.post`. */
  readonly path: string;
  readonly description: string;
}

/** How one API's emitted document differs from its last released one, and the bump that demands. */
export interface SpecComparison {
  readonly api: string;
  /** `new`: never released (no baseline); `removed`: released but no longer emitted. */
  readonly status: 'new' | 'removed' | 'unchanged' | 'changed';
  readonly changes: readonly SpecChange[];
  readonly required: Bump;
}

type Json = Record<string, unknown>;

/**
 * api-smart-diff's OpenAPI rules, built afresh for every comparison (they cache resolved `$ref`s),
 * with tag descriptions marked as documentation: the library leaves them unclassified, which this
 * guard would otherwise treat as breaking.
 */
const rules = () => ({ ...openapi3Rules(), '/tags': { $: allAnnotation, '/**': { $: allAnnotation } } });

/**
 * Changes inside `components` that operations reach by `$ref` are reported again at each operation,
 * where the library knows whether the schema is read (response) or written (request): classify
 * them there, not at the component, whose classification cannot know its direction.
 */
const REFERENCED_COMPONENTS = new Set(['schemas', 'responses', 'parameters', 'requestBodies', 'headers', 'examples']);

/** Follows `$ref`s (local ones: the emitted documents have no other kind) until a real node. */
function deref(document: Json, node: unknown): unknown {
  for (let hops = 0; node && typeof node === 'object' && '$ref' in node && hops < 32; hops++) {
    const ref = String((node as { $ref: unknown }).$ref);
    node = ref.startsWith('#/') ? resolveAt(document, ref.slice(2).split('/').map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))) : undefined;
  }
  return node;
}

/** The value at `path`, following `$ref`s on the way and at the end. */
function resolveAt(document: Json, path: readonly (string | number)[]): unknown {
  let node: unknown = document;
  for (const key of path) {
    node = deref(document, node);
    if (!node || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return deref(document, node);
}

/**
 * What the library gets wrong for this server: removing a property a client may *send* is harmless
 * to JSON Schema in general, but our request schemas are closed (`additionalProperties: false`), so
 * a client still sending it would now get a 400.
 */
function removesAcceptedField(diff: Diff, before: Json): boolean {
  const path = diff.path;
  const inRequest = path[0] === 'paths' && (path[3] === 'requestBody' || path[3] === 'parameters');
  if (diff.action !== 'remove' || !inRequest || path[path.length - 2] !== 'properties') return false;
  const parent = resolveAt(before, path.slice(0, -2)) as { additionalProperties?: unknown; unevaluatedProperties?: unknown } | undefined;
  return parent?.additionalProperties === false || parent?.unevaluatedProperties === false;
}

function classify(diff: Diff, before: Json): ChangeKind {
  if (removesAcceptedField(diff, before)) return 'breaking';
  switch (diff.type) {
    case 'non-breaking':
    case 'deprecated':
    case 'annotation':
      return diff.type;
    default:
      // `breaking`, and `unclassified` too: the guard fails closed on what the tool cannot judge.
      return 'breaking';
  }
}

const REQUIRED: Record<ChangeKind, Bump> = { breaking: 'major', 'non-breaking': 'patch', deprecated: 'patch', annotation: 'patch' };

/**
 * Compares one API's emitted document with its last released one. A breaking change needs a major
 * bump; any other change to a published document at least a patch; an API never released before
 * at least a minor; an API no longer emitted, a major.
 */
export function compareSpec(api: string, released: Json | undefined, current: Json | undefined): SpecComparison {
  if (!released && !current) throw new Error(`${api}: neither a released nor an emitted document`);
  if (!released) return { api, status: 'new', changes: [], required: 'minor' };
  if (!current) {
    return { api, status: 'removed', changes: [{ kind: 'breaking', path: '', description: `[Removed] the whole ${api} API` }], required: 'major' };
  }
  const { diffs } = apiCompare(structuredClone(released), structuredClone(current), { rules: rules() });
  const changes = diffs
    .filter((diff) => !(diff.path[0] === 'components' && REFERENCED_COMPONENTS.has(String(diff.path[1]))))
    .map((diff) => ({
      kind: classify(diff, released),
      path: diff.path.join('.'),
      description: diff.description || `[${diff.action}] ${diff.path.join('.')}`,
    }));
  // A change to a referenced component that no operation reached (an unused schema) still changes
  // the published file: it needs a changeset, if only a patch.
  const touchedComponents = diffs.length > 0 && changes.length === 0;
  return {
    api,
    status: diffs.length ? 'changed' : 'unchanged',
    changes,
    required: touchedComponents ? 'patch' : highest(changes.map((change) => REQUIRED[change.kind])),
  };
}
