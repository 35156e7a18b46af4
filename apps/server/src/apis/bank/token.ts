import type { bank } from '@clientele/schemas/bank';
import type { Handlers } from '../../platform/handlers.ts';
import { sentClient } from '../../platform/authorization-code.ts';
import { fail } from '../../platform/problems.ts';
import { oauth } from './resources.ts';

/** Access tokens live an hour; refresh tokens get more. */
export const TOKEN_LIFETIME_SECONDS = 3600;

const required = (field: string): never =>
  fail({ kind: 'validation', issues: [{ part: 'body', pointer: `/${field}`, field, code: 'required', message: 'is required for this grant_type' }] });

/** openbank's token API (`v1/auth/auth.gunk`): the authorization endpoint and the token endpoint. */
export function tokenHandlers(lifetimeSeconds: number): Pick<Handlers<typeof bank>, 'authorize' | 'token'> {
  return {
    // The signed-in user (HTTP Basic) authorizes the client: a one-time code for its redirect URI.
    async authorize(context) {
      const code = await oauth.issueCode({ ...context, subject: context.subject! }, context.query.client_id, context.query.redirect_uri);
      return { status: 200, headers: { 'cache-control': 'no-store' }, body: { code } };
    },

    async token(context) {
      const body = context.body;
      const client = sentClient(context.request.headers.authorization, body);
      const byCode = body.grant_type === 'AuthorizationCode' || body.grant_type === 'authorization_code';
      const grant = byCode
        ? await oauth.redeemCode(context, { code: body.code || required('code'), redirectUri: body.redirect_uri, client })
        : await oauth.redeemRefreshToken(context, { refreshToken: body.refresh_token || required('refresh_token'), client });
      const tokens = await oauth.issueTokens(context, grant, { lifetimeSeconds, ...(byCode ? {} : { refreshToken: body.refresh_token }) });
      return {
        status: 201,
        // RFC 6749 §5.1: token responses must not be cached.
        headers: { 'cache-control': 'no-store', pragma: 'no-cache' },
        body: { access_token: tokens.accessToken, token_type: 'bearer', expires_in: tokens.expiresIn, refresh_token: tokens.refreshToken },
      };
    },
  };
}
