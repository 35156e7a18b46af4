/** What an API's error body says, in the same words for every API. */
export interface ErrorDetails {
  /** The provider's own code (`duplicate-email-address`, `ValidationError`, `sms_code_incorrect`, …), when it has one. */
  readonly code?: string;
  readonly message: string;
  /** What is wrong with each field, by the field's name as the API spells it (nested fields dotted). */
  readonly fields?: Readonly<Record<string, string>>;
  /** The provider's request id, where it sends one. */
  readonly requestId?: string;
}

/** The part of a call's result an error is made from. */
export interface ErrorResponse {
  readonly status: number;
  readonly data: unknown;
  readonly headers: Headers;
}

/**
 * An answer with an error status, thrown by clients made with `throwOnError: true` (and by
 * `paginate`, which cannot yield a status). Each API has its subclass (`BalancedError`,
 * `DwollaError`, …) that reads the provider's error body; `body` holds the body as sent.
 */
export class ApiError<Body = unknown> extends Error {
  override readonly name: string = 'ApiError';
  readonly status: number;
  readonly body: Body;
  readonly headers: Headers;
  readonly code: string | undefined;
  readonly fields: Readonly<Record<string, string>>;
  readonly requestId: string | undefined;

  constructor(response: ErrorResponse, details: ErrorDetails) {
    super(`${response.status}${details.code ? ` ${details.code}` : ''}: ${details.message}`);
    this.status = response.status;
    this.body = response.data as Body;
    this.headers = response.headers;
    this.code = details.code;
    this.fields = details.fields ?? {};
    this.requestId = details.requestId;
  }
}

/** Makes the API's error from an error answer. */
export type ErrorFactory = (response: ErrorResponse) => ApiError;

/** An error for APIs without a subclass of their own: the body's text, if any. */
export const genericError: ErrorFactory = (response) =>
  new ApiError(response, { message: typeof response.data === 'string' && response.data ? response.data : `HTTP ${response.status}` });

/**
 * The request got no answer: the server could not be reached, or the connection failed before the
 * whole answer arrived (after the retries the request allowed). `cause` is the transport's error.
 */
export class ConnectionError extends Error {
  override readonly name: string = 'ConnectionError';
  constructor(
    message: string,
    readonly method: string,
    readonly url: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** No answer within the timeout (per attempt); the request was abandoned. */
export class TimeoutError extends ConnectionError {
  override readonly name: string = 'TimeoutError';
  constructor(
    method: string,
    url: string,
    readonly timeout: number,
  ) {
    super(`clientele: ${method} ${url} got no answer within ${timeout} ms`, method, url);
  }
}
