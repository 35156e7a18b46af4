// The shared building blocks. Each API is its own entry (`@clientele/schemas/balanced`), and
// `@clientele/schemas/registry` lists every API by folder.
export * from './shared/index.ts';
