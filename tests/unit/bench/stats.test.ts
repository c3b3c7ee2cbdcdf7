import { describe, expect, it } from 'vitest';
import { median, ratio, summarize } from '../../../scripts/bench/stats.ts';

describe('median', () => {
  it('takes the middle of an odd number of runs, whatever their order', () => {
    expect(median([310, 120, 250])).toBe(250);
  });

  it('takes the mean of the two middle values of an even number of runs', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('is not a number when nothing was measured', () => {
    expect(median([])).toBeNaN();
  });

  it('is not pulled by one slow run on a busy machine', () => {
    expect(median([100, 102, 98, 101, 9000])).toBe(101);
  });
});

describe('summarize', () => {
  it('keeps the median, the range and every value in measuring order', () => {
    expect(summarize([3, 1, 2])).toEqual({ median: 2, min: 1, max: 3, values: [3, 1, 2] });
  });

  it('leaves out values that are not finite and gives null when none is left', () => {
    expect(summarize([NaN, 5, Infinity])?.values).toEqual([5]);
    expect(summarize([NaN])).toBeNull();
  });
});

describe('ratio', () => {
  it('divides a figure by the baseline measured in the same run', () => {
    expect(ratio(300, 150)).toBe(2);
  });

  it('gives null without a usable baseline', () => {
    expect([ratio(300, null), ratio(null, 150), ratio(300, 0)]).toEqual([null, null, null]);
  });
});
