/**
 * The offline basemap as MapLibre draws it: no seam where Natural Earth was cut at 180°, no band
 * across the map, and Antarctica closed at the pole.
 */
import { describe, expect } from 'vitest';
import { moveCamera, screenshot, test } from './harness.ts';
import { LIGHT, near, pixelsOf } from './map-view.ts';

/** Basemap colours are flat fills: a tighter match than markers' anti-aliased edges need. */
const FILL_TOLERANCE = 10;
const isLand = (pixel: Parameters<typeof near>[0]) => near(pixel, LIGHT.land, FILL_TOLERANCE);
const isOcean = (pixel: Parameters<typeof near>[0]) => near(pixel, LIGHT.ocean, FILL_TOLERANCE);

describe('the basemap at the antimeridian and the poles', () => {
  test('draws Chukotka across 180° without a seam', async ({ openStory }) => {
    const { page, errors } = await openStory('?story=ncg-2024');
    // Chukotka: land on both sides of 180°, at the finer (50m) level of detail.
    await moveCamera(page, { zoom: 5, lat: 66.8, lng: 180 });
    const { width, height, at } = await pixelsOf(page);
    const x = width / 2;
    let landRows = 0;
    let seamPixels = 0;
    for (let y = 0; y < height; y++) {
      const left = at(x - 4, y);
      const right = at(x + 4, y);
      if (!isLand(left) || !isLand(right)) continue;
      landRows++;
      // Land on both sides: the meridian itself must be land too, not a hairline of ocean or edge.
      if (!isLand(at(x, y)) || !isLand(at(x - 1, y)) || !isLand(at(x + 1, y))) {
        seamPixels++;
      }
    }
    await screenshot(page, 'basemap-chukotka-180');
    expect(landRows).toBeGreaterThan(height / 4);
    expect(seamPixels).toBe(0);
    expect(errors).toEqual([]);
  });

  test('draws no band across the world and closes Antarctica at the bottom', async ({
    openStory,
  }) => {
    const { page, errors } = await openStory('?story=ncg-2024');
    // Across the middle of the Pacific there is ocean: no land polygon stretched round the world.
    await moveCamera(page, { zoom: 1, lat: -60, lng: 180 });
    const world = await pixelsOf(page);
    await screenshot(page, 'basemap-antarctica');
    const pacificColumn = Array.from({ length: 60 }, (_, i) =>
      world.at(world.width / 2, world.height / 2 - 30 + i),
    );
    expect(pacificColumn.filter(isOcean).length).toBeGreaterThan(50);

    // As far south as the map goes (85° S), below Queen Maud Land, Antarctica closed at the pole is
    // land along the whole bottom edge (left of the attribution): an unclosed polygon would leave
    // a strip of ocean there.
    await moveCamera(page, { zoom: 2, lat: -84, lng: 0 });
    const south = await pixelsOf(page);
    await screenshot(page, 'basemap-south-pole');
    const bottomRow = Array.from({ length: south.width - 120 }, (_, i) =>
      south.at(i + 10, south.height - 4),
    );
    expect(bottomRow.filter(isLand).length).toBeGreaterThan(0.95 * bottomRow.length);
    expect(errors).toEqual([]);
  });
});
