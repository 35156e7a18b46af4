import { expect, it } from 'vitest';
import { candidateSearch, type Candidates } from '../src/sandbox/redaction.ts';

it('hashes only the candidates of a length some secret has, and every candidate where the lengths are not known', () => {
  const hashedTexts: string[] = [];
  const search = candidateSearch((text) => {
    hashedTexts.push(text);
    return `sha(${text})`;
  });
  const found: Candidates = new Set();
  const long = '0123456789abcdef0123456789abcdef';
  search.text(long, found);
  search.text('ten chars!', found);
  expect([...search.hashed(found, new Set([long.length]))]).toEqual([[`sha(${long})`, long]]);
  expect(hashedTexts).toEqual([long]);
  expect([...search.hashed(found, undefined).values()].sort()).toEqual([long, 'ten chars!'].sort());
  expect(search.hashed(found, new Set())).toEqual(new Map());
});
