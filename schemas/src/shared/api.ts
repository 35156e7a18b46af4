import type { TModule, TProperties } from '@sinclair/typebox';
import { withErrorResponses, type ErrorResponses } from './errors.ts';
import type { Operation, RouteTable } from './route.ts';

export interface SecurityScheme {
  readonly type: 'http' | 'oauth2' | 'apiKey';
  readonly scheme?: 'basic' | 'bearer';
  readonly description: string;
  readonly flows?: Record<string, unknown>;
  /**
   * Names the scheme this one is another way to send: the same credentials in another header
   * form (a secret key as `Bearer` besides HTTP Basic). Every operation that requires that scheme
   * then lists this one beside it in its `security`, as an alternative. Not emitted itself.
   */
  readonly alternativeTo?: string;
}

/** Everything an API contributes: its module of named schemas, its route table and its metadata. */
// `any` as the default keeps every concrete module assignable: TModule is invariant in its definitions.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export interface ApiDefinition<Defs extends TProperties = any, Routes extends RouteTable = RouteTable> {
  /** Folder and mount name: `/balanced`, `generated/balanced/…`. */
  readonly name: string;
  readonly title: string;
  readonly version: string;
  readonly description: string;
  readonly servers: readonly { readonly url: string; readonly description: string }[];
  readonly securitySchemes: Readonly<Record<string, SecurityScheme>>;
  /** A description for every tag the route table uses. */
  readonly tags: Readonly<Record<string, string>>;
  readonly module: TModule<Defs>;
  readonly routes: Routes;
  /** The standard error responses of its operations, filled into the route table by `defineApi`. */
  readonly errorResponses?: ErrorResponses<Extract<keyof Defs, string>>;
  /**
   * Schemas of the module also published as standalone JSON Schema documents, by file stem: `{seed:
   * 'SandboxDocument'}` writes `<api>/seed.schema.json` beside the OpenAPI document.
   */
  readonly jsonSchemas?: Readonly<Record<string, string>>;
  /**
   * Requests the API makes to its users' endpoints (OpenAPI 3.1 `webhooks`), by name: each an
   * operation the receiver serves (its `path` is unused: the receiver's URL is its own).
   */
  readonly webhooks?: Readonly<Record<string, Operation<Extract<keyof Defs, string>>>>;
}

export function defineApi<Defs extends TProperties, const Routes extends RouteTable<Extract<keyof Defs, string>>>(
  api: ApiDefinition<Defs, Routes>,
): ApiDefinition<Defs, Routes> {
  return api.errorResponses ? { ...api, routes: withErrorResponses(api.name, api.routes, api.errorResponses) } : api;
}
