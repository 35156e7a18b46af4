import type { Problem } from './problems.ts';

type Of<K extends Problem['kind']> = Extract<Problem, { kind: K }>;

/**
 * How the platform words the problems no provider has words of its own for, in English. An API's
 * catalogue uses these and words only what its provider says its own way.
 */
export const DEFAULT_WORDING = {
  unavailable: () => 'The service is temporarily unavailable; try again shortly.',
  payload_too_large: (p: Of<'payload_too_large'>) => `The request body is larger than ${p.limit} bytes.`,
  /** `accepted`: the media types to name, as the API prefers them. */
  unsupported_media_type: (p: Of<'unsupported_media_type'>, accepted: readonly string[]) =>
    `Content-Type ${p.contentType || '(none)'} is not supported: send ${accepted.join(' or ')}.`,
  method_not_allowed: (p: Of<'method_not_allowed'>) => `Method ${p.method} is not allowed here. Allowed: ${p.allow.join(', ')}.`,
} as const;
