import FindMyWay from 'find-my-way';

/**
 * How a URL names a route. Fastify's router is built with these (app.ts) and so is the matcher of
 * documented paths below, which is the same router library: both read a URL alike (percent-decoding,
 * the 100-character limit on a parameter, trailing and doubled slashes, a static segment before a
 * parameter).
 */
export const ROUTE_MATCHING = {
  // `/customers/` is not a documented path: a 404, not the collection.
  ignoreTrailingSlash: false,
  ignoreDuplicateSlashes: false,
  caseSensitive: true,
  maxParamLength: 100,
  useSemicolonDelimiter: false,
} as const;

/** The methods a documented path takes, in `Allow` order, by the path in router syntax (`/customers/:id`). */
export type MethodsByPath = ReadonlyMap<string, readonly string[]>;

/**
 * What a URL names among the documented paths: one of them (with the methods it takes), none, or
 * nothing the router can read (bad percent-encoding, a parameter over the limit), which the router
 * refuses before any route or hook runs (app.ts, `frameworkErrors`).
 */
export type PathMatch = { readonly kind: 'documented'; readonly allow: readonly string[] } | { readonly kind: 'unknown' } | { readonly kind: 'unreadable' };

const UNKNOWN: PathMatch = { kind: 'unknown' };
const UNREADABLE: PathMatch = { kind: 'unreadable' };

/** Every API's documented paths, in one tree inserted once, and what a URL names among them. */
export interface DocumentedPaths {
  /** Adds an API's paths (already prefixed with its mount). */
  add(paths: MethodsByPath): void;
  match(url: string): PathMatch;
}

/**
 * The documented paths of every API: a method a path does not take is answered from here
 * (register.ts) rather than from a route per path and method, which would put nearly every path
 * in each of the router's nine method trees. One tree, inserted once.
 */
export function documentedPaths(): DocumentedPaths {
  const pending: [string, readonly string[]][] = [];
  let router: ReturnType<typeof FindMyWay> | undefined;
  // Built at the first URL asked about, not at start: most runs never call a path with another method.
  const built = () => {
    if (router && !pending.length) return router;
    const refused = () => undefined;
    router ??= FindMyWay({ ...ROUTE_MATCHING, querystringParser: () => ({}), onBadUrl: refused, onMaxParamLength: refused });
    const documented = () => undefined;
    for (const [url, allow] of pending.splice(0)) router.on('GET', url, documented, { match: { kind: 'documented', allow } satisfies PathMatch });
    return router;
  };
  return {
    add(paths) {
      pending.push(...paths);
    },
    match(url) {
      const found = built().find('GET', url);
      if (!found) return UNKNOWN;
      // A refusal (onBadUrl, onMaxParamLength) comes back as a handle without a store.
      return found.store ? (found.store as { match: PathMatch }).match : UNREADABLE;
    },
  };
}

/**
 * The paths one URL could name together with another of them: as many segments, each pair equal or
 * one of them a parameter. Only for those can the router's answer depend on the routes of another
 * path, so only those need a route of their own for the methods they do not take.
 */
export function overlapping(paths: readonly string[]): Set<string> {
  const segments = paths.map((path) => path.split('/'));
  // A parameter within a segment (`:id.json`) or a wildcard is counted as overlapping anything.
  const open = (segment: string) => segment.includes(':') || segment.includes('*');
  const overlap = (a: string[], b: string[]) => a.length === b.length && a.every((segment, i) => segment === b[i] || open(segment) || open(b[i]!));
  const found = new Set<string>();
  for (let i = 0; i < paths.length; i++) {
    for (let j = i + 1; j < paths.length; j++) {
      if (overlap(segments[i]!, segments[j]!)) found.add(paths[i]!).add(paths[j]!);
    }
  }
  return found;
}
