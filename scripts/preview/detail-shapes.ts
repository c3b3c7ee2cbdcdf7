/**
 * The detail tiles as a static preview draws them: the tiles of one zoom that cover a view, read
 * from the folder the tile build wrote (`geo/basemap/detail/`) and turned back into lon/lat
 * GeoJSON. A preview framed at city zoom draws these instead of the coarse land.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { VectorTile } from '@mapbox/vector-tile';
import type { Feature, Geometry, Point } from 'geojson';
import { PbfReader } from 'pbf';
import { tileBounds, tileRange, type Bounds } from '../basemap/tile-math.ts';

/** One detail tile's shapes, in lon/lat. */
export interface DetailTileShapes {
  /** The tile's own bounds: its `cover` (the detail's water) spans them. */
  bounds: Bounds;
  land: Feature<Geometry>[];
  borders: Feature<Geometry>[];
  places: Feature<Point, { name: string; rank: number; minzoom: number; kind: string }>[];
}

/** Where detail tiles can be read from. */
export interface PreviewDetail {
  minzoom: number;
  maxzoom: number;
  /** The existing tiles of zoom `z` that touch `view` (split at 180° by the caller). */
  tiles: (view: Bounds, z: number) => DetailTileShapes[];
}

function layerFeatures(tile: VectorTile, name: string, x: number, y: number, z: number): Feature[] {
  const layer = tile.layers[name];
  if (!layer) return [];
  return Array.from(
    { length: layer.length },
    (_, i) => layer.feature(i).toGeoJSON(x, y, z) as Feature,
  );
}

/** A tile's shapes from its bytes. */
export function decodeDetailTile(
  bytes: Uint8Array,
  z: number,
  x: number,
  y: number,
): DetailTileShapes {
  const tile = new VectorTile(new PbfReader(bytes));
  return {
    bounds: tileBounds({ z, x, y }),
    land: layerFeatures(tile, 'land', x, y, z),
    borders: layerFeatures(tile, 'borders', x, y, z),
    places: layerFeatures(tile, 'places', x, y, z) as DetailTileShapes['places'],
  };
}

/** Most tiles a preview reads: a 1200-pixel picture at zoom z needs about 3 × 2 of zoom z. */
const MAX_TILES = 64;

/**
 * The detail tiles in `detailDir` (with its `index.json`), or null when there are none (not built,
 * or a story without regions).
 */
export function readPreviewDetail(detailDir: string): PreviewDetail | null {
  const indexPath = join(detailDir, 'index.json');
  if (!existsSync(indexPath)) return null;
  const index = JSON.parse(readFileSync(indexPath, 'utf8')) as { minzoom: number; maxzoom: number };
  return {
    minzoom: index.minzoom,
    maxzoom: index.maxzoom,
    tiles(view, z) {
      const { minX, maxX, minY, maxY } = tileRange(view, z);
      if ((maxX - minX + 1) * (maxY - minY + 1) > MAX_TILES) return [];
      const shapes: DetailTileShapes[] = [];
      for (let x = minX; x <= maxX; x++) {
        for (let y = minY; y <= maxY; y++) {
          const path = join(detailDir, String(z), String(x), `${y}.pbf`);
          if (existsSync(path)) shapes.push(decodeDetailTile(readFileSync(path), z, x, y));
        }
      }
      return shapes;
    },
  };
}
