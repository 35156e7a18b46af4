/**
 * A function's answers for the texts it was asked about lately: past so many texts (or characters
 * of them) all are forgotten at once. The same headers, ids and answers come back request after
 * request, each time as a new string.
 *
 * Long texts are not Map keys themselves: V8 hashes every character of a string the first time it
 * is used as a key, and a response body is a new string each time (a 14 KB first page cost 25 µs
 * of hashing per lookup, most of what the memory saved). A long text is found by its length and
 * ends instead, then compared whole with the few texts that share them (a comparison stops at the
 * first difference, and costs about a tenth of the hashing where the texts are equal).
 */
export function textMemo<T>(compute: (text: string) => T, maxTexts: number, maxChars: number) {
  /** Texts this long or shorter are keys as they are. */
  const SHORT = 128;
  /** Texts kept per key of a long text: past it the oldest is forgotten (texts that differ only in their middle). */
  const PER_KEY = 8;
  let answers = new Map<string, [string, T][]>();
  let texts = 0;
  let chars = 0;
  const keyOf = (text: string) => (text.length <= SHORT ? text : `${text.length}\u0000${text.slice(0, 48)}\u0000${text.slice(-48)}`);
  return (text: string): T => {
    const key = keyOf(text);
    let kept = answers.get(key);
    if (kept) for (const [known, answer] of kept) if (known === text) return answer;
    if (texts >= maxTexts || chars + text.length > maxChars) [answers, texts, chars, kept] = [new Map(), 0, 0, undefined];
    if (!kept) answers.set(key, (kept = []));
    else if (kept.length >= PER_KEY) kept.shift();
    const answer = compute(text);
    kept.push([text, answer]);
    texts++;
    chars += text.length;
    return answer;
  };
}
