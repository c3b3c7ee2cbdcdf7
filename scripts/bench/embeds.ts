/**
 * Many maps on one page: a page of the built site with eight or more embeds (iframes of the app
 * with `embed=1`) is scrolled to the bottom and back, twice. At every stop the bench counts the
 * embeds that hold a live MapLibre map (a WebGL context), and after each round trip it measures the
 * page's JavaScript heap after a garbage collection. Only embeds near the viewport should be alive,
 * and the heap should not grow from one round trip to the next.
 *
 * Which page: any `.html` file of the site with at least eight such iframes (the bench does not
 * need to know its name). An embed counts as live while its document holds a
 * `.maplibregl-canvas` (MapLibre removes the canvas, and with it the context, in `map.remove()`).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { VISIT_VIEWPORT } from './visit.ts';

/** How many embeds a page needs to be the bench's many-maps page. */
export const EMBEDS_WANTED = 8;

/** The number of iframes in `html` whose `src` asks for embed mode (`embed=1` or `embed=true`). */
export function countEmbedFrames(html: string): number {
  let count = 0;
  for (const match of html.matchAll(/<iframe\b[^>]*?\ssrc\s*=\s*(["'])(.*?)\1/gis)) {
    if (/[?&]embed=(1|true)\b/.test((match[2] ?? '').replaceAll('&amp;', '&'))) count++;
  }
  return count;
}

/** The first page of the site (by path) with at least EMBEDS_WANTED embeds, or null. */
export function findEmbedsPage(siteDir: string): string | null {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.html')) pages.push(path);
    }
  };
  walk(siteDir);
  const found = pages.find((path) => countEmbedFrames(readFileSync(path, 'utf8')) >= EMBEDS_WANTED);
  return found ? relative(siteDir, found).split(sep).join('/') : null;
}

export interface EmbedsResult {
  page: string;
  embeds: number;
  /** The most embeds alive at once, over every check at every stop. */
  maxLive: number;
  /** Embeds alive when each stop had settled, top to bottom and back, twice. */
  liveAtStops: number[];
  /** JS heap (bytes, after a garbage collection): loaded, after round trip 1, after round trip 2. */
  heapBytes: { loaded: number; firstRoundTrip: number; secondRoundTrip: number };
  /** Chromium's "too many active WebGL contexts" warnings seen (each one lost a context). */
  contextWarnings: number;
  errors: string[];
}

/** Live maps in each embed of the page. */
async function liveEmbeds(page: Page): Promise<number> {
  const frames = page.frames().filter((frame) => frame !== page.mainFrame());
  const counts = await Promise.all(
    frames.map((frame) =>
      frame.evaluate(() => document.querySelectorAll('.maplibregl-canvas').length).catch(() => 0),
    ),
  );
  return counts.filter((count) => count > 0).length;
}

/** Waits until the number of live embeds has not changed for `stableMs`, tracking the most seen. */
async function settle(page: Page, stableMs: number, timeoutMs: number) {
  const start = Date.now();
  let last = await liveEmbeds(page);
  let max = last;
  let since = Date.now();
  while (Date.now() - since < stableMs && Date.now() - start < timeoutMs) {
    await page.waitForTimeout(200);
    const now = await liveEmbeds(page);
    max = Math.max(max, now);
    if (now !== last) {
      last = now;
      since = Date.now();
    }
  }
  return { live: last, max };
}

/** Scrolls the page through the embeds and back, twice, and measures (see the module comment). */
export async function measureEmbeds(
  browser: Browser,
  url: string,
  page: string,
  options: { stableMs?: number; stopTimeoutMs?: number } = {},
): Promise<EmbedsResult> {
  const stableMs = options.stableMs ?? 1000;
  const stopTimeoutMs = options.stopTimeoutMs ?? 20_000;
  const context = await browser.newContext({ viewport: VISIT_VIEWPORT });
  try {
    const tab = await context.newPage();
    const errors: string[] = [];
    let contextWarnings = 0;
    tab.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
    tab.on('console', (message) => {
      if (/too many active webgl contexts/i.test(message.text())) contextWarnings++;
      else if (message.type() === 'error') errors.push(`console: ${message.text()}`);
    });
    const cdp = await context.newCDPSession(tab);
    const heap = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      return (await cdp.send('Runtime.getHeapUsage')).usedSize;
    };
    await tab.goto(url, { waitUntil: 'load' });
    const embeds = tab.frames().length - 1;
    let maxLive = (await settle(tab, stableMs, stopTimeoutMs)).max;
    const loaded = await heap();

    const scrollHeight = await tab.evaluate(() => document.documentElement.scrollHeight);
    const step = VISIT_VIEWPORT.height;
    const down: number[] = [];
    for (let y = 0; y <= scrollHeight - step; y += step) down.push(y);
    down.push(Math.max(0, scrollHeight - step));
    const roundTrip = [...down, ...[...down].reverse()];
    const liveAtStops: number[] = [];
    const afterRoundTrips: number[] = [];
    for (let trip = 0; trip < 2; trip++) {
      for (const y of roundTrip) {
        await tab.evaluate((top) => window.scrollTo(0, top), y);
        const stop = await settle(tab, stableMs, stopTimeoutMs);
        liveAtStops.push(stop.live);
        maxLive = Math.max(maxLive, stop.max);
      }
      afterRoundTrips.push(await heap());
    }
    return {
      page,
      embeds,
      maxLive,
      liveAtStops,
      heapBytes: {
        loaded,
        firstRoundTrip: afterRoundTrips[0] ?? NaN,
        secondRoundTrip: afterRoundTrips[1] ?? NaN,
      },
      contextWarnings,
      errors,
    };
  } finally {
    await context.close();
  }
}
