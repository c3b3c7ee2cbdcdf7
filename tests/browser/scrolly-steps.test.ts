/**
 * Scrollytelling in an article on another origin: paragraphs marked `data-storymap-step` drive
 * the map in a cross-origin iframe as they reach the middle of the viewport, or take keyboard
 * focus; the map stays in view while they pass; without WebGL the steps still tell the story.
 */
import type { Frame } from 'playwright-core';
import type { RawEvent } from './story-data.ts';
import { describe, expect } from 'vitest';
import { embedFrames, heights, openArticle } from './article.ts';
import { hashParams } from './map-view.ts';
import {
  appUrl,
  DESKTOP,
  LOOK,
  PHONE,
  POLL,
  screenshot,
  test,
  waitForMapIdle,
  watchPage,
  type WatchedPage,
} from './harness.ts';
import {
  expectedForEvent,
  popupShows,
  scrollyArticle,
  stepEvents,
  stepLocators,
  stepPlace,
  twoMapArticle,
} from './scrolly-article.ts';

/** What each step should show in the map's popup, in the article's order. */
const expected = [...stepEvents.map(expectedForEvent), ...(stepPlace ? [stepPlace.name] : [])];

describe('an article with data-storymap-step paragraphs', () => {
  let shared: WatchedPage;
  let frame: Frame;
  test.beforeAll(async ({ browser }) => {
    shared = await watchPage(browser, { viewport: DESKTOP });
    await openArticle(shared.page, scrollyArticle());
  });
  test.afterAll(async () => {
    await shared?.context.close();
  });

  test('scrolled through, shows each step’s event in the map’s popup, in order', async () => {
    const { page, errors } = shared;
    expect(expected.length).toBeGreaterThanOrEqual(3);
    [frame] = (await embedFrames(page, 1)) as [Frame];
    // The map first draws at the top, and pym.js fits the iframe to it, moving the steps down.
    await waitForMapIdle(frame);
    await expect
      .poll(
        async () => {
          const { iframe, content } = await heights(page, frame);
          return Math.abs(iframe - content);
        },
        { ...POLL, message: 'the iframe’s height to fit the map' },
      )
      .toBeLessThanOrEqual(3);
    const steps = stepLocators(page);
    expect(await steps.count()).toBe(expected.length);
    for (const [i, wanted] of expected.entries()) {
      const step = steps.nth(i);
      // The reader scrolls on until the paragraph is in the middle of the screen.
      await step.evaluate((element) => element.scrollIntoView({ block: 'center' }));
      await expect
        .poll(() => popupShows(frame), { ...POLL, message: `step ${i + 1}’s popup` })
        .toBe(wanted);
      // The map stays in view (sticky, its own top at the viewport's) while its steps pass.
      const mapTop = await frame
        .locator('.map-pane')
        .evaluate((element) => element.getBoundingClientRect().top);
      const frameTop = (await page.locator('iframe').boundingBox())?.y ?? NaN;
      expect(
        Math.abs(frameTop + mapTop),
        `step ${i + 1}: the map’s top at the viewport’s`,
      ).toBeLessThanOrEqual(1);
      const box = await step.boundingBox();
      expect(box && box.y < DESKTOP.height / 2 && box.y + box.height > DESKTOP.height / 2).toBe(
        true,
      );
    }
    expect(await page.locator('[data-storymap-active]').innerText(LOOK)).toContain(
      stepPlace?.name ?? '',
    );
    // Back above the first step: the whole story again, no popup.
    await page.evaluate(() => scrollTo(0, 0));
    await expect
      .poll(() => popupShows(frame), { ...POLL, message: 'the popup to close at the top' })
      .toBe('');
    expect(errors).toEqual([]);
  });

  test('looks right at desktop and phone width, light and dark', async () => {
    const { page, errors } = shared;
    const second = stepLocators(page).nth(1);
    for (const [name, viewport] of [
      ['desktop', DESKTOP],
      ['phone', PHONE],
    ] as const) {
      await page.setViewportSize(viewport);
      for (const scheme of ['light', 'dark'] as const) {
        const idleBefore = await idleNow(frame);
        await page.emulateMedia({ colorScheme: scheme });
        await second.evaluate((element) => element.scrollIntoView({ block: 'center' }));
        await expect
          .poll(() => popupShows(frame), { ...POLL, message: 'the second step’s popup' })
          .toBe(expected[1]);
        await expect
          .poll(() => frame.locator('html').getAttribute('data-theme', LOOK), {
            ...POLL,
            message: `the map in the ${scheme} theme`,
          })
          .toBe(scheme);
        // Repainted in the new theme (light first: nothing to repaint).
        if (scheme === 'dark') await waitForMapIdle(frame, idleBefore);
        await screenshot(page, `${name}-scrolly-${scheme}`);
      }
    }
    await page.setViewportSize(DESKTOP);
    await page.emulateMedia({ colorScheme: 'light' });
    expect(errors).toEqual([]);
  });

  test('the embed’s share panel offers this code, with a step for the view it shows', async () => {
    const { page, errors } = shared;
    // From the keyboard: the embed's own controls sit under the cards where they pass over it.
    const share = frame.getByRole('button', { name: 'Share / embed' });
    await share.focus();
    await page.keyboard.press('Enter');
    await frame.getByRole('radio', { name: 'Scrollytelling' }).focus();
    await page.keyboard.press('Space');
    const code = () => frame.getByRole('textbox', { name: 'Embed code' }).inputValue(LOOK);
    // Reaching the button scrolled the article, and steps with it: read the view after that.
    const shownEvent = () =>
      frame.evaluate(() => new URLSearchParams(location.hash.slice(1)).get('event'));
    await expect
      .poll(
        async () => (await code()).includes(`data-storymap-step="event:${await shownEvent()}"`),
        { ...POLL, message: 'a step for the event the map shows' },
      )
      .toBe(true);
    expect(stepEvents.map((event) => event.id)).toContain(await shownEvent());
    expect(await code()).toContain(`<script src="${appUrl('embed/storymap.js')}"></script>`);
    await share.focus();
    await page.keyboard.press('Enter');
    expect(errors).toEqual([]);
  });

  test('Tab through the steps drives the map too', async () => {
    const { page, errors } = shared;
    const steps = stepLocators(page);
    await steps.nth(0).focus();
    await expect.poll(() => popupShows(frame), POLL).toBe(expected[0]);
    for (let i = 1; i < expected.length; i++) {
      await page.keyboard.press('Tab');
      expect(
        await page.evaluate(() => document.activeElement?.getAttribute('data-storymap-step')),
      ).toBe(await steps.nth(i).getAttribute('data-storymap-step'));
      await expect
        .poll(() => popupShows(frame), { ...POLL, message: `step ${i + 1}’s popup after Tab` })
        .toBe(expected[i]);
    }
    expect(errors).toEqual([]);
  });
});

