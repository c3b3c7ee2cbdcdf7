/**
 * The time side of the map in real Chromium: the event list, the timeline's date range, stepping
 * through events, connection lines, and the URL that carries it all. Checked in the DOM, in the
 * pixels and in the URL.
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
  moveCamera,
  openPage,
  PHONE,
  screenshot,
  serveExtraStory,
  waitForMapIdle,
  type WatchedPage,
} from './chromium.ts';
import { events, eventsOf, places } from './story-data.ts';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

const FIXTURE = 'tests/fixtures/timeline-stories/pacific-years';
/** For tests that take many steps or open two pages: the machine is shared, so be patient. */
const SLOW_TEST_MS = 150_000;

/** Serves the fixture story beside the real ones, as if an editor had added its folder. */

async function openStory(
  search: string,
  viewport = DESKTOP,
  reducedMotion: 'reduce' | 'no-preference' = 'reduce',
): Promise<WatchedPage> {
  const watched = await openPage(browser, viewport, { reducedMotion });
  if (search.includes('pacific-years')) {
    await serveExtraStory(watched.page, 'pacific-years', 'Pacific meetings by year', FIXTURE);
  }
  await watched.page.goto(appUrl(search));
  await waitForMapIdle(watched.page);
  return watched;
}

function hashParams(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => Object.fromEntries(new URLSearchParams(location.hash.slice(1))));
}

/** The camera MapLibre wrote into the hash. */
async function cameraOf(page: Page): Promise<{ zoom: number; lat: number; lng: number }> {
  const [zoom, lat, lng] = ((await hashParams(page))['map'] ?? '').split('/').map(Number);
  return { zoom: zoom ?? NaN, lat: lat ?? NaN, lng: lng ?? NaN };
}

/** The camera as StoryMap last wrote it, during MapLibre's own move event. */
function liveCamera(page: Page): Promise<string | undefined> {
  return page.evaluate(() => document.querySelector<HTMLElement>('.story-map')?.dataset['camera']);
}

function listedEventIds(page: Page): Promise<string[]> {
  return page
    .locator('.event-list li')
    .evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset['eventId'] ?? ''));
}

function shownCount(page: Page): Promise<string> {
  return page.locator('.timeline .count').innerText();
}

async function mapBoxOf(page: Page) {
  const box = await page.locator('.story-map').boundingBox();
  if (!box) throw new Error('the map is not on the page');
  return box;
}

type Rgb = [number, number, number];

/** A screenshot of a region as rows of RGB pixels. */
async function pixelsOf(page: Page, clip: { x: number; y: number; width: number; height: number }) {
  const png = PNG.sync.read(await page.screenshot({ clip }));
  const at = (x: number, y: number): Rgb => {
    const i = (y * png.width + x) * 4;
    return [png.data[i] ?? 0, png.data[i + 1] ?? 0, png.data[i + 2] ?? 0];
  };
  return { width: png.width, height: png.height, at };
}

function near(pixel: Rgb, colour: Rgb, tolerance = 24): boolean {
  return pixel.every((value, i) => Math.abs(value - (colour[i] as number)) < tolerance);
}

const ACCENT: Rgb = [0xb3, 0x26, 0x1e];

async function countAccent(
  page: Page,
  clip: { x: number; y: number; width: number; height: number },
): Promise<number> {
  const pixels = await pixelsOf(page, clip);
  let count = 0;
  for (let y = 0; y < pixels.height; y++) {
    for (let x = 0; x < pixels.width; x++) if (near(pixels.at(x, y), ACCENT)) count++;
  }
  return count;
}

/** The events of ncg-2024 with a day between two `YYYY-MM-DD` days, read from the story file. */
function eventIdsBetween(from: string, to: string): string[] {
  return events.filter((e) => e.date <= to && (e.end ?? e.date) >= from).map((e) => e.id);
}

const placeNameOf = (id: string) => places.find((place) => place.id === id)?.name ?? id;

