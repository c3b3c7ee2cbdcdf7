/**
 * The ncg-2024 map in real Chromium: the first view, each place clicked where it is, the
 * connection line of an event, and a network log that never leaves the site. Checked in the DOM,
 * in the pixels and in the network log.
 */
import { describe, expect } from 'vitest';
import {
  appUrl,
  loadStory,
  LOOK,
  moveCamera,
  PHONE,
  POLL,
  screenshot,
  storyFolder,
  test,
  watchPage,
  type WatchedPage,
} from './harness.ts';
import {
  cameraOf,
  countColour,
  halves,
  hashParams,
  LIGHT,
  mapBoxOf,
  mapCentre,
  near,
  pixelsOf,
  type Rgb,
} from './map-view.ts';
import { clickTarget, events, eventsOf, ncg, places, readStory } from './story-data.ts';

describe('the first view', () => {
  test('frames Seoul, Singapore and Washington across the Pacific, not across Europe', async ({
    openStory,
  }) => {
    const { page, errors } = await openStory('?story=ncg-2024');
    const { lng } = await cameraOf(page);
    // Centre of the shortest box round the story is about 166.6° W, mid-Pacific.
    expect(lng > 150 || lng < -130).toBe(true);
    const { west, east } = halves(await mapBoxOf(page));
    // Asia's markers on the left half, Washington's on the right, ocean between.
    expect(await countColour(page, LIGHT.accent, west)).toBeGreaterThan(40);
    expect(await countColour(page, LIGHT.accent, east)).toBeGreaterThan(40);
    const middle = { ...west, x: west.x + west.width / 2 };
    expect(await countColour(page, LIGHT.ocean, middle)).toBeGreaterThan(
      (middle.width * middle.height) / 4,
    );
    await screenshot(page, 'desktop-first-view');
    expect(errors).toEqual([]);
  });

  test('shows the whole story on a phone, with the events below the map and the places a tab away', async ({
    openStory,
  }) => {
    const { page, errors } = await openStory('?story=ncg-2024', { viewport: PHONE });
    expect(await page.locator('.event-list li').count()).toBe(events.length);
    expect(await page.locator('.event-list').isVisible()).toBe(true);
    expect(await page.locator('.places button').count()).toBe(places.length);
    await screenshot(page, 'phone-first-view');
    await screenshot(page, 'phone-full-page', { fullPage: true });
    await page.getByRole('tab', { name: 'Places' }).click();
    expect(await page.locator('.places button').first().isVisible()).toBe(true);
    expect(errors).toEqual([]);
  });

  test('credits Natural Earth on the map', async ({ openStory }) => {
    const { page } = await openStory('?story=ncg-2024');
    await expect
      .poll(() => page.locator('.maplibregl-ctrl-attrib').innerText(LOOK), POLL)
      .toContain('Natural Earth');
  });
});

