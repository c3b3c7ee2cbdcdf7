/**
 * Layout of the timeline's date axis, free of the DOM so it is tested in Node: how far along the
 * axis a day is, which ticks and labels fit its width, and how event marks stack into lanes so
 * events on nearby days stay apart.
 */
import { civilFromDays, daysFromCivil, type DaySpan } from '../story/timeline.ts';

/** What one step of the axis is: the axis labels months for spans of a few years, else years. */
export type AxisUnit = 'month' | 'year';

/** The days the axis shows, both ends included (day numbers from `daysFromCivil`). */
export type AxisExtent = DaySpan;

/** A tick at the start of a month or year. */
export interface AxisTick {
  /** Its first day. */
  day: number;
  /** How far along the axis it is, 0 (left) to 1 (right). */
  fraction: number;
  /** Starts a year. */
  major: boolean;
  /** Short month name ("Jun", "6월"), on the ticks that have room for one. */
  monthLabel?: string;
  /** The year ("2024", "2024년"), on year ticks with room and on the first tick. */
  yearLabel?: string;
}

export interface AxisTicks {
  unit: AxisUnit;
  ticks: AxisTick[];
}

/** A mark on the axis: a dot for one day, a bar for a span. */
export interface MarkLayout {
  id: string;
  /** Left edge and width, as fractions of the axis width. */
  left: number;
  width: number;
  /** Row of the mark, 0 at the top; marks that would touch go to different rows. */
  lane: number;
  /** Covers more than a day (an `end`, or a month- or year-precision date). */
  span: boolean;
}

/** Labels closer than this (in CSS pixels) would overlap. */
const MIN_LABEL_GAP_PX = 38;
/** Below this many pixels per month, the axis shows years. */
const MIN_MONTH_TICK_PX = 6;
const MONTH_LABEL_STEPS = [1, 2, 3, 6] as const;
const YEAR_LABEL_STEPS = [1, 2, 5, 10, 20, 25, 50, 100, 200, 500, 1000] as const;

/** Day number of the first day of a month (month 1–12; 13 is January of the next year). */
function monthStart(year: number, month: number): number {
  return month > 12 ? daysFromCivil(year + 1, month - 12, 1) : daysFromCivil(year, month, 1);
}

/**
 * The axis round a set of spans, widened to whole months so that ticks fall on its edges; null
 * when there is nothing to show.
 */
export function axisExtent(spans: readonly DaySpan[]): AxisExtent | null {
  const valid = spans.filter((span) => Number.isFinite(span.start) && Number.isFinite(span.end));
  if (valid.length === 0) return null;
  const [startYear, startMonth] = civilFromDays(Math.min(...valid.map((span) => span.start)));
  const [endYear, endMonth] = civilFromDays(Math.max(...valid.map((span) => span.end)));
  return {
    start: monthStart(startYear, startMonth),
    end: monthStart(endYear, endMonth + 1) - 1,
  };
}

/** How far along the axis the start of `day` is: 0 at the first day, 1 after the last. */
export function dayToFraction(day: number, extent: AxisExtent): number {
  return (day - extent.start) / (extent.end + 1 - extent.start);
}

/** The day at a fraction of the axis (clamped to the axis). */
export function fractionToDay(fraction: number, extent: AxisExtent): number {
  const clamped = Math.min(Math.max(fraction, 0), 1);
  return Math.min(extent.start + Math.floor(clamped * (extent.end + 1 - extent.start)), extent.end);
}

/** The unit the axis counts in at this width: months when a month gets a few pixels, else years. */
export function axisUnit(extent: AxisExtent, widthPx: number): AxisUnit {
  const days = extent.end + 1 - extent.start;
  return (widthPx * 30.44) / days >= MIN_MONTH_TICK_PX ? 'month' : 'year';
}

