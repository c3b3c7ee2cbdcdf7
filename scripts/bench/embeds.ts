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
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { iframeSnippet } from '../../src/embed/snippets.ts';
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

/** Where the bench writes its own article of eight embeds when the site has none. */
export const BENCH_EMBEDS_PAGE = 'bench-eight-embeds.html';

/**
 * An article page with EMBEDS_WANTED embeds of `storyId`, each the plain iframe snippet the share
 * panel gives an editor, a screenful of text apart, so that scrolling brings them on screen one or
 * two at a time. Without the snippet's `loading="lazy"`: with lazy iframes Playwright loses the
 * page right after it loads (its `close` event fires, with a trivial page in the iframes too), so
 * all eight documents load at once here, a harder case than an article's: the maps must still
 * start only near the screen.
 */
export function embedsArticleHtml(storyId: string, title: string): string {
  const paragraph =
    '<p>Article text. The story goes on around the maps, as it would in a long explainer.</p>';
  const text = Array.from({ length: 8 }, () => paragraph).join('\n');
  const embeds = Array.from({ length: EMBEDS_WANTED }, (_, i) =>
    iframeSnippet({
      src: `./index.html?story=${encodeURIComponent(storyId)}&embed=1`,
      appRoot: './',
      title: `Map ${i + 1}: ${title}`,
      storyId,
    }).replace(' loading="lazy"', ''),
  );
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Eight embeds (bench)</title><link rel="icon" href="data:,"></head>
<body style="max-width:680px;margin:0 auto;padding:0 16px;font:18px/1.6 Georgia,serif">
<h1>Eight maps in one article</h1>
${embeds.map((embed) => `${text}\n${embed}`).join('\n')}
${text}
</body></html>
`;
}

/** Writes the bench's own eight-embeds article into the site; returns its path in the site. */
export function writeEmbedsArticle(siteDir: string, storyId: string, title: string): string {
  writeFileSync(join(siteDir, BENCH_EMBEDS_PAGE), embedsArticleHtml(storyId, title));
  return BENCH_EMBEDS_PAGE;
}

export interface EmbedsResult {
  page: string;
  embeds: number;
  /** The most embeds alive at once, over every check at every stop. */
  maxLive: number;
  /** How many different embeds were alive at some check: each should be, once scrolled to. */
  everAlive: number;
  /** Embeds alive when each stop had settled, top to bottom and back, twice. */
  liveAtStops: number[];
  /** JS heap (bytes, after a garbage collection): loaded, after round trip 1, after round trip 2. */
  heapBytes: { loaded: number; firstRoundTrip: number; secondRoundTrip: number };
  /** Chromium's "too many active WebGL contexts" warnings seen (each one lost a context). */
  contextWarnings: number;
  errors: string[];
}

/** The embeds (by their iframe's place in the page) that hold a live map now. */
async function liveEmbeds(page: Page): Promise<number[]> {
  const frames = await Promise.all(
    (await page.locator('iframe').elementHandles()).map((handle) => handle.contentFrame()),
  );
  const counts = await Promise.all(
    frames.map(
      (frame) =>
        frame
          ?.evaluate(() => document.querySelectorAll('.maplibregl-canvas').length)
          .catch(() => 0) ?? 0,
    ),
  );
  return counts.flatMap((count, i) => (count > 0 ? [i] : []));
}

/**
 * Whether every embed whose map is on screen has started it (or given up: no WebGL). A map takes
 * seconds to start, so "no change for a second" alone would stop before it did. An embed whose
 * iframe is on screen but whose app has not drawn yet counts as not started; one whose map is
 * scrolled off (its title on screen, say) as started: its map is not wanted yet.
 */
async function onScreenEmbedsStarted(page: Page): Promise<boolean> {
  const handles = await page.locator('iframe').elementHandles();
  const viewportHeight = await page.evaluate(() => innerHeight);
  const started = await Promise.all(
    handles.map(async (handle) => {
      const box = await handle.boundingBox();
      if (!box || box.y + box.height <= 0 || box.y >= viewportHeight) return true;
      const frame = await handle.contentFrame();
      const state = await frame
        ?.evaluate(() => {
          const map = document.querySelector('.story-map');
          if (document.querySelector('.map-fallback')) return { settled: true, top: 0, bottom: 0 };
          if (!map) return null;
          const rect = map.getBoundingClientRect();
          const mapState = map.getAttribute('data-state');
          return {
            settled: mapState === 'ready' || mapState === 'failed',
            top: rect.top,
            bottom: rect.bottom,
          };
        })
        .catch(() => null);
      if (!state) return false;
      const mapOnScreen = box.y + state.bottom > 0 && box.y + state.top < viewportHeight;
      return state.settled || !mapOnScreen;
    }),
  );
  return started.every(Boolean);
}

/**
 * Waits until the embeds on screen have started their maps, then until the number of live embeds
 * has not changed for `stableMs`, tracking the most seen.
 */
async function settle(page: Page, stableMs: number, timeoutMs: number, everAlive: Set<number>) {
  const start = Date.now();
  while (!(await onScreenEmbedsStarted(page)) && Date.now() - start < timeoutMs) {
    await page.waitForTimeout(200);
  }
  const check = async () => {
    const alive = await liveEmbeds(page);
    for (const i of alive) everAlive.add(i);
    return alive.length;
  };
  let last = await check();
  let max = last;
  let since = Date.now();
  while (Date.now() - since < stableMs && Date.now() - start < timeoutMs) {
    await page.waitForTimeout(200);
    const now = await check();
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
    const embeds = await tab.locator('iframe').count();
    const everAlive = new Set<number>();
    let maxLive = (await settle(tab, stableMs, stopTimeoutMs, everAlive)).max;
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
        const stop = await settle(tab, stableMs, stopTimeoutMs, everAlive);
        liveAtStops.push(stop.live);
        maxLive = Math.max(maxLive, stop.max);
      }
      afterRoundTrips.push(await heap());
    }
    return {
      page,
      embeds,
      maxLive,
      everAlive: everAlive.size,
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
