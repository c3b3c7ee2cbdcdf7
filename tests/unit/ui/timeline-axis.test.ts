import { describe, expect, it } from 'vitest';
import { dayNumber, dayText, spanOfDates } from '../../../src/story/timeline.ts';
import {
  axisExtent,
  axisTicks,
  axisUnit,
  binColumns,
  binCounts,
  columnCount,
  countColumns,
  dayToFraction,
  fractionToDay,
  histogramPath,
  layoutMarks,
  periodAt,
  rangeBand,
} from '../../../src/ui/timeline-axis.ts';

const ncgExtent = axisExtent([spanOfDates('2023-04-26'), spanOfDates('2025-01-10')]);
if (!ncgExtent) throw new Error('the extent of two dates exists');

describe('axisExtent', () => {
  it('widens the story’s dates to whole months', () => {
    expect([dayText(ncgExtent.start), dayText(ncgExtent.end)]).toEqual([
      '2023-04-01',
      '2025-01-31',
    ]);
  });

  it('covers whole years for a story dated by years only', () => {
    const extent = axisExtent([spanOfDates('1998'), spanOfDates('2003', '2005')]);
    expect(extent && [dayText(extent.start), dayText(extent.end)]).toEqual([
      '1998-01-01',
      '2005-12-31',
    ]);
  });

  it('is null without events', () => {
    expect(axisExtent([])).toBeNull();
  });
});

describe('positions on the axis', () => {
  it('puts the first day at 0 and the day after the last at 1', () => {
    expect(dayToFraction(ncgExtent.start, ncgExtent)).toBe(0);
    expect(dayToFraction(ncgExtent.end + 1, ncgExtent)).toBe(1);
  });

  it('maps a fraction back to the day under it, clamped to the axis', () => {
    const day = dayNumber('2024-06-10');
    expect(fractionToDay(dayToFraction(day, ncgExtent) + 1e-9, ncgExtent)).toBe(day);
    expect(fractionToDay(-0.5, ncgExtent)).toBe(ncgExtent.start);
    expect(fractionToDay(1, ncgExtent)).toBe(ncgExtent.end);
  });

  it('names the month or year containing a day, as a partial date', () => {
    expect(periodAt(dayNumber('2024-06-17'), 'month')).toBe('2024-06');
    expect(periodAt(dayNumber('2024-06-17'), 'year')).toBe('2024');
  });
});

describe('axisTicks', () => {
  it('labels every month of the 22-month ncg story on a desktop-wide axis, with years at January', () => {
    const { unit, ticks } = axisTicks(ncgExtent, 880, 'en');
    expect(unit).toBe('month');
    expect(ticks).toHaveLength(22);
    expect(ticks.slice(0, 3).map((t) => t.monthLabel)).toEqual(['Apr', 'May', 'Jun']);
    expect(ticks.filter((t) => t.yearLabel).map((t) => [dayText(t.day), t.yearLabel])).toEqual([
      ['2023-04-01', '2023'],
      ['2024-01-01', '2024'],
      ['2025-01-01', '2025'],
    ]);
    expect(ticks.filter((t) => t.major).map((t) => dayText(t.day))).toEqual([
      '2024-01-01',
      '2025-01-01',
    ]);
  });

  it('labels fewer months on a phone-wide axis, but keeps a tick per month', () => {
    const { unit, ticks } = axisTicks(ncgExtent, 330, 'en');
    expect(unit).toBe('month');
    expect(ticks).toHaveLength(22);
    const labelled = ticks.filter((t) => t.monthLabel);
    expect(labelled.map((t) => t.monthLabel)).toEqual([
      'Apr',
      'Jul',
      'Oct',
      'Jan',
      'Apr',
      'Jul',
      'Oct',
      'Jan',
    ]);
    // Labelled months are at least 38 px apart, so their text does not collide.
    for (let i = 1; i < labelled.length; i++) {
      const gap = ((labelled[i]?.fraction ?? 0) - (labelled[i - 1]?.fraction ?? 0)) * 330;
      expect(gap).toBeGreaterThanOrEqual(38);
    }
  });

  it('writes month and year names in Korean and Japanese', () => {
    const ko = axisTicks(ncgExtent, 880, 'ko').ticks;
    expect(ko[2]?.monthLabel).toBe('6월');
    expect(ko[0]?.yearLabel).toBe('2023년');
    const ja = axisTicks(ncgExtent, 880, 'ja').ticks;
    expect(ja[2]?.monthLabel).toBe('6月');
    expect(ja[0]?.yearLabel).toBe('2023年');
  });

  it('counts in years for a long span, labelling every few years as room allows', () => {
    const extent = axisExtent([spanOfDates('1950'), spanOfDates('2024')]);
    if (!extent) throw new Error('extent');
    expect(axisUnit(extent, 600)).toBe('year');
    const { ticks } = axisTicks(extent, 600, 'en');
    expect(ticks).toHaveLength(75);
    expect(ticks.filter((t) => t.yearLabel).map((t) => t.yearLabel)).toEqual([
      '1950',
      '1955',
      '1960',
      '1965',
      '1970',
      '1975',
      '1980',
      '1985',
      '1990',
      '1995',
      '2000',
      '2005',
      '2010',
      '2015',
      '2020',
    ]);
  });

  it('gives the first year label way to the next when they would overlap', () => {
    // Starts in December: "2023" at December would sit on top of "2024" a month later.
    const extent = axisExtent([spanOfDates('2023-12'), spanOfDates('2024-12')]);
    if (!extent) throw new Error('extent');
    const labels = axisTicks(extent, 300, 'en').ticks.filter((t) => t.yearLabel);
    expect(labels.map((t) => t.yearLabel)).toEqual(['2024']);
  });
});

