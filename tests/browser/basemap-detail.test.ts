/**
 * The detail basemap as the reader sees it at zoom 12: water where the water is and land on shore,
 * in ncg-2024 and in a second story whose tiles the test builds; and screenshots of every
 * ncg-2024 place at zooms 10 and 14, light and dark, phone and desktop, to look at.
 */
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DARK_PALETTE, LIGHT_PALETTE } from '../../src/style/palettes.ts';
import {
  appUrl,
  DESKTOP,
  launchChromium,
  moveCamera,
  openPage,
  PHONE,
  screenshot,
  serveExtraStory,
  waitForMapIdle,
} from './chromium.ts';
import { buildFixtureTiles } from './detail-fixture-tiles.ts';
import { dominantAround, mapPixels, near, pixelOf, rgb } from './map-pixels.ts';
import { loadStoryIndex } from '../unit/ncg-story.ts';

const WATER = rgb(LIGHT_PALETTE.ocean);
const LAND = rgb(LIGHT_PALETTE.land);

/** Spots on the ground known to be water, and one nearby known to be land. */
interface Shore {
  name: string;
  water: [number, number][];
  land: [number, number];
}

/** [lng, lat]; each pair within a zoom-12 view of each other, clear of story markers. */
const NCG_SHORES: Shore[] = [
  // The Potomac's main channel by the 14th Street bridges; Arlington National Cemetery.
  { name: 'potomac', water: [[-77.043, 38.8777]], land: [-77.0687, 38.8783] },
  // The Han south of Yongsan: mid-river at the Dongjak and Banpo bridges; Samgakji, on shore.
  {
    name: 'han',
    water: [
      [126.98, 37.517],
      [126.996, 37.515],
    ],
    land: [126.97, 37.533],
  },
  // The Singapore Strait off Keppel; Tanjong Pagar, on shore.
  { name: 'singapore', water: [[103.83, 1.228]], land: [103.8435, 1.2765] },
  // Busan's harbour off the naval base; Daeyeon-dong, inland.
  { name: 'busan', water: [[129.09, 35.09]], land: [129.1, 35.13] },
];

/** Honolulu, from the fixture story pacific-years: the sea off Kakaʻako; Makiki, on shore. */
const FIXTURE_SHORES: Shore[] = [
  { name: 'honolulu', water: [[-157.86, 21.285]], land: [-157.845, 21.315] },
];

const ZOOM = 12;

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/** Tile and index requests that failed: a view must never ask for a tile that is not there. */
function watchFailures(page: Page): string[] {
  const failed: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
  });
  return failed;
}

/** Moves onto the middle of a shore pair at zoom 12 and reads the colours at both points. */
async function coloursAt(page: Page, shore: Shore) {
  const [first] = shore.water as [[number, number]];
  const center: [number, number] = [(first[0] + shore.land[0]) / 2, (first[1] + shore.land[1]) / 2];
  await moveCamera(page, ZOOM, center[1], center[0]);
  const pixels = await mapPixels(page);
  const camera = { zoom: ZOOM, center };
  const land = pixelOf(shore.land, camera, pixels);
  await screenshot(page, `basemap-detail-${shore.name}-z12`);
  return {
    water: shore.water.every((spot) => {
      const { x, y } = pixelOf(spot, camera, pixels);
      return near(dominantAround(pixels, x, y), WATER);
    }),
    land: near(dominantAround(pixels, land.x, land.y), LAND),
  };
}

