/**
 * The browser-test harness: every file in tests/browser/ writes its tests with this `test`
 * (a Vitest `test.extend` fixture) instead of starting Chromium itself.
 *
 *   import { expect } from 'vitest';
 *   import { LOOK, PHONE, POLL, test } from './harness.ts';
 *   import { ncg } from './story-data.ts';
 *
 *   test('opens a place from a link on a phone', async ({ openStory }) => {
 *     const { page, errors } = await openStory('?story=ncg-2024#place=seoul-mnd', { viewport: PHONE });
 *     const heading = page.getByRole('dialog').locator('h2');
 *     await expect.poll(() => heading.innerText(LOOK), POLL).toBe(ncg.placeName('seoul-mnd'));
 *     expect(errors).toEqual([]);
 *   });
 *
 * Fixtures (each set up only for the tests that name it):
 * - `browser`: this worker's Chromium (scripts/browser/chromium.ts), started on first use and kept
 *   for every file the worker runs (the browser project does not isolate its files);
 *   `noWebglBrowser`: one without 3D APIs, likewise.
 * - `newPage(options)`: a page in a fresh context (viewport, motion, colour scheme, locale,
 *   JavaScript) that records its requests and errors. Every context a test opens is closed after
 *   it, pass or fail, so no map keeps drawing into the next test.
 * - `openStory(query, options)`: `newPage`, then the app at `query` (e.g. `?story=ncg-2024#place=x`),
 *   waiting until the map has drawn. `options.story` serves one more story beside the built ones
 *   (`storyFolder(id, title, folder)` for a fixture folder).
 * - Several tests may share one page where each sets the state it needs (e.g. the camera, by the
 *   hash): `watchPage(browser)` and `loadStory(...)` in `test.beforeAll(async ({ browser }) => …)`,
 *   its context closed in `test.afterAll` (see "clicking each place" in map.test.ts).
 * Helpers for the page itself (waiting for the map, moving the camera, serving a story) are in
 * scripts/browser/story-page.ts, shared with the bench, and re-exported here. Reading the page
 * back: map-view.ts (camera, pixels, palette colours), timeline-view.ts (list, count, axis),
 * article.ts (embeds in a test article), axe.ts. Stories as their files say: story-data.ts, for
 * expectations derived from the data rather than pinned counts. Every wait names what it waited
 * for: `waitUntil(page, 'what', condition)`, and polls (30 s here) whose looks are short (`LOOK`).
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { inject, test as baseTest } from 'vitest';
import {
  launchChromium,
  NO_WEBGL_FLAGS,
  testChromiumPath,
} from '../../scripts/browser/chromium.ts';
import {
  serveStoryFiles,
  waitForMapIdle,
  type StoryFileReader,
} from '../../scripts/browser/story-page.ts';

export {
  idleCount,
  moveCamera,
  waitForMapIdle,
  waitUntil,
} from '../../scripts/browser/story-page.ts';

export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 390, height: 844 };

/** Where screenshots go (git-ignored); look at them after a run. */
export const SCREENSHOT_DIR = 'test-output/screenshots';

/**
 * How long a poll for something the page does after an action may take (a popup after a click,
 * an iframe's height): SwiftShader on two shared cores is slow. Each look inside a poll must be
 * short itself (`innerText({ timeout: 1000 })` or a count), so one slow look cannot use it all.
 */
export const POLL = { timeout: 30_000, interval: 100 };

/** One look inside a poll, e.g. `locator.innerText(LOOK)`: short, so the poll can look again. */
export const LOOK = { timeout: 1000 };

/** The URL of the app under test, e.g. `appUrl('?story=ncg-2024#place=seoul-mnd')`. */
export function appUrl(pathAndHash = ''): string {
  return new URL(pathAndHash, inject('baseUrl')).href;
}

/** Saves a screenshot of the viewport (or the whole page) under SCREENSHOT_DIR; returns its path. */
export async function screenshot(
  page: Page,
  name: string,
  options: { fullPage?: boolean } = {},
): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = `${SCREENSHOT_DIR}/${name}.png`;
  await page.screenshot({ path, fullPage: options.fullPage ?? false });
  return path;
}

/** A story folder served beside the built ones, as if an editor had added it. */
export interface ExtraStory {
  id: string;
  title: string;
  read: StoryFileReader;
}

