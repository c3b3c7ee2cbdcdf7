/**
 * Accessibility in real Chromium: axe-core finds nothing in every language and theme (popup open,
 * embed mode, Windows high contrast), and everything works from the keyboard alone.
 */
import type { Page } from 'playwright-core';
import type { OpenStory } from './harness.ts';
import { describe, expect } from 'vitest';
import { axeViolations, expectNoAxeViolations, formatViolations } from './axe.ts';
import { idleCount, LOOK, PHONE, POLL, screenshot, test, waitForMapIdle } from './harness.ts';
import { cameraMoves, cameraOf } from './map-view.ts';
import { events, eventsOf, longDate, ncg, places } from './story-data.ts';

/** A short description of the focused element, for following the tab order. */
function describeFocus(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return 'body';
    const name =
      el.getAttribute('aria-label') ?? (el as HTMLElement).innerText?.trim().split('\n')[0] ?? '';
    return `${el.tagName.toLowerCase()}:${name.slice(0, 40)}`;
  });
}

describe('the axe-core helper', () => {
  test('reports a real violation readably, so a clean run means something', async ({ newPage }) => {
    const { page } = await newPage();
    await page.setContent('<html lang="en"><body><main><img src="data:,"></main></body></html>');
    const report = formatViolations(await axeViolations(page));
    expect(report).toContain('image-alt (critical)');
    expect(report).toContain('at img');
  });
});

describe('axe-core finds no violations', () => {
  for (const language of ['en', 'ko', 'ja'] as const) {
    for (const theme of ['light', 'dark'] as const) {
      test(`in ${language}, ${theme} theme, with a popup open and on the first view`, async ({
        openStory,
      }) => {
        const { page, errors } = await openStory(
          `?story=ncg-2024&lang=${language}&theme=${theme}#place=freedom-edge-area`,
        );
        await expect.poll(() => page.getByRole('dialog').count(), POLL).toBe(1);
        // The page of the language-and-theme screenshots (languages.test.ts has the phone's).
        await screenshot(page, `desktop-${language}-${theme}`);
        await expectNoAxeViolations(page, `${language}, ${theme}, popup open`);
        await page.keyboard.press('Escape');
        await expect.poll(() => page.getByRole('dialog').count(), POLL).toBe(0);
        await expectNoAxeViolations(page, `${language}, ${theme}, first view`);
        expect(errors).toEqual([]);
      });
    }
  }

  test('with dates chosen and an event open', async ({ openStory }) => {
    const { page, errors } = await openStory('?story=ncg-2024#event=ncg-3&from=2024-06&to=2024-06');
    await expect.poll(() => page.getByRole('dialog').count(), POLL).toBe(1);
    await expectNoAxeViolations(page, 'dates chosen, event open');
    expect(errors).toEqual([]);
  });

  test('in embed mode on a phone, with a popup open', async ({ openStory }) => {
    const { page, errors } = await openStory('?story=ncg-2024&embed=1&lang=ko#place=seoul-mnd', {
      viewport: PHONE,
    });
    await expect.poll(() => page.getByRole('dialog').count()).toBe(1);
    await expectNoAxeViolations(page, 'embed mode, phone, popup open');
    expect(errors).toEqual([]);
  });

  test('in Windows high contrast (forced colors), where focus stays visible', async ({
    openStory,
  }) => {
    const { page, errors } = await openStory('?story=ncg-2024');
    await page.emulateMedia({ forcedColors: 'active' });
    // Reach the places tab by keyboard, as a high-contrast keyboard user would.
    await page.getByRole('tab', { name: 'Events' }).focus();
    await page.keyboard.press('ArrowRight');
    await page.locator('[data-place-id="freedom-edge-area"]').focus();
    const outline = await page.evaluate(() => {
      const style = getComputedStyle(document.activeElement as Element);
      return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
    });
    expect(outline.style).toBe('solid');
    expect(outline.width).toBeGreaterThanOrEqual(2);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(1);
    await expectNoAxeViolations(page, 'forced colors, popup open');
    await screenshot(page, 'desktop-forced-colors');
    expect(errors).toEqual([]);
  });
});

