/**
 * Real Chromium for the browser tests: the system's own (Debian's `chromium`, or CHROMIUM_PATH),
 * driven by playwright-core, with WebGL2 through SwiftShader.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { CHROMIUM_FLAGS, chromiumPath } from '../../scripts/bench/visit.ts';

export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 390, height: 844 };

/** Where screenshots go (git-ignored); look at them after a run. */
export const SCREENSHOT_DIR = 'test-output/screenshots';

/** Starts the system Chromium. */
export function launchChromium(extraFlags: string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: [...CHROMIUM_FLAGS, ...extraFlags],
  });
}

/** The URL of the app under test, e.g. `appUrl('?story=ncg-2024#place=seoul-mnd')`. */
export function appUrl(pathAndHash = ''): string {
  return new URL(pathAndHash, inject('baseUrl')).href;
}

export interface WatchedPage {
  page: Page;
  /** Every URL the page requested, in order. */
  requests: string[];
  /** Uncaught exceptions and console errors. */
  errors: string[];
}

/** A new page (in its own context) that records its requests and errors. */
export async function openPage(
  browser: Browser,
  viewport: { width: number; height: number } = DESKTOP,
  options: {
    reducedMotion?: 'reduce' | 'no-preference';
    colorScheme?: 'light' | 'dark';
    /** The browser's language (`navigator.languages`), e.g. `ko-KR`. */
    locale?: string;
  } = {},
): Promise<WatchedPage> {
  const context = await browser.newContext({
    viewport,
    reducedMotion: options.reducedMotion ?? 'reduce',
    colorScheme: options.colorScheme ?? 'light',
    locale: options.locale ?? 'en-US',
  });
  const page = await context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  return { page, requests, errors };
}

/** How many times the map has gone idle so far (0 before it first draws). */
export function idleCount(page: Page): Promise<number> {
  return page.evaluate(() =>
    Number(document.querySelector<HTMLElement>('.story-map')?.dataset['idleCount'] ?? 0),
  );
}

/**
 * Waits until the map has drawn everything it is waiting for (MapLibre's `idle`), and has done so
 * more than `after` times, so a wait after an action does not return on the idle before it.
 */
export async function waitForMapIdle(page: Page, after = 0): Promise<void> {
  await page.waitForFunction(
    (previous) =>
      Number(document.querySelector<HTMLElement>('.story-map')?.dataset['idleCount'] ?? 0) >
      previous,
    after,
    { timeout: 45_000 },
  );
}

/** Moves the camera through the URL hash, as a shared link would, and waits for the map. */
export async function moveCamera(
  page: Page,
  zoom: number,
  lat: number,
  lng: number,
): Promise<void> {
  const before = await idleCount(page);
  await page.evaluate(
    ([z, la, ln]) => {
      const params = new URLSearchParams(location.hash.slice(1));
      params.set('map', `${z}/${la}/${ln}`);
      location.hash = params.toString().replace(/%2F/g, '/');
    },
    [zoom, lat, lng] as const,
  );
  await page.waitForFunction(
    (expected) => new URLSearchParams(location.hash.slice(1)).get('map')?.startsWith(expected),
    `${zoom}/`,
  );
  await waitForMapIdle(page, before);
}

/** Saves a screenshot under SCREENSHOT_DIR and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = `${SCREENSHOT_DIR}/${name}.png`;
  await page.screenshot({ path });
  return path;
}

/**
 * Serves a fixture folder as one more story beside the built ones, as if an editor had dropped it
 * into geo/stories/: it is listed in stories/index.json and its files are served under stories/<id>/.
 */
export async function serveExtraStory(page: Page, id: string, title: string, folder: string) {
  await serveStoryFiles(page, id, title, (name) => {
    const file = join(folder, name);
    return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
  });
}

/**
 * Serves one more story from its files' text (`read` returns undefined for a file it does not
 * have), e.g. a story generated in the test.
 */
export async function serveStoryFiles(
  page: Page,
  id: string,
  title: string,
  read: (name: string) => string | undefined,
) {
  await page.route('**/stories/index.json', async (route) => {
    const response = await route.fetch();
    const stories = (await response.json()) as { id: string; title: string }[];
    await route.fulfill({ response, json: [...stories, { id, title }] });
  });
  await page.route(`**/stories/${id}/*`, (route) => {
    const name = new URL(route.request().url()).pathname.split('/').pop() ?? '';
    const text = read(name);
    if (text !== undefined) return route.fulfill({ body: text });
    // A fixture folder is not built, so it has no generated preview: stand in a blank picture
    // rather than a 404 the page would log as an error.
    if (name === 'preview.svg') {
      return route.fulfill({
        contentType: 'image/svg+xml',
        body: '<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="675"/>',
      });
    }
    return route.fulfill({ status: 404, body: 'not found' });
  });
}
