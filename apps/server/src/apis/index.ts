import type { ServerApi } from '../platform/handlers.ts';
import { balancedApi } from './balanced/index.ts';
import { bankApi } from './bank/index.ts';
import { dwollaApi } from './dwolla/index.ts';
import { octobatApi } from './octobat/index.ts';
import { pingppApi } from './pingpp/index.ts';

/**
 * Every API the server serves, in mount order: the one place an API is registered. The dev
 * tenants, the benchmarks, the conformance suite and the CLI follow from this list; the specs,
 * validators, clients, docs and lint follow from the schemas' folders.
 */
export const serverApis: readonly ServerApi[] = [balancedApi, dwollaApi, bankApi, octobatApi, pingppApi];

export const serverApiNamed = (name: string) => serverApis.find((api) => api.definition.name === name);