describe('layoutMarks', () => {
  const items = (list: [string, string, string?][]) =>
    list.map(([id, date, end]) => ({ id, span: spanOfDates(date, end) }));

  it('draws a one-day event as a dot centred on its day and a longer one as a bar over its days', () => {
    const [dot, bar] = layoutMarks(
      items([
        ['ncg-3', '2024-06-10'],
        ['freedom-edge-24', '2024-06-27', '2024-06-29'],
      ]),
      ncgExtent,
      880,
    );
    const dayPx = 880 / (ncgExtent.end + 1 - ncgExtent.start);
    const centre =
      (dayToFraction(dayNumber('2024-06-10'), ncgExtent) +
        dayToFraction(dayNumber('2024-06-11'), ncgExtent)) /
      2;
    expect(dot?.span).toBe(false);
    expect(((dot?.left ?? 0) + (dot?.width ?? 0) / 2) * 880).toBeCloseTo(centre * 880, 6);
    expect((dot?.width ?? 0) * 880).toBeCloseTo(10, 6);
    expect(bar?.span).toBe(true);
    expect((bar?.left ?? 0) * 880).toBeCloseTo(
      dayToFraction(dayNumber('2024-06-27'), ncgExtent) * 880,
      6,
    );
    expect((bar?.width ?? 0) * 880).toBeGreaterThanOrEqual(Math.min(10, 3 * dayPx));
  });

  it('stacks marks that would touch into lanes, and reuses a lane once it is free', () => {
    const marks = layoutMarks(
      items([
        ['shangri-la', '2024-05-31', '2024-06-02'],
        ['announced', '2024-06-02'],
        ['weeks-later', '2024-06-20'],
        ['much-later', '2024-11-13'],
      ]),
      ncgExtent,
      880,
    );
    expect(marks.map((m) => m.lane)).toEqual([0, 1, 0, 0]);
  });

  it('stops adding lanes at the maximum and overlaps in the lane that frees up first', () => {
    const same = items([
      ['a', '2024-06-10'],
      ['b', '2024-06-10'],
      ['c', '2024-06-10'],
    ]);
    expect(layoutMarks(same, ncgExtent, 880, { maxLanes: 2 }).map((m) => m.lane)).toEqual([
      0, 1, 0,
    ]);
  });
});

describe('binCounts', () => {
  const extent = { start: dayNumber('2024-01-01'), end: dayNumber('2024-12-31') };

  it('counts each event once, in the column of the middle of its days', () => {
    const counts = binCounts(
      [
        spanOfDates('2024-01-01'),
        spanOfDates('2024-01-02'),
        spanOfDates('2024-12-31'),
        // A whole year counts once, in the middle, not in every column it covers.
        spanOfDates('2024'),
      ],
      extent,
      366,
      61,
    );
    expect(counts).toEqual([2, 0, 0, 1, 0, 1]);
  });

  it('puts events beyond either end of the axis in its end columns', () => {
    expect(binCounts([spanOfDates('2023-06-01'), spanOfDates('2026')], extent, 100, 10)).toEqual([
      1, 0, 0, 0, 0, 0, 0, 0, 0, 1,
    ]);
  });
});

describe('histogramPath', () => {
  it('draws a bar per non-empty column from the baseline, the fullest the whole height', () => {
    expect(histogramPath([4, 0, 1], 3, 40, 4)).toBe('M0 40v-40h3v40zM6 40v-10h3v10z');
  });

  it('keeps a column of one event visible among thousands', () => {
    expect(histogramPath([1, 5000], 3, 40, 5000)).toBe('M0 40v-2h3v2zM3 40v-40h3v40z');
  });
});

describe('binColumns and countColumns', () => {
  const extent = { start: dayNumber('2024-01-01'), end: dayNumber('2024-12-31') };

  it('give the counts of binCounts, each span’s column known for later counts of some of them', () => {
    const spans = [spanOfDates('2024-01-01'), spanOfDates('2024'), spanOfDates('2024-12-31')];
    const columns = binColumns(spans, extent, 366, 61);
    expect(columns).toEqual([0, 3, 5]);
    expect(countColumns(columns, columnCount(366, 61))).toEqual(binCounts(spans, extent, 366, 61));
    expect(countColumns([columns[1] ?? -1], 6)).toEqual([0, 0, 0, 1, 0, 0]);
  });

  it('counts a span that is not one nowhere', () => {
    expect(binColumns([{ start: NaN, end: NaN }], extent, 100, 10)).toEqual([-1]);
    expect(countColumns([-1], 10)).toEqual(new Array(10).fill(0));
  });
});

describe('rangeBand', () => {
  const extent = { start: 0, end: 99 };

  it('spans the chosen days, the last one included, as fractions of the axis', () => {
    expect(rangeBand({ start: 10, end: 19 }, extent)).toEqual({ left: 0.1, right: 0.2 });
  });

  it('is clamped to the axis, and absent for dates wholly outside it', () => {
    expect(rangeBand({ start: -50, end: 49 }, extent)).toEqual({ left: 0, right: 0.5 });
    expect(rangeBand({ start: 150, end: 160 }, extent)).toBeNull();
  });
});
