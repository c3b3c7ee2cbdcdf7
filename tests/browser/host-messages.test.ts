/**
 * The host-page protocol from a real article on another origin: the page posts `storymap:show`
 * commands into the map's iframe and hears `ready`, `shown`, `error` and `opened` back, at its
 * own origin and from that iframe only. Two maps on one page: each answers for itself.
 */
import type { Frame, Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { iframeSnippet } from '../../src/embed/snippets.ts';
import type { MapAnswer } from '../../src/embed/host-messages.ts';
import { embedFrames, embedSrc, openArticle, STRICT_SANDBOX } from './article.ts';
import {
  appUrl,
  DESKTOP,
  LOOK,
  moveCamera,
  POLL,
  test,
  waitForMapIdle,
  watchPage,
  type WatchedPage,
} from './harness.ts';
import { clickTarget, events, ncg } from './story-data.ts';

/** An answer as the article heard it: which iframe sent it (0, 1), at which origin. */
interface Heard {
  from: number;
  origin: string;
  data: MapAnswer;
}

declare global {
  interface Window {
    heard?: Heard[];
  }
}

/** Tall enough for both maps to be on screen, so both draw. */
const TALL = { width: DESKTOP.width, height: 1400 };

/** Two maps, each in a plain iframe. */
const article = [0, 1]
  .map((i) =>
    iframeSnippet({
      src: embedSrc(),
      appRoot: appUrl(),
      title: `Map ${i + 1}`,
      storyId: 'ncg-2024',
    })
      .replace(/sandbox="[^"]*"/, `sandbox="${STRICT_SANDBOX}"`)
      .replace(' loading="lazy"', ''),
  )
  .join('\n');

function heard(page: Page): Promise<Heard[]> {
  return page.evaluate(() => window.heard ?? []);
}

/** Posts `data` into the iframe `index` at the map's origin, as a host page would. */
function post(page: Page, data: unknown, index = 0): Promise<void> {
  return page.evaluate(
    ([message, i, origin]) => {
      document.querySelectorAll('iframe')[i]?.contentWindow?.postMessage(message, origin);
    },
    [data, index, new URL(appUrl()).origin] as const,
  );
}

/** Sends a command and waits for the answer after the `before`th, which it returns. */
async function command(page: Page, data: unknown, index = 0): Promise<Heard> {
  const before = (await heard(page)).length;
  await post(page, data, index);
  await expect
    .poll(async () => (await heard(page)).length, {
      ...POLL,
      message: `an answer to ${JSON.stringify(data)}`,
    })
    .toBeGreaterThan(before);
  const answer = (await heard(page))[before];
  if (!answer) throw new Error('no answer');
  return answer;
}

const popupHeading = (frame: Frame) => frame.getByRole('dialog').locator('h2');

describe('a host page on another origin', () => {
  let shared: WatchedPage;
  let frames: Frame[];
  const articleOrigin = () => {
    const url = new URL(appUrl());
    url.hostname = 'localhost';
    return url.origin;
  };

  test.beforeAll(async ({ browser }) => {
    shared = await watchPage(browser, { viewport: TALL });
    // Before the article's own scripts: every answer the iframes send to the article.
    await shared.page.addInitScript(() => {
      if (window !== window.top) return;
      window.heard = [];
      window.addEventListener('message', (event) => {
        const from = [...document.querySelectorAll('iframe')].findIndex(
          (frame) => frame.contentWindow === event.source,
        );
        const data = event.data as { type?: unknown };
        if (typeof data?.type === 'string' && data.type.startsWith('storymap:')) {
          window.heard?.push({ from, origin: event.origin, data: event.data as MapAnswer });
        }
      });
    });
    await openArticle(shared.page, article);
  });
  test.afterAll(async () => {
    await shared?.context.close();
  });

  test('hears ready from each map, at the article’s origin', async () => {
    // The later tests use these frames: the maps draw first (polls may not run in beforeAll).
    frames = await embedFrames(shared.page, 2);
    for (const frame of frames) await waitForMapIdle(frame);
    await expect
      .poll(async () => (await heard(shared.page)).map((answer) => answer.from).sort(), POLL)
      .toEqual([0, 1]);
    for (const answer of await heard(shared.page)) {
      expect(answer.data).toMatchObject({ type: 'storymap:ready', story: 'ncg-2024' });
      // Where the map sits in its page: below the title, above the bottom of the iframe.
      const mapTop = (answer.data as { mapTop?: number }).mapTop ?? -1;
      const pane = await frames[answer.from]?.locator('.map-pane').boundingBox();
      const iframe = await shared.page.locator('iframe').nth(answer.from).boundingBox();
      expect(Math.abs((pane?.y ?? 0) - (iframe?.y ?? 0) - mapTop)).toBeLessThanOrEqual(2);
      expect(answer.origin).toBe(new URL(appUrl()).origin);
    }
    // A host script that starts late says hello and hears ready again.
    expect((await command(shared.page, { type: 'storymap:hello' }, 1)).data.type).toBe(
      'storymap:ready',
    );
    expect(articleOrigin()).not.toBe(new URL(appUrl()).origin);
  });

  test('shows an event: shown once its popup is on screen, in that map only', async () => {
    const { page, errors } = shared;
    const event = events.find((e) => e.places.length >= 2) ?? events[0];
    if (!event) throw new Error('the story has no events');
    const answer = await command(page, { type: 'storymap:show', event: event.id }, 1);
    expect(answer).toMatchObject({ from: 1, data: { type: 'storymap:shown', event: event.id } });
    const [first, second] = frames as [Frame, Frame];
    // Checked at once: "shown" means the popup is already there.
    expect(await popupHeading(second).innerText(LOOK)).toBe(ncg.placeName(event.places[0] ?? ''));
    expect(await second.locator('.event[aria-current="true"] h3').innerText(LOOK)).toBe(
      event.title,
    );
    expect(await first.getByRole('dialog').count()).toBe(0);
    // The article keeps the focus: a command never takes it into the iframe.
    expect(await page.evaluate(() => document.activeElement?.localName)).toBe('body');
    expect(errors).toEqual([]);
  });

  test('shows a place, dates, and the whole story again', async () => {
    const { page, errors } = shared;
    const frame = frames[0] as Frame;
    const place = ncg.places[1] ?? ncg.places[0];
    if (!place) throw new Error('the story has no places');
    const shownPlace = await command(page, { type: 'storymap:show', place: place.id });
    expect(shownPlace.data).toEqual({ type: 'storymap:shown', place: place.id });
    expect(await popupHeading(frame).innerText(LOOK)).toBe(place.name);

    const dates = { type: 'storymap:show', from: '2024-06', to: '2024-06' };
    const shownDates = await command(page, dates);
    expect(shownDates.data).toEqual({ type: 'storymap:shown', from: '2024-06', to: '2024-06' });
    const hash = new URLSearchParams(new URL(frame.url()).hash.slice(1));
    expect([hash.get('from'), hash.get('to')]).toEqual(['2024-06', '2024-06']);

    const reset = await command(page, { type: 'storymap:show', reset: true });
    expect(reset.data).toEqual({ type: 'storymap:shown', reset: true });
    expect(await frame.getByRole('dialog').count()).toBe(0);
    const after = new URLSearchParams(new URL(frame.url()).hash.slice(1));
    expect([after.get('from'), after.get('place'), after.get('event')]).toEqual([null, null, null]);
    expect(errors).toEqual([]);
  });

  test('answers an unknown id with an error naming it, and ignores malformed messages', async () => {
    const { page, errors } = shared;
    const unknown = { type: 'storymap:show', event: 'no-such-event' };
    const answer = await command(page, unknown);
    expect(answer.data).toMatchObject({ type: 'storymap:error', command: unknown });
    expect((answer.data as { message: string }).message).toContain('"no-such-event"');

    const before = (await heard(page)).length;
    for (const junk of [
      null,
      'storymap:show',
      { type: 'storymap:show' },
      { type: 'storymap:show', event: 'a', place: 'b' },
      { type: 'storymap:show', reset: 'yes' },
      { type: 'storymap:shown', event: events[0]?.id },
      { type: 'storymap:unknown' },
    ]) {
      await post(page, junk);
    }
    // The next real command is answered, and nothing was said to the junk before it.
    const place = ncg.places[0];
    if (!place) throw new Error('the story has no places');
    const next = await command(page, { type: 'storymap:show', place: place.id });
    expect(next.data).toEqual({ type: 'storymap:shown', place: place.id });
    expect((await heard(page)).length).toBe(before + 1);
    await command(page, { type: 'storymap:show', reset: true });
    expect(errors).toEqual([]);
  });

  test('tells the article when the reader opens a place on the map', async () => {
    const { page, errors } = shared;
    const frame = frames[0] as Frame;
    const place = ncg.places.find((p) => p.geometry.type === 'Point');
    if (!place) throw new Error('the story has no point places');
    await moveCamera(frame, { zoom: 12, ...clickTarget(place) }, { onlyCamera: true });
    const box = await frame.locator('.story-map').boundingBox();
    if (!box) throw new Error('the map is not on the page');
    const before = (await heard(page)).length;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await expect.poll(() => popupHeading(frame).innerText(LOOK), POLL).toBe(place.name);
    await expect
      .poll(async () => (await heard(page)).slice(before).map((answer) => answer.data), POLL)
      .toEqual([{ type: 'storymap:opened', place: place.id }]);
    expect(errors).toEqual([]);
  });
});
