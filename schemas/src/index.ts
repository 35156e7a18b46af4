import { balanced } from './balanced/index.ts';

export { balanced };
export type * as Balanced from './balanced/resources.ts';
export * from './shared/index.ts';

/** Every API clientele serves, in mount order. */
export const apis = [balanced] as const;
export type AnyApi = (typeof apis)[number];
