/** A flat key/value map whose scalar values are kept as strings (`54.8` → `"54.8"`), as the providers store metadata. */
export function stringMap(input: Readonly<Record<string, string | number | boolean>> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(input ?? {})) out[key] = String(value);
  return out;
}

/** Emails collide case-insensitively. */
export const emailKey = (email: string | null | undefined): string | null => (email ? email.trim().toLowerCase() : null);