/** The map's idle count now, so a wait after it waits for the next idle. */
function idleNow(frame: Frame): Promise<number> {
  return frame.evaluate(() =>
    Number(document.querySelector<HTMLElement>('.story-map')?.dataset['idleCount'] ?? 0),
  );
}

describe('without WebGL', () => {
  test('the steps still show their text over the map’s picture', async ({
    newPage,
    noWebglBrowser,
  }) => {
    const { page, errors } = await newPage({ viewport: PHONE, browser: noWebglBrowser });
    await openArticle(page, scrollyArticle());
    const [frame] = (await embedFrames(page, 1)) as [Frame];
    await expect
      .poll(() => frame.locator('.map-pane.fallback').count(), {
        ...POLL,
        message: 'the map’s static fallback',
      })
      .toBe(1);
    // The map's picture, loaded, stands in for the map.
    await expect
      .poll(
        () =>
          frame
            .getByTestId('map-fallback')
            .locator('img')
            .evaluate(
              (img: HTMLImageElement) => (img.complete ? img.naturalWidth : 0),
              undefined,
              LOOK,
            ),
        { ...POLL, message: 'the map’s picture loaded' },
      )
      .toBeGreaterThan(0);
    const steps = stepLocators(page);
    for (const [i, event] of stepEvents.entries()) {
      const step = steps.nth(i);
      await step.evaluate((element) => element.scrollIntoView({ block: 'center' }));
      expect(await step.innerText(LOOK)).toContain(event.title);
      await expect.poll(() => step.getAttribute('data-storymap-active', LOOK), POLL).toBe('');
      // The card is drawn over the map, readable: on screen, with its own background.
      const box = await step.boundingBox();
      expect(box && box.y >= 0 && box.y + box.height <= PHONE.height).toBe(true);
    }
    await screenshot(page, 'phone-scrolly-no-webgl');
    expect(errors).toEqual([]);
  });
});

describe('an article with its own strict Content-Security-Policy', () => {
  test('runs the embed script from the map’s origin, with no violation and no other request', async ({
    newPage,
  }) => {
    const { page, requests, errors } = await newPage({ viewport: DESKTOP });
    const app = new URL(appUrl()).origin;
    // The test article's own look and blank favicon stay allowed (`style-src`, `img-src`): the
    // embed script uses no inline style, image or request.
    const csp = `default-src 'none'; script-src ${app}; frame-src ${app}; style-src 'unsafe-inline'; img-src data:`;
    await page.addInitScript(() => {
      const seen: string[] = [];
      Object.assign(window, { violations: seen });
      document.addEventListener('securitypolicyviolation', (event) =>
        seen.push(`${event.violatedDirective} ${event.blockedURI}`),
      );
    });
    await openArticle(page, scrollyArticle({ plainIframe: true }), { csp });
    const [frame] = (await embedFrames(page, 1)) as [Frame];
    await waitForMapIdle(frame);
    const step = stepLocators(page).nth(1);
    await step.evaluate((element) => element.scrollIntoView({ block: 'center' }));
    await expect
      .poll(() => popupShows(frame), { ...POLL, message: 'the second step’s popup' })
      .toBe(expected[1]);
    expect(await page.locator('[data-storymap-sticky]').count()).toBe(1);
    expect(await page.evaluate(() => (window as { violations?: string[] }).violations)).toEqual([]);
    const article = new URL(page.url()).origin;
    expect(requests.filter((url) => ![app, article].includes(new URL(url).origin))).toEqual([]);
    expect(errors).toEqual([]);
  });
});

