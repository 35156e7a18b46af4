import type { Delivery, Store, StoredEvent } from '@clientele/store';
import type { Clock } from '../platform/clock.ts';

/** How one provider delivers: its timeout, what counts as received, and when it tries again. */
export interface DeliveryRules {
  /** An answer not complete within this is a failure. */
  readonly timeoutMs: number;
  /** Whether an answer with this status counts as received. */
  readonly succeeded: (status: number) => boolean;
  /** After the n-th failed attempt (n from 1), the wait before the next; none left: the delivery has failed. */
  readonly retryDelaysMs: readonly number[];
}

/** Where a tenant receives events (a Dwolla webhook subscription, a Balanced callback). */
export interface Endpoint {
  readonly id: string;
  readonly url: string;
  /** Paused endpoints get their deliveries held until they are unpaused. */
  readonly paused: boolean;
}

/** The request of one attempt. */
export interface Outgoing {
  readonly method: 'POST' | 'PUT' | 'GET';
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string | undefined;
}

/** An attempt's outcome, as the provider's rules judged it. */
export interface Outcome {
  readonly ok: boolean;
  readonly atUs: number;
}

/** What an API with events tells the delivery worker: the rest (outbox, schedule, records) is shared. */
export interface EventsPolicy {
  readonly rules: DeliveryRules;
  /** The endpoints a tenant has registered now: an event is delivered to each of these. */
  endpoints(store: Store, tenantId: string): Promise<readonly Endpoint[]>;
  /** A new delivery's id, in the provider's form. */
  deliveryId(): string;
  /** The request that delivers `event` through `delivery`, signed as the provider signs; undefined when its endpoint is gone. */
  request(store: Store, delivery: Delivery, event: StoredEvent): Promise<Outgoing | undefined>;
  /** The provider's pause or disable rules, after each recorded attempt. */
  afterAttempt?(store: Store, delivery: Delivery, outcome: Outcome, clock: Clock): Promise<void>;
}
