/**
 * Dark mode and print in real Chromium: the theme follows the reader's system unless the URL sets
 * it, and repaints the map in place; a printed page carries the events and sources, not a canvas.
 */
import { readFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { DARK_PALETTE, LIGHT_PALETTE } from '../../src/style/palettes.ts';
import { appUrl, idleCount, POLL, screenshot, test, waitForMapIdle } from './harness.ts';
import { mapBoxOf } from './map-view.ts';
import { events, ncg } from './story-data.ts';

/**
 * The commonest colour of the map, as `#rrggbb`: on the first view, which frames the Pacific, the
 * ocean.
 */
async function oceanColour(page: Page): Promise<string> {
  const png = PNG.sync.read(await page.screenshot({ clip: await mapBoxOf(page) }));
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
  test('follows a dark system preference: page, popup and map', async ({ openStory }) => {
    const { page, errors } = await openStory('?story=ncg-2024', { colorScheme: 'dark' });
    expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
    expect(await pageBackground(page)).toBe('rgb(21, 23, 26)');
    expect(await oceanColour(page)).toBe(DARK_PALETTE.ocean);
    expect(errors).toEqual([]);
  });

  test('lets theme=light in the URL win over a dark preference, and theme=dark over a light one', async ({
    openStory,
  }) => {
    const light = await openStory('?story=ncg-2024&theme=light', { colorScheme: 'dark' });
    expect(await oceanColour(light.page)).toBe(LIGHT_PALETTE.ocean);
    const dark = await openStory('?story=ncg-2024&theme=dark', { colorScheme: 'light' });
    expect(await dark.page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
    expect(await oceanColour(dark.page)).toBe(DARK_PALETTE.ocean);
    expect([...light.errors, ...dark.errors]).toEqual([]);
  });

  test('repaints the open map when the system switches to dark, keeping the camera', async ({
    openStory,
  }) => {
    const { page, errors } = await openStory('?story=ncg-2024#place=seoul-city');
    const camera = await page.evaluate(() =>
      new URLSearchParams(location.hash.slice(1)).get('map'),
    );
    expect([LIGHT_PALETTE.ocean, LIGHT_PALETTE.land]).toContain(await oceanColour(page));
    const before = await idleCount(page);
    await page.emulateMedia({ colorScheme: 'dark' });
    await waitForMapIdle(page, before);
    // Zoomed in on Seoul the commonest colour may be land or sea: either way, the dark one.
    await expect
      .poll(async () => [DARK_PALETTE.ocean, DARK_PALETTE.land].includes(await oceanColour(page)), {
        ...POLL,
        message: 'the map to be repainted in the dark palette',
      })
      .toBe(true);
    expect(await page.evaluate(() => new URLSearchParams(location.hash.slice(1)).get('map'))).toBe(
      camera,
    );
    expect(await page.getByRole('dialog').count()).toBe(1);
    expect(errors).toEqual([]);
  });
});

describe('print', () => {
  test('prints every event with its sources and no canvas, in light colours even in dark mode', async ({
    openStory,
  }) => {
    const { page, errors } = await openStory('?story=ncg-2024&theme=dark');
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
    expect(hrefs).toHaveLength(ncg.sourceCount());
    // On paper each link writes out its address after its title.
    expect(
      await list
        .locator('.sources a')
        .first()
        .evaluate((link) => getComputedStyle(link, '::after').content),
    ).toContain('https://');
    expect(await pageBackground(page)).toBe('rgb(255, 255, 255)');
    await screenshot(page, 'print-media', { fullPage: true });

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

  test('prints the static preview image in place of the map when the site has one', async ({
    newPage,
  }) => {
    const { page, errors } = await newPage();
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
    expect(await image.getAttribute('alt')).toContain(`Map of the places in “${ncg.titles.en}`);
    expect(await image.evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBe(800);
    expect(await page.locator('.story-map').isVisible()).toBe(false);
    await screenshot(page, 'print-with-preview');
    expect(errors).toEqual([]);
  });
});