describe('an article with two maps', () => {
  test('each map’s steps drive that map only, `data-storymap-for` over the nearest map before', async ({
    newPage,
  }) => {
    const { page, errors } = await newPage({ viewport: DESKTOP });
    const { body, stepsOf } = twoMapArticle();
    await openArticle(page, body);
    const steps = stepLocators(page);
    expect(await steps.count()).toBe(3);
    // What each map says it has shown (`storymap:shown`), heard through the embed script's helper.
    await page.evaluate(() => {
      const shown: Record<string, string[]> = { 'map-a': [], 'map-b': [] };
      Object.assign(window, { shownBy: shown });
      for (const id of Object.keys(shown)) {
        window.StoryMap?.onMessage(document.getElementById(id), (answer) => {
          if (answer.type === 'storymap:shown') shown[id]?.push(JSON.stringify(answer));
        });
      }
    });
    /** The embed in the iframe `id`, once it has loaded (the plain code's iframes are lazy). */
    const mapFrame = async (id: string): Promise<Frame> => {
      await page.locator(`#${id}`).scrollIntoViewIfNeeded();
      const handle = await page.locator(`#${id}`).elementHandle();
      let frame: Frame | null = null;
      await expect
        .poll(async () => (frame = (await handle?.contentFrame()) ?? null)?.url() ?? '', {
          ...POLL,
          message: `the embed in #${id}`,
        })
        .toContain('embed=1');
      if (!frame) throw new Error(`#${id} has no frame`);
      await waitForMapIdle(frame);
      return frame;
    };
    const a = await mapFrame('map-a');
    const b = await mapFrame('map-b');
    const [aFirst, aLast] = stepsOf['map-a'] as [RawEvent, RawEvent];
    const [bOnly] = stepsOf['map-b'] as [RawEvent];
    /** The event a map shows (its `#event=`): kept while the map is far off screen and removed. */
    const shownEvent = async (frame: Frame) => (await hashParams(frame))['event'] ?? '';
    // In the article's order: map A's step, map B's, then map A's again after map B. The step's
    // own map shows its event; the other keeps what its own steps last showed.
    const expectations: [
      step: number,
      driven: Frame,
      event: RawEvent,
      other: Frame,
      kept: string,
    ][] = [
      [0, a, aFirst, b, ''],
      [1, b, bOnly, a, aFirst.id],
      [2, a, aLast, b, bOnly.id],
    ];
    for (const [i, driven, event, other, kept] of expectations) {
      await steps.nth(i).evaluate((element) => element.scrollIntoView({ block: 'center' }));
      await expect
        .poll(() => shownEvent(driven), { ...POLL, message: `step ${i + 1}’s map` })
        .toBe(event.id);
      // The other map has had the time to take a command it should not have been sent.
      expect(await shownEvent(other), `the other map after step ${i + 1}`).toBe(kept);
    }
    // Map B is in view beside its step (its section keeps it stuck): its popup shows the event.
    await steps.nth(1).evaluate((element) => element.scrollIntoView({ block: 'center' }));
    await expect
      .poll(() => popupShows(b), { ...POLL, message: 'map B’s popup' })
      .toBe(expectedForEvent(bOnly));
    // Each map answered for its own steps only, once each.
    const shownBy = () =>
      page.evaluate(() => (window as { shownBy?: Record<string, string[]> }).shownBy);
    await expect.poll(shownBy, { ...POLL, message: 'each map’s storymap:shown answers' }).toEqual({
      'map-a': [aFirst, aLast].map((e) => JSON.stringify({ type: 'storymap:shown', event: e.id })),
      'map-b': [JSON.stringify({ type: 'storymap:shown', event: bOnly.id })],
    });
    // Each map's active step is its own: one per map.
    expect(
      await page
        .locator('[data-storymap-active]')
        .evaluateAll((active) => active.map((element) => element.textContent?.trim() ?? '')),
    ).toEqual([bOnly, aLast].map((event) => `${event.date}. ${event.title}.`));
    expect(errors).toEqual([]);
  });
});
