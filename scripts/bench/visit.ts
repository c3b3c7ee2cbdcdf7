/**
 * One reader's visit to a story page in real Chromium, measured: every request with its start
 * time and transferred size, the page's milestones (preview painted, story loaded, map idle), the
 * time from a click on the busiest place to its popup being drawn, and the date-range filter when
 * the page has one. Each visit gets a fresh browser context: an empty cache, like a first visit.
 */
import type { Browser, Page, Request } from 'playwright-core';
import { moveCamera, waitForMapIdle } from '../browser/story-page.ts';
import {
  INIT_PROBES,
  READ_LONG_TASKS,
  READ_MILESTONES,
  type LongTask,
  type MarkTiming,
  type PageMilestones,
} from './page-probes.ts';
import { sitePath, type RequestRecord } from './requests.ts';

/** The viewport of timed visits: the browser tests' desktop size. */
export const VISIT_VIEWPORT = { width: 1280, height: 800 };

/** A place to click, and where: the camera is moved there through the URL hash first. */
export interface ClickTarget {
  id: string;
  /** The name its popup's heading shows, to check the click opened the right popup. */
  name: string;
  lng: number;
  lat: number;
  zoom: number;
}

export interface VisitOptions {
  url: string;
  /** Sets up request routes (e.g. an extra story) before the page loads. */
  prepare?: (page: Page) => Promise<void>;
  /** A place whose popup is opened and timed after the map is idle. */
  click?: ClickTarget;
  /** A date range applied through the hash and timed, when the page has a date filter. */
  dateRange?: { from: string; to: string };
  /** How long to wait for the map to go idle. */
  timeoutMs?: number;
  /**
   * The bytes the server sent per site path during the visit (called once before and once after
   * it); without it, transferred sizes stay unknown.
   */
  servedBytes?: () => Promise<Map<string, number[]>>;
  /**
   * The browser has no WebGL: the map cannot start, so the visit waits for the page to settle
   * (network quiet, then an idle main thread) instead of the map, and clicks nothing.
   */
  noWebgl?: boolean;
  /** Saves a Chromium trace of the visit (load, camera move, click) to this path. */
  tracePath?: string;
  /** The site's root, when the page is not at it (the reference pages): where request paths start. */
  siteUrl?: string;
}

/** A click's popup, timed: from the click to the popup drawn, and to the `popup-open` mark. */
export interface PopupTiming {
  drawnMs: number;
  markMs: number;
  frameMs: number;
  heading: string;
  /** The click and the popup drawn, in ms since navigation start: where its tasks are looked for. */
  window: { startMs: number; endMs: number };
}

export interface VisitResult {
  milestones: PageMilestones;
  requests: RequestRecord[];
  /** MapLibre's first request relative to navigation start, from the request log. */
  popup: PopupTiming | null;
  /** Null when the page has no date filter (`[data-date-filter]`); else the timing. */
  filter: { drawnMs: number; markMs: number } | null;
  /** Page errors and console errors seen during the visit. */
  errors: string[];
  /** Main-thread tasks over 50 ms during the whole visit (Long Tasks API). */
  longTasks: LongTask[];
  /**
   * JS heap in use after a garbage collection once the map is idle (without WebGL, once the page
   * settled), before any click.
   */
  heapBytes: number | null;
}

const MAP_TIMEOUT_MS = 120_000;

/** Waits until the map has gone idle more than `after` times, or failed (measured too). */
function waitForMap(page: Page, timeoutMs: number, after = 0): Promise<void> {
  return waitForMapIdle(page, after, { timeoutMs, acceptFailed: true, pollingMs: 50 });
}

/**
 * Trace categories of `--trace`: tasks, the timeline's events (scripts, style, layout, paint,
 * GC), JS samples for the functions inside tasks, and the page's User Timing marks.
 */
export const TRACE_CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8',
  'v8.execute',
  'disabled-by-default-v8.cpu_profiler',
  'blink.user_timing',
  'loading',
];

/**
 * Waits for a page whose map cannot start to settle: the network quiet (fonts, story, fallback
 * pictures), then the main thread idle (the browser's idle callback), each with its own timeout.
 */
async function waitForSettled(page: Page, timeoutMs: number): Promise<void> {
  await page.waitForLoadState('networkidle', { timeout: timeoutMs });
  await page.evaluate(
    (ms) => new Promise((resolve) => requestIdleCallback(resolve, { timeout: ms })),
    timeoutMs,
  );
}

/** The request's start in epoch ms: Chromium's own timing, or when Node heard of it. */
function startEpochMs(request: Request, heardAtMs: number): number {
  const { startTime } = request.timing();
  return startTime > 0 ? startTime : heardAtMs;
}

