import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../scripts/bench/synthetic-story.ts';
import { compareDates, firstDay, lastDay } from '../../../src/story/dates.ts';
import { sortEvents } from '../../../src/story/build-story.ts';
import type { StoryEvent } from '../../../src/story/types.ts';

function event(id: string, date: string, end?: string): StoryEvent {
  return {
    id,
    date,
    ...(end !== undefined && { end }),
    title: id,
    summary: id,
    places: ['p'],
    sources: [],
  };
}

/** The order as the story format defines it, comparison by comparison. */
function referenceOrder(events: readonly StoryEvent[]): string[] {
  return [...events]
    .sort((a, b) => compareDates(a.date, b.date) || compareDates(a.end ?? a.date, b.end ?? b.date))
    .map((e) => e.id);
}

describe('sortEvents', () => {
  it('orders mixed precisions by the days they cover, then by end, then by file order', () => {
    const events = [
      event('year', '2024'),
      event('june-range', '2024-06', '2024-07'),
      event('june', '2024-06'),
      event('day', '2024-06-10'),
      event('first-of-june', '2024-06-01'),
      event('same-day-later', '2024-06-10'),
      event('new-year', '2024-01-01'),
    ];
    expect(sortEvents(events).map((e) => e.id)).toEqual([
      'new-year',
      'year',
      'first-of-june',
      'june',
      'june-range',
      'day',
      'same-day-later',
    ]);
  });

  it('gives the same order as comparing partial dates pair by pair, on 5,000 random events', () => {
    const random = seededRandom(5);
    const pick = (n: number) => Math.floor(random() * n);
    const date = () => {
      const year = 2020 + pick(3);
      const month = String(1 + pick(12)).padStart(2, '0');
      const day = String(1 + pick(28)).padStart(2, '0');
      return [`${year}`, `${year}-${month}`, `${year}-${month}-${day}`][pick(3)] as string;
    };
    const events = Array.from({ length: 5000 }, (_, i) => {
      const start = date();
      const end = random() < 0.3 ? date() : undefined;
      // The validator rejects an end before the date; keep only ends that are not.
      return event(`e${i}`, start, end && compareDates(end, start) >= 0 ? end : undefined);
    });
    expect(sortEvents(events).map((e) => e.id)).toEqual(referenceOrder(events));
  });
});

describe('firstDay and lastDay, the sort keys', () => {
  it('give a day itself and leave 10-character text that is no date unchanged', () => {
    for (const text of ['2024-06-10', '2024-02-30', '2024-13-01', 'not a day!']) {
      expect([firstDay(text), lastDay(text)]).toEqual([text, text]);
    }
  });

  it('still widen months and years to the days they cover', () => {
    expect([firstDay('2023-02'), lastDay('2023-02'), lastDay('2024')]).toEqual([
      '2023-02-01',
      '2023-02-28',
      '2024-12-31',
    ]);
  });
});
