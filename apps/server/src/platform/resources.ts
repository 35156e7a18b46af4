import {
  CursorNotFound,
  UniqueViolation,
  type CursorQuery,
  type OffsetQuery,
  type Scope,
  type Store,
  type StoredDocument,
  type UniqueValues,
} from '@clientele/store';
import type { Clock } from './clock.ts';
import type { Samples } from './handlers.ts';
import { cursorQueryOf, offsetQueryOf } from './pagination.ts';
import { fail } from './problems.ts';
import { createHash } from 'node:crypto';
import type { SchemaSerializer } from './serializers.ts';
import { Shown } from './shown.ts';

/** What the kit needs of a handler's context: where the caller's data lives, the store and the clock. */
export interface ResourceContext {
  readonly scope: Scope | undefined;
  readonly store: Store;
  readonly clock: Clock;
}

/**
 * What is particular to one stored resource of one API; everything else (ids, scopes, uniqueness,
 * not-found, pages, soft delete) is the kit's.
 */
export interface ResourcePolicy<Stored, Create, Update> {
  /** Storage collection, `<api>.<resource>`. */
  readonly collection: string;
  /** Named in not-found problems (`Customer`). */
  readonly name: string;
  /** A new id; given the creation time (microseconds) for providers whose ids embed it (Octobat's). */
  newId(createdUs: number): string;
  /**
   * The id a create body already carries, where the caller picks it first (a parent whose children
   * are written before it, in the parent's scope); default a new one.
   */
  readonly idOf?: (body: Create) => string | undefined;
  /** The stored form of an id the caller sent (Dwolla's GUIDs are stored uppercase); default as sent. */
  readonly canonicalId?: (id: string) => string;
  /**
   * Values unique within a scope, by name: how to read each from a stored document (null never
   * collides), and the request field a duplicate is reported against.
   */
  readonly unique?: Readonly<Record<string, { readonly field: string; readonly value: (data: Stored) => string | null }>>;
  /** A new document from a create body: the provider's defaults for every field not sent. */
  create(body: Create): Stored;
  /** A stored document changed by an update body, at `nowUs` (microseconds; for providers that keep when it last changed). */
  merge(current: Stored, body: Update, nowUs: number): Stored;
  /** How the API shows a document: kept with it when the kit writes it, and sent as it is when read (`show`). */
  readonly shows?: Showing<Stored>;
}

/** What showing a document may read of a request: where the caller reached the API, and the caller's scope (a key's mode). */
export interface ShowContext {
  readonly apiRoot: string;
  readonly scope: Scope | undefined;
}

/** How a resource's documents are shown: the presenter, and the serializer of what it returns (the routes' own). */
export interface Showing<Stored> {
  present(doc: StoredDocument<Stored>, context: ShowContext): unknown;
  readonly serializer: SchemaSerializer;
}

/**
 * The API root in a document's kept text: presented with this, serialized (`\u0000`), and replaced
 * by the request's root when read. A document whose data holds the same text keeps no text.
 */
const ROOT = '\u0000';
const ROOT_TEXT = JSON.stringify(ROOT).slice(1, -1);

/** A page of stored documents by offset, with the total of the scope and the page's own bounds. */
export interface OffsetPageOf<Stored> {
  readonly items: StoredDocument<Stored>[];
  readonly total: number;
  readonly limit: number;
  readonly offset: number;
}

/** A page of stored documents by cursor: `before`/`after` say whether more exist on either side. */
export interface CursorPageOf<Stored> {
  readonly items: StoredDocument<Stored>[];
  readonly before: boolean;
  readonly after: boolean;
  /** How many documents the scope holds (within the created range, if any). */
  readonly total: number;
  readonly limit: number;
}

/** Where a child resource lives: its parent's scope, narrowed to the parent. */
export const within = (scope: Scope, parentId: string): Scope => ({ ...scope, parentId });

/** Ids are generated, so none holds a NUL character, which PostgreSQL text cannot carry anyway: such an id names nothing. */
const nameable = (id: string): boolean => !id.includes('\u0000');

/** The caller's scope, where a resource is read or written unless a handler names another (a parent's). */
function callerScope(context: ResourceContext): Scope {
  if (!context.scope) throw new Error('a stored resource needs an authenticated caller');
  return context.scope;
}

