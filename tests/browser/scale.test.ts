/**
 * A story of 1,000 places and 10,000 events (the bench's synthetic story, from its fixed seed), in
 * the built app: long lists are rendered a page at a time yet every event stays reachable from the
 * keyboard, a busy place's popup lists its first events with a button for the rest, the timeline
 * draws counts rather than 10,000 marks, and paper still gets every event. No timings here: those
 * belong to `npm run bench -- --scale`.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect } from 'vitest';
import {
  generateSyntheticStory,
  SCALE_STORY,
  type SyntheticStory,
} from '../../scripts/bench/synthetic-story.ts';
import { middleDateRange } from '../../scripts/bench/targets.ts';
import { loadStory } from '../../src/story/load-story.ts';
import { indexStory, type StoryIndex } from '../../src/story/queries.ts';
import { eventsInRange } from '../../src/story/timeline.ts';
import { expectNoAxeViolations } from './axe.ts';
import { LOOK, POLL, screenshot, test, type OpenStory } from './harness.ts';

/**
 * Each test loads a story of 10,000 events (and print lays out all of them): on two cores shared
 * with other work that takes longer than the project's minute.
 */
const SCALE_TEST_MS = 150_000;
/** How long the synthetic story's map may take to draw (a load average of 40 needed over 45 s). */
const SCALE_MAP_MS = 100_000;

let story: SyntheticStory;
let index: StoryIndex;

beforeAll(async () => {
  story = generateSyntheticStory(SCALE_STORY);
  const loaded = await loadStory(story.id, async (name) => story.files[name] ?? null);
  if (!loaded.story) throw new Error('the synthetic story does not validate');
  index = indexStory(loaded.story);
});

async function openScale(
  openStory: OpenStory,
  hash = '',
): Promise<{ page: Page; errors: string[] }> {
  return openStory(`?story=${story.id}${hash}`, {
    story: { id: story.id, title: 'Synthetic story', read: (name) => story.files[name] },
    mapTimeoutMs: SCALE_MAP_MS,
  });
}

/** The `aria-posinset` of the list row holding the focused element, or null. */
function focusedRowPosition(page: Page): Promise<string | null> {
  return page.evaluate(
    () => document.activeElement?.closest('li')?.getAttribute('aria-posinset') ?? null,
  );
}

describe('the event list of 10,000 events', { timeout: SCALE_TEST_MS }, () => {
  test('shows 50 at a time, each row telling its place in the whole, and Tab reaches the rest', async ({
    openStory,
  }) => {
    const { page, errors } = await openScale(openStory);
    const rows = page.locator('.event-list > li');
    expect(await rows.count()).toBe(50);
    expect(await rows.first().getAttribute('aria-setsize')).toBe('10000');
    expect(await rows.first().getAttribute('aria-posinset')).toBe('1');
    expect(await page.locator('.events .window').innerText()).toBe('Events 1–50 of 10,000');
    expect(await page.locator('[data-more="earlier"]').count()).toBe(0);
    await screenshot(page, 'desktop-scale-event-list');

    // From the last row, Tab goes to the button that shows the next 50; it moves focus to the
    // first of them, so the next Tab continues through the list.
    await rows.last().locator('button').focus();
    await page.keyboard.press('Tab');
    const later = page.locator('[data-more="later"]');
    expect(await later.evaluate((button) => button === document.activeElement)).toBe(true);
    expect(await later.innerText()).toBe('Show 50 later events');
    await page.keyboard.press('Enter');
    await expect.poll(() => rows.count()).toBe(100);
    expect(await focusedRowPosition(page)).toBe('51');
    await page.keyboard.press('Tab');
    expect(await focusedRowPosition(page)).toBe('52');
    expect(errors).toEqual([]);
  });

  test('starts a date range at its first event, with the timeline and the list in step', async ({
    openStory,
  }) => {
    const { page, errors } = await openScale(openStory);
    expect(await page.locator('[data-date-filter]').count()).toBe(1);
    const range = middleDateRange(index);
    if (!range) throw new Error('the story has dates');
    const expected = eventsInRange(index.story.events, range);
    await page.evaluate(
      ([from, to]) => {
        location.hash = `from=${from}&to=${to}`;
      },
      [range.from, range.to] as const,
    );
    const count = page.locator('.timeline .count');
    await expect.poll(() => count.getAttribute('data-shown')).toBe(String(expected.length));
    const rows = page.locator('.event-list > li');
    expect(await rows.first().getAttribute('data-event-id')).toBe(expected[0]?.id);
    expect(await rows.first().getAttribute('aria-setsize')).toBe(String(expected.length));
    expect(await rows.count()).toBe(50);
    // The bench's hook: the list and the map show the range.
    await expect
      .poll(() => page.evaluate(() => performance.getEntriesByName('filter-applied').length))
      .toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });
});

