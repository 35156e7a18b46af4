import { basicCredentials, principalOf, type Authenticator } from './auth.ts';
import { base62, uuid } from './ids.ts';
import { fail } from './problems.ts';
import { defineResource, type ResourceContext } from './resources.ts';

/**
 * Users of a tenant, for APIs whose credentials act for a person (the bank's OAuth tokens belong
 * to a user), and their entitlements: roles in the Open Bank Project's manner, each held at one
 * place (a bank) or everywhere.
 */
export interface Entitlement {
  readonly role: string;
  /** Where the role holds (a bank id); '' for everywhere. */
  readonly at: string;
}

export interface StoredUser {
  readonly name: string;
  readonly entitlements: readonly Entitlement[];
}

/** The credential kind of a user's sign-in (user id and password, stored hashed as one secret). */
export const USER_LOGIN = 'user_login';
const loginSecret = (userId: string, password: string) => `${userId}:${password}`;

const withoutRepeats = (entitlements: readonly Entitlement[]): Entitlement[] => [
  ...new Map(entitlements.map((e) => [`${e.role}@${e.at}`, e])).values(),
];

/** Whether the entitlements include one of `roles` held at `at` (or everywhere). */
export const holdsAny = (entitlements: readonly Entitlement[], roles: readonly string[], at: string): boolean =>
  entitlements.some((e) => roles.includes(e.role) && (e.at === '' || e.at === at));

/** The users of one API's tenants: stored in `<api>.users`, signing in with their id and a password. */
export function userDirectory(api: string) {
  const users = defineResource<StoredUser, { name: string; entitlements?: readonly Entitlement[] }, { grant: readonly Entitlement[] }>({
    collection: `${api}.users`,
    name: 'User',
    newId: uuid,
    create: (body) => ({ name: body.name, entitlements: withoutRepeats(body.entitlements ?? []) }),
    merge: (current, { grant }) => ({ ...current, entitlements: withoutRepeats([...current.entitlements, ...grant]) }),
  });

  return {
    users,

    /** A new user of the caller's tenant, with a password shown once (only its hash is stored). */
    async create(context: ResourceContext, user: { name: string; entitlements?: readonly Entitlement[] }) {
      const doc = await users.create(context, user);
      const password = base62(24);
      await context.store.credentials.create({
        secret: loginSecret(doc.id, password),
        tenantId: context.scope!.tenantId,
        api,
        kind: USER_LOGIN,
        subject: doc.id,
      });
      return { user: doc, password };
    },

    grant: (context: ResourceContext, userId: string, entitlements: readonly Entitlement[]) => users.update(context, userId, { grant: entitlements }),

    /**
     * Fails with `forbidden` (naming the roles) unless the caller's user holds one of `roles` at
     * `at`. A credential without a user, or whose user is gone, holds nothing.
     */
    async requireRole(context: ResourceContext & { readonly subject: string | undefined }, roles: readonly string[], at: string): Promise<void> {
      const user = context.subject === undefined ? undefined : await users.find(context, context.subject);
      if (!user || !holdsAny(user.data.entitlements, roles, at)) {
        fail({ kind: 'forbidden', message: `The user lacks the role(s): ${roles.join(' or ')}.`, missingRoles: roles });
      }
    },

    /** A user signing in with HTTP Basic: user id and password. The principal acts for that user. */
    loginAuth(): Authenticator {
      return async (request, { store }) => {
        const basic = basicCredentials(request.headers.authorization);
        if (!basic?.username) return fail({ kind: 'unauthorized', reason: 'missing' });
        const credential = await store.credentials.find(api, loginSecret(basic.username, basic.password));
        if (credential?.kind !== USER_LOGIN) return fail({ kind: 'unauthorized', reason: 'invalid' });
        return principalOf(credential);
      };
    },
  };
}

export type UserDirectory = ReturnType<typeof userDirectory>;
