/**
 * Time queries over a story: day arithmetic, date ranges, which events and places fall in a range,
 * and stepping through events in story order. Pure, so it is tested in Node.
 *
 * A partial date stands for every day it covers (`2024-06` is 1–30 June), so an event is "in" a
 * range when any of its days is: a range and an event overlap, they need not nest.
 */
import { firstDay, isEndBeforeDate, isPartialDate, lastDay } from './dates.ts';
import type { StoryEvent } from './types.ts';

/**
 * The dates a reader chose, each a partial date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`) and each
 * optional: a missing end is open. `{}` means "all dates".
 */
export interface DateRange {
  from?: string;
  to?: string;
}

/** Whole days, both ends included, counted from 1970-01-01 (day 0). */
export interface DaySpan {
  start: number;
  end: number;
}

/** Days from 1970-01-01 to a proleptic Gregorian date (month and day 1-based); no Date, no time zone. */
export function daysFromCivil(year: number, month: number, day: number): number {
  // Howard Hinnant's days_from_civil: years start in March, so the leap day ends the year.
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** The calendar date of a day number, as `[year, month, day]`; the inverse of `daysFromCivil`. */
export function civilFromDays(days: number): [year: number, month: number, day: number] {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36524) -
      Math.floor(dayOfEra / 146096)) /
      365,
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth + (shiftedMonth < 10 ? 3 : -9);
  return [yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day];
}

/** The day number of a `YYYY-MM-DD` text (as `firstDay`/`lastDay` write it); NaN for other text. */
export function dayNumber(text: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return NaN;
  return daysFromCivil(Number(match[1]), Number(match[2]), Number(match[3]));
}

/** A day number as `YYYY-MM-DD`. */
export function dayText(days: number): string {
  const [year, month, day] = civilFromDays(days);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Every day a date (and optional end) covers: from the first day of `date` to the last of `end`. */
export function spanOfDates(date: string, end?: string): DaySpan {
  return { start: dayNumber(firstDay(date)), end: dayNumber(lastDay(end ?? date)) };
}

/** The days an event covers; an event without `end` covers its date (a whole month for `2024-06`). */
export function eventSpan(event: Pick<StoryEvent, 'date' | 'end'>): DaySpan {
  return spanOfDates(event.date, event.end);
}

/** The days a range covers; an open end reaches to -Infinity or Infinity. */
export function rangeSpan(range: DateRange): DaySpan {
  return {
    start: range.from ? dayNumber(firstDay(range.from)) : -Infinity,
    end: range.to ? dayNumber(lastDay(range.to)) : Infinity,
  };
}

/** `true` when two spans share at least one day. */
export function spansOverlap(a: DaySpan, b: DaySpan): boolean {
  return a.start <= b.end && b.start <= a.end;
}

/** `true` when the range limits the dates at all. */
export function isRangeActive(range: DateRange): boolean {
  return range.from !== undefined || range.to !== undefined;
}

/**
 * A range from untrusted text (a URL, a form): blank or invalid ends are dropped, so the other end
 * still applies, and ends given the wrong way round are swapped.
 */
export function normalizeRange(from?: string | null, to?: string | null): DateRange {
  const clean = (text: string | null | undefined) => {
    const trimmed = text?.trim();
    return trimmed && isPartialDate(trimmed) ? trimmed : undefined;
  };
  let start = clean(from);
  let end = clean(to);
  if (start && end && isEndBeforeDate(start, end)) [start, end] = [end, start];
  return { ...(start ? { from: start } : {}), ...(end ? { to: end } : {}) };
}

/** `true` when some day of the event falls in the range. */
export function isEventInRange(event: Pick<StoryEvent, 'date' | 'end'>, range: DateRange): boolean {
  return !isRangeActive(range) || spansOverlap(eventSpan(event), rangeSpan(range));
}

/** The events with a day in the range, in the order given (the story's date order). */
export function eventsInRange<T extends Pick<StoryEvent, 'date' | 'end'>>(
  events: readonly T[],
  range: DateRange,
): T[] {
  if (!isRangeActive(range)) return [...events];
  const span = rangeSpan(range);
  return events.filter((event) => spansOverlap(eventSpan(event), span));
}

/** Every place named by the given events. */
export function placeIdsOf(events: readonly Pick<StoryEvent, 'places'>[]): Set<string> {
  // Loops rather than flatMap: 5,000 events in range made flatMap's arrays the slow part.
  const ids = new Set<string>();
  for (const event of events) for (const id of event.places) ids.add(id);
  return ids;
}

/**
 * The next (`direction` 1) or previous (-1) event in the range, in the order of `events` (the
 * story's date order, so equal dates keep their story.json order). From no current event, or an
 * unknown one, it starts at the first (or last) event in range. Undefined past either end: stepping
 * does not wrap round.
 */
export function stepEvent<T extends Pick<StoryEvent, 'id' | 'date' | 'end'>>(
  events: readonly T[],
  range: DateRange,
  currentId: string | undefined,
  direction: 1 | -1,
): T | undefined {
  const position = currentId === undefined ? -1 : events.findIndex((e) => e.id === currentId);
  const span = rangeSpan(range);
  const active = isRangeActive(range);
  // A current event outside the range still fixes where "next" is: the first in-range event after it.
  let i = position === -1 ? (direction === 1 ? 0 : events.length - 1) : position + direction;
  for (; i >= 0 && i < events.length; i += direction) {
    const event = events[i] as T;
    if (!active || spansOverlap(eventSpan(event), span)) return event;
  }
  return undefined;
}

/**
 * The day spans of a story's events, kept in arrays so that a date range is found by binary
 * search rather than by parsing every event's dates again (`eventsInRangeIndexed`).
 */
export interface EventSpanIndex {
  /** First and last day of each event, in the order of the events indexed. */
  starts: Float64Array;
  ends: Float64Array;
  /** The latest last day among events 0…i: never decreases, so it can be binary-searched. */
  reach: Float64Array;
  /** Starts never decrease (the story's date order); when false, queries scan every event. */
  sorted: boolean;
}

/** Indexes the day spans of events given in date order (as a validated story holds them). */
export function indexEventSpans(
  events: readonly Pick<StoryEvent, 'date' | 'end'>[],
): EventSpanIndex {
  const starts = new Float64Array(events.length);
  const ends = new Float64Array(events.length);
  const reach = new Float64Array(events.length);
  let sorted = true;
  let latest = -Infinity;
  events.forEach((event, i) => {
    const span = eventSpan(event);
    starts[i] = span.start;
    ends[i] = span.end;
    latest = Math.max(latest, span.end);
    reach[i] = latest;
    // NaN (a date that is not one) fails every comparison: such an index is queried by scanning.
    if (!(i === 0 || span.start >= (starts[i - 1] as number)) || Number.isNaN(span.end)) {
      sorted = false;
    }
  });
  return { starts, ends, reach, sorted };
}

/** The first index in `0…length` whose value passes `test`, for a test that never turns false again. */
function firstPassing(length: number, test: (i: number) => boolean): number {
  let low = 0;
  let high = length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (test(middle)) high = middle;
    else low = middle + 1;
  }
  return low;
}

