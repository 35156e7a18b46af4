import { randomBytes, randomUUID } from 'node:crypto';
import { customAlphabet } from 'nanoid';

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const LOWER_ALPHANUMERIC = '0123456789abcdefghijklmnopqrstuvwxyz';

/** Random strings of one alphabet, `size` characters long (cryptographically random); one generator per size. */
function randomOf(alphabet: string): (size: number) => string {
  const bySize = new Map<number, () => string>();
  return (size) => {
    let generate = bySize.get(size);
    if (!generate) bySize.set(size, (generate = customAlphabet(alphabet, size)));
    return generate();
  };
}

/** `size` random base62 characters. */
export const base62 = randomOf(BASE62);

/** `size` random lowercase letters and digits. */
export const lowerAlphanumeric = randomOf(LOWER_ALPHANUMERIC);

/** `bytes` random bytes as lowercase hex. */
export const hex = (bytes: number): string => randomBytes(bytes).toString('hex');

export const uuid = (): string => randomUUID();

/** The request id every API derives its own from: 32 lowercase hex characters. */
export const requestId = (): string => randomUUID().replace(/-/g, '');
