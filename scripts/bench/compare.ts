/**
 * The side-by-side table of issue 16: each figure of the app beside the two reference pages
 * (`bare`: MapLibre with the app's style; `minimal`: a hand-written page), measured in the same
 * run, with the app's ratio to each, and the budgets that compare the app with `bare`. Pure.
 */
import { judge, type Budget, type Figure, type Unit } from './budgets.ts';
import type { LighthouseFigures } from './lighthouse.ts';
import type { LongTask } from './page-probes.ts';
import { formatBudget, formatTable, formatValue } from './report.ts';
import { median, ratio } from './stats.ts';
import type { VisitResult } from './visit.ts';

export const PAGES = ['app', 'bare', 'minimal'] as const;
export type PageName = (typeof PAGES)[number];

/** Everything measured of one page in a run. */
export interface PageRuns {
  /** Visits with WebGL (SwiftShader): load, camera move, click. */
  visits: readonly VisitResult[];
  /** Visits without WebGL: the map cannot start; the page settles. */
  noWebglVisits: readonly VisitResult[];
  lighthouseWebgl: readonly LighthouseFigures[];
  lighthouseNoWebgl: readonly LighthouseFigures[];
}

/**
 * A budget on the app's figure: at most `limit` (in the row's unit), or at most `limit` times
 * bare's figure measured in the same run.
 */
export interface CompareBudget {
  limit: number;
  timesBare: boolean;
}

/** One row of the table: the medians of the three pages, the app's ratios, the verdict. */
export interface CompareRow {
  id: string;
  label: string;
  unit: Unit;
  values: Record<PageName, number | null>;
  /** App / bare and app / minimal. */
  ratios: { bare: number | null; minimal: number | null };
  budget?: CompareBudget;
  /** As a figure of the report, so the budget counts with the others. */
  figure: Figure;
}

const LONG_TASK_MS = 50;

/** Tasks that started before `endMs` (ms since navigation start). */
export function tasksBefore(tasks: readonly LongTask[], endMs: number): LongTask[] {
  return tasks.filter((task) => task.startMs < endMs);
}

/**
 * Tasks that started within the window [startMs, endMs]: a click's own work and what it caused. A
 * task already running when the click came (the map still drawing the camera move before it) is
 * not the click's.
 */
export function tasksDuring(
  tasks: readonly LongTask[],
  window: { startMs: number; endMs: number },
): LongTask[] {
  return tasks.filter((task) => task.startMs >= window.startMs && task.startMs < window.endMs);
}

/** The longest task's duration, 0 when there is none (every task was at most 50 ms). */
export function longestMs(tasks: readonly LongTask[]): number {
  return tasks.reduce((longest, task) => Math.max(longest, task.durationMs), 0);
}

/** Body bytes of the requests that started before the map went idle; null if it never did. */
export function bytesUntilIdle(visit: VisitResult): number | null {
  const idle = visit.milestones.mapIdleMs;
  if (idle === null) return null;
  return visit.requests
    .filter((request) => request.startMs <= idle)
    .reduce((sum, request) => sum + (request.transferredBytes ?? 0), 0);
}

/** Start-up tasks of a WebGL visit: those that started before the map's first idle. */
function startupTasks(visit: VisitResult): LongTask[] | null {
  const idle = visit.milestones.mapIdleMs;
  return idle === null ? null : tasksBefore(visit.longTasks, idle);
}

function clickTasks(visit: VisitResult): LongTask[] | null {
  return visit.popup ? tasksDuring(visit.longTasks, visit.popup.window) : null;
}

