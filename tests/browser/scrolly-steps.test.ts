/**
 * Scrollytelling in an article on another origin: paragraphs marked `data-storymap-step` drive
 * the map in a cross-origin iframe as they reach the middle of the viewport, or take keyboard
 * focus; the map stays in view while they pass; without WebGL the steps still tell the story.
 */
import type { Frame } from 'playwright-core';
import { describe, expect } from 'vitest';
import { embedFrames, heights, openArticle } from './article.ts';
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
