import type { FastifyInstance } from 'fastify';
import type { Store } from '@clientele/store';
import type { Clock } from '../platform/clock.ts';
import type { RuntimeApi } from '../platform/handlers.ts';
import { deliveryWorker } from './worker.ts';

export interface DeliveryOptions {
  /** How often the worker looks for due deliveries as real time passes (default every second); false: only when told. */
  readonly pollMs?: number | false;
  /** Whether each write to an API with events makes the worker look for what became due (default true; none for a tenant found with no endpoint). */
  readonly afterWrites?: boolean;
  /** Overrides every provider's timeout (tests of a receiver that never answers). */
  readonly timeoutMs?: number;
}

/**
 * The delivery worker of an app: for the APIs served that have events, it runs on a timer, after
 * every write to such an API (which may have appended events), and when asked (the admin API's
 * clock moves); it stops with the app.
 */
export function registerDeliveries(app: FastifyInstance, store: Store, clock: Clock, apis: readonly RuntimeApi[], options: DeliveryOptions = {}) {
  const policies = new Map(apis.flatMap((api) => (api.events ? [[api.definition.name, api.events] as const] : [])));
  const worker = deliveryWorker({ store, clock, policies, timeoutMs: options.timeoutMs, log: app.log });
  if (!policies.size) return worker;
  if (options.pollMs !== false) worker.start(options.pollMs ?? 1000);
  if (options.afterWrites !== false) {
    app.addHook('onResponse', (request, _reply, done) => {
      const api = request.clienteleMount?.name ?? '';
      if (request.method !== 'GET' && request.method !== 'HEAD' && policies.has(api)) worker.kick(api, request.clienteleTenant ?? undefined);
      done();
    });
  }
  app.addHook('onClose', () => worker.stop());
  return worker;
}

export { deliveryLeaseMs } from './worker.ts';
