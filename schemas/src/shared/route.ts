import { Type, type TObject, type TSchema } from '@sinclair/typebox';

export type HttpMethod = 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** How an operation authenticates: a security scheme named in the API's index, with the scopes it needs. */
export interface AuthRequirement {
  readonly scheme: string;
  readonly scopes?: readonly string[];
  /**
   * Body fields the same credentials may travel in instead of the scheme's header (OAuth 2.0
   * client authentication, RFC 6749 §2.3.1): the spec's `security` then also lists the empty
   * requirement, and the body schema documents the fields.
   */
  readonly orInBody?: readonly string[];
}

/** A request or response body: a named schema of the API's module, and the media types it travels as. */
export interface BodySpec<Name extends string = string> {
  readonly schema: Name;
  readonly contentTypes: readonly string[];
  readonly required?: boolean;
}

export interface ResponseSpec<Name extends string = string> {
  readonly description: string;
  /** Absent for responses without a body (201 with a Location header, 204, HEAD). */
  readonly body?: BodySpec<Name>;
  readonly headers?: Readonly<Record<string, { readonly description: string; readonly schema: TSchema }>>;
}

/**
 * One documented operation. The route table (a record of these keyed by operationId) drives the
 * OpenAPI document, the AOT validators, the server's route registration and, through the spec, the
 * clients: an operation is declared once.
 */
export interface Operation<Name extends string = string> {
  readonly method: HttpMethod;
  /** OpenAPI path syntax (`/v1/customers/{customer_id}`); converted for the server in one place. */
  readonly path: string;
  readonly tag: string;
  readonly summary: string;
  readonly description?: string;
  /** Set when the operation is not in the seed document: why it exists (emitted as `x-clientele-extension`). */
  readonly extension?: string;
  /** A HEAD operation answers exactly as this GET operation would, without the body. */
  readonly headOf?: string;
  /**
   * Accepts an `Idempotency-Key` header: a repeat within 24 hours replays the first response (one
   * that arrives while the first is in flight waits for it; a key whose request never finished is a
   * 409), a reuse with another request is a 422.
   * `extension` says why, when the seed does not document it (emitted as `x-clientele-extension`).
   */
  readonly idempotency?: { readonly extension?: string };
  /**
   * The query parameters may also arrive as a body in one of these media types, as some SDKs send
   * a GET's parameters (Octobat's Node SDK writes them as a form body). Body values win over the
   * query string's, as Rails merges them. Emitted as `x-clientele-query-in-body`.
   */
  readonly queryInBody?: readonly string[];
  /**
   * How a list operation pages, so clients can iterate every item without a loop of their own
   * (emitted as `x-clientele-pagination`; build it with `offsetPages`, `linkPages` or `cursorPages`).
   */
  readonly pagination?: Pagination;
  readonly auth: AuthRequirement | null;
  readonly request?: {
    readonly params?: TObject;
    readonly query?: TObject;
    readonly headers?: TObject;
    readonly body?: BodySpec<Name>;
  };
  readonly responses: Readonly<Record<number, ResponseSpec<Name>>>;
  /**
   * Error statuses this operation answers beyond those its shape implies (a provider's 409 on a
   * duplicate), described as the API's `errorResponses` describe them.
   */
  readonly errors?: readonly number[];
}

/**
 * What a client needs to walk a list operation's pages. `items` is the dotted path of the item array
 * in the 200 body, `id` the field that identifies an item. Each style names the query parameters
 * and body fields it uses, so a generic client reads them from the spec instead of knowing the API.
 */
export type Pagination =
  /** `limit` and `offset` query parameters; `total` (when the body has one) says when the last page is reached, a short page otherwise. */
  | { readonly style: 'offset'; readonly items: string; readonly id: string; readonly limit: string; readonly offset: string; readonly total?: string }
  /** A link to the next page in the body (HAL's `_links.next.href`), absent on the last page; `limit` sets the first page's size. */
  | { readonly style: 'links'; readonly items: string; readonly id: string; readonly limit: string; readonly next: string }
  /**
   * Object-id cursors: `after` (the last item's id) pages on while `hasMore` is true; `before` (the
   * first item's id) pages back while `hasMoreBefore` is true (`hasMore` when the list reports the
   * paging direction in one flag).
   */
  | {
      readonly style: 'cursor';
      readonly items: string;
      readonly id: string;
      readonly limit: string;
      readonly after: string;
      readonly hasMore: string;
      readonly before?: string;
      readonly hasMoreBefore?: string;
    };

export type RouteTable<Name extends string = string> = Readonly<Record<string, Operation<Name>>>;

/** Header names are matched lowercased: that is how the server sees them. */
export const IDEMPOTENCY_KEY_HEADER = 'idempotency-key';

const idempotencyKey = Type.String({
  minLength: 1,
  maxLength: 255,
  description: 'A unique value (a UUID is a good choice) that makes retrying this request safe for 24 hours.',
});

/**
 * The headers an operation is checked against: those it declares, plus `Idempotency-Key` when it
 * is idempotent. The one place both the spec and the validators take them from.
 */
export function operationHeaders(op: Operation): TObject | undefined {
  if (!op.idempotency) return op.request?.headers;
  const declared = op.request?.headers;
  return Type.Object(
    { ...(declared?.properties ?? {}), [IDEMPOTENCY_KEY_HEADER]: Type.Optional(idempotencyKey) },
    { additionalProperties: true },
  );
}

/** The request parts a validator exists for. */
export const requestParts = ['params', 'query', 'headers', 'body'] as const;
export type RequestPart = (typeof requestParts)[number];

/** Keeps the literal types of a route table while checking it against its module's schema names. */
export function defineRoutes<Name extends string>() {
  return <const T extends RouteTable<Name>>(table: T): T => table;
}

/** The one place OpenAPI path syntax becomes router syntax: `/v1/customers/{customer_id}` → `/v1/customers/:customer_id`. */
export function toRouterPath(path: string): string {
  return path.replace(/\{([^}/]+)\}/g, ':$1');
}

/** Names of the `{placeholders}` in an OpenAPI path, in order. */
export function pathParameterNames(path: string): string[] {
  return [...path.matchAll(/\{([^}/]+)\}/g)].map((m) => m[1]!);
}
