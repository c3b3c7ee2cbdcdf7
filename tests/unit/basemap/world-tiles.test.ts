import { describe, expect, it } from 'vitest';
import { buildBasemapLayers } from '../../../scripts/basemap/build.ts';
import { worldTiles } from '../../../scripts/basemap/world-tiles.ts';
import { tileFileForPath } from '../../../scripts/vite-plugin-basemap-tiles.ts';
import { decodeTile, layerCovers, tilePosition } from './tile-probe.ts';
import { topology110m, topology50m } from './real-data.ts';

const layers = buildBasemapLayers(topology110m, topology50m);
const tiles = new Map(
  [...worldTiles(layers.land50m, layers.borders50m)].map(({ tile, bytes }) => [
    `${tile.z}/${tile.x}/${tile.y}`,
    bytes,
  ]),
);
const tileAt = (lng: number, lat: number, z: number) => {
  const { tx, ty } = tilePosition(lng, lat, z, 4096);
  return decodeTile(tiles.get(`${z}/${tx}/${ty}`) ?? new Uint8Array());
};

describe('world tiles, zooms 3–5 (Natural Earth 50m)', () => {
  it('has every tile of the world at zooms 3, 4 and 5', () => {
    expect(tiles.size).toBe(64 + 256 + 1024);
  });

  it('has land and borders on the Korean peninsula and nothing in mid-Pacific', () => {
    const korea = tileAt(127.5, 37, 5);
    expect(layerCovers(korea, 'land', 5, 127.5, 36.5)).toBe(true);
    expect(korea.layers['borders']?.length).toBeGreaterThan(0);
    expect(Object.keys(tileAt(-140, 35, 5).layers)).toEqual([]);
  });

  it('keeps the Sea of Japan water', () => {
    expect(layerCovers(tileAt(134, 40, 4), 'land', 4, 134, 40)).toBe(false);
  });
});

describe('tileFileForPath (dev server)', () => {
  it('maps tile and index URLs into the pyramids, and nothing else', () => {
    expect(tileFileForPath('/b', '/basemap/detail/14/13975/6344.pbf')).toBe(
      '/b/detail/14/13975/6344.pbf',
    );
    expect(tileFileForPath('/b', '/basemap/world/index.json')).toBe('/b/world/index.json');
    expect(tileFileForPath('/b', '/basemap/detail/build.json')).toBeNull();
    expect(tileFileForPath('/b', '/basemap/detail/../../secret.pbf')).toBeNull();
    expect(tileFileForPath('/b', '/basemap/land-50m.geojson')).toBeNull();
  });
});
