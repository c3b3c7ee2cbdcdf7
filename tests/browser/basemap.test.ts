/**
 * The offline basemap as MapLibre draws it: no seam where Natural Earth was cut at 180°, no band
 * across the map, and Antarctica closed at the pole.
 */
import type { Browser, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  appUrl,
  launchChromium,
  moveCamera,
  openPage,
  screenshot,
  waitForMapIdle,
} from './chromium.ts';

const LAND: [number, number, number] = [0xf6, 0xf4, 0xef];
const OCEAN: [number, number, number] = [0xd4, 0xe3, 0xee];

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

function near(pixel: [number, number, number], colour: [number, number, number]): boolean {
  return pixel.every((value, i) => Math.abs(value - (colour[i] ?? 0)) < 10);
}

/** The map's pixels as an RGB lookup. */
async function mapPixels(page: Page) {
  const box = await page.locator('.story-map').boundingBox();
  if (!box) throw new Error('the map is not on the page');
  const png = PNG.sync.read(await page.screenshot({ clip: box }));
  const at = (x: number, y: number): [number, number, number] => {
    const i = (Math.round(y) * png.width + Math.round(x)) * 4;
    return [png.data[i] ?? 0, png.data[i + 1] ?? 0, png.data[i + 2] ?? 0];
  };
  return { width: png.width, height: png.height, at };
}

describe('the basemap at the antimeridian and the poles', () => {
  it('draws Chukotka across 180° without a seam', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(appUrl('?story=ncg-2024'));
    await waitForMapIdle(page);
    // Chukotka: land on both sides of 180°, at the finer (50m) level of detail.
    await moveCamera(page, 5, 66.8, 180);
    const { width, height, at } = await mapPixels(page);
    const x = width / 2;
    let landRows = 0;
    let seamPixels = 0;
    for (let y = 0; y < height; y++) {
      const left = at(x - 4, y);
      const right = at(x + 4, y);
      if (!near(left, LAND) || !near(right, LAND)) continue;
      landRows++;
      // Land on both sides: the meridian itself must be land too, not a hairline of ocean or edge.
      if (!near(at(x, y), LAND) || !near(at(x - 1, y), LAND) || !near(at(x + 1, y), LAND)) {
        seamPixels++;
      }
    }
    await screenshot(page, 'basemap-chukotka-180');
    expect(landRows).toBeGreaterThan(height / 4);
    expect(seamPixels).toBe(0);
    expect(errors).toEqual([]);
  });

  it('draws no band across the world and closes Antarctica at the bottom', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(appUrl('?story=ncg-2024'));
    await waitForMapIdle(page);
    // Across the middle of the Pacific there is ocean: no land polygon stretched round the world.
    await moveCamera(page, 1, -60, 180);
    const world = await mapPixels(page);
    await screenshot(page, 'basemap-antarctica');
    const pacificColumn = Array.from({ length: 60 }, (_, i) =>
      world.at(world.width / 2, world.height / 2 - 30 + i),
    );
    expect(pacificColumn.filter((pixel) => near(pixel, OCEAN)).length).toBeGreaterThan(50);

    // As far south as the map goes (85° S), below Queen Maud Land, Antarctica closed at the pole is
    // land along the whole bottom edge (left of the attribution): an unclosed polygon would leave
    // a strip of ocean there.
    await moveCamera(page, 2, -84, 0);
    const south = await mapPixels(page);
    await screenshot(page, 'basemap-south-pole');
    const bottomRow = Array.from({ length: south.width - 120 }, (_, i) =>
      south.at(i + 10, south.height - 4),
    );
    expect(bottomRow.filter((pixel) => near(pixel, LAND)).length).toBeGreaterThan(
      0.95 * bottomRow.length,
    );
    expect(errors).toEqual([]);
  });
});
