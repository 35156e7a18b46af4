export { startSandbox, connectSandbox, type SandboxOptions } from './start.ts';
export {
  CONNECTION_VARIABLE,
  type FaultRule,
  type FaultRuleCreate,
  type RequestFilter,
  type Sandbox,
  type SandboxConnection,
  type SandboxTenant,
  type TenantOptions,
} from './sandbox.ts';
export { SandboxStartError } from './server.ts';
export { API_NAMES, type ApiName, type ClientOf, type ExtrasOf } from './tenants.ts';
