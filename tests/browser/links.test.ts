/**
 * The URL in real Chromium: a link opens the place, event, dates and camera it names; what the
 * reader does is written back so that a copied link reproduces the view; Back and Forward walk
 * through it; what a link gets wrong is ignored.
 */
import { describe, expect } from 'vitest';
import { FRAME_MAX_ZOOM } from '../../src/map/camera-moves.ts';
import { idleCount, LOOK, POLL, screenshot, test, waitForMapIdle } from './harness.ts';
import { cameraMoves, cameraOf, hashParams, liveCamera } from './map-view.ts';
import { clickTarget, eventById, events, ncg, placeById, places } from './story-data.ts';
import { clickPeriod, highlightedEventIds, listedEventIds, shownCount } from './timeline-view.ts';

/** For tests that open two pages or walk through history: the machine is shared, so be patient. */
const SLOW_TEST_MS = 150_000;

describe('links into the story', () => {
  test('#place= opens that place’s popup on load', async ({ openStory }) => {
    const place = 'singapore-shangri-la';
    const { page, errors } = await openStory(`?story=ncg-2024#place=${place}`);
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.locator('h2').innerText(LOOK), POLL).toBe(ncg.placeName(place));
    expect(await dialog.locator('.event h3').allInnerTexts()).toEqual(
      ncg.eventsOf(place).map((e) => e.title),
    );
    await screenshot(page, 'desktop-place-link');
    expect(errors).toEqual([]);
  });

  test('#event= shows the event’s places and its popup, with the event marked', async ({
    openStory,
  }) => {
    const event = eventById(ncg, 'ncg-guidelines');
    const { page, errors } = await openStory(`?story=ncg-2024#event=${event.id}`);
    const dialog = page.getByRole('dialog');
    await expect
      .poll(() => dialog.locator('[aria-current="true"] h3').innerText(LOOK), POLL)
      .toBe(event.title);
    for (const placeId of event.places) {
      expect(await page.locator(`[data-place-id="${placeId}"]`).getAttribute('aria-pressed')).toBe(
        'true',
      );
    }
    // Both venues are in Washington: the camera frames them closely rather than the whole story.
    const { zoom, lng } = await cameraOf(page);
    const lngs = event.places.map((id) => clickTarget(placeById(id)).lng);
    expect(zoom).toBeGreaterThan(8);
    // No closer than a click on the place frames it: a link shows what the click would.
    expect(zoom).toBeLessThanOrEqual(FRAME_MAX_ZOOM);
    expect(lng).toBeCloseTo((Math.min(...lngs) + Math.max(...lngs)) / 2, 1);
    await screenshot(page, 'desktop-event-link');
    expect(errors).toEqual([]);
  });

  test('ignores an unknown place and still shows the map', async ({ openStory }) => {
    const { page, errors } = await openStory('?story=ncg-2024#place=atlantis');
    expect(await page.getByRole('dialog').count()).toBe(0);
    expect(await page.locator('.places button').count()).toBe(places.length);
    expect(errors).toEqual([]);
  });

  test('opens a link with a place, dates and a camera as written', async ({ openStory }) => {
    const place = 'washington-pentagon';
    const { page, errors } = await openStory(
      `?story=ncg-2024#map=4/36.5/128&place=${place}&from=2024&to=2024`,
    );
    expect(await cameraOf(page)).toEqual({ zoom: 4, lat: 36.5, lng: 128 });
    expect(await page.getByRole('dialog').locator('h2').innerText(LOOK)).toBe(ncg.placeName(place));
    const in2024 = ncg.eventIdsBetween('2024-01-01', '2024-12-31');
    expect(await listedEventIds(page)).toEqual(in2024);
    expect(await highlightedEventIds(page)).toEqual(
      ncg
        .eventsOf(place)
        .map((e) => e.id)
        .filter((id) => in2024.includes(id)),
    );
    expect(errors).toEqual([]);
  });

  test('ignores what it cannot use in a link and applies the rest', async ({ openStory }) => {
    const { page, errors } = await openStory(
      '?story=ncg-2024#event=no-such-event&place=seoul-mnd&from=2024-13&to=2024-06&map=banana',
    );
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(await page.getByRole('dialog').locator('h2').innerText(LOOK)).toBe(
      ncg.placeName('seoul-mnd'),
    );
    expect(await page.locator('input[name="from"]').inputValue()).toBe('');
    expect(await page.locator('input[name="to"]').inputValue()).toBe('2024-06-30');
    expect(await listedEventIds(page)).toEqual(ncg.eventIdsBetween('0000-01-01', '2024-06-30'));
    expect(errors).toEqual([]);
  });
});