describe('the event list', () => {
  it('lists every event in date order with its date, title and places', async () => {
    const { page, errors } = await openStory('?story=ncg-2024');
    expect(await listedEventIds(page)).toEqual(events.map((e) => e.id));
    const guidelines = page.locator('.event-list [data-event-id="ncg-guidelines"]');
    expect(await guidelines.locator('.date').innerText()).toBe('July 11, 2024');
    expect(await guidelines.locator('.places').innerText()).toBe(
      'The Pentagon · Walter E. Washington Convention Center',
    );
    expect(await shownCount(page)).toBe(`${events.length} of ${events.length} events`);
    await screenshot(page, 'desktop-timeline-and-events');
    expect(errors).toEqual([]);
  });

  it('frames all the places of a chosen event and opens its popup with the event marked', async () => {
    const { page, errors } = await openStory('?story=ncg-2024');
    const before = await idleCount(page);
    await page.locator('.event-list [data-event-id="ncg-guidelines"] button').click();
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.locator('h2').innerText()).toBe('The Pentagon');
    expect(await dialog.locator('[aria-current="true"] h3').innerText()).toBe(
      events.find((e) => e.id === 'ncg-guidelines')?.title,
    );
    // Chosen from the list, the popup takes focus (Escape returns it to the list).
    expect(
      await page.evaluate(() => document.activeElement?.closest('[role="dialog"]') !== null),
    ).toBe(true);
    await waitForMapIdle(page, before);
    // Both venues are in the frame: the camera is close in, between them.
    await expect.poll(async () => (await cameraOf(page)).zoom).toBeGreaterThan(8);
    const { lat, lng } = await cameraOf(page);
    expect(lng).toBeGreaterThan(-77.06);
    expect(lng).toBeLessThan(-77.02);
    expect(lat).toBeGreaterThan(38.87);
    expect(lat).toBeLessThan(38.91);
    const mapBox = await mapBoxOf(page);
    expect(await countAccent(page, mapBox)).toBeGreaterThan(80);
    await page.keyboard.press('Escape');
    expect(
      await page
        .locator('.event-list [data-event-id="ncg-guidelines"] button')
        .evaluate((el) => el === document.activeElement),
    ).toBe(true);
    expect(errors).toEqual([]);
  });

  it('highlights the events of a place chosen on the map, and keeps the first in view', async () => {
    const { page, errors } = await openStory('?story=ncg-2024');
    await moveCamera(page, 14, 38.871, -77.056);
    const mapBox = await mapBoxOf(page);
    await page.mouse.click(mapBox.x + mapBox.width / 2, mapBox.y + mapBox.height / 2);
    await expect
      .poll(() => page.getByRole('dialog').locator('h2').innerText())
      .toBe('The Pentagon');
    const highlighted = await page
      .locator('.event-list li[data-highlighted="true"]')
      .evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset['eventId']));
    expect(highlighted).toEqual(eventsOf('washington-pentagon').map((e) => e.id));
    // The side panel scrolled itself (not the page) so the highlighted events show.
    const side = await page.locator('aside.side').boundingBox();
    const row = await page.locator('.event-list [data-event-id="ncg-framework"]').boundingBox();
    expect(side && row && row.y >= side.y && row.y + row.height <= side.y + side.height).toBe(true);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await screenshot(page, 'desktop-place-highlights-events');
    expect(errors).toEqual([]);
  });

  it('keeps every place reachable in the Places tab', async () => {
    const { page, errors } = await openStory('?story=ncg-2024');
    await page.getByRole('tab', { name: 'Places' }).click();
    const buttons = page.locator('.places button');
    expect(await buttons.count()).toBe(places.length);
    for (const button of await buttons.all()) expect(await button.isVisible()).toBe(true);
    expect(await page.locator('.event-list').isVisible()).toBe(false);
    expect(errors).toEqual([]);
  });
});

