export { checkRoutes, emitOpenApi } from './openapi.ts';
export { emitValidators, partSchema } from './validators.ts';
export { emitJsonSchema } from './json-schema.ts';