describe('the detail basemap at zoom 12', () => {
  it('draws water and land where they are in ncg-2024: the Potomac, the Han, Singapore, Busan', async () => {
    const { page, errors } = await openPage(browser);
    const failed = watchFailures(page);
    await page.goto(appUrl('?story=ncg-2024'));
    await waitForMapIdle(page);
    const results: Record<string, unknown> = {};
    for (const shore of NCG_SHORES) {
      results[shore.name] = await coloursAt(page, shore);
    }
    expect(results).toEqual(
      Object.fromEntries(NCG_SHORES.map((s) => [s.name, { water: true, land: true }])),
    );
    expect(failed).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('draws the same on a Korean page in Windows high contrast, which leaves the canvas alone', async () => {
    const { page, errors } = await openPage(browser, PHONE, { locale: 'ko-KR' });
    await page.emulateMedia({ forcedColors: 'active' });
    const failed = watchFailures(page);
    await page.goto(appUrl('?story=ncg-2024&lang=ko'));
    await waitForMapIdle(page);
    const busan = NCG_SHORES.find((shore) => shore.name === 'busan') as Shore;
    expect(await coloursAt(page, busan)).toEqual({ water: true, land: true });
    await screenshot(page, 'basemap-detail-busan-ko-forced-colors');
    expect(failed).toEqual([]);
    expect(errors).toEqual([]);
  });

  describe('for a story from the test fixtures, with tiles built for it', () => {
    let tilesDir = '';
    const story = 'tests/fixtures/timeline-stories/pacific-years';

    beforeAll(() => {
      tilesDir = mkdtempSync(join(tmpdir(), 'detail-tiles-'));
      buildFixtureTiles(story, tilesDir);
    }, 180_000);

    afterAll(() => {
      if (tilesDir) rmSync(tilesDir, { recursive: true, force: true });
    });

    it('draws the sea off Honolulu as water and the town as land', async () => {
      const { page, errors } = await openPage(browser);
      const failed = watchFailures(page);
      await serveExtraStory(page, 'pacific-years', 'Pacific years', story);
      // The site's detail tiles are the fixture's, as if it had been built with this story.
      await page.route('**/basemap/detail/**', (route) => {
        const path = new URL(route.request().url()).pathname.split('/basemap/detail/')[1] ?? '';
        const file = join(tilesDir, path);
        if (!existsSync(file)) return route.fulfill({ status: 404, body: 'not found' });
        return route.fulfill({ body: readFileSync(file) });
      });
      await page.goto(appUrl('?story=pacific-years'));
      await waitForMapIdle(page);
      for (const shore of FIXTURE_SHORES) {
        expect({ shore: shore.name, ...(await coloursAt(page, shore)) }).toEqual({
          shore: shore.name,
          water: true,
          land: true,
        });
      }
      expect(failed).toEqual([]);
      expect(errors).toEqual([]);
    });
  });
});

describe('screenshots of every ncg-2024 place at zooms 10 and 14', async () => {
  const index = await loadStoryIndex();
  const places = index.places.flatMap((place) =>
    place.geometry.type === 'Point'
      ? [{ id: place.id, at: place.geometry.coordinates as [number, number] }]
      : [],
  );
  const configs = [
    { name: 'desktop-light', viewport: DESKTOP, scheme: 'light', palette: LIGHT_PALETTE },
    { name: 'phone-dark', viewport: PHONE, scheme: 'dark', palette: DARK_PALETTE },
    { name: 'desktop-dark', viewport: DESKTOP, scheme: 'dark', palette: DARK_PALETTE },
    { name: 'phone-light', viewport: PHONE, scheme: 'light', palette: LIGHT_PALETTE },
  ] as const;

  for (const config of configs) {
    it(`${config.name}: each view draws land and water in the theme's colours, with no failed request`, async () => {
      const { page, errors } = await openPage(browser, config.viewport, {
        colorScheme: config.scheme,
      });
      const failed = watchFailures(page);
      await page.goto(appUrl('?story=ncg-2024'));
      await waitForMapIdle(page);
      const land = rgb(config.palette.land);
      const withoutLand: string[] = [];
      for (const place of places) {
        for (const zoom of [10, 14]) {
          await moveCamera(page, zoom, place.at[1], place.at[0]);
          await screenshot(page, `places-${config.name}-${place.id}-z${zoom}`);
          const pixels = await mapPixels(page);
          // Every place is on land: some of the view is land-coloured.
          let landPixels = 0;
          for (let y = 0; y < pixels.height; y += 8) {
            for (let x = 0; x < pixels.width; x += 8) if (near(pixels.at(x, y), land)) landPixels++;
          }
          if (landPixels === 0) withoutLand.push(`${place.id} z${zoom}`);
        }
      }
      expect(withoutLand).toEqual([]);
      expect(failed).toEqual([]);
      expect(errors).toEqual([]);
    }, 240_000);
  }
});
