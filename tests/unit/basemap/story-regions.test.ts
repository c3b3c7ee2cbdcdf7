import type { Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import {
  boxesAround,
  DEFAULT_REGION_OPTIONS,
  storyRegions,
  type StoryGeometries,
} from '../../../scripts/basemap/story-regions.ts';
import { tilesTouching } from '../../../scripts/basemap/tile-math.ts';

const point = (lng: number, lat: number): Geometry => ({ type: 'Point', coordinates: [lng, lat] });
const story = (id: string, geometries: Geometry[]): StoryGeometries => ({
  id,
  features: geometries.map((geometry, index) => ({ id: `f${index}`, geometry })),
});

describe('storyRegions', () => {
  it('puts a margin of about 15 km around a place', () => {
    const { regions } = storyRegions([story('s', [point(126.9777, 37.5335)])]);
    expect(regions).toHaveLength(1);
    const [west, south, east, north] = regions[0]?.bounds ?? [NaN, NaN, NaN, NaN];
    // 15 km is 0.135° of latitude everywhere, and 0.170° of longitude at 37.5°N.
    expect(north - 37.5335).toBeCloseTo(0.1347, 3);
    expect(37.5335 - south).toBeCloseTo(0.1347, 3);
    expect(east - 126.9777).toBeGreaterThan(0.169);
    expect(126.9777 - west).toBeLessThan(0.172);
  });

  it('merges overlapping places into one region and keeps distant ones apart', () => {
    const { regions } = storyRegions([
      story('s', [point(-77.0365, 38.8977), point(-77.056, 38.871), point(126.98, 37.53)]),
    ]);
    expect(regions.map((region) => region.id)).toEqual(['s/f0', 's/f2']);
    const [west, south, east, north] = regions[0]?.bounds ?? [];
    expect(west).toBeLessThan(-77.056);
    expect(east).toBeGreaterThan(-77.0365);
    expect(south).toBeLessThan(38.871);
    expect(north).toBeGreaterThan(38.8977);
  });

  it('merges regions of different stories that overlap, keeping the first id', () => {
    const { regions } = storyRegions([
      story('a', [point(103.8265, 1.3112)]),
      story('b', [point(103.85, 1.29)]),
    ]);
    expect(regions).toHaveLength(1);
    expect(regions[0]?.id).toBe('a/f0');
  });

  it('takes the bounds of a line or an area, plus the margin', () => {
    const area: Geometry = {
      type: 'Polygon',
      coordinates: [
        [
          [125.8, 31.8],
          [127.8, 31.8],
          [127.8, 32.85],
          [125.8, 32.85],
          [125.8, 31.8],
        ],
      ],
    };
    const [region] = storyRegions([story('s', [area])]).regions;
    expect(region?.bounds[0]).toBeLessThan(125.8);
    expect(region?.bounds[0]).toBeGreaterThan(125.6);
    expect(region?.bounds[3]).toBeGreaterThan(32.85);
    expect(region?.bounds[3]).toBeLessThan(33);
  });

  it('gives a place near the antimeridian (Fiji) detail on both sides of 180°', () => {
    const { regions } = storyRegions([story('fiji', [point(179.95, -16.8)])]);
    expect(regions).toHaveLength(2);
    const east = regions.find((region) => region.bounds[2] === 180);
    const west = regions.find((region) => region.bounds[0] === -180);
    expect(east?.bounds[0]).toBeCloseTo(
      179.95 - 15 / (111.32 * Math.cos((16.935 * Math.PI) / 180)),
      2,
    );
    expect(west?.bounds[2]).toBeGreaterThan(-180);
    expect(west?.bounds[2]).toBeLessThan(-179.9);
    // Both are tiled: detail tiles exist in the first and the last tile column at zoom 14.
    const tiles = tilesTouching(
      regions.map((region) => region.bounds),
      14,
      14,
    );
    expect(tiles.some((tile) => tile.x === 0)).toBe(true);
    expect(tiles.some((tile) => tile.x === 2 ** 14 - 1)).toBe(true);
  });

  it('splits a MultiPolygon cut at 180° into boxes per part, not one box round the world', () => {
    const split: Geometry = {
      type: 'MultiPolygon',
      coordinates: [
        [
          [
            [179.5, -17],
            [180, -17],
            [180, -16],
            [179.5, -17],
          ],
        ],
        [
          [
            [-180, -17],
            [-179.5, -17],
            [-180, -16],
            [-180, -17],
          ],
        ],
      ],
    };
    const { regions } = storyRegions([story('s', [split])]);
    for (const region of regions) expect(region.bounds[2] - region.bounds[0]).toBeLessThan(1);
  });

  it('ignores features without geometry and positions that are not numbers', () => {
    const { regions } = storyRegions([
      {
        id: 's',
        features: [
          { id: 'a', geometry: null },
          { id: 'b', geometry: point(NaN, 1) },
        ],
      },
    ]);
    expect(regions).toEqual([]);
  });

  it('caps a story of a thousand places spread over the world, reporting what it skipped', () => {
    const places = Array.from({ length: 1000 }, (_, i) =>
      point(-170 + ((i * 37) % 340), -60 + ((i * 53) % 120)),
    );
    const { regions, skipped } = storyRegions([story('big', places)]);
    const tiles = tilesTouching(
      regions.map((region) => region.bounds),
      DEFAULT_REGION_OPTIONS.minzoom,
      DEFAULT_REGION_OPTIONS.maxzoom,
    );
    expect(tiles.length).toBeLessThanOrEqual(DEFAULT_REGION_OPTIONS.maxTiles);
    expect(regions.length).toBeLessThanOrEqual(DEFAULT_REGION_OPTIONS.maxRegions);
    expect(skipped.length).toBeGreaterThan(900);
    expect(skipped[0]?.reason).toMatch(/over the cap/);
    // The first places are the ones kept.
    expect(regions[0]?.id).toBe('big/f0');
  });
});

describe('boxesAround', () => {
  it('clamps to the latitudes Web Mercator can show, and gives none to a place beyond them', () => {
    const [box] = boxesAround([[0, 85]], 15);
    expect(box?.[3]).toBeCloseTo(85.0511, 3);
    expect(box?.[1]).toBeCloseTo(85 - 15 / 111.32, 3);
    expect(boxesAround([[0, 89]], 15)).toEqual([]);
  });
});
