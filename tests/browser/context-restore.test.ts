/**
 * A lost WebGL context comes back: while it is lost the reader gets the static preview and every
 * event; once the browser restores it (here `WEBGL_lose_context.restoreContext()`, as a GPU reset
 * would), the map is drawn again where it was, and the lists are tabs again.
 */
import type { Browser, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIGHT_PALETTE } from '../../src/style/palettes.ts';
import {
  appUrl,
  DESKTOP,
  launchChromium,
  openPage,
  screenshot,
  waitForMapIdle,
} from './chromium.ts';

/** Each wait names what it waited for, so a failure says which step did not happen. */
const POLL = { timeout: 30_000, interval: 100 } as const;

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

type Rgb = [number, number, number];

function rgbOf(hex: string): Rgb {
  const value = Number.parseInt(hex.slice(1), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

/** How many pixels of the map, as the reader sees it, are near each colour. */
async function countColours(page: Page, colours: Record<string, string>) {
  const box = await page.locator('.story-map').boundingBox();
  if (!box) throw new Error('the map is not on the page');
  const png = PNG.sync.read(await page.screenshot({ clip: box }));
  const targets = Object.entries(colours).map(([name, hex]) => [name, rgbOf(hex)] as const);
  const counts = Object.fromEntries(targets.map(([name]) => [name, 0]));
  for (let i = 0; i < png.data.length; i += 4) {
    for (const [name, [r, g, b]] of targets) {
      const near =
        Math.abs((png.data[i] ?? 0) - r) < 12 &&
        Math.abs((png.data[i + 1] ?? 0) - g) < 12 &&
        Math.abs((png.data[i + 2] ?? 0) - b) < 12;
      if (near) counts[name] = (counts[name] ?? 0) + 1;
    }
  }
  return { counts, pixels: png.width * png.height };
}

function mapState(page: Page): Promise<string | null> {
  return page.locator('.story-map').getAttribute('data-state');
}

describe('when the WebGL context is lost and then restored', () => {
  it('shows the preview while it is lost, then draws the map again where it was', async () => {
    const { page, errors } = await openPage(browser, DESKTOP);
    await page.goto(appUrl('?story=ncg-2024'));
    await waitForMapIdle(page);
    const camera = await page.locator('.story-map').getAttribute('data-camera');

    // Keep the extension: the same object restores the context the page lost.
    await page.evaluate(() => {
      const canvas = document.querySelector<HTMLCanvasElement>('.maplibregl-canvas');
      const extension = canvas?.getContext('webgl2')?.getExtension('WEBGL_lose_context');
      if (!extension) throw new Error('no WEBGL_lose_context on the map’s canvas');
      (window as unknown as { lostContext: WEBGL_lose_context }).lostContext = extension;
      extension.loseContext();
    });
    await expect.poll(() => mapState(page), { ...POLL, message: 'data-state "lost"' }).toBe('lost');
    await expect
      .poll(() => page.getByTestId('map-fallback').count(), { ...POLL, message: 'the fallback' })
      .toBe(1);
    expect(await page.locator('.maplibregl-canvas').count()).toBe(0);
    expect(await page.getByRole('tab').count()).toBe(0);

    const idleBefore = Number(await page.locator('.story-map').getAttribute('data-idle-count'));
    await page.evaluate(() =>
      (window as unknown as { lostContext: WEBGL_lose_context }).lostContext.restoreContext(),
    );
    await expect
      .poll(() => mapState(page), { ...POLL, message: 'data-state "ready" after the restore' })
      .toBe('ready');
    await waitForMapIdle(page, idleBefore);
    expect(await page.getByTestId('map-fallback').count()).toBe(0);
    expect(await page.locator('.story-map .preview').count()).toBe(0);
    expect(await page.locator('.maplibregl-canvas').count()).toBe(1);
    expect(await page.getByRole('tab').count()).toBe(2);
    expect(await page.locator('.story-map').getAttribute('data-camera')).toBe(camera);

    // Drawn by WebGL again, with nothing else over it: ocean, land and the story's markers.
    const { counts, pixels } = await countColours(page, {
      ocean: LIGHT_PALETTE.ocean,
      land: LIGHT_PALETTE.land,
      accent: LIGHT_PALETTE.accent,
    });
    expect(counts['ocean']).toBeGreaterThan(pixels * 0.1);
    expect(counts['land']).toBeGreaterThan(pixels * 0.05);
    expect(counts['accent']).toBeGreaterThan(30);
    await screenshot(page, 'desktop-context-restored');
    expect(errors).toEqual([]);
  });
});
