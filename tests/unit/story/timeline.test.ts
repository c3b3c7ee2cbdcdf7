import { describe, expect, it } from 'vitest';
import { sortEvents } from '../../../src/story/load-story.ts';
import {
  civilFromDays,
  dayNumber,
  daysFromCivil,
  dayText,
  eventSpan,
  eventsInRange,
  eventsInRangeIndexed,
  indexEventSpans,
  isEventInRange,
  isRangeActive,
  normalizeRange,
  placeIdsOf,
  rangeSpan,
  spanOfDates,
  stepAmong,
  stepEvent,
} from '../../../src/story/timeline.ts';
import type { StoryEvent } from '../../../src/story/types.ts';

/** An event with only what time queries read. */
function event(id: string, date: string, end?: string, places: string[] = [id]): StoryEvent {
  return {
    id,
    date,
    ...(end ? { end } : {}),
    title: id,
    summary: id,
    places,
    sources: [{ title: 's', url: 'https://example.com/' }],
  };
}

describe('day numbers', () => {
  it('counts days from 1970-01-01 like Date.UTC, across leap years and centuries', () => {
    for (const [y, m, d] of [
      [1970, 1, 1],
      [1969, 12, 31],
      [2000, 2, 29],
      [1900, 3, 1],
      [2024, 2, 29],
      [2024, 12, 31],
      [2100, 3, 1],
      [1600, 1, 1],
    ] as const) {
      expect(daysFromCivil(y, m, d), `${y}-${m}-${d}`).toBe(Date.UTC(y, m - 1, d) / 86_400_000);
    }
  });

  it('turns every day of four centuries back into the same date', () => {
    for (let day = daysFromCivil(1800, 1, 1); day <= daysFromCivil(2200, 12, 31); day += 1) {
      const [y, m, d] = civilFromDays(day);
      if (daysFromCivil(y, m, d) !== day) expect.fail(`day ${day} → ${y}-${m}-${d}`);
    }
    expect(civilFromDays(daysFromCivil(2024, 2, 29))).toEqual([2024, 2, 29]);
  });

  it('reads and writes YYYY-MM-DD, and nothing else', () => {
    expect(dayText(dayNumber('2024-06-10'))).toBe('2024-06-10');
    expect(dayText(dayNumber('0050-01-01'))).toBe('0050-01-01');
    expect(dayNumber('2024-06')).toBeNaN();
  });
});

describe('spans of partial dates', () => {
  it('covers a whole month, a whole year, or one day', () => {
    const days = (span: { start: number; end: number }) => [dayText(span.start), dayText(span.end)];
    expect(days(spanOfDates('2024-06'))).toEqual(['2024-06-01', '2024-06-30']);
    expect(days(spanOfDates('2024-02'))).toEqual(['2024-02-01', '2024-02-29']);
    expect(days(spanOfDates('2023'))).toEqual(['2023-01-01', '2023-12-31']);
    expect(days(spanOfDates('2024-06-10'))).toEqual(['2024-06-10', '2024-06-10']);
  });

  it('runs from the first day of the date to the last day of the end', () => {
    const span = eventSpan(event('e', '2024-05', '2024'));
    expect([dayText(span.start), dayText(span.end)]).toEqual(['2024-05-01', '2024-12-31']);
  });

  it('leaves an open end of a range unbounded', () => {
    expect(rangeSpan({ from: '2024' })).toEqual({ start: dayNumber('2024-01-01'), end: Infinity });
    expect(rangeSpan({})).toEqual({ start: -Infinity, end: Infinity });
  });
});

describe('normalizeRange', () => {
  it('keeps partial dates of any precision as written', () => {
    expect(normalizeRange('2024', '2024-06-10')).toEqual({ from: '2024', to: '2024-06-10' });
    expect(normalizeRange('2024-06', '2024-06')).toEqual({ from: '2024-06', to: '2024-06' });
  });

  it('drops an invalid end and keeps the other', () => {
    expect(normalizeRange('2024-13', '2024-06')).toEqual({ to: '2024-06' });
    expect(normalizeRange('2024-02-30', 'soon')).toEqual({});
    expect(normalizeRange('  2024-06 ', '')).toEqual({ from: '2024-06' });
    expect(normalizeRange(null, undefined)).toEqual({});
  });

  it('swaps ends given the wrong way round, but not overlapping partial dates', () => {
    expect(normalizeRange('2025-01', '2024-06')).toEqual({ from: '2024-06', to: '2025-01' });
    // June 2024 ends after 10 June begins: both orders are fine ranges, as for event dates.
    expect(normalizeRange('2024-06-10', '2024-06')).toEqual({ from: '2024-06-10', to: '2024-06' });
  });
});

