import { describe, expect, it } from 'vitest';
import { allPassed, BUDGETS, judge, meetsBudget } from '../../../scripts/bench/budgets.ts';

describe('meetsBudget', () => {
  it('passes a figure equal to an at-most limit and fails one just above it', () => {
    expect(meetsBudget(60_000, BUDGETS.previewBytes)).toBe(true);
    expect(meetsBudget(60_001, BUDGETS.previewBytes)).toBe(false);
  });

  it('holds CLS to exactly zero', () => {
    expect(meetsBudget(0, BUDGETS.cls)).toBe(true);
    expect(meetsBudget(0.001, BUDGETS.cls)).toBe(false);
  });

  it('asks a performance score of at least 95', () => {
    expect([94, 95, 100].map((score) => meetsBudget(score, BUDGETS.score))).toEqual([
      false,
      true,
      true,
    ]);
  });
});

describe('judge', () => {
  it('fails a measured figure over its budget', () => {
    expect(judge('x', 'LCP', 'ms', 3577, { budget: BUDGETS.lcpMs }).verdict).toBe('fail');
  });

  it('says n/a, and why, for a feature that is not on this build, never a made-up number', () => {
    const figure = judge('preview-bytes', 'preview', 'bytes', null, {
      budget: BUDGETS.previewBytes,
      missing: 'feature not present',
    });
    expect(figure).toMatchObject({ value: null, verdict: 'n/a', missing: 'feature not present' });
  });

  it('treats a value that is not finite as not measured', () => {
    expect(judge('x', 'TBT', 'ms', NaN, { budget: BUDGETS.tbtMs }).verdict).toBe('n/a');
  });

  it('keeps a figure without a budget for the record', () => {
    expect(judge('map-idle', 'map idle', 'ms', 3020).verdict).toBe('record');
  });
});

describe('allPassed', () => {
  it('is true when nothing failed, n/a and record figures included', () => {
    const figures = [
      judge('a', 'a', 'ms', 10, { budget: BUDGETS.filterMs }),
      judge('b', 'b', 'ms', null, { budget: BUDGETS.filterMs }),
      judge('c', 'c', 'ms', 4000),
    ];
    expect(allPassed(figures)).toBe(true);
  });

  it('is false as soon as one figure failed', () => {
    expect(allPassed([judge('a', 'a', 'ms', 51, { budget: BUDGETS.filterMs })])).toBe(false);
  });
});