describe('choosing dates', () => {
  it('answers “what happened in June 2024, and where?” with one click on the axis', async () => {
    const { page, errors } = await openStory('?story=ncg-2024');
    const mapBox = await mapBoxOf(page);
    const east = {
      x: mapBox.x + mapBox.width / 2,
      y: mapBox.y,
      width: mapBox.width / 2,
      height: mapBox.height,
    };
    const west = { ...east, x: mapBox.x };
    const washingtonBefore = await countAccent(page, east);
    expect(washingtonBefore).toBeGreaterThan(40);

    const before = await idleCount(page);
    const june = await page.locator('.axis .label[data-period="2024-06"]').boundingBox();
    if (!june) throw new Error('June 2024 has no label on the axis');
    await page.mouse.click(june.x + june.width / 2, june.y + june.height / 2);

    expect(await hashParams(page)).toMatchObject({ from: '2024-06', to: '2024-06' });
    const june2024 = eventIdsBetween('2024-06-01', '2024-06-30');
    expect(june2024).toHaveLength(5);
    expect(await listedEventIds(page)).toEqual(june2024);
    expect(await shownCount(page)).toBe(`5 of ${events.length} events`);
    expect(await page.locator('input[name="from"]').inputValue()).toBe('2024-06-01');
    expect(await page.locator('input[name="to"]').inputValue()).toBe('2024-06-30');

    // Where: Washington had no event in June 2024, so its markers fade; Asia's stay strong.
    await waitForMapIdle(page, before);
    const washingtonAfter = await countAccent(page, east);
    expect(washingtonAfter).toBeLessThan(washingtonBefore / 4);
    expect(await countAccent(page, west)).toBeGreaterThan(40);
    await screenshot(page, 'desktop-timeline-june-2024');
    expect(errors).toEqual([]);
  });

  it('chooses dates with the two date fields, and shows every date again in one click', async () => {
    const { page, errors } = await openStory('?story=ncg-2024');
    await page.locator('input[name="from"]').fill('2023-07-01');
    await page.locator('input[name="to"]').fill('2023-12-31');
    const second = eventIdsBetween('2023-07-01', '2023-12-31');
    expect(second).toEqual(['ncg-1', 'camp-david', 'ncg-2']);
    await expect.poll(() => listedEventIds(page)).toEqual(second);
    expect(await shownCount(page)).toBe(`3 of ${events.length} events`);
    expect(await hashParams(page)).toMatchObject({ from: '2023-07-01', to: '2023-12-31' });

    await page.getByRole('button', { name: 'Show all dates' }).click();
    expect(await listedEventIds(page)).toEqual(events.map((e) => e.id));
    expect(await shownCount(page)).toBe(`${events.length} of ${events.length} events`);
    const hash = await hashParams(page);
    expect(hash['from']).toBeUndefined();
    expect(hash['to']).toBeUndefined();
    expect(await page.getByRole('button', { name: 'Show all dates' }).count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('chooses the days under a drag across the axis', async () => {
    const { page, errors } = await openStory('?story=ncg-2024');
    const may = await page.locator('.axis .label[data-period="2024-05"]').boundingBox();
    const august = await page.locator('.axis .label[data-period="2024-08"]').boundingBox();
    if (!may || !august) throw new Error('May and August 2024 have labels on the axis');
    await page.mouse.move(may.x + 4, may.y + 4);
    await page.mouse.down();
    await page.mouse.move((may.x + august.x) / 2, may.y + 4, { steps: 4 });
    await page.mouse.move(august.x + 4, may.y + 4, { steps: 4 });
    await page.mouse.up();
    const { from, to } = await hashParams(page);
    expect(from).toMatch(/^2024-05-0\d$/);
    expect(to).toMatch(/^2024-08-0\d$/);
    expect(await listedEventIds(page)).toEqual(eventIdsBetween(from ?? '', to ?? ''));
    expect(errors).toEqual([]);
  });

  it('works for a story dated only by years and months', async () => {
    const { page, errors } = await openStory('?story=pacific-years');
    expect(await page.locator('.event-list .date').allInnerTexts()).toEqual([
      '2021',
      'March 2022',
      'March 2022',
      'June – August 2022',
      '2023',
    ]);
    expect(await page.locator('.axis .label .year').allInnerTexts()).toEqual([
      '2021',
      '2022',
      '2023',
    ]);
    // The month of 2022-03 events covers all of March: a range of days inside it finds them.
    await page.locator('input[name="from"]').fill('2022-03-15');
    await page.locator('input[name="to"]').fill('2022-06-01');
    await expect
      .poll(() => listedEventIds(page))
      .toEqual(['march-tokyo', 'march-honolulu', 'tour']);
    expect(await shownCount(page)).toBe('3 of 5 events');
    await screenshot(page, 'desktop-timeline-years-and-months');
    expect(errors).toEqual([]);
  });
});

describe('stepping through the story', () => {
  it(
    'walks every event in date order with Next, opening each popup, and back with Previous',
    async () => {
      const { page, errors } = await openStory('?story=ncg-2024');
      const next = page.locator('[data-step="next"]');
      const previous = page.locator('[data-step="previous"]');
      const dialog = page.getByRole('dialog');
      const expectAt = async (index: number) => {
        const event = events[index];
        if (!event) throw new Error(`no event ${index}`);
        await expect.poll(async () => (await hashParams(page))['event']).toBe(event.id);
        expect(await dialog.locator('h2').innerText()).toBe(placeNameOf(event.places[0] ?? ''));
        expect(await dialog.locator('[aria-current="true"] h3').innerText()).toBe(event.title);
        expect(
          await page
            .locator('.event-list button[aria-current="true"]')
            .locator('.title')
            .innerText(),
        ).toBe(event.title);
      };
      for (let i = 0; i < events.length; i++) {
        await next.click();
        await expectAt(i);
        // The popup opens without taking focus from the button the reader is pressing.
        expect(await next.evaluate((el) => el === document.activeElement)).toBe(true);
      }
      expect(await next.getAttribute('aria-disabled')).toBe('true');
      // Pressing it anyway (it stays focusable) changes nothing.
      await next.click({ force: true });
      await expectAt(events.length - 1);
      for (let i = events.length - 2; i >= 0; i--) {
        await previous.click();
        await expectAt(i);
      }
      expect(await previous.getAttribute('aria-disabled')).toBe('true');
      await screenshot(page, 'desktop-stepped-to-first-event');
      expect(errors).toEqual([]);
    },
    SLOW_TEST_MS,
  );

  it('steps with the arrow keys while the timeline has focus, keeping focus there', async () => {
    const { page, errors } = await openStory('?story=ncg-2024');
    const slider = page.getByRole('slider', { name: 'Events in date order' });
    await slider.focus();
    expect(await slider.getAttribute('aria-valuetext')).toBe('No event chosen');
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    await expect.poll(async () => (await hashParams(page))['event']).toBe(events[2]?.id);
    expect(await slider.getAttribute('aria-valuenow')).toBe('3');
    expect(await slider.getAttribute('aria-valuetext')).toContain(
      `Event 3 of ${events.length}, August 18, 2023: ${events[2]?.title}`,
    );
    expect(await slider.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('ArrowLeft');
    await expect.poll(async () => (await hashParams(page))['event']).toBe(events[1]?.id);
    await page.keyboard.press('End');
    await expect.poll(async () => (await hashParams(page))['event']).toBe(events.at(-1)?.id);
    await page.keyboard.press('Home');
    await expect.poll(async () => (await hashParams(page))['event']).toBe(events[0]?.id);
    expect(await page.getByRole('dialog').locator('h2').innerText()).toBe('White House');
    expect(await slider.evaluate((el) => el === document.activeElement)).toBe(true);
    // The page itself never scrolled under the arrow keys.
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    expect(errors).toEqual([]);
  });

  it('steps only through the events in the chosen dates', async () => {
    const { page, errors } = await openStory('?story=ncg-2024#from=2024-06&to=2024-06');
    const visited: string[] = [];
    const next = page.locator('[data-step="next"]');
    while ((await next.getAttribute('aria-disabled')) !== 'true') {
      await next.click();
      await expect.poll(async () => (await hashParams(page))['event']).not.toBe(visited.at(-1));
      visited.push((await hashParams(page))['event'] ?? '');
      if (visited.length > events.length) break;
    }
    expect(visited).toEqual(eventIdsBetween('2024-06-01', '2024-06-30'));
    expect(errors).toEqual([]);
  });

  it('keeps story.json order for events on the same date', async () => {
    const { page, errors } = await openStory('?story=pacific-years');
    const next = page.locator('[data-step="next"]');
    const visited: string[] = [];
    for (let i = 0; i < 5; i++) {
      await next.click();
      await expect.poll(async () => (await hashParams(page))['event']).not.toBe(visited.at(-1));
      visited.push((await hashParams(page))['event'] ?? '');
    }
    expect(visited).toEqual(['summit', 'march-tokyo', 'march-honolulu', 'tour', 'review']);
    expect(errors).toEqual([]);
  });

  it('with reduced motion, a step jumps: the camera is at its target before the click returns', async () => {
    const { page, errors } = await openStory('?story=ncg-2024', DESKTOP, 'reduce');
    const before = await idleCount(page);
    const { start, afterClick } = await page.evaluate(() => {
      const host = document.querySelector<HTMLElement>('.story-map');
      const start = host?.dataset['camera'];
      document.querySelector<HTMLElement>('[data-step="next"]')?.click();
      // Read in the same task as the click: no animation frame can have run yet.
      return { start, afterClick: host?.dataset['camera'] };
    });
    expect(afterClick).not.toBe(start);
    await waitForMapIdle(page, before);
    expect(await liveCamera(page)).toBe(afterClick);
    // It is the first event's place, the White House, close up.
    const [zoom, , lng] = (afterClick ?? '').split('/').map(Number);
    expect(zoom).toBeGreaterThan(8);
    expect(lng).toBeCloseTo(-77.0365, 1);
    expect(errors).toEqual([]);
  });

  it(
    'without reduced motion, a step flies the short way round, over the Pacific',
    async () => {
      const { page, errors } = await openStory(
        '?story=ncg-2024#event=ncg-framework',
        DESKTOP,
        'no-preference',
      );
      await page.evaluate(() => {
        const host = document.querySelector<HTMLElement>('.story-map');
        const seen: string[] = [];
        (window as unknown as { seenCameras: string[] }).seenCameras = seen;
        if (!host) return;
        new MutationObserver(() => seen.push(host.dataset['camera'] ?? '')).observe(host, {
          attributeFilter: ['data-camera'],
        });
      });
      const { start, afterClick } = await page.evaluate(() => {
        const host = document.querySelector<HTMLElement>('.story-map');
        const start = host?.dataset['camera'];
        document.querySelector<HTMLElement>('[data-step="next"]')?.click();
        return { start, afterClick: host?.dataset['camera'] };
      });
      // A flight has not moved the camera by the time the click returns…
      expect(afterClick).toBe(start);
      // …and reaches Singapore (the Shangri-La Dialogue) frames later.
      await expect
        .poll(async () => Number((await liveCamera(page))?.split('/')[2]), { timeout: 45_000 })
        .toBeCloseTo(103.83, 1);
      const lngs = await page.evaluate(() =>
        (window as unknown as { seenCameras: string[] }).seenCameras.map((c) =>
          Number(c.split('/')[2]),
        ),
      );
      expect(lngs.length).toBeGreaterThan(2);
      // Washington → Singapore is shorter westward across the Pacific than eastward over Europe.
      expect(lngs.filter((lng) => lng > -60 && lng < 60)).toEqual([]);
      expect(errors).toEqual([]);
    },
    SLOW_TEST_MS,
  );
});

describe('connections', () => {
  it(
    'draws Seoul–Washington as one great-circle line across 180°, bowing north',
    async () => {
      const { page: plain } = await openStory('?story=pacific-years');
      const { page, errors } = await openStory('?story=pacific-years#event=summit');
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
          if (near(pixels.at(x, y), ACCENT)) {
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
      const plainPixels = await pixelsOf(plain, await mapBoxOf(plain));
      const middle = Math.round((left + right) / 2);
      expect(lineTop(plainPixels, middle)).toBe(-1);
      expect(errors).toEqual([]);
    },
    SLOW_TEST_MS,
  );
});

describe('the URL', () => {
  it(
    'reproduces the view from a copied link: event, dates and camera',
    async () => {
      const { page, errors } = await openStory('?story=ncg-2024');
      const june = await page.locator('.axis .label[data-period="2024-06"]').boundingBox();
      if (!june) throw new Error('June 2024 has no label on the axis');
      await page.mouse.click(june.x + june.width / 2, june.y + june.height / 2);
      const before = await idleCount(page);
      await page.locator('.event-list [data-event-id="roosevelt-busan"] button').click();
      await waitForMapIdle(page, before);
      await expect.poll(async () => (await hashParams(page))['map']).toBeDefined();
      const link = page.url();
      const linked = new URLSearchParams(new URL(link).hash.slice(1));
      expect(linked.get('event')).toBe('roosevelt-busan');
      expect([linked.get('from'), linked.get('to')]).toEqual(['2024-06', '2024-06']);
      expect(linked.get('map')).toMatch(/^[\d.]+\/[\d.-]+\/[\d.-]+$/);

      const { page: other, errors: otherErrors } = await openStory(link.slice(link.indexOf('?')));
      expect(await hashParams(other)).toEqual(await hashParams(page));
      expect(await other.getByRole('dialog').locator('h2').innerText()).toBe('Busan Naval Base');
      expect(await listedEventIds(other)).toEqual(await listedEventIds(page));
      expect(await shownCount(other)).toBe(`5 of ${events.length} events`);
      expect(await liveCamera(other)).toBe(await liveCamera(page));
      expect(errors).toEqual([]);
      expect(otherErrors).toEqual([]);
    },
    SLOW_TEST_MS,
  );

  it('keeps the language of the link while the reader steps and filters', async () => {
    const { page, errors } = await openStory('?story=ncg-2024&lang=ko#from=2024-06&to=2024-06');
    expect(await shownCount(page)).toBe(`사건 ${events.length}건 중 5건`);
    expect(await page.getByRole('tab', { selected: true }).innerText()).toBe('사건');
    await page.locator('[data-step="next"]').click();
    await expect.poll(async () => (await hashParams(page))['event']).toBe('shangri-la-dialogue');
    expect(new URL(page.url()).searchParams.get('lang')).toBe('ko');
    expect(await page.getByRole('slider').getAttribute('aria-valuetext')).toContain(
      '5건 중 1번째 사건',
    );
    expect(errors).toEqual([]);
  });

  it('opens a link with a place, dates and a camera as written', async () => {
    const { page, errors } = await openStory(
      '?story=ncg-2024#map=4/36.5/128&place=washington-pentagon&from=2024&to=2024',
    );
    expect(await cameraOf(page)).toEqual({ zoom: 4, lat: 36.5, lng: 128 });
    expect(await page.getByRole('dialog').locator('h2').innerText()).toBe('The Pentagon');
    expect(await listedEventIds(page)).toEqual(eventIdsBetween('2024-01-01', '2024-12-31'));
    const highlighted = await page
      .locator('.event-list li[data-highlighted="true"]')
      .evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset['eventId']));
    expect(highlighted).toEqual(['ncg-framework', 'ncg-guidelines']);
    expect(errors).toEqual([]);
  });

  it('applies dates from a changed link without moving the camera, and a new camera still moves it', async () => {
    const { page, errors } = await openStory('?story=ncg-2024#map=3/30/170');
    const moves = () =>
      page.evaluate(() =>
        Number(document.querySelector<HTMLElement>('.story-map')?.dataset['cameraMoves']),
      );
    const before = await moves();
    await page.evaluate(() => (location.hash = '#map=3/30/170&from=2024-06&to=2024-06'));
    await expect
      .poll(() => listedEventIds(page))
      .toEqual(eventIdsBetween('2024-06-01', '2024-06-30'));
    // A frame later the camera has not moved: MapLibre's hash handler did not jump in place.
    await page.evaluate(() => new Promise(requestAnimationFrame));
    expect(await moves()).toBe(before);
    await page.evaluate(() => (location.hash = '#map=4/36.5/128&from=2024-06&to=2024-06'));
    await expect.poll(() => liveCamera(page)).toBe('4.000/36.50000/128.00000');
    expect(await moves()).toBeGreaterThan(before);
    expect(errors).toEqual([]);
  });

  it('ignores what it cannot use in a link and applies the rest', async () => {
    const { page, errors } = await openStory(
      '?story=ncg-2024#event=no-such-event&place=seoul-mnd&from=2024-13&to=2024-06&map=banana',
    );
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(await page.getByRole('dialog').locator('h2').innerText()).toBe(
      'Ministry of National Defense, Yongsan',
    );
    expect(await page.locator('input[name="from"]').inputValue()).toBe('');
    expect(await page.locator('input[name="to"]').inputValue()).toBe('2024-06-30');
    expect(await listedEventIds(page)).toEqual(eventIdsBetween('0000-01-01', '2024-06-30'));
    expect(errors).toEqual([]);
  });

  it(
    'walks back and forward through selections and dates, camera included',
    async () => {
      const { page, errors } = await openStory('?story=ncg-2024');
      const dialog = page.getByRole('dialog');
      const choose = async (eventId: string) => {
        const before = await idleCount(page);
        await page.locator(`.event-list [data-event-id="${eventId}"] button`).click();
        await waitForMapIdle(page, before);
      };
      await choose('ncg-1');
      const seoulCamera = await liveCamera(page);
      await choose('ncg-2');
      await page.locator('input[name="from"]').fill('2023-12-01');
      const fromDecember = eventIdsBetween('2023-12-01', '9999-12-31').length;
      await expect.poll(() => shownCount(page)).toBe(`${fromDecember} of ${events.length} events`);

      const back = async () => {
        const hash = await page.evaluate(() => location.hash);
        await page.evaluate(() => history.back());
        await expect.poll(() => page.evaluate(() => location.hash)).not.toBe(hash);
      };
      await back();
      await expect.poll(() => shownCount(page)).toBe(`${events.length} of ${events.length} events`);
      expect(await dialog.locator('h2').innerText()).toBe('Washington, D.C.');
      await back();
      await expect.poll(() => dialog.locator('h2').innerText()).toBe('Seoul');
      expect((await hashParams(page))['event']).toBe('ncg-1');
      await expect.poll(() => liveCamera(page)).toBe(seoulCamera);
      await back();
      await expect.poll(() => dialog.count()).toBe(0);
      await page.evaluate(() => history.forward());
      await expect.poll(() => dialog.locator('h2').innerText()).toBe('Seoul');
      expect(errors).toEqual([]);
    },
    SLOW_TEST_MS,
  );
});

describe('phones', () => {
  it('puts the timeline under the map and the events under it, and fits the width', async () => {
    const { page, errors } = await openStory('?story=ncg-2024', PHONE);
    const map = await mapBoxOf(page);
    const timeline = await page.locator('.timeline').boundingBox();
    const list = await page.locator('.event-list').boundingBox();
    expect(timeline && timeline.y >= map.y + map.height - 1).toBe(true);
    expect(list && timeline && list.y > timeline.y).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      PHONE.width,
    );
    await screenshot(page, 'phone-timeline');
    await page.screenshot({
      path: 'test-output/screenshots/phone-timeline-full-page.png',
      fullPage: true,
    });

    // Choosing an event far down the list brings the map, with its popup, back into view.
    const before = await idleCount(page);
    await page.locator('.event-list [data-event-id="ncg-4"] button').click();
    await expect
      .poll(() => page.getByRole('dialog').locator('h2').innerText())
      .toBe('Washington, D.C.');
    await expect
      .poll(async () => Math.abs((await page.locator('.story-map').boundingBox())?.y ?? 999))
      .toBeLessThanOrEqual(1);
    const dialogBox = await page.getByRole('dialog').boundingBox();
    if (!dialogBox) throw new Error('the popup is not on the page');
    expect(dialogBox.y >= 0 && dialogBox.y + dialogBox.height <= PHONE.height).toBe(true);
    // The popup is a sheet over the bottom of the map; the place is framed above it, in view.
    await waitForMapIdle(page, before);
    const mapNow = await mapBoxOf(page);
    const aboveSheet = {
      x: mapNow.x,
      y: mapNow.y,
      width: mapNow.width,
      height: dialogBox.y - mapNow.y,
    };
    expect(await countAccent(page, aboveSheet)).toBeGreaterThan(40);
    await screenshot(page, 'phone-event-chosen');
    expect(errors).toEqual([]);
  });
});

describe('accessibility', () => {
  it('has no axe-core violations with dates chosen and an event open', async () => {
    const { page, errors } = await openStory('?story=ncg-2024#event=ncg-3&from=2024-06&to=2024-06');
    await page.addScriptTag({
      content: readFileSync('node_modules/axe-core/axe.min.js', 'utf8'),
    });
    const violations = await page.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: {
            run: () => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
          };
        }
      ).axe;
      const result = await axe.run();
      return result.violations.map(
        (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
      );
    });
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
  });
});
