import { randomBytes, randomUUID } from 'node:crypto';
import { customAlphabet } from 'nanoid';

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const base62Of = new Map<number, () => string>();

/** `size` random base62 characters (cryptographically random). */
export function base62(size: number): string {
  let generate = base62Of.get(size);
  if (!generate) base62Of.set(size, (generate = customAlphabet(BASE62, size)));
  return generate();
}

/** `bytes` random bytes as lowercase hex. */
export const hex = (bytes: number): string => randomBytes(bytes).toString('hex');

export const uuid = (): string => randomUUID();

/** The request id every API derives its own from: 32 lowercase hex characters. */
export const requestId = (): string => randomUUID().replace(/-/g, '');
