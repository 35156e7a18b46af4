import type { Auth } from './fetch';

/** What a token endpoint granted. */
export interface TokenGrant {
  readonly accessToken: string;
  /** Seconds the token lives. */
  readonly expiresIn: number;
}

export interface TokenSource {
  /** A token that is fresh now: the one held, or a new one (concurrent callers share one request). */
  token(): Promise<string>;
  /** Forgets `token` when it is the one held (the server refused it), so the next call fetches another. */
  invalidate(token: string): void;
}

/**
 * Keeps one bearer token and asks for another shortly before it expires (a minute early, or a
 * tenth of its life for short-lived tokens). `now` is injectable so expiry can be tested.
 */
export function tokenSource(request: () => Promise<TokenGrant>, now: () => number = Date.now): TokenSource {
  let held: { token: string; refreshAt: number } | undefined;
  let pending: Promise<string> | undefined;
  const refresh = () =>
    (pending ??= request()
      .then((grant) => {
        const lifetime = grant.expiresIn * 1000;
        held = { token: grant.accessToken, refreshAt: now() + lifetime - Math.min(60_000, lifetime / 10) };
        return grant.accessToken;
      })
      .finally(() => {
        pending = undefined;
      }));
  return {
    token: async () => (held && now() < held.refreshAt ? held.token : refresh()),
    invalidate: (token) => {
      if (held?.token === token) held = undefined;
    },
  };
}

const BEARER = /^Bearer\s+(\S+)$/i;

/**
 * Bearer auth from a token source for a client configuration, plus a fetch that retries once with
 * a fresh token when the server answers 401 (a token it expired or forgot before we expected).
 */
export function bearerAuth(source: TokenSource, baseFetch: typeof fetch = fetch): { auth: Auth; fetch: typeof fetch } {
  return {
    auth: { type: 'headers', headers: async () => ({ authorization: `Bearer ${await source.token()}` }) },
    fetch: async (input, init) => {
      const response = await baseFetch(input, init);
      if (response.status !== 401) return response;
      const sent = BEARER.exec(new Headers(init?.headers).get('authorization') ?? '')?.[1];
      if (!sent) return response;
      source.invalidate(sent);
      const headers = new Headers(init?.headers);
      headers.set('authorization', `Bearer ${await source.token()}`);
      return baseFetch(input, { ...init, headers });
    },
  };
}
