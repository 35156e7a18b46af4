import type { Static, TProperties, TSchema } from '@sinclair/typebox';
import type { ApiDefinition, Infer, Operation, ResponseSpec, RouteTable } from '@clientele/schemas';
import type { Scope, Store, Tenant } from '@clientele/store';
import type { FastifyRequest } from 'fastify';
import type { Authenticator } from './auth.ts';
import type { Clock } from './clock.ts';
import type { ErrorCatalogue } from './problems.ts';
import type { CollectionRules } from './resources.ts';
import type { StatusPolicy } from './statuses.ts';
import type { EventsPolicy } from '../webhooks/policy.ts';
import type { CompiledChecks } from '@clientele/validators';

type PartOf<Op extends Operation, P extends 'params' | 'query' | 'headers'> = Op['request'] extends { [K in P]: infer S extends TSchema }
  ? Static<S>
  : Record<string, never>;

type BodyOf<Op extends Operation, M> = Op['request'] extends { body: { schema: infer N extends string } } ? Infer<M, N> : undefined;

/** What a handler receives: the caller's tenant, mode and scopes, validated and coerced request parts, the store and the clock. */
export interface HandlerContext<Op extends Operation = Operation, M = unknown> {
  /** The authenticated caller's tenant (operations without auth have none). */
  readonly tenant: Op['auth'] extends null ? undefined : Tenant;
  /** Where the caller's data lives: its tenant, and the mode its key picks where the API has modes. */
  readonly scope: Op['auth'] extends null ? undefined : Scope;
  /** The scopes the caller's credential carries. */
  readonly scopes: readonly string[];
  /** The user the caller's credential acts for, in APIs with users; undefined otherwise. */
  readonly subject: string | undefined;
  readonly params: PartOf<Op, 'params'>;
  readonly query: PartOf<Op, 'query'>;
  readonly headers: PartOf<Op, 'headers'>;
  readonly body: BodyOf<Op, M>;
  readonly operation: Op;
  readonly store: Store;
  readonly clock: Clock;
  readonly request: FastifyRequest;
  /** Absolute URL of this API's root as the caller reached it (proxy headers and mount prefix included). */
  readonly apiRoot: string;
}

type Headers = Readonly<Record<string, string>>;

/** One documented response: its status, and its body typed by the route table (none where it documents none). */
type ResponseOf<S extends number, R extends ResponseSpec, M> = R extends { body: { schema: infer N extends string } }
  ? { readonly status: S; readonly body: Infer<M, N>; readonly headers?: Headers }
  : { readonly status: S; readonly body?: undefined; readonly headers?: Headers };

/**
 * What a handler may return: one of the successful (1xx–3xx) responses its route documents, each
 * with its own body type. Errors are thrown as problems (`fail`), which the platform renders in
 * the API's envelope; an undocumented status or a body of the wrong shape does not compile.
 */
export type ResultOf<Op extends Operation, M> = {
  [S in keyof Op['responses'] & number]: `${S}` extends `${1 | 2 | 3}${string}` ? ResponseOf<S, Op['responses'][S], M> : never;
}[keyof Op['responses'] & number];

/** What every handler returns once the route table's types are erased (the registry's view). */
export interface HandlerResult {
  readonly status: number;
  readonly body?: unknown;
  readonly headers?: Headers;
}

export type Handler<Op extends Operation, M> = (context: HandlerContext<Op, M>) => Promise<ResultOf<Op, M>>;

type Handled<R extends RouteTable> = { [K in keyof R as R[K] extends { headOf: string } ? never : K]: R[K] };

/** One handler per operation of a route table (HEAD operations reuse their GET's), checked by the compiler. */
export type Handlers<A extends ApiDefinition> = {
  [K in keyof Handled<A['routes']>]: Handler<A['routes'][K], A['module']>;
};

export interface ProvisionedTenant {
  readonly tenant: Tenant;
  /** Where the data of requests made with these credentials lives. */
  readonly scope: Scope;
  /** Secrets, shown once: only their hashes are stored. */
  readonly credentials: Readonly<Record<string, string>>;
  /** A ready-to-run example request against `baseUrl`. */
  readonly example: (baseUrl: string) => string;
}

