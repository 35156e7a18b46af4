// What other workspace packages (the benchmarks, the reliability runs) use of the platform.
export { acceleratedClock, systemClock, manualClock, type Clock, type ManualClock } from './clock.ts';
export type { ProvisionedTenant, ServerApi, Samples, SampleEvents, Authorize } from './handlers.ts';
export { responseSchemas } from './serializers.ts';
export { sampleOperations, itemsOf, operationPath, walkList, type NamedOperation, type SampleOperations } from './operations.ts';
