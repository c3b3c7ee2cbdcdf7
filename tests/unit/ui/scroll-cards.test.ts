import { describe, expect, it } from 'vitest';
import {
  cardEvents,
  currentCardIndex,
  readingLine,
  stickyOffset,
} from '../../../src/ui/scroll-cards.ts';
import type { StoryEvent } from '../../../src/story/types.ts';

/** An event with only what card order looks at mattering. */
function event(id: string, date: string): StoryEvent {
  return { id, date, title: id, summary: id, places: ['p'], sources: [] };
}

// In date order, as the loaded story holds them.
const events = [event('a', '2024-01'), event('b', '2024-02'), event('c', '2024-03')];

describe('cardEvents', () => {
  it('gives every event in date order when the story has no narrative', () => {
    expect(cardEvents({ events }).map((e) => e.id)).toEqual(['a', 'b', 'c']);
  });

  it('follows the narrative order, not the dates', () => {
    expect(cardEvents({ events, narrative: ['c', 'a', 'b'] }).map((e) => e.id)).toEqual([
      'c',
      'a',
      'b',
    ]);
  });

  it('gives a card only to the events the narrative lists', () => {
    expect(cardEvents({ events, narrative: ['b'] }).map((e) => e.id)).toEqual(['b']);
  });

  it('skips an id the story lacks instead of failing (a hand-edited checked copy)', () => {
    expect(cardEvents({ events, narrative: ['x', 'a'] }).map((e) => e.id)).toEqual(['a']);
  });
});

describe('currentCardIndex', () => {
  const cards = [
    { top: 100, bottom: 300 },
    { top: 600, bottom: 800 },
    { top: 1100, bottom: 1300 },
  ];

  it('is -1 while the reading line is above every card (the title in view)', () => {
    expect(currentCardIndex(cards, 50)).toBe(-1);
  });

  it('is the card under the line', () => {
    expect(currentCardIndex(cards, 650)).toBe(1);
  });

  it('keeps a card current through the gap after it until the next reaches the line', () => {
    expect(currentCardIndex(cards, 599)).toBe(0);
    expect(currentCardIndex(cards, 600)).toBe(1);
  });

  it('stays at the last card below the end of the cards', () => {
    expect(currentCardIndex(cards, 5000)).toBe(2);
  });

  it('is -1 with no card', () => {
    expect(currentCardIndex([], 100)).toBe(-1);
  });
});

describe('readingLine', () => {
  it('is the given share of the visible band from its top', () => {
    expect(readingLine({ top: 1000, bottom: 1800 }, 0.5)).toBe(1400);
    expect(readingLine({ top: 0, bottom: 800 }, 0.75)).toBe(600);
  });
});

describe('stickyOffset', () => {
  it('keeps the map at its place while the band is above the column', () => {
    expect(stickyOffset({ top: 0, bottom: 700 }, 120, 3000, 400)).toBe(0);
  });

  it('moves the map down with the band inside the column', () => {
    expect(stickyOffset({ top: 1000, bottom: 1700 }, 120, 3000, 400)).toBe(880);
  });

  it('never moves the map past the end of its column', () => {
    expect(stickyOffset({ top: 2900, bottom: 3600 }, 120, 3000, 400)).toBe(2600);
  });
});