describe('range filtering', () => {
  const events = [
    event('day-before', '2024-05-31'),
    event('across-start', '2024-05-30', '2024-06-02'),
    event('first-day', '2024-06-01'),
    event('month', '2024-06'),
    event('year', '2024'),
    event('last-day', '2024-06-30'),
    event('day-after', '2024-07-01'),
    event('across-both', '2024-05', '2024-08'),
    event('other-year', '2023'),
  ];

  it('keeps every event that has a day in the range, partial dates included', () => {
    expect(eventsInRange(events, { from: '2024-06', to: '2024-06' }).map((e) => e.id)).toEqual([
      'across-start',
      'first-day',
      'month',
      'year',
      'last-day',
      'across-both',
    ]);
  });

  it('includes both end days of a range of days', () => {
    const range = { from: '2024-05-31', to: '2024-07-01' };
    expect(isEventInRange(event('a', '2024-05-31'), range)).toBe(true);
    expect(isEventInRange(event('b', '2024-07-01'), range)).toBe(true);
    expect(isEventInRange(event('c', '2024-07-02'), range)).toBe(false);
  });

  it('filters with one open end', () => {
    expect(eventsInRange(events, { from: '2024-06-30' }).map((e) => e.id)).toEqual([
      'month',
      'year',
      'last-day',
      'day-after',
      'across-both',
    ]);
    expect(eventsInRange(events, { to: '2023-12' }).map((e) => e.id)).toEqual(['other-year']);
  });

  it('keeps everything, in order, when no range is chosen', () => {
    expect(isRangeActive({})).toBe(false);
    expect(eventsInRange(events, {}).map((e) => e.id)).toEqual(events.map((e) => e.id));
  });

  it('filters a year-only story by year', () => {
    const years = [event('a', '1998'), event('b', '2001'), event('c', '2003', '2005')];
    expect(eventsInRange(years, { from: '2000', to: '2004' }).map((e) => e.id)).toEqual(['b', 'c']);
  });

  it('lists the places of the events in range once each', () => {
    expect([
      ...placeIdsOf([
        event('a', '2024', undefined, ['x', 'y']),
        event('b', '2024', undefined, ['y']),
      ]),
    ]).toEqual(['x', 'y']);
  });
});