describe('keyboard only', () => {
  test('tabs from the top to a polygon place, opens it, reaches a source link, closes it and returns focus', async ({
    openStory,
  }) => {
    const { page, errors } = await openStory('?story=ncg-2024');
    const polygon = places.find((place) => place.geometry.type === 'Polygon');
    if (!polygon) throw new Error('the story has no polygon place');
    const button = page.locator(`[data-place-id="${polygon.id}"]`);
    const stops: string[] = [];
    const isTabFocused = () =>
      page.evaluate(() => document.activeElement?.getAttribute('role') === 'tab');
    // Tab to the tabs beside the map; the arrow key switches to "Places" (WAI-ARIA tabs pattern).
    for (let i = 0; i < 60 && !(await isTabFocused()); i++) {
      await page.keyboard.press('Tab');
      stops.push(await describeFocus(page));
    }
    await page.keyboard.press('ArrowRight');
    stops.push(await describeFocus(page));
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      stops.push(await describeFocus(page));
      if (await button.evaluate((el) => el === document.activeElement)) break;
    }
    expect(await button.evaluate((el) => el === document.activeElement)).toBe(true);
    // A sensible order: skip link, languages, the map and its buttons, the timeline, the lists.
    const order = [
      'a:Skip to the events and places',
      'a:English',
      'a:한국어',
      'a:日本語',
      'canvas:Map: Nuclear talks',
      'button:Zoom in',
      'button:Zoom out',
      'button:Show all places',
      'button:Events',
      'button:Places',
      'button:Ministry of National Defense',
    ].map((prefix) => stops.findIndex((stop) => stop.startsWith(prefix)));
    expect(order.every((position) => position >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);

    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.locator('h2').innerText(LOOK), POLL).toBe(polygon.name);
    // Opened from the keyboard, the popup takes focus.
    expect(
      await page.evaluate(() => document.activeElement?.closest('[role="dialog"]') !== null),
    ).toBe(true);
    await screenshot(page, 'desktop-keyboard-popup');
    // Tab on into the popup until a source link has focus: its events' sources are reachable.
    const expectedSources = eventsOf(polygon.id).flatMap((event) => event.sources);
    let source: { href: string; text: string } | null = null;
    for (let i = 0; i < 10 && !source; i++) {
      await page.keyboard.press('Tab');
      source = await page.evaluate(() => {
        const el = document.activeElement;
        return el instanceof HTMLAnchorElement && el.closest('[role="dialog"] .sources')
          ? { href: el.href, text: el.innerText }
          : null;
      });
    }
    expect(source?.href).toBe(expectedSources[0]?.url);
    expect(source?.text).toContain(expectedSources[0]?.title);
    await screenshot(page, 'desktop-keyboard-source-link');

    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await button.evaluate((el) => el === document.activeElement)).toBe(true);
    // The page itself never scrolled: the map sits in an article and must not move it.
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    expect(errors).toEqual([]);
  });

  test('skips past the map to the places with the skip link', async ({ openStory }) => {
    const { page, errors } = await openStory('?story=ncg-2024');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to the events and places' });
    expect(await skip.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await skip.isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    // Past the map and the timeline, straight to the tabs of the two lists.
    await page.keyboard.press('Tab');
    expect(await describeFocus(page)).toMatch(/^button:Events/);
    expect(errors).toEqual([]);
  });

  test('pans with the arrow keys, zooms with + and -, and resets the view with its button', async ({
    openStory,
  }) => {
    const { page, errors } = await openStory('?story=ncg-2024');
    const start = await cameraOf(page);
    const canvas = page.locator('canvas.maplibregl-canvas');
    await canvas.focus();
    expect(await canvas.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');

    await page.keyboard.press('ArrowRight');
    await expect.poll(async () => (await cameraOf(page)).lng).not.toBeCloseTo(start.lng, 3);
    await page.keyboard.press('Equal'); // "+" / "=" zooms in
    await expect.poll(async () => (await cameraOf(page)).zoom).toBeGreaterThan(start.zoom + 0.5);
    await page.keyboard.press('Minus');
    await expect.poll(async () => (await cameraOf(page)).zoom).toBeCloseTo(start.zoom, 1);

    await page.keyboard.press('Tab'); // zoom in
    await page.keyboard.press('Tab'); // zoom out
    await page.keyboard.press('Tab'); // reset view
    expect(await describeFocus(page)).toBe('button:Show all places');
    await page.keyboard.press('Enter');
    await expect
      .poll(async () => {
        const now = await cameraOf(page);
        return Math.abs(now.lng - start.lng) + Math.abs(now.zoom - start.zoom);
      })
      .toBeLessThan(0.05);
    expect(errors).toEqual([]);
  });
});