/** How each row is read from a page's runs: one value per run, null where it was not measured. */
const ROWS: {
  id: string;
  label: string;
  unit: Unit;
  perRun: (runs: PageRuns) => (number | null)[];
  budget?: CompareBudget;
}[] = [
  {
    id: 'bytes-until-idle',
    label: 'gzip transferred until map idle',
    unit: 'bytes',
    perRun: (runs) => runs.visits.map(bytesUntilIdle),
  },
  {
    id: 'map-ready',
    label: 'map ready (first idle), ms since navigation',
    unit: 'ms',
    perRun: (runs) => runs.visits.map((visit) => visit.milestones.mapIdleMs),
    budget: { limit: 1, timesBare: true },
  },
  {
    id: 'tbt-webgl',
    label: 'Lighthouse TBT, WebGL (SwiftShader)',
    unit: 'ms',
    perRun: (runs) => runs.lighthouseWebgl.map((run) => run.tbtMs),
    budget: { limit: 1.1, timesBare: true },
  },
  {
    id: 'tbt-no-webgl',
    label: 'Lighthouse TBT, no WebGL',
    unit: 'ms',
    perRun: (runs) => runs.lighthouseNoWebgl.map((run) => run.tbtMs),
  },
  {
    id: 'startup-long-tasks',
    label: 'start-up tasks over 50 ms, WebGL (until map idle)',
    unit: 'count',
    perRun: (runs) => runs.visits.map((visit) => startupTasks(visit)?.length ?? null),
  },
  {
    id: 'startup-longest-task',
    label: 'longest start-up task, WebGL',
    unit: 'ms',
    perRun: (runs) =>
      runs.visits.map((visit) => {
        const tasks = startupTasks(visit);
        return tasks ? longestMs(tasks) : null;
      }),
  },
  {
    id: 'startup-long-tasks-no-webgl',
    label: 'start-up tasks over 50 ms, no WebGL (until settled)',
    unit: 'count',
    perRun: (runs) => runs.noWebglVisits.map((visit) => visit.longTasks.length),
  },
  {
    id: 'startup-longest-task-no-webgl',
    label: 'longest start-up task, no WebGL',
    unit: 'ms',
    perRun: (runs) => runs.noWebglVisits.map((visit) => longestMs(visit.longTasks)),
    budget: { limit: 200, timesBare: false },
  },
  {
    id: 'click-long-tasks',
    label: 'click on a place → popup drawn: tasks over 50 ms',
    unit: 'count',
    perRun: (runs) => runs.visits.map((visit) => clickTasks(visit)?.length ?? null),
  },
  {
    id: 'click-longest-task',
    label: 'click on a place → popup drawn: longest task (0: none over 50 ms)',
    unit: 'ms',
    perRun: (runs) =>
      runs.visits.map((visit) => {
        const tasks = clickTasks(visit);
        return tasks ? longestMs(tasks) : null;
      }),
    budget: { limit: LONG_TASK_MS, timesBare: false },
  },
  {
    id: 'heap',
    label: 'main-thread JS heap at map idle (after GC)',
    unit: 'bytes',
    perRun: (runs) => runs.visits.map((visit) => visit.heapBytes),
  },
];

function medianOf(values: readonly (number | null)[]): number | null {
  const present = values.filter((v): v is number => v !== null && Number.isFinite(v));
  return present.length === 0 ? null : median(present);
}

/** The rows of the table from the three pages' runs in one bench run. */
export function compareRows(pages: Record<PageName, PageRuns>): CompareRow[] {
  return ROWS.map((row) => {
    const runs = Object.fromEntries(PAGES.map((page) => [page, row.perRun(pages[page])])) as Record<
      PageName,
      (number | null)[]
    >;
    const values = Object.fromEntries(PAGES.map((page) => [page, medianOf(runs[page])])) as Record<
      PageName,
      number | null
    >;
    const ratios = {
      bare: ratio(values.app, values.bare),
      minimal: ratio(values.app, values.minimal),
    };
    const count = runs.app.filter((v) => v !== null).length;
    const note = `medians of ${count} app run${count === 1 ? '' : 's'}; app ${runs.app
      .map((v) => (v === null ? '–' : formatValue(v, row.unit)))
      .join(', ')}`;
    let figure: Figure;
    if (row.budget?.timesBare) {
      const budget: Budget = {
        id: row.id,
        label: `${row.label}: app / bare`,
        limit: row.budget.limit,
        kind: 'at-most',
        unit: 'ratio',
      };
      figure = judge(row.id, budget.label, 'ratio', ratios.bare, {
        budget,
        missing: 'not measured on both pages',
        note,
      });
    } else {
      const budget: Budget | undefined = row.budget && {
        id: row.id,
        label: row.label,
        limit: row.budget.limit,
        kind: 'at-most',
        unit: row.unit,
      };
      figure = judge(row.id, `${row.label} (app)`, row.unit, values.app, {
        ...(budget && { budget }),
        missing: 'not measured',
        note,
      });
    }
    return {
      id: row.id,
      label: row.label,
      unit: row.unit,
      values,
      ratios,
      ...(row.budget && { budget: row.budget }),
      figure,
    };
  });
}

const VERDICTS: Record<Figure['verdict'], string> = {
  pass: 'pass',
  fail: 'FAIL',
  'n/a': 'n/a',
  record: '',
};

/** A row's budget as printed: `≤ 1.10× bare`, `≤ 200 ms`. */
export function formatCompareBudget(row: Pick<CompareRow, 'budget' | 'unit'>): string {
  if (!row.budget) return '—';
  if (row.budget.timesBare) return `≤ ${row.budget.limit.toFixed(2)}× bare`;
  return formatBudget({
    id: '',
    label: '',
    limit: row.budget.limit,
    kind: 'at-most',
    unit: row.unit,
  });
}

/** The side-by-side table: figure, app, bare, minimal, app/bare, app/minimal, budget, verdict. */
export function formatComparison(title: string, rows: readonly CompareRow[]): string {
  const value = (v: number | null, unit: Unit) => (v === null ? 'n/a' : formatValue(v, unit));
  const table = [
    ['figure', 'app', 'bare', 'minimal', 'app/bare', 'app/minimal', 'budget', 'verdict'],
    ...rows.map((row) => [
      row.label,
      value(row.values.app, row.unit),
      value(row.values.bare, row.unit),
      value(row.values.minimal, row.unit),
      value(row.ratios.bare, 'ratio'),
      value(row.ratios.minimal, 'ratio'),
      formatCompareBudget(row),
      VERDICTS[row.figure.verdict],
    ]),
  ];
  return `${title}\n${formatTable(table)}`;
}
