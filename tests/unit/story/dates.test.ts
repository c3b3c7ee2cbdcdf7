import { describe, expect, it } from 'vitest';
import {
  compareDates,
  dateTimeAttribute,
  explainDateError,
  firstDay,
  formatDate,
  formatDateRange,
  isEndBeforeDate,
  lastDay,
  parsePartialDate,
} from '../../../src/story/dates.ts';

describe('parsePartialDate', () => {
  it('reads year, month and day precision', () => {
    expect(parsePartialDate('2024')).toEqual({ year: 2024, precision: 'year' });
    expect(parsePartialDate('2024-06')).toEqual({ year: 2024, month: 6, precision: 'month' });
    expect(parsePartialDate('2024-06-10')).toEqual({
      year: 2024,
      month: 6,
      day: 10,
      precision: 'day',
    });
  });

  it('rejects malformed text', () => {
    for (const text of [
      '',
      '24',
      '2024-6',
      '2024-06-1',
      '2024/06/10',
      ' 2024',
      '2024-06-10T00:00',
      '２０２４',
    ]) {
      expect(parsePartialDate(text), text).toBeNull();
    }
  });

  it('rejects days that are not on the calendar', () => {
    expect(parsePartialDate('2024-02-30')).toBeNull();
    expect(parsePartialDate('2023-02-29')).toBeNull();
    expect(parsePartialDate('2024-04-31')).toBeNull();
    expect(parsePartialDate('2024-13')).toBeNull();
    expect(parsePartialDate('2024-00-10')).toBeNull();
    expect(parsePartialDate('2024-06-00')).toBeNull();
    expect(parsePartialDate('0000')).toBeNull();
  });

  it('knows leap years, including the century rules', () => {
    expect(parsePartialDate('2024-02-29')).not.toBeNull();
    expect(parsePartialDate('2000-02-29')).not.toBeNull();
    expect(parsePartialDate('1900-02-29')).toBeNull();
  });
});

describe('explainDateError', () => {
  it('says how many days the month has', () => {
    expect(explainDateError('2024-02-30')).toBe('is not a real date: February 2024 has 29 days');
  });

  it('says months run from 01 to 12', () => {
    expect(explainDateError('2024-13-01')).toBe('has no month 13: months run from 01 to 12');
  });

  it('returns undefined for a valid date', () => {
    expect(explainDateError('2024-06')).toBeUndefined();
  });
});

describe('firstDay and lastDay', () => {
  it('give the days a partial date covers', () => {
    expect([firstDay('2024'), lastDay('2024')]).toEqual(['2024-01-01', '2024-12-31']);
    expect([firstDay('2024-02'), lastDay('2024-02')]).toEqual(['2024-02-01', '2024-02-29']);
    expect([firstDay('2024-06-10'), lastDay('2024-06-10')]).toEqual(['2024-06-10', '2024-06-10']);
  });
});

describe('compareDates', () => {
  it('orders by first day, then by last day', () => {
    const sorted = ['2024-06-10', '2024', '2024-06', '2023-12-31', '2024-06-01'].sort(compareDates);
    expect(sorted).toEqual(['2023-12-31', '2024', '2024-06-01', '2024-06', '2024-06-10']);
  });

  it('treats equal dates as equal', () => {
    expect(compareDates('2024-06', '2024-06')).toBe(0);
  });
});

describe('isEndBeforeDate', () => {
  it('compares partial dates by the days they cover', () => {
    expect(isEndBeforeDate('2024-06', '2024-06-10')).toBe(false);
    expect(isEndBeforeDate('2024-06-10', '2024-06')).toBe(false);
    expect(isEndBeforeDate('2024-06-10', '2024-06-10')).toBe(false);
    expect(isEndBeforeDate('2024', '2023-12')).toBe(true);
    expect(isEndBeforeDate('2024-06-27', '2024-06-20')).toBe(true);
  });
});

