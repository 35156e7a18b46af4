import type { ServerApi } from '../platform/handlers.ts';
import { balancedApi } from './balanced/index.ts';
import { dwollaApi } from './dwolla/index.ts';

/** Every API the server can serve, by mount name. */
export const serverApis: readonly ServerApi[] = [balancedApi as unknown as ServerApi, dwollaApi as unknown as ServerApi];

export const serverApiNamed = (name: string) => serverApis.find((api) => api.definition.name === name);
