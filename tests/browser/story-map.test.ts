/**
 * The ncg-2024 map in real Chromium: what a reader sees and can do, checked in the DOM, in the
 * pixels and in the network log.
 */
import type { Browser, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  appUrl,
  DESKTOP,
  launchChromium,
  moveCamera,
  openPage,
  PHONE,
  screenshot,
  waitForMapIdle,
  type WatchedPage,
} from './chromium.ts';
import { clickTarget, events, eventsOf, places } from './story-data.ts';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

async function openStory(hash = '', viewport = DESKTOP): Promise<WatchedPage> {
  const watched = await openPage(browser, viewport);
  await watched.page.goto(appUrl(`?story=ncg-2024${hash}`));
  await waitForMapIdle(watched.page);
  return watched;
}

/** The map's camera as MapLibre wrote it into the hash. */
async function cameraOf(page: Page): Promise<{ zoom: number; lat: number; lng: number }> {
  const map = await page.evaluate(() => new URLSearchParams(location.hash.slice(1)).get('map'));
  const [zoom, lat, lng] = (map ?? '').split('/').map(Number);
  return { zoom: zoom ?? NaN, lat: lat ?? NaN, lng: lng ?? NaN };
}

/** Where the map is on the page. */
async function mapBoxOf(
  page: Page,
): Promise<{ x: number; y: number; width: number; height: number }> {
  const box = await page.locator('.story-map').boundingBox();
  if (!box) throw new Error('the map is not on the page');
  return box;
}

/** Counts pixels in a screenshot region close to an RGB colour. */
async function countColour(
  page: Page,
  colour: [number, number, number],
  clip: { x: number; y: number; width: number; height: number },
): Promise<number> {
  const png = PNG.sync.read(await page.screenshot({ clip }));
  let count = 0;
  for (let i = 0; i < png.data.length; i += 4) {
    const close =
      Math.abs((png.data[i] ?? 0) - colour[0]) < 24 &&
      Math.abs((png.data[i + 1] ?? 0) - colour[1]) < 24 &&
      Math.abs((png.data[i + 2] ?? 0) - colour[2]) < 24;
    if (close) count++;
  }
  return count;
}

const ACCENT: [number, number, number] = [0xb3, 0x26, 0x1e];
const OCEAN: [number, number, number] = [0xd4, 0xe3, 0xee];

describe('the first view', () => {
  it('frames Seoul, Singapore and Washington across the Pacific, not across Europe', async () => {
    const { page, errors } = await openStory();
    const { lng } = await cameraOf(page);
    // Centre of the shortest box round the story is about 166.6° W, mid-Pacific.
    expect(lng > 150 || lng < -130).toBe(true);
    const mapBox = await mapBoxOf(page);
    const half = { y: mapBox.y, width: mapBox.width / 2, height: mapBox.height };
    // Asia's markers on the left half, Washington's on the right, ocean between.
    expect(await countColour(page, ACCENT, { ...half, x: mapBox.x })).toBeGreaterThan(40);
    expect(
      await countColour(page, ACCENT, { ...half, x: mapBox.x + mapBox.width / 2 }),
    ).toBeGreaterThan(40);
    expect(
      await countColour(page, OCEAN, { ...half, x: mapBox.x + mapBox.width / 4 }),
    ).toBeGreaterThan((half.width * half.height) / 4);
    await screenshot(page, 'desktop-first-view');
    expect(errors).toEqual([]);
  });

  it('shows the whole story on a phone, with the events below the map and the places a tab away', async () => {
    const { page, errors } = await openStory('', PHONE);
    expect(await page.locator('.event-list li').count()).toBe(events.length);
    expect(await page.locator('.event-list').isVisible()).toBe(true);
    expect(await page.locator('.places button').count()).toBe(places.length);
    await screenshot(page, 'phone-first-view');
    await page.screenshot({ path: 'test-output/screenshots/phone-full-page.png', fullPage: true });
    await page.getByRole('tab', { name: 'Places' }).click();
    expect(await page.locator('.places button').first().isVisible()).toBe(true);
    expect(errors).toEqual([]);
  });

  it('credits Natural Earth on the map', async () => {
    const { page } = await openStory();
    await expect
      .poll(() => page.locator('.maplibregl-ctrl-attrib').innerText())
      .toContain('Natural Earth');
  });
});

