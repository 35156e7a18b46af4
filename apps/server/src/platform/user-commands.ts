import type { Command } from './handlers.ts';
import type { AuthorizationCodeGrants } from './authorization-code.ts';
import type { Entitlement, UserDirectory } from './users.ts';

const list = (value: string | undefined) => (value ?? '').split(',').map((item) => item.trim()).filter(Boolean);

/** Role names as given, each known (`all` is every role), or an Error naming the unknown ones. */
function rolesOf(value: string | undefined, known: readonly string[]): string[] {
  const roles = list(value);
  if (roles.includes('all')) return [...known];
  const unknown = roles.filter((role) => !known.includes(role));
  if (unknown.length) throw new Error(`unknown role(s): ${unknown.join(', ')}; known: ${known.join(', ')}`);
  return roles;
}

/**
 * The CLI commands of an API with users and the authorization-code flow: `user create`,
 * `client create`, `role grant`. `place` names where a role may be held (`bank`): a role granted
 * without one holds everywhere.
 */
export function userCommands(options: {
  readonly users: UserDirectory;
  readonly oauth: AuthorizationCodeGrants;
  readonly roles: readonly string[];
  readonly scopes: readonly string[];
  readonly place: string;
  readonly defaultRedirectUri: string;
}): Command[] {
  const { users, oauth, roles, scopes, place, defaultRedirectUri } = options;
  const entitlements = (values: Readonly<Record<string, string | undefined>>): Entitlement[] =>
    rolesOf(values.roles ?? values.role, roles).map((role) => ({ role, at: values[place] ?? '' }));
  const context = ({ store, tenant, clock }: Parameters<Command['run']>[0]) => ({ store, clock, scope: { tenantId: tenant.id } });
  return [
    {
      name: 'user create',
      summary: 'Creates a user of the tenant; prints its id and password (shown once).',
      options: {
        name: { description: 'a display name' },
        roles: { description: `roles to grant, comma-separated, or "all" (${roles.length} roles)` },
        [place]: { description: `the ${place} id the roles hold at (default: every ${place})` },
      },
      async run(ctx, values) {
        const { user, password } = await users.create(context(ctx), { name: values.name ?? 'User', entitlements: entitlements(values) });
        return { user_id: user.id, password, roles: user.data.entitlements.map((e) => e.role).join(',') };
      },
    },
    {
      name: 'client create',
      summary: 'Registers an OAuth client of the tenant; prints its id and secret (shown once).',
      options: {
        name: { description: 'a display name' },
        'redirect-uri': { description: `redirect URIs, comma-separated (default ${defaultRedirectUri})` },
        scopes: { description: `scopes, comma-separated (default all: ${scopes.join(', ')})` },
      },
      async run(ctx, values) {
        const chosen = values.scopes === undefined ? [...scopes] : list(values.scopes);
        const unknown = chosen.filter((scope) => !scopes.includes(scope));
        if (unknown.length) throw new Error(`unknown scope(s): ${unknown.join(', ')}; known: ${scopes.join(', ')}`);
        const redirectUris = values['redirect-uri'] === undefined ? [defaultRedirectUri] : list(values['redirect-uri']);
        const invalid = redirectUris.filter((uri) => !URL.canParse(uri));
        if (invalid.length || !redirectUris.length) throw new Error(`redirect URIs must be absolute URLs: ${invalid.join(', ') || '(none)'}`);
        const { clientId, clientSecret } = await oauth.createClient(ctx, { tenantId: ctx.tenant.id, name: values.name ?? 'Client', redirect_uris: redirectUris, scopes: chosen });
        return { client_id: clientId, client_secret: clientSecret, redirect_uri: redirectUris.join(','), scopes: chosen.join(',') };
      },
    },
    {
      name: 'role grant',
      summary: `Grants roles to a user, at one ${place} or everywhere.`,
      options: {
        user: { description: 'the user id', required: true },
        role: { description: 'roles, comma-separated, or "all"', required: true },
        [place]: { description: `the ${place} id the roles hold at (default: every ${place})` },
      },
      async run(ctx, values) {
        const granted = entitlements(values);
        if (!granted.length) throw new Error('--role names no role');
        const user = await users.grant(context(ctx), values.user!, granted).catch(() => {
          throw new Error(`no user ${values.user} in tenant ${ctx.tenant.id}`);
        });
        return { user_id: user.id, roles: user.data.entitlements.map((e) => (e.at ? `${e.role}@${e.at}` : e.role)).join(',') };
      },
    },
  ];
}