describe('clicking each place', () => {
  // One page for all the places: each test moves the camera onto its place through the hash
  // (as a shared link would) and closes its popup again, so nothing carries over but the load.
  let shared: WatchedPage;
  test.beforeAll(async ({ browser }) => {
    shared = await loadStory(await watchPage(browser), '?story=ncg-2024');
  });
  test.afterAll(async () => {
    await shared?.context.close();
  });

  for (const place of places) {
    test(`opens ${place.id} with its events in date order and their sources`, async () => {
      const { page, errors } = shared;
      errors.length = 0;
      const target = clickTarget(place);
      // A link with only a camera, centred on the place: no popup, no selection.
      const zoom = place.geometry.type === 'Point' ? 14 : 6;
      await moveCamera(page, { zoom, ...target }, { onlyCamera: true });
      expect(await page.getByRole('dialog').count()).toBe(0);
      const centre = await mapCentre(page);
      await page.mouse.click(centre.x, centre.y);

      const dialog = page.getByRole('dialog');
      await expect.poll(() => dialog.locator('h2').innerText(LOOK), POLL).toBe(place.name);
      const expected = eventsOf(place.id);
      expect(await dialog.locator('.event h3').allInnerTexts()).toEqual(
        expected.map((e) => e.title),
      );
      const links = dialog.locator('.sources a');
      expect(await links.count()).toBe(ncg.sourceCount(expected));
      for (const link of await links.all()) {
        expect(await link.getAttribute('target')).toBe('_blank');
        expect(await link.getAttribute('rel')).toContain('noopener');
        expect(await link.getAttribute('href')).toMatch(/^https?:\/\//);
      }
      if (place.approximate) expect(await dialog.innerText()).toContain('Approximate location');
      expect((await hashParams(page))['place']).toBe(place.id);
      await page.keyboard.press('Escape');
      await expect.poll(() => dialog.count(), POLL).toBe(0);
      expect(errors).toEqual([]);
    });
  }
});

describe('connections', () => {
  const pacific = readStory('tests/fixtures/timeline-stories/pacific-years');
  const story = storyFolder(
    pacific.id,
    pacific.titles.en,
    'tests/fixtures/timeline-stories/pacific-years',
  );

  test('draws Seoul–Washington as one great-circle line across 180°, bowing north', async ({
    openStory,
  }) => {
    const { page: plain } = await openStory(`?story=${pacific.id}`, { story });
    const { page, errors } = await openStory(`?story=${pacific.id}#event=summit`, { story });
    await screenshot(page, 'desktop-connection-seoul-washington');
    // Look at the map layer alone: the popup (with its red rule) would hide part of it.
    await page.addStyleTag({ content: '.popup-host { visibility: hidden; }' });
    const mapBox = await mapBoxOf(page);
    const pixels = await pixelsOf(page, mapBox);
    // The two cities' markers: the leftmost and rightmost accent pixels.
    const accentColumns: number[] = [];
    const markerRows: number[] = [];
    for (let x = 0; x < pixels.width; x++) {
      for (let y = 0; y < pixels.height; y++) {
        if (near(pixels.at(x, y), LIGHT.accent)) {
          accentColumns.push(x);
          markerRows.push(y);
        }
      }
    }
    const left = Math.min(...accentColumns);
    const right = Math.max(...accentColumns);
    expect(right - left).toBeGreaterThan(mapBox.width / 2);
    // Every column between them holds a dark line pixel: the line has no gap at 180°.
    const isLine = ([r, g, b]: Rgb) => r < 70 && g < 70 && b < 70;
    const lineTop = (px: typeof pixels, x: number) => {
      for (let y = 0; y < px.height; y++) if (isLine(px.at(x, y))) return y;
      return -1;
    };
    const gaps: number[] = [];
    let northmost = Infinity;
    for (let x = left + 40; x < right - 40; x++) {
      const top = lineTop(pixels, x);
      if (top === -1) gaps.push(x);
      else northmost = Math.min(northmost, top);
    }
    expect(gaps).toEqual([]);
    // A great circle between two mid-latitude cities bows towards the pole on the map.
    expect(northmost).toBeLessThan(Math.min(...markerRows) - 40);
    // Without the event selected, the same columns hold no such line.
    const plainPixels = await pixelsOf(plain);
    const middle = Math.round((left + right) / 2);
    expect(lineTop(plainPixels, middle)).toBe(-1);
    expect(errors).toEqual([]);
  }, 150_000);
});

describe('network', () => {
  test('asks nothing of any server but its own, even when zoomed in to the finer basemap', async ({
    openStory,
  }) => {
    const { page, requests, errors } = await openStory('?story=ncg-2024#place=seoul-mnd');
    await moveCamera(page, { zoom: 5, lat: 36, lng: 127.5 });
    const origin = new URL(appUrl()).origin;
    const foreign = requests.filter(
      (url) => !url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'),
    );
    expect(foreign).toEqual([]);
    // The log is not empty: the basemap, detail and fonts really came from the app's origin.
    expect(requests.some((url) => url.includes('/basemap/land-110m.geojson'))).toBe(true);
    expect(requests.some((url) => /\/basemap\/world\/5\/\d+\/\d+\.pbf$/.test(url))).toBe(true);
    expect(requests.some((url) => url.endsWith('.woff2'))).toBe(true);
    expect(errors).toEqual([]);
  });
});