describe('the URL follows the reader', () => {
  test(
    'reproduces the view from a copied link: event, dates and camera',
    async ({ openStory }) => {
      const { page, errors } = await openStory('?story=ncg-2024');
      const june2024 = ncg.eventIdsBetween('2024-06-01', '2024-06-30');
      const chosen = eventById(ncg, 'roosevelt-busan');
      expect(june2024).toContain(chosen.id);
      await clickPeriod(page, '2024-06');
      const before = await idleCount(page);
      await page.locator(`.event-list [data-event-id="${chosen.id}"] button`).click();
      await waitForMapIdle(page, before);
      await expect.poll(async () => (await hashParams(page))['map'], POLL).toBeDefined();
      const link = page.url();
      const linked = new URLSearchParams(new URL(link).hash.slice(1));
      expect(linked.get('event')).toBe(chosen.id);
      expect([linked.get('from'), linked.get('to')]).toEqual(['2024-06', '2024-06']);
      expect(linked.get('map')).toMatch(/^[\d.]+\/[\d.-]+\/[\d.-]+$/);

      const { page: other, errors: otherErrors } = await openStory(link.slice(link.indexOf('?')));
      expect(await hashParams(other)).toEqual(await hashParams(page));
      expect(await other.getByRole('dialog').locator('h2').innerText(LOOK)).toBe(
        ncg.placeName(chosen.places[0] ?? ''),
      );
      expect(await listedEventIds(other)).toEqual(await listedEventIds(page));
      expect(await shownCount(other)).toBe(`${june2024.length} of ${events.length} events`);
      expect(await liveCamera(other)).toBe(await liveCamera(page));
      expect(errors).toEqual([]);
      expect(otherErrors).toEqual([]);
    },
    SLOW_TEST_MS,
  );

  test('keeps the language of the link while the reader steps and filters', async ({
    openStory,
  }) => {
    const { page, errors } = await openStory('?story=ncg-2024&lang=ko#from=2024-06&to=2024-06');
    const june2024 = ncg.eventIdsBetween('2024-06-01', '2024-06-30');
    expect(await shownCount(page)).toBe(`사건 ${events.length}건 중 ${june2024.length}건`);
    expect(await page.getByRole('tab', { selected: true }).innerText()).toBe('사건');
    await page.locator('[data-step="next"]').click();
    await expect.poll(async () => (await hashParams(page))['event'], POLL).toBe(june2024[0]);
    expect(new URL(page.url()).searchParams.get('lang')).toBe('ko');
    expect(await page.getByRole('slider').getAttribute('aria-valuetext')).toContain(
      `${june2024.length}건 중 1번째 사건`,
    );
    expect(errors).toEqual([]);
  });

  test('applies dates from a changed link without moving the camera, and a new camera still moves it', async ({
    openStory,
  }) => {
    const { page, errors } = await openStory('?story=ncg-2024#map=3/30/170');
    const before = await cameraMoves(page);
    await page.evaluate(() => (location.hash = '#map=3/30/170&from=2024-06&to=2024-06'));
    await expect
      .poll(() => listedEventIds(page), POLL)
      .toEqual(ncg.eventIdsBetween('2024-06-01', '2024-06-30'));
    // A frame later the camera has not moved: the hash's unchanged camera was not applied again.
    await page.evaluate(() => new Promise(requestAnimationFrame));
    expect(await cameraMoves(page)).toBe(before);
    await page.evaluate(() => (location.hash = '#map=4/36.5/128&from=2024-06&to=2024-06'));
    await expect.poll(() => liveCamera(page), POLL).toBe('4.000/36.50000/128.00000');
    expect(await cameraMoves(page)).toBeGreaterThan(before);
    expect(errors).toEqual([]);
  });

  test(
    'walks back and forward through selections and dates, camera included',
    async ({ openStory }) => {
      const { page, errors } = await openStory('?story=ncg-2024');
      const dialog = page.getByRole('dialog');
      const choose = async (eventId: string) => {
        const before = await idleCount(page);
        await page.locator(`.event-list [data-event-id="${eventId}"] button`).click();
        await waitForMapIdle(page, before);
      };
      const first = eventById(ncg, 'ncg-1');
      const second = eventById(ncg, 'ncg-2');
      await choose(first.id);
      const firstCamera = await liveCamera(page);
      await choose(second.id);
      await page.locator('input[name="from"]').fill('2023-12-01');
      const fromDecember = ncg.eventIdsBetween('2023-12-01', '9999-12-31').length;
      await expect
        .poll(() => shownCount(page), POLL)
        .toBe(`${fromDecember} of ${events.length} events`);

      const back = async () => {
        const hash = await page.evaluate(() => location.hash);
        await page.evaluate(() => history.back());
        await expect.poll(() => page.evaluate(() => location.hash), POLL).not.toBe(hash);
      };
      await back();
      await expect
        .poll(() => shownCount(page), POLL)
        .toBe(`${events.length} of ${events.length} events`);
      await expect
        .poll(() => dialog.locator('h2').innerText(LOOK), POLL)
        .toBe(ncg.placeName(second.places[0] ?? ''));
      await back();
      await expect
        .poll(() => dialog.locator('h2').innerText(LOOK), POLL)
        .toBe(ncg.placeName(first.places[0] ?? ''));
      expect((await hashParams(page))['event']).toBe(first.id);
      await expect.poll(() => liveCamera(page), POLL).toBe(firstCamera);
      await back();
      await expect.poll(() => dialog.count(), POLL).toBe(0);
      await page.evaluate(() => history.forward());
      await expect
        .poll(() => dialog.locator('h2').innerText(LOOK), POLL)
        .toBe(ncg.placeName(first.places[0] ?? ''));
      expect(errors).toEqual([]);
    },
    SLOW_TEST_MS,
  );
});
