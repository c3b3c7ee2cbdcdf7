import { describe, expect, it } from 'vitest';
import { comparePointers, toPointer } from '../../../src/story/pointers.ts';

describe('toPointer', () => {
  it('writes RFC 6901 pointers, escaping ~ and /', () => {
    expect(toPointer([])).toBe('');
    expect(toPointer(['features', 3, 'geometry'])).toBe('/features/3/geometry');
    expect(toPointer(['a/b', 'c~d'])).toBe('/a~1b/c~0d');
  });
});

describe('comparePointers', () => {
  it('orders list indexes as numbers and parents before their children', () => {
    const sorted = ['/events/10', '/events/2/id', '', '/events/2', '/layers/0'].sort(
      comparePointers,
    );
    expect(sorted).toEqual(['', '/events/2', '/events/2/id', '/events/10', '/layers/0']);
  });
});
