import { describe, expect, it } from 'vitest';
import { BUDGETS, judge } from '../../../scripts/bench/budgets.ts';
import {
  describeRuns,
  formatAssets,
  formatBudget,
  formatFigures,
  formatTable,
  formatValue,
} from '../../../scripts/bench/report.ts';
import type { GroupedAsset } from '../../../scripts/bench/requests.ts';

describe('formatValue', () => {
  it('writes each unit the way the budgets are written', () => {
    expect(formatValue(47_447, 'bytes')).toBe('47.4 KB');
    expect(formatValue(27_485_264, 'bytes')).toBe('27.5 MB');
    expect(formatValue(1234.4, 'ms')).toBe('1,234 ms');
    expect(formatValue(1.0498, 'ratio')).toBe('1.05×');
    expect(formatValue(0.038882, 'score')).toBe('0.039');
    expect(formatValue(96, 'score')).toBe('96');
  });
});

describe('formatBudget', () => {
  it('writes the direction of the limit', () => {
    expect(formatBudget(BUDGETS.previewBytes)).toBe('≤ 60.0 KB');
    expect(formatBudget(BUDGETS.score)).toBe('≥ 95');
  });
});

describe('formatTable', () => {
  it('lines up columns and leaves the last one unpadded', () => {
    expect(
      formatTable([
        ['a', 'bb', 'c'],
        ['ccc', 'd', 'e'],
      ]),
    ).toBe('a    bb  c\nccc  d   e');
  });
});

describe('formatFigures', () => {
  it('prints each figure beside its budget with pass, FAIL or n/a and the reason', () => {
    const text = formatFigures('bytes', [
      judge('i', 'interactive map', 'bytes', 581_980, { budget: BUDGETS.interactiveBytes }),
      judge('l', 'LCP', 'ms', 3577, { budget: BUDGETS.lcpMs }),
      judge('p', 'preview', 'bytes', null, {
        budget: BUDGETS.previewBytes,
        missing: 'feature not present',
      }),
    ]);
    const lines = text.split('\n');
    expect(lines[0]).toBe('bytes');
    expect(lines[2]).toMatch(/^interactive map +582\.0 KB +≤ 600\.0 KB +pass$/);
    expect(lines[3]).toMatch(/^LCP +3,577 ms +≤ 1,500 ms +FAIL$/);
    expect(lines[4]).toMatch(/^preview +n\/a \(feature not present\) +≤ 60\.0 KB +n\/a$/);
  });
});

describe('formatAssets', () => {
  const asset = (
    path: string,
    group: GroupedAsset['group'],
    firstRequestMs: number | null,
  ): GroupedAsset => ({
    path,
    rawBytes: 2000,
    gzipBytes: 1000,
    group,
    firstRequestMs,
    transferredBytes: firstRequestMs === null ? null : 1000,
  });

  it('lists requested assets in request order with a total per group', () => {
    const text = formatAssets([
      asset('b.js', 'interactive', 20),
      asset('a.js', 'interactive', 10),
      asset('land-50m.geojson', 'later', 3000),
    ]);
    const columns = text
      .split('\n')
      .map((line) => line.trim().split(/ {2,}/).slice(0, 3).join(' | '));
    expect(columns).toEqual([
      'group | asset | raw',
      'interactive | a.js | 2.0 KB',
      'interactive | b.js | 2.0 KB',
      'total interactive | 4.0 KB | 2.0 KB',
      'later | land-50m.geojson | 2.0 KB',
      'total later | 2.0 KB | 1.0 KB',
    ]);
  });

  it('sums the assets nobody requested by folder and extension', () => {
    const text = formatAssets([
      asset('assets/x-greek.woff2', 'not requested', null),
      asset('assets/x-cyrillic.woff2', 'not requested', null),
    ]);
    expect(text).toContain('assets/*.woff2 (2 files)');
  });
});

describe('describeRuns', () => {
  it('gives the number of runs and their range', () => {
    expect(describeRuns([120, 100, 140], 'ms')).toBe('median of 3 (100 ms – 140 ms)');
    expect(describeRuns([120], 'ms')).toBe('1 run');
  });
});