/**
 * How the sandbox's imports, seeds and resets treat the documents of one collection: the unique
 * values a document claims, as its resource's policy computes them, and a document given in part
 * (a seed file's) completed with the defaults its policy gives the fields it lacks.
 */
export interface CollectionRules {
  readonly collection: string;
  uniqueValues(data: unknown): UniqueValues | undefined;
  withDefaults(data: Readonly<Record<string, unknown>>): Record<string, unknown>;
}

/** The rules of each collection the APIs define through the kit, by collection name (none for plain collections). */
export type Collections = (collection: string) => CollectionRules | undefined;

export function collectionsOf(apis: readonly { readonly resources: readonly { readonly rules: CollectionRules }[] }[]): Collections {
  const rules = new Map(apis.flatMap((api) => api.resources.map((resource) => [resource.rules.collection, resource.rules] as const)));
  return (collection) => rules.get(collection);
}

/**
 * A stored resource of an API: create / retrieve / list / update / delete over the store, within
 * the caller's scope (or a parent's, for child collections). Handlers call these and present
 * the documents in their provider's shape.
 */
export function defineResource<Stored, Create, Update = Create>(policy: ResourcePolicy<Stored, Create, Update>) {
  const canonical = policy.canonicalId ?? ((id: string) => id);
  const collection = (store: Store) => store.collection<Stored>(policy.collection);

  const uniqueValues = (data: Stored): UniqueValues | undefined =>
    policy.unique ? Object.fromEntries(Object.entries(policy.unique).map(([name, u]) => [name, u.value(data)])) : undefined;
  const rules: CollectionRules = {
    collection: policy.collection,
    uniqueValues: (data) => uniqueValues(data as Stored),
    withDefaults(data) {
      let defaults: unknown;
      try {
        defaults = policy.create(data as Create);
      } catch {
        return { ...data };
      }
      // What the part has stays as it is, in its order; a part `create` refuses stays as given.
      const complete: Record<string, unknown> = { ...data };
      for (const [key, value] of Object.entries(defaults ?? {})) if (!(key in complete) && value !== undefined) complete[key] = value;
      return complete;
    },
  };

  /** Runs a write; a unique value it finds taken is the `duplicate` problem, named by its request field. */
  const claiming = async <R>(write: () => Promise<R>): Promise<R> => {
    try {
      return await write();
    } catch (error) {
      if (!(error instanceof UniqueViolation)) throw error;
      return fail({ kind: 'duplicate', field: policy.unique?.[error.name]?.field ?? error.name, value: error.value });
    }
  };

  const showing = (): Showing<Stored> => {
    if (!shows) throw new Error(`${policy.collection}: the resource says nothing of how it is shown (\`shows\`)`);
    return shows;
  };

  const found = (doc: StoredDocument<Stored> | undefined, id: string): StoredDocument<Stored> =>
    doc ?? fail({ kind: 'not_found', resource: policy.name, id });

  const shows = policy.shows;
  /**
   * What kept text starts with: it changes with the API's schemas or the presenter's code, so text
   * kept by an earlier presentation is not sent (the document is presented instead).
   */
  let stamp: string | undefined;
  const stampOf = (showing: Showing<Stored>) =>
    (stamp ??= createHash('sha1').update(showing.serializer.fingerprint).update(showing.present.toString()).digest('hex').slice(0, 12));

  /** The document as shown, to keep with it: its scope's presentation with the root left to fill in. */
  const shownText = (doc: StoredDocument<Stored>, scope: Scope): string | undefined => {
    if (!shows) return undefined;
    const text = shows.serializer.serialize(shows.present(doc, { apiRoot: ROOT, scope }));
    // The placeholder must stand for the root only: data holding its text keeps none.
    if (text.includes(ROOT_TEXT) && JSON.stringify(doc.data).includes(ROOT_TEXT)) return undefined;
    return stampOf(shows) + text;
  };

  /** The kept text of a document, the request's root put in; undefined where it has none from this presentation. */
  const keptText = (doc: StoredDocument<Stored>, apiRoot: string): string | undefined => {
    if (!shows || doc.shown === undefined || !doc.shown.startsWith(stampOf(shows))) return undefined;
    const text = doc.shown.slice(stamp!.length);
    return text.includes(ROOT_TEXT) ? text.replaceAll(ROOT_TEXT, JSON.stringify(apiRoot).slice(1, -1)) : text;
  };

  /** A new document ready to insert in `scope`: id, creation time, unique values and its shown text. */
  const prepare = (body: Create, clock: Clock, scope: Scope) => {
    const data = policy.create(body);
    const createdUs = clock.nowUs();
    const id = policy.idOf?.(body) ?? policy.newId(createdUs);
    const shown = shownText({ id, tenantId: scope.tenantId, createdUs, data }, scope);
    return { id, createdUs, data, unique: uniqueValues(data), ...(shown === undefined ? {} : { shown }) };
  };

  return {
    policy,
    rules,
    canonicalId: canonical,

    create: (context: ResourceContext, body: Create, scope = callerScope(context)) =>
      claiming(() => collection(context.store).insert(scope, prepare(body, context.clock, scope))),

    /** Bulk import of create bodies (fixtures, benchmarks): one transaction, the same rules. Returns the ids, oldest first. */
    async insertMany(store: Store, scope: Scope, bodies: readonly Create[], clock: Clock): Promise<string[]> {
      const docs = bodies.map((body) => prepare(body, clock, scope));
      await claiming(() => collection(store).insertMany(scope, docs));
      return docs.map((doc) => doc.id);
    },

    /** The document, or the `not_found` problem. */
    get: async (context: ResourceContext, id: string, scope = callerScope(context)) =>
      found(nameable(id) ? await collection(context.store).get(scope, canonical(id)) : undefined, id),

    /** The document, or undefined (for checks that are not a 404 of this resource). */
    find: async (context: ResourceContext, id: string, scope = callerScope(context)) =>
      nameable(id) ? collection(context.store).get(scope, canonical(id)) : undefined,

    /** The live documents among `ids`, in the order of `ids` (missing ones left out): one read. */
    getMany: (context: ResourceContext, ids: readonly string[], scope = callerScope(context)) => collection(context.store).getMany(scope, ids.map(canonical)),

    /** The live document holding the policy's unique value `name` = `value` (an index seek), or undefined. */
    findUnique: (context: ResourceContext, name: string, value: string, scope = callerScope(context)) => collection(context.store).findUnique(scope, name, value),

    update: async (context: ResourceContext, id: string, body: Update, scope = callerScope(context)) =>
      found(
        nameable(id)
          ? await claiming(() =>
              collection(context.store).update(scope, canonical(id), (current, stored) => {
                const data = policy.merge(current, body, context.clock.nowUs());
                const shown = shownText({ ...stored, data }, scope);
                return { data, unique: uniqueValues(data), ...(shown === undefined ? {} : { shown }) };
              }),
            )
          : undefined,
        id,
      ),

    /** Soft delete: gone from every read and list, kept in storage. */
    remove: async (context: ResourceContext, id: string, scope = callerScope(context)) =>
      found(nameable(id) ? await collection(context.store).remove(scope, canonical(id)) : undefined, id),

    /**
     * The document as the API shows it: its kept text where it has one (sent as it is: typed as
     * the value it stands for), else presented now. `context`: the request's.
     */
    /** The document presented now (what a write answers). */
    present: <Item>(doc: StoredDocument<Stored>, context: ShowContext): Item => showing().present(doc, context) as Item,

    show<Item>(doc: StoredDocument<Stored>, context: ShowContext): Item {
      const text = keptText(doc, context.apiRoot);
      return (text === undefined ? showing().present(doc, context) : new Shown(text)) as Item;
    },

    /** Documents as shown: all of them kept text, or (where one has none) all presented now. */
    showAll<Item>(docs: readonly StoredDocument<Stored>[], context: ShowContext): Item[] {
      const texts = docs.map((doc) => keptText(doc, context.apiRoot));
      if (texts.every((text) => text !== undefined)) return texts.map((text) => new Shown(text)) as Item[];
      return docs.map((doc) => showing().present(doc, context) as Item);
    },

    async offsetPage(context: ResourceContext, query: OffsetQuery, scope = callerScope(context)): Promise<OffsetPageOf<Stored>> {
      const page = await collection(context.store).page(scope, query);
      return { ...page, limit: query.limit, offset: query.offset };
    },

    /** A cursor naming no live document of the scope is the `invalid_reference` problem of its query field. */
    async cursorPage(context: ResourceContext, query: CursorQuery, scope = callerScope(context)): Promise<CursorPageOf<Stored>> {
      const cursor = { ...query };
      if (cursor.startingAfter !== undefined) cursor.startingAfter = canonical(cursor.startingAfter);
      if (cursor.endingBefore !== undefined) cursor.endingBefore = canonical(cursor.endingBefore);
      const field = query.startingAfter !== undefined ? 'starting_after' : 'ending_before';
      const named = query.startingAfter ?? query.endingBefore;
      if (named !== undefined && !nameable(named)) return fail({ kind: 'invalid_reference', field, id: named, resource: policy.name });
      try {
        return { ...(await collection(context.store).cursorPage(scope, cursor)), limit: query.limit };
      } catch (error) {
        if (!(error instanceof CursorNotFound)) throw error;
        return fail({ kind: 'invalid_reference', field, id: error.id, resource: policy.name });
      }
    },
  };
}

