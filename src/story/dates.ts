/**
 * Partial dates (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`): parsing, ordering and people-friendly text.
 *
 * A partial date stands for every day it covers: `2024-06` is 1–30 June 2024. Comparisons use
 * those day ranges, so mixed precisions order and compare without guessing a day. All calendar
 * work is in UTC: a date is a calendar day, never an instant, so no time zone can shift it.
 */

/** How much of a date is known. */
export type DatePrecision = 'year' | 'month' | 'day';

/** A parsed partial date; `month` and `day` are 1-based and present up to `precision`. */
export interface PartialDate {
  year: number;
  month?: number;
  day?: number;
  precision: DatePrecision;
}

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Number of days in a month of the proleptic Gregorian calendar (month 1–12). */
export function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

/** Why `text` is not a valid partial date (a sentence with the fix), or undefined when it is. */
export function explainDateError(text: string): string | undefined {
  const match = PARTIAL_DATE.exec(text);
  if (!match) return 'must be written YYYY, YYYY-MM or YYYY-MM-DD, e.g. "2024-06-10"';
  const year = Number(match[1]);
  if (year < 1)
    return 'year 0000 is not a calendar year: write the year with four digits, e.g. 2024';
  if (match[2] === undefined) return undefined;
  const month = Number(match[2]);
  if (month < 1 || month > 12) return `has no month ${match[2]}: months run from 01 to 12`;
  if (match[3] === undefined) return undefined;
  const day = Number(match[3]);
  const last = daysInMonth(year, month);
  if (day < 1 || day > last) {
    return `is not a real date: ${MONTH_NAMES[month - 1]} ${year} has ${last} days`;
  }
  return undefined;
}

/** Parses a partial date, or returns null when it is malformed or not a real calendar date. */
export function parsePartialDate(text: string): PartialDate | null {
  if (explainDateError(text) !== undefined) return null;
  const [year, month, day] = text.split('-').map(Number);
  if (year === undefined) return null;
  if (month === undefined) return { year, precision: 'year' };
  if (day === undefined) return { year, month, precision: 'month' };
  return { year, month, day, precision: 'day' };
}

/** `true` when `text` is a valid partial date. */
export function isPartialDate(text: string): boolean {
  return explainDateError(text) === undefined;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/** The first day a partial date covers, as `YYYY-MM-DD`; other text is returned unchanged. */
export function firstDay(text: string): string {
  // A day is its own first day, and other 10-character text is returned unchanged anyway: skip
  // the parse for the commonest case (sorting 10,000 events asks 40,000 times).
  if (text.length === 10) return text;
  const date = parsePartialDate(text);
  if (!date) return text;
  return `${pad(date.year, 4)}-${pad(date.month ?? 1, 2)}-${pad(date.day ?? 1, 2)}`;
}

/** The last day a partial date covers, as `YYYY-MM-DD`; other text is returned unchanged. */
export function lastDay(text: string): string {
  if (text.length === 10) return text; // As in firstDay.
  const date = parsePartialDate(text);
  if (!date) return text;
  const month = date.month ?? 12;
  const day = date.day ?? daysInMonth(date.year, month);
  return `${pad(date.year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/**
 * Orders partial dates by their first day, then by their last day: `2024-06-01` < `2024-06`
 * (both start on 1 June; the single day ends first) < `2024-06-10`. Negative, zero or positive.
 */
export function compareDates(a: string, b: string): number {
  // `YYYY-MM-DD` strings of four-digit years sort as text in calendar order.
  return compareText(firstDay(a), firstDay(b)) || compareText(lastDay(a), lastDay(b));
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * `true` when `end` lies wholly before `date`: its last day is earlier than the date's first day.
 * So `2024-06` → `2024-06-10` and `2024-06-10` → `2024-06` are both fine; `2024` → `2023-12` is not.
 */
export function isEndBeforeDate(date: string, end: string): boolean {
  return lastDay(end) < firstDay(date);
}

/** The value for a `<time datetime>` attribute: HTML accepts `YYYY`, `YYYY-MM` and `YYYY-MM-DD`. */
export function dateTimeAttribute(text: string): string {
  return isPartialDate(text) ? text : '';
}

/** Midnight UTC of a partial date's first day (`setUTCFullYear` keeps years below 100 intact). */
function toUtcDate(date: PartialDate): Date {
  const result = new Date(0);
  result.setUTCFullYear(date.year, (date.month ?? 1) - 1, date.day ?? 1);
  return result;
}

const FIELDS: Record<DatePrecision, Intl.DateTimeFormatOptions> = {
  // Explicit fields rather than dateStyle: the same fields then serve `format` and `formatRange`.
  day: { year: 'numeric', month: 'long', day: 'numeric' },
  month: { year: 'numeric', month: 'long' },
  year: { year: 'numeric' },
};

const formatters = new Map<string, Intl.DateTimeFormat>();

/** A cached UTC formatter; an unknown or malformed locale falls back to English instead of throwing. */
function formatterFor(locale: string, precision: DatePrecision): Intl.DateTimeFormat {
  const key = `${locale}|${precision}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    const options = { ...FIELDS[precision], timeZone: 'UTC' };
    try {
      formatter = new Intl.DateTimeFormat(locale, options);
    } catch {
      formatter = new Intl.DateTimeFormat('en', options);
    }
    formatters.set(key, formatter);
  }
  return formatter;
}

