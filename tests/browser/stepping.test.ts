/**
 * Stepping through the story in real Chromium: Previous/Next and the arrow keys on the timeline
 * walk the events in date order, opening each popup and framing its places; within chosen dates
 * only; a jump with reduced motion and a flight the short way round without it.
 */
import { describe, expect } from 'vitest';
import { idleCount, LOOK, POLL, screenshot, storyFolder, test, waitForMapIdle } from './harness.ts';
import { hashParams, liveCamera } from './map-view.ts';
import { clickTarget, events, longDate, ncg, placeById, readStory } from './story-data.ts';

const PACIFIC_FOLDER = 'tests/fixtures/timeline-stories/pacific-years';
const pacific = readStory(PACIFIC_FOLDER);

/** For tests that take many steps: the machine is shared, so be patient. */
const SLOW_TEST_MS = 150_000;

const eventInHash = async (page: Parameters<typeof hashParams>[0]) =>
  (await hashParams(page))['event'];

describe('stepping through the story', () => {
  test(
    'walks every event in date order with Next, opening each popup, and back with Previous',
    async ({ openStory }) => {
      const { page, errors } = await openStory('?story=ncg-2024');
      const next = page.locator('[data-step="next"]');
      const previous = page.locator('[data-step="previous"]');
      const dialog = page.getByRole('dialog');
      /** What the reader sees of the step: the hash, the popup's place and marked event, the list. */
      const shown = async () => [
        await eventInHash(page),
        await dialog.locator('h2').innerText(LOOK),
        await dialog.locator('[aria-current="true"] h3').innerText(LOOK),
        await page
          .locator('.event-list button[aria-current="true"]')
          .locator('.title')
          .innerText(LOOK),
      ];
      const expectAt = async (index: number) => {
        const event = events[index];
        if (!event) throw new Error(`no event ${index}`);
        // One poll for all of it: the popup and the list follow the hash a moment later.
        await expect
          .poll(shown, { ...POLL, message: `the popup and the list to show ${event.id}` })
          .toEqual([event.id, ncg.placeName(event.places[0] ?? ''), event.title, event.title]);
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

  test('steps with the arrow keys while the timeline has focus, keeping focus there', async ({
    openStory,
  }) => {
    const { page, errors } = await openStory('?story=ncg-2024');
    const slider = page.getByRole('slider', { name: 'Events in date order' });
    await slider.focus();
    expect(await slider.getAttribute('aria-valuetext')).toBe('No event chosen');
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    const third = events[2];
    if (!third) throw new Error('the story has fewer than three events');
    await expect.poll(() => eventInHash(page), POLL).toBe(third.id);
    expect(await slider.getAttribute('aria-valuenow')).toBe('3');
    expect(await slider.getAttribute('aria-valuetext')).toContain(
      `Event 3 of ${events.length}, ${longDate(third.date)}: ${third.title}`,
    );
    expect(await slider.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => eventInHash(page), POLL).toBe(events[1]?.id);
    await page.keyboard.press('End');
    await expect.poll(() => eventInHash(page), POLL).toBe(events.at(-1)?.id);
    await page.keyboard.press('Home');
    await expect.poll(() => eventInHash(page), POLL).toBe(events[0]?.id);
    await expect
      .poll(() => page.getByRole('dialog').locator('h2').innerText(LOOK), POLL)
      .toBe(ncg.placeName(events[0]?.places[0] ?? ''));
    expect(await slider.evaluate((el) => el === document.activeElement)).toBe(true);
    // The page itself never scrolled under the arrow keys.
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    expect(errors).toEqual([]);
  });

  test('steps only through the events in the chosen dates', async ({ openStory }) => {
    const { page, errors } = await openStory('?story=ncg-2024#from=2024-06&to=2024-06');
    const visited: string[] = [];
    const next = page.locator('[data-step="next"]');
    while ((await next.getAttribute('aria-disabled')) !== 'true') {
      await next.click();
      await expect.poll(() => eventInHash(page), POLL).not.toBe(visited.at(-1));
      visited.push((await eventInHash(page)) ?? '');
      if (visited.length > events.length) break;
    }
    expect(visited).toEqual(ncg.eventIdsBetween('2024-06-01', '2024-06-30'));
    expect(errors).toEqual([]);
  });

  test('keeps story.json order for events on the same date', async ({ openStory }) => {
    const { page, errors } = await openStory(`?story=${pacific.id}`, {
      story: storyFolder(pacific.id, pacific.titles.en, PACIFIC_FOLDER),
    });
    const next = page.locator('[data-step="next"]');
    const visited: string[] = [];
    for (let i = 0; i < pacific.events.length; i++) {
      await next.click();
      await expect.poll(() => eventInHash(page), POLL).not.toBe(visited.at(-1));
      visited.push((await eventInHash(page)) ?? '');
    }
    // Date order, and for the two events of March 2022 the order the story file gives them.
    expect(visited).toEqual(pacific.events.map((e) => e.id));
    expect(errors).toEqual([]);
  });

  test('with reduced motion, a step jumps: the camera is at its target before the click returns', async ({
    openStory,
  }) => {
    const { page, errors } = await openStory('?story=ncg-2024', { reducedMotion: 'reduce' });
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
    // It is the first event's place, close up.
    const first = clickTarget(placeById(events[0]?.places[0] ?? ''));
    const [zoom, , lng] = (afterClick ?? '').split('/').map(Number);
    expect(zoom).toBeGreaterThan(8);
    expect(lng).toBeCloseTo(first.lng, 1);
    expect(errors).toEqual([]);
  });

  test(
    'without reduced motion, a step flies the short way round, over the Pacific',
    async ({ openStory }) => {
      // From Washington (the framework signing) to the next event, in Singapore.
      const from = 'ncg-framework';
      const index = events.findIndex((e) => e.id === from);
      const to = events[index + 1];
      if (!to) throw new Error(`${from} is the story's last event`);
      const target = clickTarget(placeById(to.places[0] ?? ''));
      expect(target.lng).toBeGreaterThan(60);
      const { page, errors } = await openStory(`?story=ncg-2024#event=${from}`, {
        reducedMotion: 'no-preference',
      });
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
      // …and reaches the next event's place frames later.
      await expect
        .poll(async () => Number((await liveCamera(page))?.split('/')[2]), {
          timeout: 45_000,
          message: `the flight to reach ${to.places[0]}`,
        })
        .toBeCloseTo(target.lng, 1);
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
