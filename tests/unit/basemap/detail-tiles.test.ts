import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  buildDetailTiles,
  DEFAULT_DETAIL_OPTIONS,
  detailTiler,
  MAX_PLACES_PER_TILE,
  type DetailData,
} from '../../../scripts/basemap/detail-tiles.ts';
import { bordersNear, type CountryLand } from '../../../scripts/basemap/land-10m.ts';
import { placeLabels, type GeoNamesPlace } from '../../../scripts/basemap/places.ts';
import { tilesTouching, type Bounds } from '../../../scripts/basemap/tile-math.ts';
import { decodeTile, layerCovers, tilePosition } from './tile-probe.ts';

/**
 * A toy world: two countries side by side sharing a border at 10.1°E, the western one with a
 * river inlet (a hole) at 10.02–10.03°E, and some places.
 */
const west: CountryLand = {
  code: 'AAA',
  polygons: [
    [
      [
        [9.9, 0.9],
        [10.1, 0.9],
        [10.1, 1.0],
        [10.1, 1.1],
        [9.9, 1.1],
        [9.9, 0.9],
      ],
      [
        [10.02, 0.95],
        [10.02, 1.05],
        [10.03, 1.05],
        [10.03, 0.95],
        [10.02, 0.95],
      ],
    ],
  ],
};
const east: CountryLand = {
  code: 'BBB',
  polygons: [
    [
      [
        [10.1, 0.9],
        [10.3, 0.9],
        [10.3, 1.1],
        [10.1, 1.1],
        [10.1, 1.0],
        [10.1, 0.9],
      ],
    ],
  ],
};
const place = (
  name: string,
  population: number,
  lng: number,
  featureCode = 'PPL',
): GeoNamesPlace => ({
  geonameId: population,
  name,
  country: 'AA',
  featureCode,
  population,
  lng,
  lat: 1,
});
const toyData: DetailData = {
  countries: [west, east],
  places: [
    place('Village', 2_000, 10.05),
    place('Capital', 50_000, 10.0, 'PPLC'),
    place('Big city', 2_000_000, 10.2),
    place('Ruin', 90_000, 10.25, 'PPLH'),
    place('Far away', 5_000_000, 50),
  ],
};

describe('bordersNear', () => {
  it('finds the edges two countries share, once, and never a coastline', () => {
    const borders = bordersNear([west, east], [[9, 0, 11, 2]]);
    expect(borders).toHaveLength(1);
    expect(borders[0]?.geometry.coordinates).toEqual([
      [10.1, 0.9],
      [10.1, 1.0],
      [10.1, 1.1],
    ]);
  });

  it('finds nothing away from the areas asked for', () => {
    expect(bordersNear([west, east], [[20, 20, 21, 21]])).toEqual([]);
  });
});

describe('placeLabels', () => {
  it('ranks the capital first, then by population, and skips historical places', () => {
    const labels = placeLabels(toyData.places, [[9, 0, 11, 2]]);
    expect(
      labels.map((label) => [label.properties.name, label.properties.rank, label.properties.kind]),
    ).toEqual([
      ['Capital', 1, 'capital'],
      ['Big city', 2, 'city'],
      ['Village', 3, 'village'],
    ]);
    expect(labels.map((label) => label.properties.minzoom)).toEqual([6, 6, 12]);
  });
});

