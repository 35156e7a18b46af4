import { describe, expect, it } from 'vitest';
import { textMemo } from '../../src/platform/text-memo.ts';

/** A memo of the texts' lengths that counts how often it computed. */
function counted(maxTexts = 100, maxChars = 1_000_000) {
  const computed: string[] = [];
  const memo = textMemo((text) => (computed.push(text), `answer for ${text.length}:${text.slice(60, 70)}`), maxTexts, maxChars);
  return { memo, computed };
}

const long = (middle: string) => `${'a'.repeat(60)}${middle}${'z'.repeat(200)}`;

describe('a memory of answers by text', () => {
  it('answers a text asked again (a new string of the same characters) without computing it again, short or long', () => {
    const { memo, computed } = counted();
    expect(memo('short text')).toBe(memo(['short', 'text'].join(' ')));
    const first = memo(long('middle-one'));
    expect(memo(long('middle-one'))).toBe(first);
    expect(computed).toHaveLength(2);
  });

  it('tells apart long texts of the same length and ends that differ in the middle', () => {
    const { memo, computed } = counted();
    const one = memo(long('middle-one'));
    const two = memo(long('middle-two'));
    expect(one).not.toBe(two);
    expect(memo(long('middle-one'))).toBe(one);
    expect(memo(long('middle-two'))).toBe(two);
    expect(computed).toHaveLength(2);
  });

  it('keeps a few such texts per length and ends, the oldest forgotten first', () => {
    const { memo, computed } = counted();
    for (let i = 0; i < 9; i++) memo(long(`middle-00${i}`));
    memo(long('middle-008'));
    expect(computed).toHaveLength(9);
    memo(long('middle-000'));
    expect(computed).toHaveLength(10);
  });

  it('forgets everything past its number of texts or characters', () => {
    const byCount = counted(2);
    for (const text of ['text one!', 'text two!', 'text three', 'text one!']) byCount.memo(text);
    expect(byCount.computed).toEqual(['text one!', 'text two!', 'text three', 'text one!']);
    const byChars = counted(100, 500);
    for (const text of [long('x-1'), long('x-2'), long('x-1')]) byChars.memo(text);
    expect(byChars.computed).toHaveLength(3);
  });
});