export interface ProvisionOptions {
  readonly name?: string;
  /** Scopes for the new credential, for APIs whose credentials carry scopes; undefined for the API's default. */
  readonly scopes?: readonly string[];
  /** Where expiry of credentials issued at once (a ready token) is counted from; the system clock by default. */
  readonly clock?: Clock;
}

/**
 * How a client of this API authenticates with a provisioned tenant's credentials: the headers of
 * an authorized request (Balanced: HTTP Basic; Dwolla: a bearer token it first obtains). Used by
 * the conformance suite, the benchmarks and the start banner alike.
 */
export type Authorize = (
  credentials: Readonly<Record<string, string>>,
  /** `mode`: authorize with the key of that mode (one of the tenant's `modes`) instead of the default one. */
  context: { readonly apiRoot: string; readonly fetch: typeof fetch; readonly mode?: string },
) => Promise<Record<string, string>>;

/** Sample data for an API's main resource: fixtures for benchmarks, demos and the conformance suite. */
export interface Samples {
  /** Creates the sample resources numbered `from` to `from + count - 1` in the scope, through the store; returns their ids, oldest first. */
  insert(store: Store, scope: Scope, range: { readonly from: number; readonly count: number }, clock: Clock): Promise<string[]>;
  /**
   * The `i`-th sample's create body (also what benchmarks send, numbered per request), for the
   * tenant it is sent as (a body may name the tenant's own things, such as the bank's id).
   */
  body(i: number, tenant: ProvisionedTenant): unknown;
  /** Path parameters that address the sample resource `id` (`{customer_id: id}`) for the routes that take one. */
  params(id: string, tenant: ProvisionedTenant): Readonly<Record<string, string>>;
  /**
   * For APIs with resources around the sample (children, a token): creates one of each beside the
   * sample `id`, through the store, and answers the path parameters that address them (with
   * `params`, the conformance suite reaches every route). Without it, `params` is all there is.
   */
  related?(store: Store, tenant: ProvisionedTenant, id: string, clock: Clock): Promise<Readonly<Record<string, string>>>;
  /**
   * Body fields that must name the tenant's own things (Ping++'s `source`, a token; the bank's
   * `user_id`), where the contract's examples can only show made-up ids: their values, by body
   * schema and dotted field, given what `params` and `related` address. The conformance suite
   * writes them over the documented examples.
   */
  references?(addressed: Readonly<Record<string, string>>, tenant: ProvisionedTenant): Readonly<Record<string, Readonly<Record<string, string>>>>;
  /**
   * The operations benchmarks exercise, where reading them off the route table (see apps/bench)
   * would pick others: `update` takes the create body, `list` pages by `limit` and `offset`;
   * `createdRange` names the list's query parameters bounding creation time (RFC 3339 values),
   * where the list takes them under other names than `created`.
   */
  readonly benchmark?: { readonly update?: string; readonly list?: string; readonly createdRange?: { readonly from: string; readonly to: string } };
  /**
   * Fields of the create body whose values are unique within a scope (from the resource's policy),
   * as the resource's representation shows them too: what crash runs check no two resources share.
   */
  readonly unique?: readonly string[];
  /**
   * For APIs whose create consumes something (Ping++'s single-use card token): `count` create
   * bodies, each to be sent once, prepared through the store ahead of a benchmark.
   */
  prepareCreates?(store: Store, tenant: ProvisionedTenant, count: number, clock: Clock): Promise<unknown[]>;
  /** For APIs with events: what crash runs check the outbox with (see `SampleEvents`). */
  readonly events?: SampleEvents;
}

/**
 * How a tool follows an API's events from outside, as a customer would: the operation that
 * registers a URL to deliver to (and its body), the operation that lists the tenant's events, how
 * an event names itself (an item of that list, or the body of a delivery), and the topics a create
 * and an update of the sample resource raise.
 */
export interface SampleEvents {
  readonly subscribe: { readonly operation: string; body(url: string): unknown };
  readonly list: string;
  read(event: unknown): { readonly id: string; readonly topic: string; readonly resourceId: string } | undefined;
  readonly created: string;
  /** Absent where an update raises no event (Dwolla's). */
  readonly updated?: string;
}

