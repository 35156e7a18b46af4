import { randomBytes, randomFillSync, randomUUID } from 'node:crypto';
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

const ID_BYTES = 16;
let idPool = Buffer.alloc(0);
let idAt = 0;

/**
 * The request id every API derives its own from: 32 lowercase hex characters, the digits of a
 * random (version 4) UUID. Made for every request, so from a pool of random bytes filled 256 ids
 * at a time: a third of what `randomUUID()` without its dashes cost.
 */
export function requestId(): string {
  if (idAt === idPool.length) {
    idPool = randomFillSync(Buffer.allocUnsafe(ID_BYTES * 256));
    idAt = 0;
  }
  idPool[idAt + 6] = (idPool[idAt + 6]! & 0x0f) | 0x40;
  idPool[idAt + 8] = (idPool[idAt + 8]! & 0x3f) | 0x80;
  return idPool.toString('hex', idAt, (idAt += ID_BYTES));
}