/** Visits a story page once and measures it (see the module comment). */
export async function visitStory(browser: Browser, options: VisitOptions): Promise<VisitResult> {
  const timeoutMs = options.timeoutMs ?? MAP_TIMEOUT_MS;
  const context = await browser.newContext({ viewport: VISIT_VIEWPORT });
  try {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`console: ${message.text()}`);
    });
    // Chromium's console line for a failed load names no URL: say which one it was.
    page.on('response', (response) => {
      if (response.status() >= 400) errors.push(`${response.status()}: ${response.url()}`);
    });
    const heard: { request: Request; atMs: number }[] = [];
    page.on('request', (request) => heard.push({ request, atMs: Date.now() }));
    await page.addInitScript({ content: INIT_PROBES });
    await options.servedBytes?.();
    await options.prepare?.(page);

    if (options.tracePath) {
      await browser.startTracing(page, { path: options.tracePath, categories: TRACE_CATEGORIES });
    }
    await page.goto(options.url);
    if (options.noWebgl) await waitForSettled(page, timeoutMs);
    else await waitForMap(page, timeoutMs);
    const milestones = (await page.evaluate(READ_MILESTONES)) as PageMilestones;
    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const heapBytes = (await cdp.send('Runtime.getHeapUsage')).usedSize;
    await cdp.detach();

    let popup: PopupTiming | null = null;
    if (options.click && milestones.mapState === 'ready' && !options.noWebgl) {
      popup = await timePopup(page, options.click, timeoutMs);
    }
    if (options.tracePath) await browser.stopTracing();
    let filter: VisitResult['filter'] = null;
    if (options.dateRange && milestones.dateFilterPresent) {
      const { from, to } = options.dateRange;
      const timing = (await page.evaluate(
        ([f, t]) =>
          (
            window as unknown as {
              __bench: { applyRange: (a: string, b: string, ms: number) => Promise<unknown> };
            }
          ).__bench.applyRange(f, t, 10_000),
        [from, to] as const,
      )) as MarkTiming | null;
      if (timing) {
        filter = {
          drawnMs: timing.drawnMs - timing.startMs,
          markMs: timing.markMs - timing.startMs,
        };
      }
    }
    // Let requests started by the popup or the camera (the finer basemap) finish.
    await page.waitForLoadState('networkidle').catch(() => undefined);

    // Each request takes the next response the server sent for its path, in order.
    const served = (await options.servedBytes?.()) ?? new Map<string, number[]>();
    const requests = heard
      .map(({ request, atMs }) => ({ url: request.url(), epochMs: startEpochMs(request, atMs) }))
      .sort((a, b) => a.epochMs - b.epochMs)
      .map(({ url, epochMs }) => {
        const path = sitePath(url, options.siteUrl ?? options.url);
        return {
          url,
          startMs: epochMs - milestones.timeOrigin,
          transferredBytes: (path === null ? undefined : served.get(path)?.shift()) ?? null,
        };
      });
    const longTasks = (await page.evaluate(READ_LONG_TASKS)) as LongTask[];
    return { milestones, requests, popup, filter, errors, longTasks, heapBytes };
  } finally {
    await context.close();
  }
}

/**
 * Moves the camera onto the place through the hash, as a shared link would, waits for the map,
 * clicks the middle of the map and times the popup until it is drawn.
 */
async function timePopup(page: Page, target: ClickTarget, timeoutMs: number): Promise<PopupTiming> {
  await moveCamera(page, target, { timeoutMs });
  const box = await page.locator('.story-map').boundingBox();
  if (!box) throw new Error('the map is not on the page');
  await page.evaluate(() =>
    (window as unknown as { __bench: { armClick: (ms: number) => void } }).__bench.armClick(10_000),
  );
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  const timing = (await page.evaluate(
    () => (window as unknown as { __bench: { clicked: Promise<unknown> } }).__bench.clicked,
  )) as MarkTiming | null;
  if (!timing) throw new Error(`clicking ${target.id} opened no popup within 10 s`);
  const heading = await page.getByRole('dialog').locator('h2').first().innerText();
  if (heading.trim() !== target.name) {
    throw new Error(`clicking ${target.id} opened "${heading}", not "${target.name}"`);
  }
  return {
    drawnMs: timing.drawnMs - timing.startMs,
    markMs: timing.markMs - timing.startMs,
    frameMs: timing.frameMs - timing.startMs,
    heading,
    window: { startMs: timing.startMs, endMs: timing.drawnMs },
  };
}
