/**
 * The performance budgets of issue 6 and how a measured figure is judged against them. Pure: the
 * bench measures, this module decides pass, fail or "n/a", and the report prints both side by side.
 */

/** How a figure compares with its limit. */
export type BudgetKind = 'at-most' | 'at-least';

export interface Budget {
  /** Stable key, used in the JSON report. */
  id: string;
  /** What is measured, as printed. */
  label: string;
  /** The limit, in `unit`. */
  limit: number;
  kind: BudgetKind;
  unit: Unit;
}

/** Units of figures: bytes, milliseconds, a ratio, a count, or a unitless score. */
export type Unit = 'bytes' | 'ms' | 'ratio' | 'count' | 'score';

/** The outcome of one figure against its budget. */
export type Verdict = 'pass' | 'fail' | 'n/a' | 'record';

/** A figure as the report prints it: measured value (or why there is none), budget and verdict. */
export interface Figure {
  id: string;
  label: string;
  unit: Unit;
  /** The median measured; null when not measured. */
  value: number | null;
  /** Why there is no value, e.g. "feature not present"; printed as "n/a (…)". */
  missing?: string;
  budget?: Budget;
  verdict: Verdict;
  /** Extra text printed after the verdict: runs, range, ratio to a baseline. */
  note?: string;
}

/** 1 KB in the budgets is 1,000 bytes, as the build tools print sizes. */
export const KB = 1000;

/** Budgets of the ncg-2024 story and of the synthetic scale story (issue 6, "Budgets to meet"). */
export const BUDGETS = {
  previewBytes: {
    id: 'preview-bytes',
    label: 'static preview: gzip transferred before it paints',
    limit: 60 * KB,
    kind: 'at-most',
    unit: 'bytes',
  },
  interactiveBytes: {
    id: 'interactive-bytes',
    label: 'interactive map: gzip transferred until map idle',
    limit: 600 * KB,
    kind: 'at-most',
    unit: 'bytes',
  },
  basemapBytes: {
    id: 'basemap-first-view-bytes',
    label: 'basemap for the first view (gzip)',
    limit: 120 * KB,
    kind: 'at-most',
    unit: 'bytes',
  },
  sharedLinkBytes: {
    id: 'shared-link-bytes',
    label: 'shared link at zoom 12 on a place: gzip transferred in all',
    limit: 650 * KB,
    kind: 'at-most',
    unit: 'bytes',
  },
  zoomBasemapBytes: {
    id: 'zoom-basemap-bytes',
    label: 'first view → zoom 12 on a place: basemap gzip transferred',
    limit: 60 * KB,
    kind: 'at-most',
    unit: 'bytes',
  },
  otherOrigins: {
    id: 'other-origin-requests',
    label: 'requests to another origin (every visit)',
    limit: 0,
    kind: 'at-most',
    unit: 'count',
  },
  detailTilesBytes: {
    id: 'detail-tiles-disk',
    label: 'detail tiles of every story on disk (raw bytes)',
    limit: 5_000 * KB,
    kind: 'at-most',
    unit: 'bytes',
  },
  lcpMs: { id: 'lcp', label: 'LCP', limit: 1500, kind: 'at-most', unit: 'ms' },
  tbtMs: { id: 'tbt', label: 'TBT', limit: 200, kind: 'at-most', unit: 'ms' },
  cls: { id: 'cls', label: 'CLS', limit: 0, kind: 'at-most', unit: 'score' },
  score: { id: 'score', label: 'performance score', limit: 95, kind: 'at-least', unit: 'score' },
  validationMs: {
    id: 'scale-validation',
    label: 'validation of 1,000 places and 10,000 events (Node, CPU time)',
    limit: 1000,
    kind: 'at-most',
    unit: 'ms',
  },
  popupMs: { id: 'popup-open', label: 'popup open', limit: 100, kind: 'at-most', unit: 'ms' },
  filterMs: {
    id: 'date-filter',
    label: 'date-range filter',
    limit: 50,
    kind: 'at-most',
    unit: 'ms',
  },
  liveMaps: {
    id: 'embeds-live-maps',
    label: 'eight embeds: WebGL maps alive at once (most)',
    limit: 4,
    kind: 'at-most',
    unit: 'count',
  },
  everAlive: {
    id: 'embeds-ever-alive',
    label: 'eight embeds: maps that came alive when scrolled to',
    limit: 8,
    kind: 'at-least',
    unit: 'count',
  },
  heapGrowth: {
    id: 'embeds-heap-growth',
    label: 'eight embeds: JS heap after 2nd scroll round trip / after 1st',
    limit: 1.1,
    kind: 'at-most',
    unit: 'ratio',
  },
} as const satisfies Record<string, Budget>;

/** Whether `value` meets `budget`. */
export function meetsBudget(value: number, budget: Budget): boolean {
  return budget.kind === 'at-most' ? value <= budget.limit : value >= budget.limit;
}

/**
 * A figure judged against its budget: "n/a" when there is no value (with the reason), "record"
 * when there is no budget (a figure kept for the record), else pass or fail.
 */
export function judge(
  id: string,
  label: string,
  unit: Unit,
  value: number | null,
  options: { budget?: Budget; missing?: string; note?: string } = {},
): Figure {
  const base = {
    id,
    label,
    unit,
    value,
    ...(options.budget && { budget: options.budget }),
    ...(options.note !== undefined && { note: options.note }),
  };
  if (value === null || !Number.isFinite(value)) {
    return { ...base, value: null, missing: options.missing ?? 'not measured', verdict: 'n/a' };
  }
  if (!options.budget) return { ...base, verdict: 'record' };
  return { ...base, verdict: meetsBudget(value, options.budget) ? 'pass' : 'fail' };
}

/** `true` when no figure failed its budget ("n/a" and "record" do not fail). */
export function allPassed(figures: readonly Figure[]): boolean {
  return figures.every((figure) => figure.verdict !== 'fail');
}
