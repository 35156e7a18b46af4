import type { Static, TModule, TProperties, TSchema } from '@sinclair/typebox';
import type { ApiDefinition, Infer, Operation, RouteTable } from '@clientele/schemas';
import type { Store, Tenant } from '@clientele/store';
import type { FastifyRequest } from 'fastify';
import type { Authenticator } from './auth.ts';
import type { ErrorRenderer } from './problems.ts';

type PartOf<Op extends Operation, P extends 'params' | 'query' | 'headers'> = Op['request'] extends { [K in P]: infer S extends TSchema }
  ? Static<S>
  : Record<string, never>;

type BodyOf<Op extends Operation, M> = Op['request'] extends { body: { schema: infer N extends string } } ? Infer<M, N> : undefined;

/** What a handler receives: the caller's tenant and scopes, validated and coerced request parts, and the store. */
export interface HandlerContext<Op extends Operation = Operation, M = unknown> {
  /** The authenticated caller's tenant (operations without auth have none). */
  readonly tenant: Op['auth'] extends null ? undefined : Tenant;
  /** The scopes the caller's credential carries. */
  readonly scopes: readonly string[];
  readonly params: PartOf<Op, 'params'>;
  readonly query: PartOf<Op, 'query'>;
  readonly headers: PartOf<Op, 'headers'>;
  readonly body: BodyOf<Op, M>;
  readonly store: Store;
  readonly request: FastifyRequest;
  /** Absolute URL of this API's root as the caller reached it (proxy headers and mount prefix included). */
  readonly apiRoot: string;
}

export interface HandlerResult {
  readonly status: number;
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

type Handled<R extends RouteTable> = { [K in keyof R as R[K] extends { headOf: string } ? never : K]: R[K] };

/** One handler per operation of a route table (HEAD operations reuse their GET's), checked by the compiler. */
export type Handlers<A extends ApiDefinition> = {
  [K in keyof Handled<A['routes']>]: (
    context: HandlerContext<A['routes'][K], A['module']>,
  ) => Promise<HandlerResult>;
};

export interface ProvisionedTenant {
  readonly tenant: Tenant;
  /** Secrets, shown once: only their hashes are stored. */
  readonly credentials: Readonly<Record<string, string>>;
  /** A ready-to-run example request against `baseUrl`. */
  readonly example: (baseUrl: string) => string;
}

export interface ProvisionOptions {
  readonly name?: string;
  /** Scopes for the new credential, for APIs whose credentials carry scopes; undefined for the API's default. */
  readonly scopes?: readonly string[];
}

/** An API as the server runs it: its definition plus what is truly its own. */
export interface ServerApi<A extends ApiDefinition = ApiDefinition> {
  readonly definition: A;
  readonly handlers: Handlers<A>;
  /** How each security scheme of the route table authenticates; an operation uses the one it names. */
  readonly authenticators: Readonly<Record<string, Authenticator>>;
  readonly renderError: ErrorRenderer;
  /** Media types the API's JSON bodies may arrive as, beyond `application/json`. */
  readonly jsonMediaTypes?: readonly string[];
  /**
   * What the API answers in, preferred first, where the route table does not say (unknown paths,
   * wrong verbs, responses without a documented body). Default `application/json`.
   */
  readonly responseMediaTypes?: readonly string[];
  provisionTenant(store: Store, options: ProvisionOptions): Promise<ProvisionedTenant>;
}

export function defineServerApi<Defs extends TProperties, R extends RouteTable>(api: ServerApi<ApiDefinition<Defs, R>>) {
  return api;
}

export type { TModule };
