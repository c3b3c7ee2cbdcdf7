/**
 * Readers without the map: no WebGL (Chromium with 3D APIs disabled), a lost WebGL context, no
 * JavaScript at all. Each still gets the story: the static preview and every event. And for
 * everyone, the preview paints before MapLibre has loaded.
 */
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { uiStrings } from '../../src/i18n/all-strings.ts';
import { appUrl, DESKTOP, PHONE, POLL, screenshot, test, waitForMapIdle } from './harness.ts';
import { events, ncg } from './story-data.ts';

const strings = uiStrings('en');

/** Whether the picture at `selector` has loaded a real image. */
function imageLoaded(page: Page, selector: string): Promise<number> {
  return page
    .locator(selector)
    .evaluate((img: HTMLImageElement) => (img.complete ? img.naturalWidth : 0));
}

async function expectFallback(page: Page): Promise<void> {
  const fallback = page.getByTestId('map-fallback');
  await expect
    .poll(() => fallback.locator('figcaption').innerText({ timeout: 1000 }), POLL)
    .toBe(strings.mapFallback);
  await expect.poll(() => imageLoaded(page, '[data-testid="map-fallback"] img'), POLL).toBe(1200);
  expect(await page.locator('.event-list h3').allInnerTexts()).toEqual(
    events.map((event) => event.title),
  );
  expect(await page.locator('.event-list .sources a').count()).toBe(ncg.sourceCount());
}

describe('without WebGL', () => {
  for (const [name, viewport] of [
    ['desktop', DESKTOP],
    ['phone', PHONE],
  ] as const) {
    test(`shows the static preview, a one-line explanation and every event (${name})`, async ({
      newPage,
      noWebglBrowser,
    }) => {
      const { page, requests, errors } = await newPage({ viewport, browser: noWebglBrowser });
      await page.goto(appUrl('?story=ncg-2024'));
      await expectFallback(page);
      // MapLibre is never downloaded when it could not run.
      expect(requests.some((url) => /maplibre-gl-[\w-]+\.js$/.test(url))).toBe(false);
      await screenshot(page, `${name}-no-webgl`);
      expect(errors).toEqual([]);
    });
  }

  test('in embed mode too', async ({ newPage, noWebglBrowser }) => {
    const { page, errors } = await newPage({ viewport: PHONE, browser: noWebglBrowser });
    await page.goto(appUrl('?story=ncg-2024&embed=1'));
    await expectFallback(page);
    expect(errors).toEqual([]);
  });
});

describe('when the map loses its WebGL context', () => {
  test('replaces the blank map with the preview and the event list', async ({ openStory }) => {
    const { page, errors } = await openStory('?story=ncg-2024');
    await page.evaluate(() => {
      const canvas = document.querySelector<HTMLCanvasElement>('.maplibregl-canvas');
      canvas?.getContext('webgl2')?.getExtension('WEBGL_lose_context')?.loseContext();
    });
    await expectFallback(page);
    expect(await page.locator('.maplibregl-canvas').count()).toBe(0);
    expect(errors).toEqual([]);
  });
});

describe('while MapLibre loads', () => {
  test('paints the static preview first, then the map replaces it', async ({ newPage }) => {
    const { page, errors } = await newPage();
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/assets\/maplibre-gl-[\w-]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(appUrl('?story=ncg-2024'));
    await expect.poll(() => imageLoaded(page, '.story-map .preview'), POLL).toBe(1200);
    expect(await page.locator('.story-map').getAttribute('data-state')).toBe('loading');
    await screenshot(page, 'desktop-preview-before-map');
    release();
    await waitForMapIdle(page);
    expect(await page.locator('.story-map .preview').count()).toBe(0);
    expect(errors).toEqual([]);
  });
});

describe('without JavaScript', () => {
  test('index.html tells the default story: title, picture and every event with its sources', async ({
    newPage,
  }) => {
    const { page } = await newPage({ javaScriptEnabled: false, viewport: DESKTOP });
    await page.goto(appUrl());
    const shell = page.locator('.page-shell');
    expect(await shell.locator('h1').innerText()).toBe(ncg.titles.en);
    expect(await shell.locator('.static-story h3').allInnerTexts()).toEqual(
      events.map((event) => event.title),
    );
    await expect.poll(() => imageLoaded(page, '.page-shell img'), POLL).toBe(1200);
    await screenshot(page, 'desktop-no-javascript');
  });

  test('the prerendered story page has the events, social tags and a link to the map', async ({
    newPage,
  }) => {
    const { page, context } = await newPage({ javaScriptEnabled: false, viewport: PHONE });
    await page.goto(appUrl('stories/ncg-2024/'));
    expect(await page.locator('h3').allInnerTexts()).toEqual(events.map((event) => event.title));
    expect(await page.locator('meta[property="og:image"]').getAttribute('content')).toBe(
      'preview.png',
    );
    await expect.poll(() => imageLoaded(page, 'figure img'), POLL).toBe(1200);
    const png = await context.request.get(appUrl('stories/ncg-2024/preview.png'));
    expect(png.headers()['content-type']).toBe('image/png');
    await screenshot(page, 'phone-story-page');
    await page.getByRole('link', { name: 'Open the interactive map' }).click();
    expect(new URL(page.url()).searchParams.get('story')).toBe('ncg-2024');
  });
});
