/**
 * Eight embeds on one article page: each works, and only the ones on screen hold a map (a WebGL
 * context); the others show their static preview until the reader scrolls to them.
 */
import type { Frame, Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { appRootUrl } from '../../src/embed/embed-urls.ts';
import { pymSnippet } from '../../src/embed/snippets.ts';
import { embedFrames, embedSrc, filler, heights, openArticle } from './article.ts';
import { appUrl, DESKTOP, POLL, screenshot, test, waitForMapIdle } from './harness.ts';

const EMBEDS = 8;

function stateOf(frame: Frame): Promise<string | null> {
  return frame.locator('.story-map').getAttribute('data-state', { timeout: 1000 });
}

/** Indexes of the embeds whose iframe is at least partly inside the article's viewport. */
async function onScreen(page: Page): Promise<number[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('iframe')].flatMap((iframe, i) => {
      const box = iframe.getBoundingClientRect();
      return box.bottom > 0 && box.top < innerHeight ? [i] : [];
    }),
  );
}

async function expectOnlyVisibleMaps(page: Page, frames: Frame[]): Promise<void> {
  const visible = await onScreen(page);
  for (const i of visible) await waitForMapIdle(frames[i] as Frame);
  await expect
    .poll(
      async () => {
        const states = await Promise.all(frames.map(stateOf));
        return states.flatMap((state, i) => (state === 'ready' ? [i] : []));
      },
      { ...POLL, message: 'only the embeds on screen to hold a map' },
    )
    .toEqual(visible);
  for (const [i, frame] of frames.entries()) {
    if (visible.includes(i)) continue;
    expect(await frame.locator('.maplibregl-canvas').count()).toBe(0);
    expect(await frame.locator('.story-map .preview').count()).toBe(1);
  }
}

describe('eight embeds on one page', () => {
  test('all load, and only those on screen hold a map, as the reader scrolls down and back', async ({
    newPage,
  }) => {
    const { page, errors } = await newPage({ viewport: DESKTOP });
    const embeds = Array.from({ length: EMBEDS }, (_, i) =>
      pymSnippet({
        src: embedSrc(),
        appRoot: appRootUrl(appUrl()),
        title: `Map ${i + 1}`,
        storyId: 'ncg-2024',
      }).replaceAll('story-map-ncg-2024', `story-map-${i + 1}`),
    );
    await openArticle(page, embeds.map((embed) => `${filler(900)}\n${embed}`).join('\n'));
    const frames = await embedFrames(page, EMBEDS);
    // Every embed reports its height, even off screen where the browser stops rendering it.
    for (const [i, frame] of frames.entries()) {
      await expect.poll(() => frame.locator('h1').count(), POLL).toBe(1);
      await expect
        .poll(async () => {
          const { iframe, content } = await heights(page, frame, i);
          return Math.abs(iframe - content);
        }, POLL)
        .toBeLessThanOrEqual(3);
    }
    await page.evaluate(() => scrollTo(0, 700));
    await expectOnlyVisibleMaps(page, frames);
    expect((await onScreen(page)).length).toBeLessThanOrEqual(2);
    await screenshot(page, 'desktop-many-embeds-top');

    await page.evaluate(() => scrollTo(0, document.body.scrollHeight));
    await expectOnlyVisibleMaps(page, frames);
    expect(await onScreen(page)).toContain(EMBEDS - 1);
    await screenshot(page, 'desktop-many-embeds-bottom');

    // Back up: the first map comes back (its camera kept), the last is released.
    await page.evaluate(() => scrollTo(0, 700));
    await expectOnlyVisibleMaps(page, frames);
    expect(errors).toEqual([]);
  });
});
