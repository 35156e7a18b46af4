import { createHmac } from 'node:crypto';

/** Hex HMAC-SHA256 of the raw body, keyed with the subscription's secret: Dwolla's `X-Request-Signature-SHA-256`. */
export const hmacSha256Hex = (secret: string, body: string): string => createHmac('sha256', secret).update(body).digest('hex');