describe('screen reader', () => {
  test('labels the map canvas with the story’s places and dates', async ({ openStory }) => {
    const { page, errors } = await openStory('?story=ncg-2024');
    const canvas = page.locator('canvas.maplibregl-canvas');
    expect(await canvas.getAttribute('role')).toBe('region');
    const label = (await canvas.getAttribute('aria-label')) ?? '';
    expect(label).toContain(`${places.length} places in Seoul, Washington, Singapore`);
    const first = events[0]?.date ?? '';
    const last =
      events
        .map((e) => e.end ?? e.date)
        .sort()
        .at(-1) ?? '';
    expect(label).toContain(`from ${longDate(first)} to ${longDate(last)}`);
    expect(errors).toEqual([]);
  });

  test('announces an opened place in a polite live region, and lists its events as a list', async ({
    openStory,
  }) => {
    const { page, errors } = await openStory('?story=ncg-2024');
    const status = page.locator('[role="status"][aria-live="polite"]');
    expect(await status.innerText()).toBe('');
    await page.getByRole('tab', { name: 'Places' }).click();
    const place = 'washington-pentagon';
    const placeEvents = eventsOf(place);
    await page.locator(`[data-place-id="${place}"]`).click();
    await expect
      .poll(() => status.innerText(LOOK), POLL)
      .toBe(`${ncg.placeName(place)}: ${placeEvents.length} events.`);
    const dialog = page.getByRole('dialog', { name: ncg.placeName(place) });
    expect(await dialog.getAttribute('aria-labelledby')).toBeTruthy();
    // The events are a real list, one item per event (each with its own list of sources).
    const list = dialog.getByRole('list').first();
    expect(await list.locator(':scope > li').count()).toBe(placeEvents.length);
    expect(await list.locator(':scope > li h3').allInnerTexts()).toEqual(
      placeEvents.map((event) => event.title),
    );
    expect(errors).toEqual([]);
  });
});

describe('reduced motion', () => {
  /**
   * Presses "Show all places" and tells how the camera went: whether it had moved before the
   * click returned (a jump ends within the call; a flight only starts), and how many camera moves
   * it took. The count of a flight depends on how many frames the machine draws in its time, so
   * the flight is told by the first, which does not.
   */
  async function reset(
    openStory: OpenStory,
    reducedMotion: 'reduce' | 'no-preference',
  ): Promise<{ movedWithinClick: boolean; moves: number }> {
    const { page, errors } = await openStory('?story=ncg-2024#map=6/35/127', { reducedMotion });
    const before = await cameraMoves(page);
    const idle = await idleCount(page);
    const movedWithinClick = await page.evaluate(() => {
      const host = document.querySelector<HTMLElement>('.story-map');
      const start = host?.dataset['camera'];
      document.querySelector<HTMLElement>('button[aria-label="Show all places"]')?.click();
      // Read in the same task as the click: no animation frame can have run yet.
      return host?.dataset['camera'] !== start;
    });
    await waitForMapIdle(page, idle);
    await expect.poll(async () => (await cameraOf(page)).zoom, POLL).toBeLessThan(4);
    expect(errors).toEqual([]);
    return { movedWithinClick, moves: (await cameraMoves(page)) - before };
  }

  test('turns the reset flight into a jump when the reader prefers reduced motion', async ({
    openStory,
  }) => {
    expect(await reset(openStory, 'reduce')).toEqual({ movedWithinClick: true, moves: 1 });
  });

  test('flies when the reader has no such preference (the same action, over frames)', async ({
    openStory,
  }) => {
    const { movedWithinClick, moves } = await reset(openStory, 'no-preference');
    expect(movedWithinClick).toBe(false);
    expect(moves).toBeGreaterThan(0);
  });
});