/**
 * The events with a day in the range, in the order given: what `eventsInRange` returns, found with
 * `spans` (from `indexEventSpans` of the same events). Events starting after the range are cut
 * off by binary search on the starts, those that end before it by binary search on `reach`; only
 * the events between are checked one by one.
 */
export function eventsInRangeIndexed<T extends Pick<StoryEvent, 'date' | 'end'>>(
  events: readonly T[],
  spans: EventSpanIndex,
  range: DateRange,
): T[] {
  if (!isRangeActive(range)) return [...events];
  if (!spans.sorted || spans.starts.length !== events.length) return eventsInRange(events, range);
  const span = rangeSpan(range);
  const { starts, ends, reach } = spans;
  const high = firstPassing(starts.length, (i) => (starts[i] as number) > span.end);
  const low = firstPassing(high, (i) => (reach[i] as number) >= span.start);
  const shown: T[] = [];
  for (let i = low; i < high; i++) {
    // An event that started early and ended before the range (a long event before it raised `reach`).
    if ((ends[i] as number) >= span.start) shown.push(events[i] as T);
  }
  return shown;
}

/**
 * What `stepEvent` returns, found by binary search: `shown` are the events in the range (in the
 * order of the story's events) and `positionOf` gives each event's place in that order.
 */
export function stepAmong<T extends Pick<StoryEvent, 'id'>>(
  shown: readonly T[],
  positionOf: ReadonlyMap<string, number>,
  currentId: string | undefined,
  direction: 1 | -1,
): T | undefined {
  const position = currentId === undefined ? undefined : positionOf.get(currentId);
  if (position === undefined) return direction === 1 ? shown[0] : shown[shown.length - 1];
  // The first shown event after the current one; the one before it is the last before.
  let low = 0;
  let high = shown.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((positionOf.get((shown[middle] as T).id) ?? -1) > position) high = middle;
    else low = middle + 1;
  }
  if (direction === 1) return shown[low];
  const before = shown[low - 1];
  return before && before.id === currentId ? shown[low - 2] : before;
}
