/**
 * Measuring the side-by-side section: the app's page and the two reference pages visited with
 * and without WebGL, alternately in one run (so the shared machine's drift hits all three alike),
 * and their Chromium traces on `--trace`. The figures are made by `compare.ts`.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import type { LighthouseFigures } from './lighthouse.ts';
import { PAGES, type PageName, type PageRuns } from './compare.ts';
import type { ReferencePage } from './reference-pages.ts';
import {
  formatTraceSummary,
  longTasksOf,
  marksOf,
  pageMainThread,
  traceEventsOf,
} from './trace.ts';
import { visitStory, type ClickTarget, type VisitResult } from './visit.ts';

/** Where `--trace` writes: git-ignored, like all of bench-output/. */
export const TRACE_DIR = 'bench-output/traces';

/** What a page's runs are gathered into while the bench measures. */
export interface MutablePageRuns extends PageRuns {
  visits: VisitResult[];
  noWebglVisits: VisitResult[];
  lighthouseWebgl: LighthouseFigures[];
  lighthouseNoWebgl: LighthouseFigures[];
}

export function emptyRuns(): Record<PageName, MutablePageRuns> {
  return Object.fromEntries(
    PAGES.map((page) => [
      page,
      { visits: [], noWebglVisits: [], lighthouseWebgl: [], lighthouseNoWebgl: [] },
    ]),
  ) as unknown as Record<PageName, MutablePageRuns>;
}

export interface CompareSetup {
  baseUrl: string;
  storyId: string;
  /** Site paths of the reference pages (`buildReferencePages`). */
  references: Record<ReferencePage, string>;
  /** The app's map box at the visits' size: the references draw a map of the same size. */
  mapBox: { width: number; height: number } | null;
}

/** The URL of a page of the comparison for the story; the references' map sized like the app's. */
export function pageUrl(setup: CompareSetup, page: PageName, sized = true): string {
  const story = `?story=${encodeURIComponent(setup.storyId)}`;
  if (page === 'app') return `${setup.baseUrl}${story}`;
  const size =
    sized && setup.mapBox ? `&width=${setup.mapBox.width}&height=${setup.mapBox.height}` : '';
  return `${setup.baseUrl}${setup.references[page]}${story}${size}`;
}

/** One visit of a page of the comparison, with WebGL (and the click) or without. */
export function visitPage(
  browser: Browser,
  setup: CompareSetup,
  page: PageName,
  options: {
    webgl: boolean;
    click?: ClickTarget | null;
    servedBytes?: () => Promise<Map<string, number[]>>;
    tracePath?: string;
  },
): Promise<VisitResult> {
  return visitStory(browser, {
    url: pageUrl(setup, page),
    siteUrl: setup.baseUrl,
    ...(options.servedBytes && { servedBytes: options.servedBytes }),
    ...(options.webgl && options.click && { click: options.click }),
    ...(!options.webgl && { noWebgl: true }),
    ...(options.tracePath && { tracePath: options.tracePath }),
  });
}

/**
 * One traced visit per page with WebGL (load, camera move, click) and the app's without WebGL,
 * each trace saved to TRACE_DIR and summarised (tasks over 50 ms and what ran in them). Extra
 * visits: tracing slows a page, so none of the table's figures come from them.
 */
export async function tracePages(
  browsers: { webgl: Browser; noWebgl: Browser },
  setup: CompareSetup,
  click: ClickTarget | null,
  log: (line: string) => void,
): Promise<string> {
  mkdirSync(TRACE_DIR, { recursive: true });
  const configs: { name: string; page: PageName; webgl: boolean }[] = [
    ...PAGES.map((page) => ({ name: page, page, webgl: true })),
    { name: 'app-no-webgl', page: 'app', webgl: false },
  ];
  const summaries: string[] = [];
  for (const config of configs) {
    const tracePath = join(TRACE_DIR, `${config.name}.json`);
    log(`tracing ${config.name} into ${tracePath}`);
    await visitPage(config.webgl ? browsers.webgl : browsers.noWebgl, setup, config.page, {
      webgl: config.webgl,
      click,
      tracePath,
    });
    summaries.push(summarizeTrace(tracePath, config.name));
  }
  const text = summaries.join('\n\n');
  writeFileSync(join(TRACE_DIR, 'summary.txt'), `${text}\n`);
  return text;
}

/** The trace's long tasks and the page's marks (map-idle, popup-open), as text. */
function summarizeTrace(tracePath: string, name: string): string {
  const events = traceEventsOf(JSON.parse(readFileSync(tracePath, 'utf8')) as unknown);
  const thread = pageMainThread(events);
  if (!thread) return `${name}: no renderer main thread in ${tracePath}`;
  return formatTraceSummary(
    `${name} (${tracePath})`,
    longTasksOf(events, thread),
    marksOf(events, thread),
  );
}
