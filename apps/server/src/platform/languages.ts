/**
 * The language an `Accept-Language` header (RFC 9110 §12.5.4) prefers among those an API words
 * its messages in, matched on the primary subtag (`zh-CN` is `zh`); the first supported one when
 * the header is absent or allows none of them.
 */
export function preferredLanguage<L extends string>(header: string | undefined, supported: readonly [L, ...L[]]): L {
  let best = supported[0];
  let bestQ = 0;
  for (const part of (header ?? '').split(',')) {
    const [tag = '', ...params] = part.split(';').map((p) => p.trim().toLowerCase());
    const q = params.find((p) => p.startsWith('q='));
    const quality = q === undefined ? 1 : Number(q.slice(2));
    if (!(quality > bestQ)) continue;
    const primary = tag.split('-')[0];
    const match = tag === '*' ? supported[0] : supported.find((language) => language === primary);
    if (match) [best, bestQ] = [match, quality];
  }
  return best;
}