/** A string option of a command (`--name VALUE`). */
export interface CommandOption {
  readonly description: string;
  readonly required?: boolean;
}

/**
 * A command of the `clientele` CLI beyond `tenant create`, for things an API keeps inside a
 * tenant (the bank's banks, users, OAuth clients and roles): `clientele <name> --api … --tenant …`.
 */
export interface Command {
  /** Noun and verb: `user create`. */
  readonly name: string;
  readonly summary: string;
  readonly options: Readonly<Record<string, CommandOption>>;
  /** Does it and answers what to print; an Error for input it refuses (printed with the usage). */
  run(
    context: { readonly store: Store; readonly tenant: Tenant; readonly clock: Clock },
    values: Readonly<Record<string, string | undefined>>,
  ): Promise<Readonly<Record<string, string>>>;
}

/** Bivariant in its context, so a registry can hold the handlers of every API (their contexts differ). */
type AnyHandler = { bivariant(context: HandlerContext): Promise<HandlerResult> }['bivariant'];

/**
 * What the server needs of an API to serve it, with the route table's types erased: its contract,
 * handlers, authenticators, errors and stored resources, and how a new tenant is provisioned (the
 * admin API makes tenants at run time).
 */
export interface RuntimeApi {
  readonly definition: ApiDefinition;
  readonly handlers: Readonly<Record<string, AnyHandler>>;
  /** How each security scheme of the route table authenticates; an operation uses the one it names. */
  readonly authenticators: Readonly<Record<string, Authenticator>>;
  /** The API's error envelope and wording; statuses come from the platform's table unless overridden. */
  readonly errors: ErrorCatalogue;
  /**
   * Its stored resources defined through the kit (resources.ts): their rules (unique values,
   * defaults) apply to the documents of their collections that imports, seeds and resets write.
   */
  readonly resources: readonly { readonly rules: CollectionRules }[];
  /** Media types the API's JSON bodies may arrive as, beyond `application/json`. */
  readonly jsonMediaTypes?: readonly string[];
  /**
   * What the API answers in, preferred first, where the route table does not say (unknown paths,
   * wrong verbs, responses without a documented body). Default `application/json`.
   */
  readonly responseMediaTypes?: readonly string[];
  provisionTenant(store: Store, options: ProvisionOptions): Promise<ProvisionedTenant>;
  /**
   * Clients (by User-Agent) that must get `Connection: close`: some official SDKs write a request
   * body only on the socket's `connect` event, so a second request on a kept-alive socket hangs.
   */
  readonly closeConnectionsOf?: RegExp;
  /** Request checks compiled at run time, for APIs defined at run time (tests); shipped APIs use the generated ones. */
  readonly checks?: CompiledChecks;
  /** The customer status the provider moves (Dwolla's `status`, …) and the moves it allows; none where customers have none. */
  readonly customerStatus?: StatusPolicy;
  /** How the API delivers its events, where it has any (see webhooks/policy.ts). */
  readonly events?: EventsPolicy;
  /**
   * The modes a tenant's keys pick, where the API has modes (`test`, `live`), the one `authorize`
   * uses by default first: data of one mode is never seen with another's keys.
   */
  readonly modes?: readonly string[];
}

/** What the tools around the server need of an API: the CLI, the benchmarks, the reliability runs and the conformance suite. */
export interface ApiTooling {
  /** How a client authenticates with a provisioned tenant's credentials. */
  readonly authorize: Authorize;
  /** Sample data and the operations to exercise. */
  readonly samples: Samples;
  /** The API's own CLI commands (see `Command`). */
  readonly commands?: readonly Command[];
}

/** An API as the registry lists it: what the server runs, and what the tools use. */
export interface ServerApi extends RuntimeApi, ApiTooling {}

/** An API's implementation, checked against its route table: a handler per operation, each typed by its contract. */
export interface ApiImplementation<A extends ApiDefinition> extends Omit<ServerApi, 'definition' | 'handlers'> {
  readonly definition: A;
  readonly handlers: Handlers<A>;
}

/** Checks an API's implementation against its route table, and returns it as the registry lists it. */
export function defineServerApi<Defs extends TProperties, R extends RouteTable>(api: ApiImplementation<ApiDefinition<Defs, R>>): ServerApi {
  return api;
}
