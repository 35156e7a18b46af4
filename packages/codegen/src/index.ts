export { checkRoutes, emitOpenApi } from './openapi.ts';
export { emitValidators, partSchema } from './validators.ts';
export { toOpenApiSchema } from './schema-json.ts';
