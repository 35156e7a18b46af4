export * from './api.ts';
export * from './nullable.ts';
export * from './pagination.ts';
export * from './route.ts';
export * from './module.ts';
export * from './parts.ts';
export * from './hal.ts';
export * from './json-schema.ts';
