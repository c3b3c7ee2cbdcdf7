/** The bench's command line: what to measure and how many times. Pure, so it is tested in Node. */
import { isLanguage } from '../../src/i18n/languages.ts';
import type { LanguageCode } from '../../src/story/types.ts';

export interface BenchOptions {
  /** One run of everything: a fast pass to see that the bench works. */
  quick: boolean;
  /** Only the scale section (the ncg-2024 page is still visited, as the baseline of ratios). */
  scaleOnly: boolean;
  /** Skip `npm run build` (measure the `dist/` already there). */
  skipBuild: boolean;
  /**
   * Only the side-by-side section: the app beside the bare and minimal MapLibre pages (visits
   * and Lighthouse with and without WebGL).
   */
  compareOnly: boolean;
  /** Also save a Chromium trace of one extra visit per page into bench-output/traces/. */
  trace: boolean;
  /** Where the JSON report goes. */
  jsonPath: string;
  /**
   * The page language of the app's ncg-2024 pages (`?lang=`); undefined: no `lang` in the URL, so
   * the browser's language (English in the bench's Chromium). Each language has its own story file.
   */
  language?: LanguageCode;
  runs: RunCounts;
}

/** How many times each thing is measured; every figure is the median of its runs. */
export interface RunCounts {
  /** Visits of the ncg-2024 page in Chromium (bytes, times, popup). */
  visits: number;
  /** Lighthouse runs per configuration where budgets apply (no WebGL). */
  lighthouse: number;
  /** Lighthouse runs per configuration kept for the record (WebGL through SwiftShader). */
  lighthouseWebgl: number;
  /** Visits of the synthetic story in Chromium. */
  scaleVisits: number;
  /** Validations of the synthetic story, each in a fresh Node process. */
  validations: number;
}

/**
 * Chosen so a full bench stays within about ten minutes on a shared 2-core machine (see
 * docs/performance.md for the measured duration).
 */
export const DEFAULT_RUNS: RunCounts = {
  visits: 5,
  lighthouse: 5,
  lighthouseWebgl: 3,
  scaleVisits: 3,
  validations: 5,
};

export const QUICK_RUNS: RunCounts = {
  visits: 1,
  lighthouse: 1,
  lighthouseWebgl: 1,
  scaleVisits: 1,
  validations: 1,
};

export const USAGE = `usage: npm run bench -- [--quick] [--scale] [--compare] [--trace] [--runs N] [--skip-build] [--json PATH]
  --quick       one run of everything (a fast pass)
  --scale       only the scale section: synthetic story of 1,000 places and 10,000 events
  --compare     only the side-by-side section: the app beside the bare and minimal MapLibre pages
  --trace       also save a Chromium trace per page (app, bare, minimal) in bench-output/traces/
  --runs N      N runs of everything instead of the defaults
  --skip-build  measure the dist/ already built
  --json PATH   where to write the JSON report (default bench-output/bench.json)
  --lang CODE   the app's ncg-2024 pages in en, ko or ja (?lang=), without the side-by-side section
                (its reference pages are English)`;

/** Reads the bench's arguments; throws an Error with the reason on a bad one. */
export function parseBenchArgs(argv: readonly string[]): BenchOptions {
  const options: BenchOptions = {
    quick: false,
    scaleOnly: false,
    skipBuild: false,
    compareOnly: false,
    trace: false,
    jsonPath: 'bench-output/bench.json',
    runs: DEFAULT_RUNS,
  };
  let runs: number | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') continue;
    if (arg === '--quick') options.quick = true;
    else if (arg === '--scale') options.scaleOnly = true;
    else if (arg === '--skip-build') options.skipBuild = true;
    else if (arg === '--compare') options.compareOnly = true;
    else if (arg === '--trace') options.trace = true;
    else if (arg === '--json') {
      const path = argv[++i];
      if (!path) throw new Error('--json needs a path');
      options.jsonPath = path;
    } else if (arg === '--lang') {
      const code = argv[++i];
      if (!isLanguage(code)) throw new Error('--lang needs one of en, ko, ja');
      options.language = code;
    } else if (arg === '--runs') {
      const value = Number(argv[++i]);
      if (!Number.isInteger(value) || value < 1) throw new Error('--runs needs a whole number ≥ 1');
      runs = value;
    } else {
      throw new Error(`unknown argument ${JSON.stringify(arg)}`);
    }
  }
  if (options.scaleOnly && options.compareOnly)
    throw new Error('--scale and --compare exclude each other');
  if (options.compareOnly && options.language)
    throw new Error('--lang and --compare exclude each other: the reference pages are English');
  if (options.quick) options.runs = QUICK_RUNS;
  if (runs !== undefined) {
    options.runs = {
      visits: runs,
      lighthouse: runs,
      lighthouseWebgl: runs,
      scaleVisits: runs,
      validations: runs,
    };
  }
  return options;
}
