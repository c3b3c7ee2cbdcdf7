/**
 * The middle zooms (3–5) of the basemap as vector tiles of Natural Earth 50m land and borders, the
 * same shapes as `land-50m.geojson` and `borders-50m.geojson`: every tile of the world, so a map
 * at those zooms downloads the tiles in view instead of the whole world's 50m GeoJSON.
 */
import type { FeatureCollection, Geometry } from 'geojson';
import type { TileAddress } from './tile-math.ts';
import { createTiler } from './vector-tiles.ts';

export const WORLD_TILE_ZOOMS = { minzoom: 3, maxzoom: 5 } as const;

/** Every tile of the world at zooms 3–5, encoded (zero bytes where there is only sea). */
export function* worldTiles(
  land50m: FeatureCollection<Geometry, Record<string, unknown>>,
  borders50m: FeatureCollection<Geometry, Record<string, unknown>>,
): Generator<{ tile: TileAddress; bytes: Uint8Array }> {
  const { minzoom, maxzoom } = WORLD_TILE_ZOOMS;
  const tiler = createTiler(
    [
      { name: 'land', data: land50m },
      { name: 'borders', data: borders50m },
    ],
    // The 50m data is already simplified to its scale: geojson-vt's tolerance only drops what a
    // pixel cannot show.
    { maxzoom, tolerance: 3, buffer: 64, cover: false },
  );
  for (let z = minzoom; z <= maxzoom; z++) {
    for (let x = 0; x < 2 ** z; x++) {
      for (let y = 0; y < 2 ** z; y++)
        yield { tile: { z, x, y }, bytes: tiler.encode({ z, x, y }) };
    }
  }
}
