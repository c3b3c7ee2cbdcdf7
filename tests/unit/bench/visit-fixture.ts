/**
 * A bench visit as the figure code sees it, for the figure tests: a page at BASE whose requests are
 * given as (path, start time) pairs and sized from a list of built assets.
 */
import type { Figure } from '../../../scripts/bench/budgets.ts';
import type { PageMilestones } from '../../../scripts/bench/page-probes.ts';
import type { Asset } from '../../../scripts/bench/static-site.ts';
import type { VisitResult } from '../../../scripts/bench/visit.ts';

export const BASE = 'http://127.0.0.1:4000/';

/** A page without a preview whose map was idle 3 s after navigation. */
export function milestones(overrides: Partial<PageMilestones> = {}): PageMilestones {
  return {
    timeOrigin: 0,
    previewPresent: false,
    previewPaintMs: null,
    firstContentfulPaintMs: 600,
    largestContentfulPaintMs: 1200,
    storyLoadedMs: 700,
    mapIdleMs: 3000,
    mapState: 'ready',
    dateFilterPresent: false,
    mapBox: { width: 800, height: 600 },
    ...overrides,
  };
}

/**
 * A visit that requested each path at the time given (ms since navigation start), transferring the
 * asset's gzip size (a full URL is kept as it is: another origin's request), and whose popup was
 * drawn 150 ms after a click.
 */
export function visitOf(
  assets: Asset[],
  requests: [string, number][],
  overrides: Partial<VisitResult> = {},
): VisitResult {
  return {
    milestones: milestones(),
    requests: requests.map(([path, startMs]) => ({
      url: path.startsWith('http') ? path : `${BASE}${path}`,
      startMs,
      transferredBytes: assets.find((a) => a.path === path)?.gzipBytes ?? null,
    })),
    popup: {
      drawnMs: 150,
      markMs: 40,
      frameMs: 140,
      heading: 'The Pentagon',
      window: { startMs: 4000, endMs: 4150 },
    },
    filter: null,
    errors: [],
    longTasks: [],
    heapBytes: null,
    ...overrides,
  };
}

export const figureById = (figures: Figure[], id: string): Figure | undefined =>
  figures.find((f) => f.id === id);
