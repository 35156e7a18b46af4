import { expect, it } from 'vitest';
import { candidateSearch, secretLengthsOf, type Candidates } from '../src/sandbox/redaction.ts';

it('hashes only the candidates of a length some secret has, every candidate where the lengths are not known, none where no secret is stored', () => {
  const hashedTexts: string[] = [];
  const search = candidateSearch((text) => {
    hashedTexts.push(text);
    return `sha(${text})`;
  });
  const long = '0123456789abcdef0123456789abcdef';
  const candidates = (lengths: ReadonlySet<number> | undefined) => {
    search.use(secretLengthsOf(lengths));
    const found: Candidates = new Set();
    search.text(long, found);
    search.text('ten chars!', found);
    return search.hashed(found);
  };
  expect([...candidates(new Set([long.length]))]).toEqual([[`sha(${long})`, long]]);
  expect(hashedTexts).toEqual([long]);
  expect([...candidates(undefined).values()].sort()).toEqual([long, 'ten chars!'].sort());
  expect(candidates(new Set())).toEqual(new Map());
});

it('cuts out of JSON text only the strings and words of a length some secret has, escaped strings unescaped', () => {
  const search = candidateSearch((text) => `sha(${text})`);
  const secret = 'abcdefghijklmnopqrstuvwx';
  const word = 'ABCDEFGHIJKLMNOPQRST';
  const json = JSON.stringify({ id: secret, note: `see ${word} and ${secret}.`, [`${word}x`]: 1, escaped: `line\n${'z'.repeat(30)}`, short: 'abc' });
  const candidates = (lengths: ReadonlySet<number> | undefined) => {
    search.use(secretLengthsOf(lengths));
    const found: Candidates = new Set();
    search.message({ headers: { 'x-request-id': `${word}-1` }, json }, found);
    return [...search.hashed(found).values()].sort();
  };
  expect(candidates(new Set([secret.length]))).toEqual([secret]);
  expect(candidates(new Set([word.length]))).toEqual([word]);
  // A field name is no whole candidate, but its words are; the escaped string's word, unescaped.
  expect(candidates(new Set([word.length + 1, 30]))).toEqual([`${word}x`, 'z'.repeat(30)]);
  expect(candidates(new Set([25]))).toEqual([]);
  expect(candidates(new Set())).toEqual([]);
  expect(candidates(undefined)).toEqual(expect.arrayContaining([secret, word, `see ${word} and ${secret}.`, `${word}-1`, `line\n${'z'.repeat(30)}`]));
});
