import { balanced } from './balanced/index.ts';
import { dwolla } from './dwolla/index.ts';

export { balanced, dwolla };
export { HAL_JSON as DWOLLA_MEDIA_TYPE } from './dwolla/index.ts';
export type * as Balanced from './balanced/resources.ts';
export type * as Dwolla from './dwolla/resources.ts';
export * from './shared/index.ts';

/** Every API clientele serves, in mount order. */
export const apis = [balanced, dwolla] as const;
export type AnyApi = (typeof apis)[number];
