import type { Static, TImport, TModule, TProperties, TSchema } from '@sinclair/typebox';

/** The named schemas of a module. TypeBox keeps them private; emitters and runtimes need them by name. */
export function moduleDefinitions(module: object): Record<string, TSchema> {
  return (module as unknown as { $defs: Record<string, TSchema> }).$defs;
}

/** The static type of a named schema of a module: `Infer<typeof module, 'Customer'>`. */
export type Infer<M, K extends string> = M extends TModule<TProperties, infer Computed>
  ? K extends keyof Computed
    ? Static<TImport<Computed, K>>
    : never
  : never;

/** A named schema of a module, resolvable on its own (it carries the module's definitions). */
export function importSchema(module: object, name: string): TSchema {
  return (module as unknown as { Import(name: string): TSchema }).Import(name);
}
