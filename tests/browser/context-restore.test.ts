/**
 * A lost WebGL context comes back: while it is lost the reader gets the static preview and every
 * event; once the browser restores it (here `WEBGL_lose_context.restoreContext()`, as a GPU reset
 * would), the map is drawn again where it was, and the lists are tabs again.
 */
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { idleCount, POLL, screenshot, test, waitForMapIdle } from './harness.ts';
import { countColour, LIGHT, mapBoxOf } from './map-view.ts';

function mapState(page: Page): Promise<string | null> {
  return page.locator('.story-map').getAttribute('data-state');
}

describe('when the WebGL context is lost and then restored', () => {
  test('shows the preview while it is lost, then draws the map again where it was', async ({
    openStory,
  }) => {
    const { page, errors } = await openStory('?story=ncg-2024');
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

    const idleBefore = await idleCount(page);
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
    const box = await mapBoxOf(page);
    const pixels = box.width * box.height;
    expect(await countColour(page, LIGHT.ocean)).toBeGreaterThan(pixels * 0.1);
    expect(await countColour(page, LIGHT.land)).toBeGreaterThan(pixels * 0.05);
    expect(await countColour(page, LIGHT.accent)).toBeGreaterThan(30);
    await screenshot(page, 'desktop-context-restored');
    expect(errors).toEqual([]);
  });
});
