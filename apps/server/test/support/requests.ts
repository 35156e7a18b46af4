import type { specValidator } from './spec.ts';

/** References by body schema, then dotted field (see `Samples.references`). */
export type References = Readonly<Record<string, Readonly<Record<string, string>>>>;

export interface ExampleRequest {
  /** The JSON body, where the operation takes one and its schema shows an example. */
  readonly body?: string;
  /** `?name=value&…` of the required query parameters, or ''. */
  readonly query: string;
  readonly headers: Readonly<Record<string, string>>;
  /** What the contract leaves out of a valid request (a required part without an example); empty when nothing. */
  readonly missing: readonly string[];
}

/** A copy of `target` with `value` at the dotted path (objects made on the way). */
const withValue = (target: unknown, [key, ...rest]: readonly string[], value: string): Record<string, unknown> => {
  const object = (target !== null && typeof target === 'object' ? target : {}) as Record<string, unknown>;
  return { ...object, [key!]: rest.length ? withValue(object[key!], rest, value) : value };
};

/**
 * A valid request to the operation, as the published contract shows it: its documented examples,
 * with the fields that must name the tenant's own things (`references`) written over the body.
 */
export function exampleRequest(spec: ReturnType<typeof specValidator>, operationId: string, references: References = {}): ExampleRequest {
  const { schema, body, query, headers, missing } = spec.requestExample(operationId);
  let filled = body;
  for (const [path, value] of Object.entries((schema && references[schema]) ?? {})) filled = withValue(filled, path.split('.'), value);
  const search = new URLSearchParams(query).toString();
  return { ...(filled === undefined ? {} : { body: JSON.stringify(filled) }), query: search ? `?${search}` : '', headers, missing };
}
