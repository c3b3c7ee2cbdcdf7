/**
 * The detail tiles of the real ncg-2024 story from the real data (OpenStreetMap land, GeoNames):
 * water where the Potomac, the Han, the Singapore Strait and Busan's harbour are, land on their
 * shores. Encodes only the tiles it probes (reading the 168 MB land file takes a few seconds).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  readDetailData,
  regionsOfFolders,
  detailTiler,
} from '../../../scripts/basemap/detail-tiles.ts';
import { decodeTile, layerCovers, tilePosition } from './tile-probe.ts';
import { root } from './real-data.ts';

const data = readDetailData(root);
const { regions, warnings } = regionsOfFolders([join(root, 'geo', 'stories', 'ncg-2024')]);
const tiler = detailTiler(data, regions);

function probe(layer: string, z: number, lng: number, lat: number): boolean {
  const { tx, ty } = tilePosition(lng, lat, z, 4096);
  return layerCovers(decodeTile(tiler.encode({ z, x: tx, y: ty })), layer, z, lng, lat);
}

/** [what, lng, lat, is it land] */
const POINTS: [string, number, number, boolean][] = [
  ['the Potomac between the Pentagon and the Mall', -77.043, 38.879, false],
  ['the Pentagon', -77.056, 38.871, true],
  ['the White House', -77.0365, 38.8977, true],
  ['the Han by Yongsan', 126.98, 37.517, false],
  ['the Ministry of National Defense, Yongsan', 126.9777, 37.5335, true],
  ['the Singapore Strait off the southern shore', 103.83, 1.24, false],
  ['the Shangri-La Hotel, Singapore', 103.8265, 1.3112, true],
  ["Busan's North Port", 129.045, 35.1, false],
  ['Busan Naval Base', 129.1062, 35.0982, true],
];

describe('ncg-2024 detail tiles (real data)', () => {
  it('has a region around each probed place, with no warnings', () => {
    expect(warnings).toEqual([]);
    for (const [what, lng, lat] of POINTS) {
      const inside = regions.some(
        ({ bounds: [west, south, east, north] }) =>
          lng >= west && lng <= east && lat >= south && lat <= north,
      );
      expect(inside, what).toBe(true);
    }
  });

  for (const z of [12, 14]) {
    it.each(POINTS)(`zoom ${z}: %s (%f, %f) is land: %s`, (_what, lng, lat, land) => {
      expect(probe('land', z, lng, lat)).toBe(land);
      expect(probe('cover', z, lng, lat)).toBe(true);
    });
  }

  it('labels Washington at zoom 10 as the capital, first, then the rest by rank', () => {
    const z = 10;
    const { tx, ty } = tilePosition(-77.0365, 38.8977, z, 4096);
    const places = decodeTile(tiler.encode({ z, x: tx, y: ty })).layers['places'];
    const labels = Array.from(
      { length: places?.length ?? 0 },
      (_, i) => places?.feature(i).properties,
    );
    expect(labels[0]).toMatchObject({ name: 'Washington, D.C.', kind: 'capital', minzoom: 6 });
    const ranks = labels.map((label) => Number(label?.['rank']));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(labels.map((label) => label?.['name'])).toContain('Arlington');
  });

  it('draws the border between the two Koreas across the peninsula at zoom 8', () => {
    const z = 8;
    // The military demarcation line north of Seoul, by Panmunjom.
    const { tx, ty } = tilePosition(126.68, 37.96, z, 4096);
    const borders = decodeTile(tiler.encode({ z, x: tx, y: ty })).layers['borders'];
    expect(borders?.length).toBeGreaterThan(0);
  });
});