/** A fixture folder (e.g. tests/fixtures/stories/valid-minimal) as an extra story. */
export function storyFolder(id: string, title: string, folder: string): ExtraStory {
  return {
    id,
    title,
    read: (name) => {
      const file = join(folder, name);
      return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
    },
  };
}

export interface PageOptions {
  viewport?: { width: number; height: number };
  /** `reduce` unless a test says otherwise: camera moves are then jumps, quick and repeatable. */
  reducedMotion?: 'reduce' | 'no-preference';
  colorScheme?: 'light' | 'dark';
  /** The browser's language (`navigator.languages`), e.g. `ko-KR`. */
  locale?: string;
  javaScriptEnabled?: boolean;
  /** Which Chromium: the run's own, or the one without WebGL. */
  browser?: Browser;
}

export interface WatchedPage {
  page: Page;
  context: BrowserContext;
  /** Every URL the page requested, in order. */
  requests: string[];
  /** Uncaught exceptions and console errors. */
  errors: string[];
}

export interface OpenOptions extends PageOptions {
  /** One more story to serve beside the built ones. */
  story?: ExtraStory;
  /** How long the map may take to draw (MAP_TIMEOUT_MS by default). */
  mapTimeoutMs?: number;
}

/** A page in a fresh context of `browser` that records its requests and errors. */
export async function watchPage(browser: Browser, options: PageOptions = {}): Promise<WatchedPage> {
  const context = await (options.browser ?? browser).newContext({
    viewport: options.viewport ?? DESKTOP,
    reducedMotion: options.reducedMotion ?? 'reduce',
    colorScheme: options.colorScheme ?? 'light',
    locale: options.locale ?? 'en-US',
    javaScriptEnabled: options.javaScriptEnabled ?? true,
  });
  // A Playwright wait (a click, a look at a locator) fails with its own message well before a
  // test's time is up, rather than the test timing out with no word of what it waited for.
  context.setDefaultTimeout(20_000);
  const page = await context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    // A context lost without a test asking for it remakes the map and its popup, which undoes
    // what the test just did: say so in the run's output, or the failure that follows is a riddle.
    if (message.text().includes('lost its WebGL context')) {
      process.stderr.write(`[${page.url()}] ${message.text()}\n`);
    }
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  return { page, context, requests, errors };
}

/** Serves one more story beside the built ones to this page (routes set before it loads). */
export function serveStory(page: Page, story: ExtraStory): Promise<void> {
  return serveStoryFiles(page, story, { blankPreview: true });
}

/** Loads the app at `query` in a watched page (serving `options.story` too) and waits for the map. */
export async function loadStory(
  watched: WatchedPage,
  query: string,
  options: { story?: ExtraStory; mapTimeoutMs?: number } = {},
): Promise<WatchedPage> {
  if (options.story) await serveStory(watched.page, options.story);
  await watched.page.goto(appUrl(query));
  await waitForMapIdle(watched.page, 0, { timeoutMs: options.mapTimeoutMs });
  return watched;
}

/** The `openStory` fixture's type, for helpers that take it. */
export type OpenStory = (query: string, options?: OpenOptions) => Promise<WatchedPage>;

export const test = baseTest
  // Vitest reads a fixture's dependencies from its first parameter, which must be a pattern.
  // eslint-disable-next-line no-empty-pattern
  .extend('browser', { scope: 'worker' }, async ({}, { onCleanup }) => {
    const browser = await launchChromium([], testChromiumPath());
    onCleanup(() => browser.close());
    return browser;
  })
  // eslint-disable-next-line no-empty-pattern
  .extend('noWebglBrowser', { scope: 'worker' }, async ({}, { onCleanup }) => {
    const browser = await launchChromium(NO_WEBGL_FLAGS, testChromiumPath());
    onCleanup(() => browser.close());
    return browser;
  })
  .extend('newPage', async ({ browser }, { onCleanup }) => {
    const contexts: BrowserContext[] = [];
    onCleanup(async () => {
      await Promise.all(contexts.map((context) => context.close()));
    });
    return async (options: PageOptions = {}): Promise<WatchedPage> => {
      const watched = await watchPage(browser, options);
      contexts.push(watched.context);
      return watched;
    };
  })
  .extend('openStory', async ({ newPage }) => {
    const openStory: OpenStory = async (query, options = {}) =>
      loadStory(await newPage(options), query, options);
    return openStory;
  });
