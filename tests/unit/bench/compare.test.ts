import { describe, expect, test } from 'vitest';
import {
  bytesUntilIdle,
  compareRows,
  formatComparison,
  longestMs,
  tasksBefore,
  tasksDuring,
  type PageRuns,
} from '../../../scripts/bench/compare.ts';
import type { LighthouseFigures } from '../../../scripts/bench/lighthouse.ts';
import type { LongTask } from '../../../scripts/bench/page-probes.ts';
import type { VisitResult } from '../../../scripts/bench/visit.ts';

const task = (startMs: number, durationMs: number): LongTask => ({ startMs, durationMs });

function visit(options: {
  mapIdleMs: number | null;
  longTasks?: LongTask[];
  click?: { startMs: number; endMs: number };
  requests?: [number, number | null][];
  heapBytes?: number;
}): VisitResult {
  return {
    milestones: {
      timeOrigin: 0,
      previewPresent: false,
      previewPaintMs: null,
      firstContentfulPaintMs: null,
      largestContentfulPaintMs: null,
      storyLoadedMs: null,
      mapIdleMs: options.mapIdleMs,
      mapState: options.mapIdleMs === null ? 'failed' : 'ready',
      dateFilterPresent: false,
      mapBox: null,
    },
    requests: (options.requests ?? []).map(([startMs, transferredBytes], i) => ({
      url: `http://127.0.0.1/file-${i}`,
      startMs,
      transferredBytes,
    })),
    popup: options.click
      ? { drawnMs: 0, markMs: 0, frameMs: 0, heading: 'The Pentagon', window: options.click }
      : null,
    filter: null,
    errors: [],
    longTasks: options.longTasks ?? [],
    heapBytes: options.heapBytes ?? null,
  };
}

const lighthouse = (tbtMs: number): LighthouseFigures => ({
  score: null,
  lcpMs: null,
  tbtMs,
  cls: null,
  fcpMs: null,
  warnings: [],
});

function runs(overrides: Partial<PageRuns> = {}): PageRuns {
  return {
    visits: [],
    noWebglVisits: [],
    lighthouseWebgl: [],
    lighthouseNoWebgl: [],
    ...overrides,
  };
}

describe('long tasks by phase', () => {
  const tasks = [task(100, 80), task(900, 60), task(2000, 120)];

  test('start-up tasks are those that began before the map went idle', () => {
    expect(tasksBefore(tasks, 1000)).toEqual([task(100, 80), task(900, 60)]);
  });

  test('a click counts the tasks that started after it until its popup was drawn', () => {
    expect(tasksDuring(tasks, { startMs: 850, endMs: 2000 })).toEqual([task(900, 60)]);
    expect(tasksDuring(tasks, { startMs: 850, endMs: 2001 })).toEqual([
      task(900, 60),
      task(2000, 120),
    ]);
  });

  test('a task already running when the click came is not the click’s', () => {
    expect(tasksDuring(tasks, { startMs: 950, endMs: 1990 })).toEqual([]);
  });

  test('the longest of no tasks is 0: every task stayed under 50 ms', () => {
    expect(longestMs([])).toBe(0);
    expect(longestMs(tasks)).toBe(120);
  });
});

describe('bytesUntilIdle', () => {
  test('sums the requests that started up to the first idle, unknown sizes as 0', () => {
    const measured = visit({
      mapIdleMs: 1000,
      requests: [
        [10, 500],
        [999, null],
        [1000, 20],
        [1001, 7000],
      ],
    });
    expect(bytesUntilIdle(measured)).toBe(520);
  });

  test('is unknown when the map never went idle', () => {
    expect(bytesUntilIdle(visit({ mapIdleMs: null, requests: [[10, 500]] }))).toBeNull();
  });
});

describe('compareRows', () => {
  const pages = {
    app: runs({
      visits: [
        visit({
          mapIdleMs: 1500,
          longTasks: [task(100, 90), task(3000, 40)],
          click: { startMs: 2990, endMs: 3100 },
        }),
        visit({
          mapIdleMs: 1700,
          longTasks: [task(100, 70)],
          click: { startMs: 2990, endMs: 3100 },
        }),
        visit({ mapIdleMs: 1600, longTasks: [], click: { startMs: 2990, endMs: 3100 } }),
      ],
      noWebglVisits: [visit({ mapIdleMs: null, longTasks: [task(300, 250)] })],
      lighthouseWebgl: [lighthouse(2200), lighthouse(2000), lighthouse(2400)],
    }),
    bare: runs({
      visits: [visit({ mapIdleMs: 1200 }), visit({ mapIdleMs: 1400 }), visit({ mapIdleMs: 1300 })],
      lighthouseWebgl: [lighthouse(2000), lighthouse(2100), lighthouse(1900)],
    }),
    minimal: runs({
      visits: [visit({ mapIdleMs: 800 })],
      lighthouseWebgl: [lighthouse(1000)],
    }),
  };
  const rows = compareRows(pages);
  const row = (id: string) => {
    const found = rows.find((r) => r.id === id);
    if (!found) throw new Error(`no row ${id}`);
    return found;
  };

  test('each page shows its median, and the app its ratio to each reference', () => {
    const ready = row('map-ready');
    expect(ready.values).toEqual({ app: 1600, bare: 1300, minimal: 800 });
    expect(ready.ratios.bare).toBeCloseTo(1600 / 1300);
    expect(ready.ratios.minimal).toBe(2);
  });

  test('map ready later than bare fails its budget, judged on the ratio', () => {
    const { figure } = row('map-ready');
    expect(figure.unit).toBe('ratio');
    expect(figure.verdict).toBe('fail');
  });

  test('TBT with WebGL within 1.1× of bare passes', () => {
    const { figure } = row('tbt-webgl');
    expect(figure.value).toBeCloseTo(2200 / 2000);
    expect(figure.verdict).toBe('pass');
  });

  test('a start-up task of 250 ms without WebGL fails the 200 ms budget', () => {
    expect(row('startup-longest-task-no-webgl').figure).toMatchObject({
      value: 250,
      verdict: 'fail',
    });
  });

  test('a click with no task over 50 ms passes; only tasks in its window count', () => {
    expect(row('click-longest-task').figure).toMatchObject({ value: 0, verdict: 'pass' });
    expect(row('startup-long-tasks').values.app).toBe(1);
  });

  test('a figure no page measured is n/a, not a number', () => {
    expect(row('tbt-no-webgl').figure.verdict).toBe('n/a');
    expect(row('tbt-no-webgl').values).toEqual({ app: null, bare: null, minimal: null });
  });

  test('the table prints every page, both ratios, the budget and the verdict', () => {
    const text = formatComparison('side by side', rows);
    const line = text.split('\n').find((l) => l.startsWith('map ready'));
    expect(line?.split(/\s{2,}/)).toEqual([
      'map ready (first idle), ms since navigation',
      '1,600 ms',
      '1,300 ms',
      '800 ms',
      '1.23×',
      '2.00×',
      '≤ 1.00× bare',
      'FAIL',
    ]);
    expect(text.split('\n')[0]).toBe('side by side');
    expect(text).toContain('n/a');
  });
});