/** A partial date as people write it in `locale`: "June 10, 2024", "June 2024", "2024"; invalid text unchanged. */
export function formatDate(text: string, locale: string): string {
  const date = parsePartialDate(text);
  if (!date) return text;
  return formatterFor(locale, date.precision).format(toUtcDate(date));
}

/** `true` when the locale writes a full date year first (ja, ko, zh): ranges then collapse the end. */
function isYearFirst(locale: string): boolean {
  // Asked of the full date: a year-only format starts with the year in every locale.
  const parts = formatterFor(locale, 'day').formatToParts(new Date(0));
  return parts.find((part) => part.type !== 'literal')?.type === 'year';
}

/** The range separator for year-first locales, following each language's convention. */
function yearFirstSeparator(formatter: Intl.DateTimeFormat): string {
  const language = formatter.resolvedOptions().locale.split('-')[0];
  if (language === 'ja' || language === 'zh') return '～';
  return '~';
}

type Field = 'year' | 'month' | 'day';

/**
 * The end of a range in a year-first locale without the leading fields it shares with the start:
 * "2024年6月27日～29日". `droppable` limits what may go (mixed precisions drop only the year).
 */
function collapsedEnd(
  formatter: Intl.DateTimeFormat,
  start: Date,
  end: Date,
  droppable: readonly Field[],
): string {
  const startParts = formatter.formatToParts(start);
  const endParts = formatter.formatToParts(end);
  const value = (parts: Intl.DateTimeFormatPart[], type: Field) =>
    parts.find((part) => part.type === type)?.value;
  let firstKept = 0;
  for (let i = 0; i < endParts.length; i++) {
    const part = endParts[i];
    if (!part || part.type === 'literal') continue;
    const type = part.type as Field;
    if (!droppable.includes(type) || value(startParts, type) !== part.value) {
      firstKept = i;
      break;
    }
    firstKept = i + 1;
  }
  return endParts
    .slice(firstKept)
    .map((part) => part.value)
    .join('')
    .trim();
}

/**
 * A date or date range as people write it in `locale`, in UTC: "June 10, 2024",
 * "June 27 – 29, 2024", "June – July 2024", "2024年6月27日～29日". Ranges of one precision
 * collapse shared parts (Intl `formatRange`); mixed precisions join two dates. Invalid text is
 * returned as written.
 */
export function formatDateRange(date: string, end: string | undefined, locale: string): string {
  const start = parsePartialDate(date);
  if (!start) return date;
  const finish = end === undefined ? null : parsePartialDate(end);
  if (!finish || end === date) return formatDate(date, locale);

  const samePrecision = start.precision === finish.precision;
  const formatter = formatterFor(locale, samePrecision ? start.precision : finish.precision);
  if (isYearFirst(locale)) {
    // ICU as shipped with Node 20 renders ja/zh ranges of long dates numerically
    // ("2024/06/27～2024/06/29"), so year-first locales collapse the end here instead, the way
    // their single-date pattern reads: "2024年6月27日～29日", "2024년 6월 27일~29일".
    const droppable: readonly Field[] = samePrecision ? ['year', 'month'] : ['year'];
    const endText = collapsedEnd(formatter, toUtcDate(start), toUtcDate(finish), droppable);
    return `${formatDate(date, locale)}${yearFirstSeparator(formatter)}${endText}`;
  }
  if (samePrecision) {
    return formatterFor(locale, start.precision).formatRange(toUtcDate(start), toUtcDate(finish));
  }
  return `${formatDate(date, locale)} – ${formatDate(end ?? date, locale)}`;
}
