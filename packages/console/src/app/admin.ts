import { AdminError, createAdminClient, type AdminTypes } from '@clientele/client';

export type { AdminTypes };

/** The console's one way to the admin API: the generated client, errors thrown. */
export const adminClient = (adminRoot: string, token: string) =>
  createAdminClient({ baseUrl: `${location.origin}${adminRoot}`, token, throwOnError: true, maxRetries: 0, timeout: 30_000 });

export type Admin = ReturnType<typeof adminClient>;

/** An error of the admin API (or of the connection) in plain words, naming each field at fault. */
export function inWords(error: unknown): string {
  if (error instanceof AdminError) {
    const fields = Object.entries(error.fields);
    if (fields.length) return fields.map(([field, message]) => `${field}: ${message}`).join('. ');
    const detail = (error.body as { detail?: string } | undefined)?.detail;
    return detail ?? `The server answered ${error.status}.`;
  }
  if (error instanceof Error && error.name === 'ConnectionError') return `The server could not be reached: ${error.message}`;
  return error instanceof Error ? error.message : String(error);
}

/** Whether the token was refused (wrong, or replaced since): the page asks for another. */
export const refusedToken = (error: unknown) => error instanceof AdminError && error.status === 401;

/** Whether the admin API found nothing at the path: no such resource, or an id its schema refuses. */
export const notFound = (error: unknown) => error instanceof AdminError && error.status === 404;
