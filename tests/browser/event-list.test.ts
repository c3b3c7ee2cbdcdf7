/**
 * The event list and the places list in real Chromium: every event in date order, an event chosen
 * from the list framed on the map with its popup, a place chosen on the map highlighting its events,
 * and the layout on a phone. Checked in the DOM, in the pixels and in the URL.
 */
import { describe, expect } from 'vitest';
import {
  idleCount,
  LOOK,
  moveCamera,
  PHONE,
  POLL,
  screenshot,
  test,
  waitForMapIdle,
} from './harness.ts';
import { cameraOf, countColour, LIGHT, mapBoxOf, mapCentre } from './map-view.ts';
import { clickTarget, eventById, events, longDate, ncg, placeById, places } from './story-data.ts';
import { highlightedEventIds, listedEventIds, shownCount } from './timeline-view.ts';

describe('the event list', () => {
  test('lists every event in date order with its date, title and places', async ({ openStory }) => {
    const { page, errors } = await openStory('?story=ncg-2024');
    expect(await listedEventIds(page)).toEqual(events.map((e) => e.id));
    const event = eventById(ncg, 'ncg-guidelines');
    const row = page.locator(`.event-list [data-event-id="${event.id}"]`);
    expect(await row.locator('.date').innerText()).toBe(longDate(event.date));
    expect(await row.locator('.places').innerText()).toBe(
      event.places.map((id) => ncg.placeName(id)).join(' · '),
    );
    expect(await shownCount(page)).toBe(`${events.length} of ${events.length} events`);
    await screenshot(page, 'desktop-timeline-and-events');
    expect(errors).toEqual([]);
  });

  test('frames all the places of a chosen event and opens its popup with the event marked', async ({
    openStory,
  }) => {
    const { page, errors } = await openStory('?story=ncg-2024');
    const event = eventById(ncg, 'ncg-guidelines');
    const before = await idleCount(page);
    await page.locator(`.event-list [data-event-id="${event.id}"] button`).click();
    const dialog = page.getByRole('dialog');
    await expect
      .poll(() => dialog.locator('h2').innerText(LOOK), POLL)
      .toBe(ncg.placeName(event.places[0] ?? ''));
    expect(await dialog.locator('[aria-current="true"] h3').innerText()).toBe(event.title);
    // Chosen from the list, the popup takes focus (Escape returns it to the list).
    expect(
      await page.evaluate(() => document.activeElement?.closest('[role="dialog"]') !== null),
    ).toBe(true);
    await waitForMapIdle(page, before);
    // Both venues are in the frame: the camera is close in, between them.
    await expect.poll(async () => (await cameraOf(page)).zoom, POLL).toBeGreaterThan(8);
    const { lat, lng } = await cameraOf(page);
    const venues = event.places.map((id) => clickTarget(placeById(id)));
    const lngs = venues.map((venue) => venue.lng);
    const lats = venues.map((venue) => venue.lat);
    expect(lng).toBeGreaterThan(Math.min(...lngs) - 0.005);
    expect(lng).toBeLessThan(Math.max(...lngs) + 0.005);
    expect(lat).toBeGreaterThan(Math.min(...lats) - 0.005);
    expect(lat).toBeLessThan(Math.max(...lats) + 0.005);
    expect(await countColour(page, LIGHT.accent)).toBeGreaterThan(80);
    await page.keyboard.press('Escape');
    expect(
      await page
        .locator(`.event-list [data-event-id="${event.id}"] button`)
        .evaluate((el) => el === document.activeElement),
    ).toBe(true);
    expect(errors).toEqual([]);
  });

  test('highlights the events of a place chosen on the map, and keeps the first in view', async ({
    openStory,
  }) => {
    const { page, errors } = await openStory('?story=ncg-2024');
    const placeEvents = ncg.eventsOf('washington-pentagon');
    await moveCamera(page, { zoom: 14, ...clickTarget(placeById('washington-pentagon')) });
    const centre = await mapCentre(page);
    await page.mouse.click(centre.x, centre.y);
    await expect
      .poll(() => page.getByRole('dialog').locator('h2').innerText(LOOK), POLL)
      .toBe(ncg.placeName('washington-pentagon'));
    expect(await highlightedEventIds(page)).toEqual(placeEvents.map((e) => e.id));
    // The side panel scrolled itself (not the page) so the highlighted events show.
    const side = await page.locator('aside.side').boundingBox();
    const row = await page
      .locator(`.event-list [data-event-id="${placeEvents[0]?.id}"]`)
      .boundingBox();
    expect(side && row && row.y >= side.y && row.y + row.height <= side.y + side.height).toBe(true);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await screenshot(page, 'desktop-place-highlights-events');
    expect(errors).toEqual([]);
  });

  test('keeps every place reachable in the Places tab', async ({ openStory }) => {
    const { page, errors } = await openStory('?story=ncg-2024');
    await page.getByRole('tab', { name: 'Places' }).click();
    const buttons = page.locator('.places button');
    expect(await buttons.count()).toBe(places.length);
    for (const button of await buttons.all()) expect(await button.isVisible()).toBe(true);
    expect(await page.locator('.event-list').isVisible()).toBe(false);
    expect(errors).toEqual([]);
  });
});

describe('phones', () => {
  test('puts the timeline under the map and the events under it, and fits the width', async ({
    openStory,
  }) => {
    const { page, errors } = await openStory('?story=ncg-2024', { viewport: PHONE });
    const map = await mapBoxOf(page);
    const timeline = await page.locator('.timeline').boundingBox();
    const list = await page.locator('.event-list').boundingBox();
    expect(timeline && timeline.y >= map.y + map.height - 1).toBe(true);
    expect(list && timeline && list.y > timeline.y).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      PHONE.width,
    );
    await screenshot(page, 'phone-timeline');
    await screenshot(page, 'phone-timeline-full-page', { fullPage: true });

    // Choosing an event far down the list brings the map, with its popup, back into view.
    const event = events.at(-1);
    if (!event) throw new Error('the story has no events');
    const before = await idleCount(page);
    await page.locator(`.event-list [data-event-id="${event.id}"] button`).click();
    await expect
      .poll(() => page.getByRole('dialog').locator('h2').innerText(LOOK), POLL)
      .toBe(ncg.placeName(event.places[0] ?? ''));
    await expect
      .poll(async () => Math.abs((await page.locator('.story-map').boundingBox())?.y ?? 999), POLL)
      .toBeLessThanOrEqual(1);
    const dialogBox = await page.getByRole('dialog').boundingBox();
    if (!dialogBox) throw new Error('the popup is not on the page');
    expect(dialogBox.y >= 0 && dialogBox.y + dialogBox.height <= PHONE.height).toBe(true);
    // The popup is a sheet over the bottom of the map; the place is framed above it, in view.
    await waitForMapIdle(page, before);
    const mapNow = await mapBoxOf(page);
    const aboveSheet = { ...mapNow, height: dialogBox.y - mapNow.y };
    expect(await countColour(page, LIGHT.accent, aboveSheet)).toBeGreaterThan(40);
    await screenshot(page, 'phone-event-chosen');
    expect(errors).toEqual([]);
  });
});
