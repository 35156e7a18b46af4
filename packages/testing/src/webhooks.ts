import type { ErrorMode } from '@clientele/client';
import type { WebhookReceiver } from './receiver.js';
import type { ClientOf } from './tenants.js';

/** The APIs with customer events (the bank, Octobat and Ping++ document none). */
export type WebhookApi = 'dwolla' | 'balanced';

/** A tenant of an API with events: what `subscribe` needs of it. */
export type WebhookTenant =
  | { readonly api: 'dwolla'; readonly client: ClientOf<ErrorMode>['dwolla'] }
  | { readonly api: 'balanced'; readonly client: ClientOf<ErrorMode>['balanced'] };

type Answer = { readonly status: number; readonly data?: unknown; readonly headers: Headers };

const created = (what: string, answer: Answer) => {
  if (answer.status !== 201) throw new Error(`${what} answered ${answer.status}: ${JSON.stringify(answer.data)}`);
  return answer;
};

/**
 * Registers the receiver with the tenant through its own client, as a customer would: a Dwolla
 * webhook subscription with the receiver's URL and secret, or a Balanced callback with its URL.
 * Answers the subscription's (or callback's) id.
 */
export async function subscribe(tenant: WebhookTenant, receiver: WebhookReceiver): Promise<string> {
  switch (tenant.api) {
    case 'dwolla': {
      const answer = created('POST /webhook-subscriptions', await tenant.client.createWebhookSubscription({ url: receiver.url, secret: receiver.secret }));
      // Dwolla answers 201 with the subscription's URL in Location and no body.
      return answer.headers.get('location')!.split('/').at(-1)!;
    }
    case 'balanced':
      return (created('POST /v1/callbacks', await tenant.client.createCallback({ url: receiver.url })).data as { id: string }).id;
    default:
      throw new Error(`${(tenant as { api: string }).api} sends no customer events: only Dwolla and Balanced do`);
  }
}
