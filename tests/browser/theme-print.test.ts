/**
 * Dark mode and print in real Chromium: the theme follows the reader's system unless the URL sets
 * it, and repaints the map in place; a printed page carries the events and sources, not a canvas.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  appUrl,
  DESKTOP,
  idleCount,
  launchChromium,
  openPage,
  screenshot,
  waitForMapIdle,
} from './chromium.ts';
import { events } from './story-data.ts';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

async function open(query: string, options: Parameters<typeof openPage>[2] = {}) {
  const watched = await openPage(browser, DESKTOP, options);
  await watched.page.goto(appUrl(query));
  await waitForMapIdle(watched.page);
  return watched;
}

/**
 * The commonest colour of the map, as `#rrggbb`: on the first view, which frames the Pacific, the
 * ocean.
 */
async function oceanColour(page: Page): Promise<string> {
  const box = await page.locator('.story-map').boundingBox();
  if (!box) throw new Error('the map is not on the page');
  const png = PNG.sync.read(await page.screenshot({ clip: box }));
  const counts = new Map<string, number>();
  for (let i = 0; i < png.data.length; i += 4 * 7) {
    const hex = `#${[...png.data.subarray(i, i + 3)].map((v) => v.toString(16).padStart(2, '0')).join('')}`;
    counts.set(hex, (counts.get(hex) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
}

const pageBackground = (page: Page) =>
  page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);

describe('themes', () => {
  it('follows a dark system preference: page, popup and map', async () => {
    const { page, errors } = await open('?story=ncg-2024', { colorScheme: 'dark' });
    expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
    expect(await pageBackground(page)).toBe('rgb(21, 23, 26)');
    expect(await oceanColour(page)).toBe('#0e1a26');
    expect(errors).toEqual([]);
  });

  it('lets theme=light in the URL win over a dark preference, and theme=dark over a light one', async () => {
    const light = await open('?story=ncg-2024&theme=light', { colorScheme: 'dark' });
    expect(await oceanColour(light.page)).toBe('#d4e3ee');
    const dark = await open('?story=ncg-2024&theme=dark', { colorScheme: 'light' });
    expect(await dark.page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
    expect(await oceanColour(dark.page)).toBe('#0e1a26');
    expect([...light.errors, ...dark.errors]).toEqual([]);
  });

  it('repaints the open map when the system switches to dark, keeping the camera', async () => {
    const { page, errors } = await open('?story=ncg-2024#place=seoul-city');
    const camera = await page.evaluate(() =>
      new URLSearchParams(location.hash.slice(1)).get('map'),
    );
    expect(await oceanColour(page)).toMatch(/^#(d4e3ee|f6f4ef)$/);
    const before = await idleCount(page);
    await page.emulateMedia({ colorScheme: 'dark' });
    await waitForMapIdle(page, before);
    // Zoomed in on Seoul the commonest colour may be land or sea: either way, the dark one.
    await expect.poll(() => oceanColour(page)).toMatch(/^#(0e1a26|272b30)$/);
    expect(await page.evaluate(() => new URLSearchParams(location.hash.slice(1)).get('map'))).toBe(
      camera,
    );
    expect(await page.getByRole('dialog').count()).toBe(1);
    expect(errors).toEqual([]);
  });
});

describe('print', () => {
  it('prints every event with its sources and no canvas, in light colours even in dark mode', async () => {
    const { page, errors } = await open('?story=ncg-2024&theme=dark');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.story-map').isVisible()).toBe(false);
    expect(await page.locator('nav.places').isVisible()).toBe(false);
    const list = page.locator('.print-events');
    expect(await list.isVisible()).toBe(true);
    expect(await list.locator(':scope > ol > li h3').allInnerTexts()).toEqual(
      events.map((event) => event.title),
    );
    const hrefs = await list
      .locator('.sources a')
      .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
    expect(hrefs).toHaveLength(events.reduce((n, event) => n + event.sources.length, 0));
    // On paper each link writes out its address after its title.
    expect(
      await list
        .locator('.sources a')
        .first()
        .evaluate((link) => getComputedStyle(link, '::after').content),
    ).toContain('https://');
    expect(await pageBackground(page)).toBe('rgb(255, 255, 255)');
    await page.screenshot({ path: 'test-output/screenshots/print-media.png', fullPage: true });

    // The PDF Chromium prints: several pages, with every source as a live link.
    const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
    expect((pdf.match(/\/Type\s*\/Page\b/g) ?? []).length).toBeGreaterThan(1);
    for (const event of events) {
      for (const source of event.sources) {
        expect(pdf).toContain(`(${source.url.replace(/([()\\])/g, '\\$1')})`);
      }
    }
    expect(errors).toEqual([]);
  });

  it('prints the static preview image in place of the map when the site has one', async () => {
    const { page, errors } = await openPage(browser, DESKTOP);
    // As if the build had made a preview and listed it in stories/index.json.
    await page.route('**/stories/index.json', async (route) => {
      const response = await route.fetch();
      const stories = (await response.json()) as { id: string }[];
      await route.fulfill({
        response,
        json: stories.map((story) => ({ ...story, preview: `stories/${story.id}/preview.svg` })),
      });
    });
    await page.route('**/stories/ncg-2024/preview.svg', (route) =>
      route.fulfill({
        contentType: 'image/svg+xml',
        body: readFileSync('tests/fixtures/preview/preview.svg', 'utf8'),
      }),
    );
    await page.goto(appUrl('?story=ncg-2024'));
    await waitForMapIdle(page);
    const image = page.locator('img.print-preview');
    expect(await image.isVisible()).toBe(false);
    await page.emulateMedia({ media: 'print' });
    expect(await image.isVisible()).toBe(true);
    expect(await image.getAttribute('alt')).toMatch(/^Map of the places in “Nuclear talks/);
    expect(await image.evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBe(800);
    expect(await page.locator('.story-map').isVisible()).toBe(false);
    await screenshot(page, 'print-with-preview');
    expect(errors).toEqual([]);
  });
});
