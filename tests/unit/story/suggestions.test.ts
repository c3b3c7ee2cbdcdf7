import { describe, expect, it } from 'vitest';
import { closestMatch, guessDate, levenshtein, slugify } from '../../../src/story/suggestions.ts';

describe('levenshtein and closestMatch', () => {
  it('counts edits', () => {
    expect(levenshtein('seoul', 'seul')).toBe(1);
    expect(levenshtein('', 'abc')).toBe(3);
    expect(levenshtein('kitten', 'sitting')).toBe(3);
  });

  it('suggests the nearest candidate within the limit only', () => {
    expect(closestMatch('seoul-mdn', ['seoul-mnd', 'singapore'], 3)).toBe('seoul-mnd');
    expect(closestMatch('tokyo', ['seoul-mnd', 'singapore'], 3)).toBeUndefined();
    expect(closestMatch('SEOUL', ['seoul'], 0)).toBe('seoul');
  });
});

describe('slugify', () => {
  it('makes lowercase hyphenated ids', () => {
    expect(slugify('Freedom Edge 2024!')).toBe('freedom-edge-2024');
    expect(slugify('Café_Zürich')).toBe('cafe-zurich');
    expect(slugify('서울')).toBe('');
  });
});

describe('guessDate', () => {
  it('pads and re-separates dates written another way, only when the result is a real date', () => {
    expect(guessDate('2024/6/10', false)).toBe('2024-06-10');
    expect(guessDate('2024.6', false)).toBe('2024-06');
    expect(guessDate('2024.6', true)).toBeUndefined();
    expect(guessDate('2024/2/30', false)).toBeUndefined();
    expect(guessDate('June 2024', false)).toBeUndefined();
  });
});
