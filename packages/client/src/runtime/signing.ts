/**
 * RSA-SHA256 request signing with WebCrypto (Node.js, browsers, Deno, Bun alike), for APIs whose
 * clients sign the raw body, the request path with its query and a timestamp (Ping++).
 */

const PKCS8 = /-----BEGIN PRIVATE KEY-----([\s\S]+?)-----END PRIVATE KEY-----/;
const PKCS1 = /-----BEGIN RSA PRIVATE KEY-----([\s\S]+?)-----END RSA PRIVATE KEY-----/;

const fromBase64 = (text: string): Uint8Array<ArrayBuffer> => Uint8Array.from(atob(text.replace(/\s+/g, '')), (c) => c.charCodeAt(0));

function toBase64(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += String.fromCharCode(byte);
  return btoa(text);
}

/** A DER length: short form below 128, else the count of big-endian bytes that follow. */
function derLength(length: number): number[] {
  if (length < 0x80) return [length];
  const bytes: number[] = [];
  for (let rest = length; rest > 0; rest >>= 8) bytes.unshift(rest & 0xff);
  return [0x80 | bytes.length, ...bytes];
}

/** rsaEncryption (1.2.840.113549.1.1.1) with NULL parameters. */
const RSA_ALGORITHM = [0x30, 0x0d, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00];

/** A PKCS#1 RSAPrivateKey inside a PKCS#8 PrivateKeyInfo: the only private key form WebCrypto imports. */
function pkcs8Of(pkcs1: Uint8Array): Uint8Array<ArrayBuffer> {
  const key = [0x04, ...derLength(pkcs1.length), ...pkcs1];
  const body = [0x02, 0x01, 0x00, ...RSA_ALGORITHM, ...key];
  return new Uint8Array([0x30, ...derLength(body.length), ...body]);
}

/** WebCrypto's key type, named without the DOM library (Node's types declare `crypto` but not `CryptoKey` globally). */
export type SigningKey = Awaited<ReturnType<typeof crypto.subtle.importKey>>;

/** Imports a PEM RSA private key, PKCS#8 (`BEGIN PRIVATE KEY`) or PKCS#1 (`BEGIN RSA PRIVATE KEY`, what `openssl genrsa` wrote for years). */
export async function importRsaPrivateKey(pem: string): Promise<SigningKey> {
  const pkcs8 = PKCS8.exec(pem);
  const pkcs1 = PKCS1.exec(pem);
  if (!pkcs8 && !pkcs1) throw new Error('clientele: the private key must be an RSA private key in PEM (PKCS#8 or PKCS#1)');
  const der = pkcs8 ? fromBase64(pkcs8[1]!) : pkcs8Of(fromBase64(pkcs1![1]!));
  return crypto.subtle.importKey('pkcs8', der, { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' }, false, ['sign']);
}

/** A base64 RSA-SHA256 (PKCS#1 v1.5) signature of `text` (UTF-8). */
export async function signRsaSha256(key: SigningKey, text: string): Promise<string> {
  const signature = await crypto.subtle.sign('RSASSA-PKCS1-v1_5', key, new TextEncoder().encode(text));
  return toBase64(new Uint8Array(signature));
}
