import { randomInt } from 'node:crypto';
import type * as Pingpp from '@clientele/schemas/pingpp';
import type { pingpp } from '@clientele/schemas/pingpp';
import type { StoredDocument } from '@clientele/store';
import { unixSeconds } from '../../platform/clock.ts';
import type { Handlers } from '../../platform/handlers.ts';
import { base62 } from '../../platform/ids.ts';
import { ApiProblem, fail, refuse } from '../../platform/problems.ts';
import { defineResource, type ResourceContext } from '../../platform/resources.ts';
import { brandOf, fingerprintOf, isDomestic, type StoredCard } from './cards.ts';

/** The SMS code every test-mode token sends: documented, so tests and demos can type it. */
export const TEST_SMS_CODE = '123456';

export interface StoredToken {
  readonly app: string;
  readonly card: StoredCard & { readonly name: string };
  readonly used: boolean;
  readonly used_us: number | null;
  /** The SMS code is created with its token and lives in it; its id is unique, so it is found by it. */
  readonly sms_code: { readonly id: string; readonly code: string; readonly validated: boolean };
}

/** What a new token is made of: the App, the card as it will be stored, and the SMS code sent. */
export interface NewToken {
  readonly app: string;
  readonly card: StoredToken['card'];
  readonly sms_code: StoredToken['sms_code'];
}

/** Test mode sends the documented code; live mode six random digits, readable only as an SMS code object. */
export const smsCodeFor = (mode: string | undefined) => (mode === 'live' ? String(randomInt(0, 1_000_000)).padStart(6, '0') : TEST_SMS_CODE);

/** A token for a card, with the SMS code its creation sends in the caller's mode. */
export const newToken = (app: string, card: StoredToken['card'], mode: string | undefined): NewToken => ({
  app,
  card,
  sms_code: { id: `sms_${base62(24)}`, code: smsCodeFor(mode), validated: false },
});

type TokenChange = (current: StoredToken) => StoredToken;

export const tokens = defineResource<StoredToken, NewToken, TokenChange>({
  collection: 'pingpp.tokens',
  name: 'Token',
  newId: () => `tok_${base62(24)}`,
  unique: { sms_code: { field: 'sms_code.id', value: (token) => token.sms_code.id } },
  create: ({ app, card, sms_code }) => ({ app, card, used: false, used_us: null, sms_code }),
  merge: (current, change) => change(current),
});

/** The card of a token request, as stored: its brand from its number (which a `brand` sent must agree with). */
export function tokenCard(app: string, card: Pingpp.CardInput): StoredToken['card'] {
  const brand = brandOf(card.card_number);
  if (!brand) return refuse('card.card_number', 'card_unsupported', 'Only UnionPay, Visa, MasterCard and JCB card numbers are accepted.');
  if (card.brand !== undefined && card.brand !== brand) {
    return refuse('card.brand', 'brand_mismatch', `The card number is a ${brand} card, not ${card.brand}.`);
  }
  return {
    last4: card.card_number.slice(-4),
    brand,
    funding: card.funding ?? 'unknown',
    bank: isDomestic({ brand }) ? (card.bank ?? null) : null,
    fingerprint: fingerprintOf(app, card.card_number),
    name: card.name,
  };
}

/** Whether the caller's key acts in live mode (`sk_live_…`). */
export const livemode = (context: Pick<ResourceContext, 'scope'>) => context.scope?.mode === 'live';

export function presentToken({ id, createdUs, data }: StoredDocument<StoredToken>, live: boolean): Pingpp.Token {
  const { name, last4, funding, brand, bank } = data.card;
  return {
    id,
    object: 'token',
    created: unixSeconds(createdUs),
    livemode: live,
    type: 'card',
    used: data.used,
    time_used: data.used_us === null ? null : unixSeconds(data.used_us),
    card: { object: 'card', last4, funding, brand, bank, name },
    sms_code: { id: data.sms_code.id, object: 'sms_code', created: unixSeconds(createdUs), validated: data.sms_code.validated },
  };
}

const presentSmsCode = ({ id, createdUs, data }: StoredDocument<StoredToken>, live: boolean): Pingpp.SmsCode => ({
  id: data.sms_code.id,
  object: 'sms_code',
  created: unixSeconds(createdUs),
  livemode: live,
  source: id,
  code: data.sms_code.code,
  validated: data.sms_code.validated,
});

/** The `app` of a request must be the account's one App. */
export function requireApp(context: { readonly tenant: { readonly meta: Record<string, unknown> } }, app: string): string {
  if (context.tenant.meta.app !== app) fail({ kind: 'invalid_reference', field: 'app', id: app, resource: 'App' });
  return app;
}

/** A token and its SMS code, as a binding sends them. */
interface Verification {
  readonly source: string;
  readonly sms_code: { readonly id: string; readonly code: string };
}

/** A token a binding names that is not there (in this account and mode) is a 400 on `source`, not a 404. */
const unknownToken =
  (source: string) =>
  (error: unknown): never => {
    if (error instanceof ApiProblem && error.problem.kind === 'not_found') fail({ kind: 'invalid_reference', field: 'source', id: source, resource: 'Token' });
    throw error;
  };

/**
 * Uses a token up to bind its card, once: in one transaction it checks that the token is unused,
 * its card domestic and the SMS code its own and right, and marks both used. Any failure leaves the
 * token as it was (a mistyped code can be typed again).
 */
export async function redeem(context: ResourceContext, { source, sms_code }: Verification): Promise<StoredToken['card']> {
  const usedUs = context.clock.nowUs();
  const doc = await tokens.update(context, source, (token) => {
    if (token.used) return refuse('source', 'token_used', 'The token has already been used.');
    if (!isDomestic(token.card)) return refuse('source', 'foreign_card', 'Foreign cards cannot be bound to customers: use a domestic (UnionPay) card.');
    if (token.sms_code.id !== sms_code.id) return refuse('sms_code.id', 'sms_code_mismatch', 'The SMS code is not the one sent for this token.');
    if (token.sms_code.code !== sms_code.code) return refuse('sms_code.code', 'sms_code_incorrect', 'The SMS verification code is incorrect.');
    return { ...token, used: true, used_us: usedUs, sms_code: { ...token.sms_code, validated: true } };
  }).catch(unknownToken(source));
  return doc.data.card;
}

/**
 * Gives a redeemed token back when the binding it was redeemed for failed after all. Best effort:
 * when this fails too (the store is gone), the caller must still hear the first failure.
 */
export async function release(context: ResourceContext, source: string): Promise<void> {
  await tokens
    .update(context, source, (token) => ({ ...token, used: false, used_us: null, sms_code: { ...token.sms_code, validated: false } }))
    .catch(() => undefined);
}

export const tokenHandlers: Pick<Handlers<typeof pingpp>, 'createToken' | 'retrieveToken' | 'retrieveSmsCode'> = {
  async createToken(context) {
    const app = requireApp(context, context.body.app);
    const doc = await tokens.create(context, newToken(app, tokenCard(app, context.body.card), context.scope.mode));
    return { status: 200, body: presentToken(doc, livemode(context)) };
  },
  async retrieveToken(context) {
    return { status: 200, body: presentToken(await tokens.get(context, context.params.token_id), livemode(context)) };
  },
  async retrieveSmsCode(context) {
    const { sms_code_id } = context.params;
    const doc = (await tokens.findUnique(context, 'sms_code', sms_code_id)) ?? fail({ kind: 'not_found', resource: 'SmsCode', id: sms_code_id });
    return { status: 200, body: presentSmsCode(doc, livemode(context)) };
  },
};