describe('clicking each place', () => {
  for (const place of places) {
    it(`opens ${place.id} with its events in date order and their sources`, async () => {
      // Each place gets its own page, opened on a link whose camera is centred on the place, so
      // no state from clicking one place carries over to the next.
      const target = clickTarget(place);
      const zoom = place.geometry.type === 'Point' ? 14 : 6;
      const { page, errors } = await openStory(`#map=${zoom}/${target.lat}/${target.lng}`);
      const mapBox = await mapBoxOf(page);
      await page.mouse.click(mapBox.x + mapBox.width / 2, mapBox.y + mapBox.height / 2);

      const dialog = page.getByRole('dialog');
      await expect.poll(() => dialog.locator('h2').innerText()).toBe(place.name);
      const expected = eventsOf(place.id);
      expect(await dialog.locator('.event h3').allInnerTexts()).toEqual(
        expected.map((e) => e.title),
      );
      const links = dialog.locator('.sources a');
      expect(await links.count()).toBe(expected.reduce((n, e) => n + e.sources.length, 0));
      for (const link of await links.all()) {
        expect(await link.getAttribute('target')).toBe('_blank');
        expect(await link.getAttribute('rel')).toContain('noopener');
        expect(await link.getAttribute('href')).toMatch(/^https?:\/\//);
      }
      if (place.approximate)
        await expect.poll(() => dialog.innerText()).toContain('Approximate location');
      expect(
        new URLSearchParams(await page.evaluate(() => location.hash.slice(1))).get('place'),
      ).toBe(place.id);
      await page.keyboard.press('Escape');
      await expect.poll(() => dialog.count()).toBe(0);
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }
});

describe('links into the story', () => {
  it('#place= opens that place’s popup on load', async () => {
    const { page, errors } = await openStory('#place=singapore-shangri-la');
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.locator('h2').innerText()).toBe('Shangri-La Hotel, Singapore');
    expect(await dialog.locator('.event h3').allInnerTexts()).toEqual(
      eventsOf('singapore-shangri-la').map((e) => e.title),
    );
    await screenshot(page, 'desktop-place-link');
    expect(errors).toEqual([]);
  });

  it('#event= shows the event’s places and its popup, with the event marked', async () => {
    const { page, errors } = await openStory('#event=ncg-guidelines');
    const event = events.find((e) => e.id === 'ncg-guidelines');
    if (!event) throw new Error('ncg-guidelines is missing from the story');
    const dialog = page.getByRole('dialog');
    await expect
      .poll(() => dialog.locator('[aria-current="true"] h3').innerText())
      .toBe(event.title);
    for (const placeId of event.places) {
      expect(await page.locator(`[data-place-id="${placeId}"]`).getAttribute('aria-pressed')).toBe(
        'true',
      );
    }
    // Both venues are in Washington: the camera frames them closely rather than the whole story.
    const { zoom, lng } = await cameraOf(page);
    expect(zoom).toBeGreaterThan(8);
    expect(lng).toBeCloseTo(-77.04, 1);
    await screenshot(page, 'desktop-event-link');
    expect(errors).toEqual([]);
  });

  it('ignores an unknown place and still shows the map', async () => {
    const { page, errors } = await openStory('#place=atlantis');
    expect(await page.getByRole('dialog').count()).toBe(0);
    expect(await page.locator('.places button').count()).toBe(places.length);
    expect(errors).toEqual([]);
  });
});

describe('keyboard', () => {
  it('opens a place from the list, closes it with Escape and returns focus to the list', async () => {
    const { page, errors } = await openStory();
    const button = page.locator('[data-place-id="freedom-edge-area"]');
    // The places are the second tab beside the events: Tab to the tabs, then the arrow key
    // switches to "Places", as the WAI-ARIA tabs pattern has it.
    const isTabFocused = () =>
      page.evaluate(() => document.activeElement?.getAttribute('role') === 'tab');
    for (let i = 0; i < 40 && !(await isTabFocused()); i++) await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowRight');
    expect(
      await page
        .getByRole('tab', { name: 'Places' })
        .evaluate((el) => el === document.activeElement),
    ).toBe(true);
    // Then Tab on until the place's button has focus.
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      if (await button.evaluate((el) => el === document.activeElement)) break;
    }
    expect(await button.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.locator('h2').innerText()).toBe('Freedom Edge operating area');
    expect(
      await page.evaluate(() => document.activeElement?.closest('[role="dialog"]') !== null),
    ).toBe(true);
    await screenshot(page, 'desktop-keyboard-popup');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await button.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(errors).toEqual([]);
  });
});

describe('network', () => {
  it('asks nothing of any server but its own, even when zoomed in to the finer basemap', async () => {
    const { page, requests, errors } = await openStory('#place=seoul-mnd');
    await moveCamera(page, 5, 36, 127.5);
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
