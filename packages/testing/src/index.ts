export { startSandbox, connectSandbox, type SandboxOptions } from './start.js';
export {
  CONNECTION_VARIABLE,
  type FaultRule,
  type FaultRuleCreate,
  type RequestFilter,
  type Sandbox,
  type SandboxConnection,
  type SandboxTenant,
  type TenantOptions,
} from './sandbox.js';
export { startReceiver, type ReceiverOptions, type WebhookDelivery, type WebhookReceiver } from './receiver.js';
export { type WebhookApi, type WebhookTenant } from './webhooks.js';
export { SandboxStartError } from './server.js';
export { API_NAMES, type ApiName, type ClientOf, type ExtrasOf } from './tenants.js';
