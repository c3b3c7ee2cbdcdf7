/**
 * The scrolling story page (`?layout=scroll`) in real Chromium: scrolled through, each card shows
 * its event in the map's popup in order and the URL follows (one history entry, replaced); a link
 * to a card returns to it; Tab to a card drives the map; it embeds with the auto-height snippet,
 * the map kept in view; without WebGL the cards come with the static preview.
 */
import type { Frame, Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { uiStrings } from '../../src/i18n/all-strings.ts';
import { appRootUrl } from '../../src/embed/embed-urls.ts';
import { EMBED_SANDBOX, pymSnippet } from '../../src/embed/snippets.ts';
import { embedFrames, filler, heights, openArticle, STRICT_SANDBOX } from './article.ts';
import { axeViolations } from './axe.ts';
import {
  appUrl,
  DESKTOP,
  LOOK,
  PHONE,
  POLL,
  screenshot,
  test,
  waitForMapIdle,
  type ExtraStory,
} from './harness.ts';
import { hashParams, liveCamera, mapBoxOf, pointOnMap } from './map-view.ts';
import { clickTarget, events, ncg, placeById, places, type RawEvent } from './story-data.ts';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const SCROLL = '?story=ncg-2024&layout=scroll';
/** Where the page's reading line is, as a share of the viewport (src/ui/scroll-cards.ts). */
const DESKTOP_LINE = 0.5;
const PHONE_LINE = 0.75;
const SLOW_TEST_MS = 150_000;

const cardOf = (page: Page | Frame, id: string) => page.locator(`.card[data-event-id="${id}"]`);

/** Scrolls the page so that the card's top is just above the reading line. */
async function scrollCardToLine(page: Page, id: string, lineShare: number): Promise<void> {
  await cardOf(page, id).evaluate((card, share) => {
    const top = card.getBoundingClientRect().top + scrollY;
    scrollTo({ top: top - innerHeight * share + 40, behavior: 'instant' });
  }, lineShare);
}

/**
 * Waits until the map's popup shows `event` and the URL names it. On a wide screen the popup
 * lists the place's events with this one marked; at phone width (`compact`) the card below the
 * map shows the event, and the popup names its first place only.
 */
async function expectShown(
  page: Page | Frame,
  event: RawEvent,
  { compact = false } = {},
): Promise<void> {
  await expect
    .poll(() => hashParams(page).then((hash) => hash['event']), {
      ...POLL,
      message: `#event=${event.id} in the URL`,
    })
    .toBe(event.id);
  const dialog = page.getByRole('dialog');
  await expect
    .poll(() => dialog.locator('h2').innerText(LOOK), {
      ...POLL,
      message: `the popup of ${event.places[0] ?? ''}`,
    })
    .toBe(ncg.placeName(event.places[0] ?? ''));
  if (compact) {
    expect(await dialog.locator('.event').count()).toBe(0);
  } else {
    expect(await dialog.locator('[aria-current="true"] h3').innerText(LOOK)).toBe(event.title);
  }
  await expect
    .poll(() => page.locator('.card[aria-current="step"]').getAttribute('data-event-id', LOOK), {
      ...POLL,
      message: `the card of ${event.id} at the reading line`,
    })
    .toBe(event.id);
}

describe('the scrolling story page', () => {
  test(
    'scrolled through, shows each card’s event in the popup in date order; the URL follows in one history entry',
    async ({ openStory }) => {
      const { page, errors } = await openStory(SCROLL);
      expect(await page.locator('.card h3').allInnerTexts()).toEqual(
        events.map((event) => event.title),
      );
      const entries = await page.evaluate(() => history.length);
      for (const event of events) {
        await scrollCardToLine(page, event.id, DESKTOP_LINE);
        await expectShown(page, event);
      }
      expect(await page.evaluate(() => history.length)).toBe(entries);
      // The map stayed in view all the way down to the last card (sticky).
      expect((await page.locator('.story-map').boundingBox())?.y).toBe(0);
      // Scrolling back up shows the earlier card again.
      const first = events[0] as RawEvent;
      await scrollCardToLine(page, first.id, DESKTOP_LINE);
      await expectShown(page, first);
      // A hash changed by hand (or Back to an old link) brings its card to the reading line.
      const linked = events[2] as RawEvent;
      await page.evaluate((id) => (location.hash = `event=${id}`), linked.id);
      await expectShown(page, linked);
      expect(await axeViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
    },
    SLOW_TEST_MS,
  );

  test('on a phone, a link opens the page at its card; the popup names the place without repeating the card; a place tapped on the map gets its events', async ({
    openStory,
  }) => {
    // A place with several events and no other place within about 30 km, so that a tap at the
    // zoom a card frames it at (the zoom of a click) lands on it alone.
    const alone = (id: string) => {
      const at = clickTarget(placeById(id));
      return places.every((other) => {
        if (other.id === id) return true;
        const there = clickTarget(other);
        return Math.hypot(there.lng - at.lng, there.lat - at.lat) > 0.3;
      });
    };
    const event = events.find(
      (e) =>
        e.places.length === 1 &&
        ncg.eventsOf(e.places[0] ?? '').length > 1 &&
        alone(e.places[0] ?? ''),
    ) as RawEvent;
    const place = event.places[0] ?? '';
    const { page, errors } = await openStory(`${SCROLL}#event=${event.id}`, { viewport: PHONE });
    await expectShown(page, event, { compact: true });
    // The card's top is at the reading line, below the map.
    const card = await cardOf(page, event.id).boundingBox();
    expect(Math.abs((card?.y ?? 0) - PHONE.height * PHONE_LINE)).toBeLessThan(60);
    // The event's text is on screen once, in its card; the popup is one line over the map.
    const dialog = page.getByRole('dialog');
    const label = await dialog.boundingBox();
    const map = await page.locator('.map-column').boundingBox();
    expect(label && label.height < 64).toBe(true);
    expect(label && map && label.y + label.height <= map.y + map.height).toBe(true);
    expect(
      await page.getByText(event.summary, { exact: true }).filter({ visible: true }).count(),
    ).toBe(1);
    await screenshot(page, 'phone-scroll-card-and-place');
    expect(await axeViolations(page)).toEqual([]);
    // Tapped on the map, the place opens in full: all its events, this one marked.
    await waitForMapIdle(page);
    const [zoom, lat, lng] = ((await liveCamera(page)) ?? '').split('/').map(Number);
    const mapBox = await mapBoxOf(page);
    const target = clickTarget(placeById(place));
    const spot = pointOnMap(
      [target.lng, target.lat],
      { zoom: zoom ?? NaN, center: [lng ?? NaN, lat ?? NaN] },
      mapBox,
    );
    await page.mouse.click(mapBox.x + spot.x, mapBox.y + spot.y);
    await expect
      .poll(() => dialog.locator('.event h3').allInnerTexts(), {
        ...POLL,
        message: `the events of ${place} in the popup`,
      })
      .toEqual(ncg.eventsOf(place).map((e) => e.title));
    expect(errors).toEqual([]);
  });

  test('Tab reaches the cards, and a focused card drives the map', async ({ openStory }) => {
    const { page, errors } = await openStory(SCROLL);
    const [first, second] = events as [RawEvent, RawEvent];
    const focusedCard = () =>
      page.evaluate(() => document.activeElement?.getAttribute('data-event-id') ?? null);
    for (let presses = 0; presses < 40 && (await focusedCard()) === null; presses++) {
      await page.keyboard.press('Tab');
    }
    expect(await focusedCard()).toBe(first.id);
    await expectShown(page, first);
    // Past the first card's source links to the next card.
    for (let presses = 0; presses < 10 && (await focusedCard()) !== second.id; presses++) {
      await page.keyboard.press('Tab');
    }
    expect(await focusedCard()).toBe(second.id);
    await expectShown(page, second);
    // Focus stays on the card: the popup does not take it.
    expect(await focusedCard()).toBe(second.id);
    expect(errors).toEqual([]);
  });

  test('follows the story’s narrative order when it has one', async ({ openStory }) => {
    const folder = 'tests/fixtures/stories/valid-minimal';
    const narrative = ['meeting', 'stopover', 'exercise'];
    const story: ExtraStory = {
      id: 'narrative-test',
      title: 'Minimal story',
      read: (name) => {
        const file = join(folder, name);
        if (!existsSync(file)) return undefined;
        const text = readFileSync(file, 'utf8');
        if (name !== 'story.json') return text;
        return JSON.stringify({ ...(JSON.parse(text) as object), narrative });
      },
    };
    const { page, errors } = await openStory('?story=narrative-test&layout=scroll', { story });
    await expect
      .poll(
        () => page.locator('.card').evaluateAll((cards) => cards.map((c) => c.dataset['eventId'])),
        {
          ...POLL,
          message: 'the cards in narrative order',
        },
      )
      .toEqual(narrative);
    expect(errors).toEqual([]);
  });
});

describe('the scrolling story page embedded with the auto-height snippet', () => {
  test(
    'grows the iframe to the cards, keeps the map in view and follows the article’s scroll',
    async ({ newPage }) => {
      const { page, errors } = await newPage({ viewport: PHONE });
      const markup = pymSnippet({
        src: appUrl('index.html?story=ncg-2024&embed=1&layout=scroll'),
        appRoot: appRootUrl(appUrl()),
        title: 'Map: nuclear talks',
        storyId: 'ncg-2024',
      }).replace(EMBED_SANDBOX, STRICT_SANDBOX);
      await openArticle(page, `${filler(300)}\n${markup}\n${filler(1200)}`);
      const [frame] = await embedFrames(page, 1);
      if (!frame) throw new Error('no embed frame');
      await waitForMapIdle(frame);
      await expect
        .poll(
          async () => {
            const { iframe, content } = await heights(page, frame);
            return iframe > 2 * PHONE.height && Math.abs(iframe - content) <= 3;
          },
          { ...POLL, message: 'the iframe grown to the height of its cards' },
        )
        .toBe(true);
      const iframeTop = await page
        .locator('iframe')
        .evaluate((element) => element.getBoundingClientRect().top + scrollY);
      for (const event of events.slice(0, 3)) {
        const cardTop = await cardOf(frame, event.id).evaluate(
          (card) => card.getBoundingClientRect().top,
        );
        await page.evaluate(
          (top) => scrollTo({ top, behavior: 'instant' }),
          iframeTop + cardTop - PHONE.height * PHONE_LINE + 40,
        );
        await expectShown(frame, event, { compact: true });
        // The map is on the article's screen, though the article scrolled far past where it was.
        await expect
          .poll(
            async () => {
              const map = await frame.locator('.map-column').boundingBox();
              return map !== null && map.y >= -12 && map.y + map.height <= PHONE.height;
            },
            { ...POLL, message: 'the map held on the article’s screen' },
          )
          .toBe(true);
      }
      await screenshot(page, 'phone-scroll-embed');
      expect(errors).toEqual([]);
    },
    SLOW_TEST_MS,
  );
});

describe('the scrolling story page without WebGL', () => {
  test('shows every card and the static preview', async ({ newPage, noWebglBrowser }) => {
    const { page, errors } = await newPage({ viewport: PHONE, browser: noWebglBrowser });
    await page.goto(appUrl(SCROLL));
    const fallback = page.getByTestId('map-fallback');
    await expect
      .poll(() => fallback.locator('figcaption').innerText(LOOK), POLL)
      .toBe(uiStrings('en').mapFallback);
    await expect
      .poll(
        () =>
          fallback
            .locator('img')
            .evaluate((img: HTMLImageElement) => (img.complete ? img.naturalWidth : 0)),
        { ...POLL, message: 'the preview picture loaded' },
      )
      .toBe(1200);
    expect(await page.locator('.card h3').allInnerTexts()).toEqual(
      events.map((event) => event.title),
    );
    expect(await page.locator('.card .sources a').count()).toBe(ncg.sourceCount());
    await screenshot(page, 'phone-scroll-no-webgl', { fullPage: true });
    expect(errors).toEqual([]);
  });
});

describe('screenshots of the scrolling story page', () => {
  test(
    'phone and desktop, light and dark, English and Korean',
    async ({ openStory }) => {
      const { page, errors } = await openStory(SCROLL);
      const views = [
        ['desktop-scroll-light', DESKTOP, ''],
        ['desktop-scroll-dark', DESKTOP, '&theme=dark'],
        ['desktop-scroll-ko', DESKTOP, '&lang=ko'],
        ['phone-scroll-light', PHONE, ''],
        ['phone-scroll-dark', PHONE, '&theme=dark'],
        ['phone-scroll-ko', PHONE, '&lang=ko&theme=dark'],
      ] as const;
      const event = events[2] as RawEvent;
      for (const [name, viewport, query] of views) {
        await page.setViewportSize(viewport);
        // A fresh load each time: the same address with only a new hash would be a jump within
        // the page, whose map has already gone idle once, so the wait below would not wait.
        await page.goto('about:blank');
        await page.goto(appUrl(`${SCROLL}${query}#event=${event.id}`));
        await waitForMapIdle(page);
        await expect
          .poll(() => page.getByRole('dialog').count(), { ...POLL, message: 'the popup' })
          .toBe(1);
        await screenshot(page, name);
      }
      expect(errors).toEqual([]);
    },
    SLOW_TEST_MS,
  );
});