describe('the timeline of 10,000 events', { timeout: SCALE_TEST_MS }, () => {
  test('draws events per column instead of a mark each, and marks only the chosen event', async ({
    openStory,
  }) => {
    const { page, errors } = await openScale(openStory);
    const density = page.locator('.timeline svg.density');
    expect(await density.locator('path.all').getAttribute('d')).toMatch(/^M[\d.]+ [\d.]+v/);
    expect(await page.locator('.timeline .mark').count()).toBe(0);
    // Stepping still walks the events one by one.
    await page.locator('[data-step="next"]').click();
    const first = index.story.events[0];
    await expect
      .poll(() => page.locator('.timeline .mark').getAttribute('data-event-id'))
      .toBe(first?.id);
    expect(await page.locator('.event-list button[aria-current="true"]').count()).toBe(1);
    expect(errors).toEqual([]);
  });
});

describe('the popup of the busiest place (225 events)', { timeout: SCALE_TEST_MS }, () => {
  const busiest = () => {
    const place = index.places.reduce((best, place) =>
      (index.eventsByPlace.get(place.id)?.length ?? 0) >
      (index.eventsByPlace.get(best.id)?.length ?? 0)
        ? place
        : best,
    );
    return { place, events: index.eventsByPlace.get(place.id) ?? [] };
  };

  test('lists the first 20 events and a button that lists all, focus moving to the 21st', async ({
    openStory,
  }) => {
    const { place, events } = busiest();
    expect(events).toHaveLength(225);
    const { page, errors } = await openScale(openStory, `#place=${place.id}`);
    const dialog = page.getByRole('dialog');
    const items = dialog.locator('ol.events > li');
    await expect.poll(() => items.count()).toBe(20);
    const showAll = dialog.getByRole('button', { name: 'Show all 225 events' });
    expect(await showAll.count()).toBe(1);
    await screenshot(page, 'desktop-scale-popup');
    await expectNoAxeViolations(page, 'synthetic story, popup of a busy place');

    // From the keyboard. Twice in CI a click left the list at 20 with no popup remade and no
    // context lost; the likely cause is the popup moving between Playwright's aim and its click
    // (it follows the camera, and a late layout shift resizes the map: performance.md). Focus and
    // Enter reach the button wherever it is.
    await showAll.focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => items.count(), { ...POLL, message: 'the popup to list all 225 events' })
      .toBe(225);
    expect(await showAll.count()).toBe(0);
    expect(await items.nth(20).evaluate((item) => item === document.activeElement)).toBe(true);
    expect(await items.nth(20).locator('h3').innerText()).toBe(events[20]?.title);
    expect(errors).toEqual([]);
  });

  test('lists and scrolls to an event the link names far down the list', async ({ openStory }) => {
    const { place, events } = busiest();
    // An event whose popup is this place's (its first place), well past the first 20.
    const far = events.slice(150).find((event) => event.places[0] === place.id);
    if (!far) throw new Error('the busiest place has an event of its own past the 150th');
    const { page, errors } = await openScale(openStory, `#event=${far.id}`);
    const dialog = page.getByRole('dialog');
    const current = dialog.locator('[aria-current="true"]');
    await expect.poll(() => current.locator('h3').innerText(LOOK)).toBe(far.title);
    const body = await dialog.locator('.body').boundingBox();
    const box = await current.boundingBox();
    if (!body || !box) throw new Error('the popup and its event are on screen');
    expect(box.y).toBeGreaterThanOrEqual(body.y - 1);
    expect(box.y).toBeLessThan(body.y + body.height);
    // The event list holds it too, marked, whatever page it is on.
    expect(
      await page
        .locator(`.event-list > li[data-event-id="${far.id}"] button`)
        .getAttribute('aria-current'),
    ).toBe('true');
    expect(errors).toEqual([]);
  });
});

describe('print', { timeout: SCALE_TEST_MS }, () => {
  test('builds the list of all 10,000 events only for paper, and prints every one', async ({
    openStory,
  }) => {
    const { page, errors } = await openScale(openStory);
    const printed = page.locator('.print-events > ol > li');
    expect(await printed.count()).toBe(0);
    await page.emulateMedia({ media: 'print' });
    await expect
      .poll(() => printed.count(), {
        timeout: 90_000,
        interval: 500,
        message: 'the print list to hold every event',
      })
      .toBe(index.story.events.length);
    expect(await printed.last().locator('h3').innerText()).toBe(index.story.events.at(-1)?.title);
    expect(errors).toEqual([]);
  });
});
