import { describe, expect, it } from 'vitest';
import { growWindow, isPartial, pageOf, windowFor } from '../../../src/ui/list-window.ts';

describe('windowFor', () => {
  it('shows a short list whole, with nothing left out', () => {
    const window = windowFor(13, 50, -1);
    expect(window).toEqual({ start: 0, end: 13 });
    expect(isPartial(window, 13)).toBe(false);
  });

  it('starts a long list at its first page', () => {
    expect(windowFor(10_000, 50, -1)).toEqual({ start: 0, end: 50 });
  });

  it('opens at the page holding the item the reader is on', () => {
    expect(windowFor(10_000, 50, 4_321)).toEqual({ start: 4_300, end: 4_350 });
  });

  it('keeps a grown window while the item stays in it', () => {
    expect(windowFor(10_000, 50, 120, { start: 0, end: 150 })).toEqual({ start: 0, end: 150 });
    expect(windowFor(10_000, 50, -1, { start: 50, end: 150 })).toEqual({ start: 50, end: 150 });
  });

  it('grows by one item when the reader steps just past either edge', () => {
    expect(windowFor(10_000, 50, 150, { start: 100, end: 150 })).toEqual({ start: 100, end: 151 });
    expect(windowFor(10_000, 50, 99, { start: 100, end: 150 })).toEqual({ start: 99, end: 150 });
  });

  it('jumps to the page of an item far from the window', () => {
    expect(windowFor(10_000, 50, 9_999, { start: 0, end: 50 })).toEqual({
      start: 9_950,
      end: 10_000,
    });
  });

  it('clamps a window kept from a longer list, and handles an empty one', () => {
    expect(windowFor(30, 50, -1, { start: 0, end: 100 })).toEqual({ start: 0, end: 30 });
    expect(windowFor(0, 50, -1, { start: 0, end: 50 })).toEqual({ start: 0, end: 0 });
  });
});

describe('growWindow', () => {
  it('adds a page before or after, never past either end of the list', () => {
    expect(growWindow({ start: 100, end: 150 }, 10_000, 50, -1)).toEqual({ start: 50, end: 150 });
    expect(growWindow({ start: 20, end: 70 }, 10_000, 50, -1)).toEqual({ start: 0, end: 70 });
    expect(growWindow({ start: 0, end: 50 }, 80, 50, 1)).toEqual({ start: 0, end: 80 });
  });
});

describe('pageOf', () => {
  it('puts the last, short page at the end of the list', () => {
    expect(pageOf(9_990, 9_993, 50)).toEqual({ start: 9_950, end: 9_993 });
    expect(isPartial(pageOf(9_990, 9_993, 50), 9_993)).toBe(true);
  });
});