describe('range filtering by binary search', () => {
  /** Random partial dates from 1990 to 2024, a fifth with an end, from a fixed seed. */
  function randomEvents(count: number, seed: number): StoryEvent[] {
    let state = seed;
    const next = (n: number) => {
      state = (state * 1103515245 + 12345) % 2147483648;
      return state % n;
    };
    const pad = (n: number) => String(n).padStart(2, '0');
    const date = (year: number) => {
      const kind = next(20);
      if (kind === 0) return String(year);
      if (kind < 4) return `${year}-${pad(1 + next(12))}`;
      return `${year}-${pad(1 + next(12))}-${pad(1 + next(28))}`;
    };
    return Array.from({ length: count }, (_, i) => {
      const year = 1990 + next(35);
      const end = next(5) === 0 ? date(Math.min(2024, year + 1 + next(6))) : undefined;
      return event(`e${i}`, date(year), end);
    });
  }
  const ids = (list: readonly StoryEvent[]) => list.map((e) => e.id);

  it('finds the same events, in the same order, as a scan, long and partial dates included', () => {
    const events = sortEvents(randomEvents(3000, 7));
    const spans = indexEventSpans(events);
    expect(spans.sorted).toBe(true);
    const ranges = [
      { from: '2000-03-15', to: '2001-11' },
      { from: '1990', to: '1990-01-01' },
      { from: '2024-12-31' },
      { to: '1995-06' },
      { from: '2010', to: '2010' },
      { from: '1980', to: '1985' },
      { from: '2030' },
    ];
    for (const range of ranges) {
      expect(ids(eventsInRangeIndexed(events, spans, range))).toEqual(
        ids(eventsInRange(events, range)),
      );
    }
  });

  it('keeps an event that began long before the range and lasts into it', () => {
    const events = sortEvents([
      event('long', '1990', '2020'),
      event('short', '1995-01-01'),
      event('late', '2019-12-31'),
    ]);
    expect(ids(eventsInRangeIndexed(events, indexEventSpans(events), { from: '2018' }))).toEqual([
      'long',
      'late',
    ]);
  });

  it('scans when the events are not in date order, with the same answer', () => {
    const events = [event('b', '2024-06-02'), event('a', '2024-06-01')];
    const spans = indexEventSpans(events);
    expect(spans.sorted).toBe(false);
    expect(
      ids(eventsInRangeIndexed(events, spans, { from: '2024-06-01', to: '2024-06-01' })),
    ).toEqual(['a']);
  });

  it('steps as stepEvent does, from every event and from none, in both directions', () => {
    const events = sortEvents(randomEvents(400, 11));
    const positionOf = new Map(events.map((e, i) => [e.id, i]));
    for (const range of [{}, { from: '2000', to: '2003-06' }, { from: '2030' }]) {
      const shown = eventsInRange(events, range);
      for (const currentId of [undefined, 'unknown', ...events.map((e) => e.id)]) {
        for (const direction of [1, -1] as const) {
          expect(stepAmong(shown, positionOf, currentId, direction)?.id).toBe(
            stepEvent(events, range, currentId, direction)?.id,
          );
        }
      }
    }
  });

  it('returns every event when no range is chosen', () => {
    const events = sortEvents(randomEvents(50, 3));
    expect(ids(eventsInRangeIndexed(events, indexEventSpans(events), {}))).toEqual(ids(events));
  });
});

describe('stepping through events', () => {
  // Equal dates keep their story.json order once the loader has sorted them.
  const events = sortEvents([
    event('c', '2024-06-10'),
    event('a', '2024-06'),
    event('b1', '2024-06-10'),
    event('b2', '2024-06-10'),
    event('d', '2024-07-01', '2024-07-03'),
    event('e', '2024-07-01'),
  ]);

  it('orders equal dates by story.json order, a month before the days within it', () => {
    expect(events.map((e) => e.id)).toEqual(['a', 'c', 'b1', 'b2', 'e', 'd']);
  });

  it('walks forward then back through equal dates without skipping or looping', () => {
    const walk = (start: string | undefined, direction: 1 | -1): string[] => {
      const visited: string[] = [];
      let id = start;
      for (let step = stepEvent(events, {}, id, direction); step;) {
        visited.push(step.id);
        id = step.id;
        step = stepEvent(events, {}, id, direction);
      }
      return visited;
    };
    expect(walk(undefined, 1)).toEqual(['a', 'c', 'b1', 'b2', 'e', 'd']);
    expect(walk('d', -1)).toEqual(['e', 'b2', 'b1', 'c', 'a']);
  });

  it('starts at the first event going forward and the last going back', () => {
    expect(stepEvent(events, {}, undefined, 1)?.id).toBe('a');
    expect(stepEvent(events, {}, undefined, -1)?.id).toBe('d');
    expect(stepEvent(events, {}, 'no-such-event', 1)?.id).toBe('a');
  });

  it('steps only through events in the range', () => {
    const july = { from: '2024-07', to: '2024-07' };
    expect(stepEvent(events, july, undefined, 1)?.id).toBe('e');
    expect(stepEvent(events, july, 'e', 1)?.id).toBe('d');
    expect(stepEvent(events, july, 'e', -1)).toBeUndefined();
  });

  it('steps from an event outside the range to the nearest one inside it in that direction', () => {
    const tenth = { from: '2024-06-10', to: '2024-06-10' };
    // "a" (all of June) overlaps the 10th; "d" and "e" do not.
    expect(stepEvent(events, tenth, 'e', -1)?.id).toBe('b2');
    expect(stepEvent(events, tenth, 'e', 1)).toBeUndefined();
  });
});