describe('detail tiles of the toy world', () => {
  const region: Bounds = [9.95, 0.95, 10.25, 1.05];
  const tiler = detailTiler(toyData, [{ id: 'toy/a', bounds: region }]);

  it('has a cover over the whole tile and land true to the river inlet at zoom 14', () => {
    const z = 14;
    const inRiver = tilePosition(10.025, 1.0, z, 4096);
    const tile = decodeTile(tiler.encode({ z, x: inRiver.tx, y: inRiver.ty }));
    expect(Object.keys(tile.layers).sort()).toEqual(['cover', 'land']);
    expect(layerCovers(tile, 'land', z, 10.025, 1.0)).toBe(false);
    expect(layerCovers(tile, 'cover', z, 10.025, 1.0)).toBe(true);
    const onShore = tilePosition(10.035, 1.0, z, 4096);
    expect(onShore.tx).toBe(inRiver.tx);
    expect(layerCovers(tile, 'land', z, 10.035, 1.0)).toBe(true);
  });

  it('draws the border and labels the places allowed at the zoom, with their properties', () => {
    const z = 8;
    const { tx, ty } = tilePosition(10.1, 1.0, z, 4096);
    const tile = decodeTile(tiler.encode({ z, x: tx, y: ty }));
    expect(tile.layers['borders']?.length).toBe(1);
    const places = tile.layers['places'];
    const names = Array.from(
      { length: places?.length ?? 0 },
      (_, i) => places?.feature(i).properties,
    );
    expect(names).toEqual([
      { name: 'Capital', rank: 1, kind: 'capital', minzoom: 6 },
      { name: 'Big city', rank: 2, kind: 'city', minzoom: 6 },
    ]);
    expect(MAX_PLACES_PER_TILE).toBeGreaterThan(names.length);
  });

  it('covers a tile of open sea inside the region with the cover alone', () => {
    const z = 14;
    const { tx, ty } = tilePosition(10.0, 0.96, z, 4096);
    const sea = detailTiler({ countries: [], places: [] }, [{ id: 'sea', bounds: region }]);
    const tile = decodeTile(sea.encode({ z, x: tx, y: ty }));
    expect(Object.keys(tile.layers)).toEqual(['cover']);
  });
});

describe('buildDetailTiles', () => {
  const temp = mkdtempSync(join(tmpdir(), 'detail-tiles-'));
  afterAll(() => rmSync(temp, { recursive: true, force: true }));

  it('writes index.json and a tile for every tile touching the story regions, atomically', () => {
    const storyDir = join(temp, 'stories', 'toy-story');
    mkdirSync(storyDir, { recursive: true });
    writeFileSync(
      join(storyDir, 'story.json'),
      JSON.stringify({ layers: [{ id: 'places', file: 'places.geojson' }] }),
    );
    writeFileSync(
      join(storyDir, 'places.geojson'),
      JSON.stringify({
        type: 'FeatureCollection',
        features: [
          {
            type: 'Feature',
            id: 'town',
            geometry: { type: 'Point', coordinates: [10.05, 1] },
            properties: {},
          },
        ],
      }),
    );
    const outDir = join(temp, 'out', 'detail');
    const options = {
      ...DEFAULT_DETAIL_OPTIONS,
      regions: { ...DEFAULT_DETAIL_OPTIONS.regions, maxzoom: 10 },
    };
    const { index, summary, warnings } = buildDetailTiles({
      storyDirs: [storyDir],
      outDir,
      root: temp,
      data: toyData,
      options,
    });
    expect(warnings).toEqual([]);
    expect(index.regions.map((region) => region.id)).toEqual(['toy-story/town']);
    const written = JSON.parse(readFileSync(join(outDir, 'index.json'), 'utf8'));
    expect(written).toEqual({ ...index, minzoom: 6, maxzoom: 10 });
    expect(written.attribution).toContain('OpenStreetMap');
    expect(written.attribution).toContain('GeoNames');
    const expected = tilesTouching(
      index.regions.map((region) => region.bounds),
      6,
      10,
    );
    expect(summary.tiles).toBe(expected.length);
    for (const tile of expected) {
      expect(existsSync(join(outDir, `${tile.z}/${tile.x}/${tile.y}.pbf`))).toBe(true);
    }
    // Nothing left beside the output: the temporary folder was renamed into place.
    expect(readdirSync(join(temp, 'out'))).toEqual(['detail']);
  });

  it('warns about an unreadable layer file instead of failing', () => {
    const storyDir = join(temp, 'stories', 'broken');
    mkdirSync(storyDir, { recursive: true });
    writeFileSync(
      join(storyDir, 'story.json'),
      JSON.stringify({ layers: [{ file: 'a.geojson' }] }),
    );
    writeFileSync(join(storyDir, 'a.geojson'), '{ not json');
    const { index, warnings } = buildDetailTiles({
      storyDirs: [storyDir],
      outDir: join(temp, 'out2', 'detail'),
      root: temp,
      data: toyData,
    });
    expect(index.regions).toEqual([]);
    expect(warnings).toEqual([
      `${join(storyDir, 'a.geojson')}: cannot be read as GeoJSON, so its places get no detail tiles: run "npm run validate -- ${storyDir}"`,
    ]);
  });
});
