/**
 * Checks of webhook deliveries, the way each provider tells receivers to check them, with WebCrypto
 * (Node.js, browsers, Deno, Bun alike).
 */

const encoder = new TextEncoder();

const hex = (bytes: ArrayBuffer) => [...new Uint8Array(bytes)].map((b) => b.toString(16).padStart(2, '0')).join('');

/** Compares in time that depends only on the lengths (a receiver must not leak how much matched). */
function equalInConstantTime(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i++) difference |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return difference === 0;
}

/** Dwolla's `X-Request-Signature-SHA-256`: the hex HMAC-SHA256 of the raw body, keyed with the subscription's secret. */
export async function dwollaSignature(secret: string, rawBody: string): Promise<string> {
  const key = await crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  return hex(await crypto.subtle.sign('HMAC', key, encoder.encode(rawBody)));
}

/**
 * Whether a Dwolla webhook is genuine: the signature header matches the HMAC of the body exactly as
 * it arrived (read it as text before parsing it; a re-serialised body does not match).
 */
export async function verifyDwollaWebhook(delivery: { readonly rawBody: string; readonly signature: string | null | undefined; readonly secret: string }): Promise<boolean> {
  if (!delivery.signature) return false;
  return equalInConstantTime(await dwollaSignature(delivery.secret, delivery.rawBody), delivery.signature.trim().toLowerCase());
}