describe('formatDate', () => {
  it('writes English dates exactly', () => {
    expect(formatDate('2024-06-10', 'en')).toBe('June 10, 2024');
    expect(formatDate('2024-06', 'en')).toBe('June 2024');
    expect(formatDate('2024', 'en')).toBe('2024');
  });

  it('never shifts the day, whatever the time zone (dates are UTC days)', () => {
    expect(formatDate('2024-01-01', 'en')).toBe('January 1, 2024');
    expect(formatDate('2024-12-31', 'en')).toBe('December 31, 2024');
  });

  it('writes Korean dates with 년 월 일', () => {
    const text = formatDate('2024-06-10', 'ko');
    expect(text).toContain('2024년');
    expect(text).toContain('6월');
    expect(text).toContain('10일');
    expect(formatDate('2024', 'ko')).toContain('2024년');
  });

  it('writes Japanese dates with 年 月 日', () => {
    const text = formatDate('2024-06-10', 'ja');
    expect(text).toContain('2024年');
    expect(text).toContain('6月');
    expect(text).toContain('10日');
    expect(formatDate('2024-06', 'ja')).toContain('6月');
  });

  it('keeps years below 100 (Date.UTC would map them to 19xx)', () => {
    expect(formatDate('0050', 'en')).toBe('50');
  });

  it('falls back to English for a malformed locale instead of throwing', () => {
    expect(formatDate('2024-06-10', 'not a locale!')).toBe('June 10, 2024');
  });

  it('returns invalid text unchanged', () => {
    expect(formatDate('2024-02-30', 'en')).toBe('2024-02-30');
  });
});

/** Intl puts thin spaces around range dashes; tests compare with plain spaces. */
function plain(text: string): string {
  return text.replace(/\s/g, ' ');
}

describe('formatDateRange', () => {
  it('collapses a range within a month in English', () => {
    expect(plain(formatDateRange('2024-06-27', '2024-06-29', 'en'))).toBe('June 27 – 29, 2024');
  });

  it('collapses ranges across months and years in English', () => {
    expect(plain(formatDateRange('2024-06-27', '2024-07-02', 'en'))).toBe('June 27 – July 2, 2024');
    expect(plain(formatDateRange('2024-06', '2024-07', 'en'))).toBe('June – July 2024');
    expect(plain(formatDateRange('2023', '2024', 'en'))).toBe('2023 – 2024');
  });

  it('shows one date when there is no end or the end is the date', () => {
    expect(formatDateRange('2024-06-10', undefined, 'en')).toBe('June 10, 2024');
    expect(formatDateRange('2024-06-10', '2024-06-10', 'en')).toBe('June 10, 2024');
  });

  it('joins dates of different precision', () => {
    expect(formatDateRange('2024-06', '2024-06-10', 'en')).toBe('June 2024 – June 10, 2024');
  });

  it('collapses Korean ranges without repeating the year and month', () => {
    const text = formatDateRange('2024-06-27', '2024-06-29', 'ko');
    expect(text).toContain('2024년 6월 27일');
    expect(text).toMatch(/~\s*29일$/);
    expect(text.match(/2024년/g)).toHaveLength(1);
  });

  it('collapses Japanese ranges in long form, not as numbers', () => {
    expect(formatDateRange('2024-06-27', '2024-06-29', 'ja')).toBe('2024年6月27日～29日');
    expect(formatDateRange('2024-06-27', '2024-07-02', 'ja')).toBe('2024年6月27日～7月2日');
    expect(formatDateRange('2023-12-30', '2024-01-02', 'ja')).toBe('2023年12月30日～2024年1月2日');
  });

  it('keeps the month of a Japanese mixed-precision range', () => {
    expect(formatDateRange('2024-06', '2024-06-10', 'ja')).toBe('2024年6月～6月10日');
  });
});

describe('dateTimeAttribute', () => {
  it('passes valid partial dates, which HTML accepts as they are', () => {
    expect(dateTimeAttribute('2024')).toBe('2024');
    expect(dateTimeAttribute('2024-06')).toBe('2024-06');
    expect(dateTimeAttribute('2024-06-10')).toBe('2024-06-10');
  });

  it('gives an empty value for invalid dates', () => {
    expect(dateTimeAttribute('June')).toBe('');
  });
});
