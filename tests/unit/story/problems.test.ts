import { describe, expect, it } from 'vitest';
import { MAX_PROBLEMS_PER_FILE, ProblemReport } from '../../../src/story/problems.ts';

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

  it(`lists at most ${MAX_PROBLEMS_PER_FILE} problems per file, then one line for the rest`, () => {
    const report = new ProblemReport('x');
    for (let i = 0; i < MAX_PROBLEMS_PER_FILE + 30; i++) {
      report.add('a.geojson', `/features/${i}`, `problem ${i}`);
    }
    const problems = report.problems();
    expect(problems).toHaveLength(MAX_PROBLEMS_PER_FILE + 1);
    expect(problems.at(-2)?.message).toBe(`problem ${MAX_PROBLEMS_PER_FILE - 1}`);
    expect(problems.at(-1)).toMatchObject({ pointer: '', severity: 'error' });
    expect(problems.at(-1)?.message).toMatch(/^30 more problems in this file are not listed/);
  });
});