/** What presenting a document may read of its request: where the caller reached the API, and its scope (a key's mode). */
export type PresentContext = ResourceContext & { readonly apiRoot: string };

/**
 * How an API shows a page of a resource (one document: the resource's `shows`), in its provider's
 * shape, around the page's documents as shown (`items`).
 */
export interface Presentation<Stored, Item, Page> {
  /** The page as the list operation pages: by `limit` and `offset`, or by cursors (`starting_after`, `ending_before`). */
  readonly list:
    | { readonly offset: (page: OffsetPageOf<Stored>, items: Item[], context: PresentContext) => Page }
    | { readonly cursor: (page: CursorPageOf<Stored>, items: Item[], context: PresentContext) => Page };
}

type ListQuery = Parameters<typeof offsetQueryOf>[0] & Parameters<typeof cursorQueryOf>[0];

/**
 * The handlers of an API that only creates, gets, updates and lists a resource, then presents it:
 * `id` names the path parameter that addresses one, `created` the status a create answers.
 */
export function crudHandlers<Stored, Create, Update, Item, Page, Id extends string, Created extends 200 | 201>(
  resource: Resource<Stored, Create, Update>,
  { id, created, list }: Presentation<Stored, Item, Page> & { readonly id: Id; readonly created: Created },
) {
  type Addressed = PresentContext & { readonly params: Readonly<Record<Id, string>> };
  const listed = async (context: PresentContext & { readonly query: ListQuery }) => {
    if ('offset' in list) {
      const page = await resource.offsetPage(context, offsetQueryOf(context.query));
      return list.offset(page, resource.showAll<Item>(page.items, context), context);
    }
    const page = await resource.cursorPage(context, cursorQueryOf(context.query));
    return list.cursor(page, resource.showAll<Item>(page.items, context), context);
  };
  return {
    create: async (context: PresentContext & { readonly body: Create }) => ({
      status: created,
      body: resource.present<Item>(await resource.create(context, context.body), context),
    }),
    get: async (context: Addressed) => ({ status: 200 as const, body: resource.show<Item>(await resource.get(context, context.params[id]), context) }),
    update: async (context: Addressed & { readonly body: Update }) => ({
      status: 200 as const,
      body: resource.present<Item>(await resource.update(context, context.params[id], context.body), context),
    }),
    list: async (context: PresentContext & { readonly query: ListQuery }) => ({ status: 200 as const, body: await listed(context) }),
  };
}

/** Samples of a resource: the `i`-th sample's create body, and how routes address one. */
export function samplesOf<Stored, Create, Update>(
  resource: Resource<Stored, Create, Update>,
  // Bodies of a single top-level resource do not depend on the tenant.
  body: (i: number) => Create,
  params: Samples['params'],
): Samples {
  return {
    insert: (store, scope, { from, count }, clock) =>
      resource.insertMany(store, scope, Array.from({ length: count }, (_, i) => body(from + i)), clock),
    body,
    params,
    unique: uniqueFieldsOf(resource),
  };
}

/** The request fields whose values a resource keeps unique within a scope (`Samples.unique`). */
export const uniqueFieldsOf = (resource: { readonly policy: { readonly unique?: Readonly<Record<string, { readonly field: string }>> } }) =>
  Object.values(resource.policy.unique ?? {}).map((unique) => unique.field);

export type Resource<Stored, Create, Update = Create> = ReturnType<typeof defineResource<Stored, Create, Update>>;
