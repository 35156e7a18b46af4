import type { dwolla } from '@clientele/schemas/dwolla';
import type { Handlers } from '../../platform/handlers.ts';
import { issueAccessToken } from '../../platform/oauth.ts';

/** Dwolla's access tokens live an hour. */
export const TOKEN_LIFETIME_SECONDS = 3600;

/** The client credentials grant: the authenticated application gets a bearer token with its scopes. */
export function tokenHandler(lifetimeSeconds: number): Pick<Handlers<typeof dwolla>, 'requestToken'> {
  return {
    async requestToken({ tenant, scopes, store, clock }) {
      const token = await issueAccessToken(store, { api: 'dwolla', principal: { tenant, scopes, mode: null }, lifetimeSeconds, clock });
      return {
        status: 200,
        // RFC 6749 §5.1: token responses must not be cached.
        headers: { 'cache-control': 'no-store', pragma: 'no-cache' },
        body: {
          access_token: token.accessToken,
          token_type: 'bearer',
          expires_in: token.expiresIn,
          // 2015's form: lowercase, pipe-delimited.
          scope: token.scopes.map((s) => s.toLowerCase()).join('|'),
        },
      };
    },
  };
}
