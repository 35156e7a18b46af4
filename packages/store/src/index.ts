export { hashSecret } from './kysely-store.ts';
export { newCredentialId } from './tenants.ts';
export { isPostgresUrl, openStore, sqlitePath, UnsupportedDatabaseUrl } from './open.ts';
export { DEFAULT_POOL_SIZE, isPostgresUnavailable, openPostgres, type PostgresOptions } from './postgres.ts';
export { openSqlite, requestLogPath } from './sqlite.ts';
export * from './types.ts';
export { migrations } from './migrations.ts';