/** The month (`YYYY-MM`) or year (`YYYY`) containing a day: what clicking the axis there chooses. */
export function periodAt(day: number, unit: AxisUnit): string {
  const [year, month] = civilFromDays(day);
  const yearText = String(year).padStart(4, '0');
  return unit === 'year' ? yearText : `${yearText}-${String(month).padStart(2, '0')}`;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function format(locale: string, options: Intl.DateTimeFormatOptions, day: number): string {
  const key = `${locale}|${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    try {
      formatter = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
    } catch {
      formatter = new Intl.DateTimeFormat('en', { ...options, timeZone: 'UTC' });
    }
    formatters.set(key, formatter);
  }
  const [year, month, date] = civilFromDays(day);
  const utc = new Date(0);
  utc.setUTCFullYear(year, month - 1, date);
  return formatter.format(utc);
}

/**
 * Ticks for the axis at `widthPx`, labelled in `locale`: a tick per month with short month names
 * every 1, 2, 3 or 6 months as room allows and the year at each January, or, for long spans, a
 * tick per year labelled every 1, 2, 5, 10… years. The first tick always names its year.
 */
export function axisTicks(extent: AxisExtent, widthPx: number, locale: string): AxisTicks {
  const days = extent.end + 1 - extent.start;
  const pxPerDay = widthPx / days;
  const unit = axisUnit(extent, widthPx);
  const [firstYear, firstMonth] = civilFromDays(extent.start);
  const [lastYear] = civilFromDays(extent.end);
  const ticks: AxisTick[] = [];
  if (unit === 'month') {
    const pxPerMonth = pxPerDay * 30.44;
    const labelStep = MONTH_LABEL_STEPS.find((step) => step * pxPerMonth >= MIN_LABEL_GAP_PX);
    for (let year = firstYear, month = firstMonth; ; month++) {
      if (month > 12) {
        year++;
        month = 1;
      }
      const day = daysFromCivil(year, month, 1);
      if (day > extent.end) break;
      const first = ticks.length === 0;
      const tick: AxisTick = { day, fraction: dayToFraction(day, extent), major: month === 1 };
      if (labelStep !== undefined && (month - 1) % labelStep === 0) {
        tick.monthLabel = format(locale, { month: 'short' }, day);
      }
      if (month === 1 || first) tick.yearLabel = format(locale, { year: 'numeric' }, day);
      ticks.push(tick);
    }
    dropCrowdedYearLabels(ticks, widthPx);
    return { unit, ticks };
  }
  const pxPerYear = pxPerDay * 365.25;
  const labelStep =
    YEAR_LABEL_STEPS.find((step) => step * pxPerYear >= MIN_LABEL_GAP_PX) ??
    YEAR_LABEL_STEPS[YEAR_LABEL_STEPS.length - 1];
  for (let year = firstYear; year <= lastYear; year++) {
    // The extent starts on a month boundary; its first year's tick sits at the extent's start.
    const day = Math.max(daysFromCivil(year, 1, 1), extent.start);
    const tick: AxisTick = { day, fraction: dayToFraction(day, extent), major: true };
    if (year % (labelStep as number) === 0 || year === firstYear) {
      tick.yearLabel = format(locale, { year: 'numeric' }, day);
    }
    ticks.push(tick);
  }
  dropCrowdedYearLabels(ticks, widthPx);
  return { unit, ticks };
}

/** The first tick's year label gives way to the next one when the two would overlap. */
function dropCrowdedYearLabels(ticks: AxisTick[], widthPx: number): void {
  const labelled = ticks.filter((tick) => tick.yearLabel !== undefined);
  const [first, second] = labelled;
  if (first && second && (second.fraction - first.fraction) * widthPx < MIN_LABEL_GAP_PX) {
    delete first.yearLabel;
  }
}

/**
 * Positions event marks on an axis `widthPx` wide: a one-day event is a dot `markPx` wide centred
 * on its day, a longer one a bar over its days (at least `markPx` wide). Marks are placed in the
 * order given, each in the first lane where it keeps `gapPx` from the mark before it; past
 * `maxLanes` a mark goes to the lane that frees up first, overlapping.
 */
export function layoutMarks(
  items: readonly { id: string; span: DaySpan }[],
  extent: AxisExtent,
  widthPx: number,
  { markPx = 10, gapPx = 2, maxLanes = 4 } = {},
): MarkLayout[] {
  const width = Math.max(widthPx, 1);
  const laneEnds: number[] = [];
  const marks: MarkLayout[] = [];
  for (const { id, span } of items) {
    const isSpan = span.end > span.start;
    const startPx = dayToFraction(span.start, extent) * width;
    const endPx = dayToFraction(span.end + 1, extent) * width;
    const widthOfMark = Math.max(endPx - startPx, markPx);
    const leftPx = isSpan ? startPx : (startPx + endPx) / 2 - markPx / 2;
    let lane = laneEnds.findIndex((end) => end + gapPx <= leftPx);
    if (lane === -1) {
      if (laneEnds.length < maxLanes) lane = laneEnds.length;
      else lane = laneEnds.indexOf(Math.min(...laneEnds));
    }
    laneEnds[lane] = leftPx + widthOfMark;
    marks.push({ id, left: leftPx / width, width: widthOfMark / width, lane, span: isSpan });
  }
  return marks;
}

/**
 * The column of `binPx` pixels, on an axis `widthPx` wide, that each span is counted in: the one
 * holding the middle of its days. Spans outside the axis count in its end columns; a span that is
 * not one (NaN) in none (-1).
 */
export function binColumns(
  spans: readonly DaySpan[],
  extent: AxisExtent,
  widthPx: number,
  binPx: number,
): number[] {
  const columns = columnCount(widthPx, binPx);
  return spans.map((span) => {
    const middle = dayToFraction((span.start + span.end + 1) / 2, extent);
    if (!Number.isFinite(middle)) return -1;
    return Math.min(columns - 1, Math.max(0, Math.floor((middle * widthPx) / binPx)));
  });
}

/** How many columns of `binPx` pixels an axis `widthPx` wide has (at least one). */
export function columnCount(widthPx: number, binPx: number): number {
  return Math.max(1, Math.ceil(Math.max(widthPx, 1) / binPx));
}

/** How many of `columns` (from `binColumns`) fall in each of `count` columns. */
export function countColumns(columns: Iterable<number>, count: number): number[] {
  const counts = new Array<number>(count).fill(0);
  for (const column of columns) if (column >= 0) counts[column] = (counts[column] ?? 0) + 1;
  return counts;
}

/**
 * How many events fall in each column of `binPx` pixels of an axis `widthPx` wide, each event
 * counted once, in the column of the middle of its days: the shape of a story too dense for a mark
 * per event (10,000 events on a 900-pixel axis). Spans outside the axis count in its end columns.
 */
export function binCounts(
  spans: readonly DaySpan[],
  extent: AxisExtent,
  widthPx: number,
  binPx: number,
): number[] {
  return countColumns(binColumns(spans, extent, widthPx, binPx), columnCount(widthPx, binPx));
}

/**
 * An SVG path of one bar per non-empty column, standing on the baseline `heightPx` down: a column
 * of `maxCount` events is `heightPx` tall, any other at least `minBarPx` tall so a lone event shows.
 */
export function histogramPath(
  counts: readonly number[],
  binPx: number,
  heightPx: number,
  maxCount: number,
  minBarPx = 2,
): string {
  const parts: string[] = [];
  counts.forEach((count, column) => {
    if (count <= 0 || maxCount <= 0) return;
    const barPx = Math.max(minBarPx, (Math.min(count, maxCount) / maxCount) * heightPx);
    const round = (n: number) => Math.round(n * 100) / 100;
    parts.push(
      `M${round(column * binPx)} ${round(heightPx)}v${-round(barPx)}h${binPx}v${round(barPx)}z`,
    );
  });
  return parts.join('');
}

/** A fraction of the axis as a CSS length, `0.5` → `50.000%`. */
export function percent(fraction: number): string {
  return `${(fraction * 100).toFixed(3)}%`;
}

/**
 * The chosen dates as a band over the axis, as fractions of its width, clamped to it; null when
 * they lie wholly outside it.
 */
export function rangeBand(
  span: DaySpan,
  extent: AxisExtent,
): { left: number; right: number } | null {
  const start = Math.max(span.start, extent.start);
  const end = Math.min(span.end, extent.end);
  if (start > end) return null;
  return { left: dayToFraction(start, extent), right: dayToFraction(end + 1, extent) };
}
