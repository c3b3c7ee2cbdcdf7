import { describe, expect, it } from 'vitest';
import {
  countProblems,
  MAX_PROBLEMS_PER_FILE,
  ProblemReport,
} from '../../../src/story/problems.ts';

describe('ProblemReport', () => {
  it('lists story.json first, then files in the order met, each by pointer (indexes as numbers)', () => {
    const report = new ProblemReport('geo/stories/x');
    report.add('b.geojson', '/features/10', 'ten');
    report.add('a.geojson', '', 'whole file');
    report.add('b.geojson', '/features/2', 'two', 'warning');
    report.add('story.json', '/events/0', 'event');
    expect(report.problems()).toEqual([
      {
        file: 'geo/stories/x/story.json',
        pointer: '/events/0',
        message: 'event',
        severity: 'error',
      },
      {
        file: 'geo/stories/x/b.geojson',
        pointer: '/features/2',
        message: 'two',
        severity: 'warning',
      },
      {
        file: 'geo/stories/x/b.geojson',
        pointer: '/features/10',
        message: 'ten',
        severity: 'error',
      },
      { file: 'geo/stories/x/a.geojson', pointer: '', message: 'whole file', severity: 'error' },
    ]);
  });

  it('knows whether any problem is an error', () => {
    const report = new ProblemReport('x');
    report.add('story.json', '', 'only a warning', 'warning');
    expect(report.hasErrors()).toBe(false);
    report.add('story.json', '', 'an error');
    expect(report.hasErrors()).toBe(true);
  });

  it(`lists at most ${MAX_PROBLEMS_PER_FILE} problems per file, then their true count by severity`, () => {
    const report = new ProblemReport('x');
    for (let i = 0; i < MAX_PROBLEMS_PER_FILE + 30; i++) {
      report.add('a.geojson', `/features/${i}`, `problem ${i}`, i % 10 === 9 ? 'warning' : 'error');
    }
    // A line that already sums up 7 problems, sorted among the hidden ones.
    report.addAll('a.geojson', [
      { pointer: '/features/999', message: '7 more positions', severity: 'error', count: 7 },
    ]);
    const problems = report.problems();
    expect(problems).toHaveLength(MAX_PROBLEMS_PER_FILE + 2);
    expect(problems.at(-3)?.message).toBe(`problem ${MAX_PROBLEMS_PER_FILE - 1}`);
    // Hidden: features 100..129 (27 errors, 3 warnings) and the line standing for 7 errors.
    expect(problems.at(-2)).toMatchObject({ pointer: '', severity: 'error', count: 34 });
    expect(problems.at(-2)?.message).toMatch(/^34 more errors in this file are not listed/);
    expect(problems.at(-1)).toMatchObject({ pointer: '', severity: 'warning', count: 3 });
    expect(problems.at(-1)?.message).toMatch(/^3 more warnings in this file are not listed/);
    expect(countProblems(problems, 'error')).toBe(117 + 7);
    expect(countProblems(problems, 'warning')).toBe(13);
  });
});
