/**
 * Cutting GeoJSON layers into Mapbox Vector Tiles with geojson-vt and encoding them with
 * @maplibre/vt-pbf. One geojson-vt index per layer; a tile is the layers that have something in it.
 */
import type { FeatureCollection, Geometry } from 'geojson';
import GeoJSONVT, { type LegacyFeature, type LegacyTile } from 'geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import type { TileAddress } from './tile-math.ts';

/** Tile coordinate extent (the MVT default; MapLibre expects it). */
export const TILE_EXTENT = 4096;

/** A layer to tile: its name in the tiles, its data, and an optional per-tile feature filter. */
export interface TileLayerSource {
  name: string;
  data: FeatureCollection<Geometry, Record<string, unknown>>;
  /**
   * Which of a tile's features to keep, given the tile's zoom (e.g. labels by minzoom), and in
   * what order: returns the features to encode.
   */
  select?: (features: LegacyFeature[], z: number) => LegacyFeature[];
}

export interface TilerOptions {
  /** Deepest zoom tiled; geojson-vt keeps full detail there (MapLibre over-zooms beyond). */
  maxzoom: number;
  /** geojson-vt's simplification tolerance in tile pixels (of 4096) below `maxzoom`. */
  tolerance: number;
  /** Extra tile pixels (of 4096) around each tile, so lines and fills meet across tile edges. */
  buffer: number;
  /**
   * Add a `cover` layer: one polygon over the whole tile, so a style can paint the detail's
   * water over coarser land drawn beneath.
   */
  cover: boolean;
}

/** A tile's `cover` layer: a square over the tile (clockwise in tile coordinates, y down). */
function coverTile(): LegacyTile {
  const e = TILE_EXTENT;
  return {
    features: [
      {
        type: 3,
        tags: {},
        geometry: [
          [
            [0, 0],
            [e, 0],
            [e, e],
            [0, e],
            [0, 0],
          ],
        ],
      },
    ],
  };
}

/** A tiler over fixed layers: `encode` returns one tile's bytes (empty when it holds nothing). */
export function createTiler(
  layers: readonly TileLayerSource[],
  options: TilerOptions,
): { encode: (tile: TileAddress) => Uint8Array } {
  const indexes = layers.map((layer) => ({
    layer,
    index: new GeoJSONVT(layer.data, {
      maxZoom: options.maxzoom,
      // Tiles are asked for region by region: index no deeper than needed up front.
      indexMaxZoom: 4,
      tolerance: options.tolerance,
      extent: TILE_EXTENT,
      buffer: options.buffer,
    }),
  }));
  return {
    encode({ z, x, y }) {
      const tiles: Record<string, LegacyTile> = {};
      if (options.cover) tiles['cover'] = coverTile();
      for (const { layer, index } of indexes) {
        const tile = index.getTile(z, x, y);
        if (!tile || tile.features.length === 0) continue;
        const features = layer.select ? layer.select(tile.features, z) : tile.features;
        if (features.length > 0) tiles[layer.name] = { features };
      }
      if (Object.keys(tiles).length === 0) return new Uint8Array(0);
      // vt-pbf's types name @maplibre/geojson-vt's tile; geojson-vt 5's `getTile` has the same shape.
      return fromGeojsonVt(tiles as unknown as Parameters<typeof fromGeojsonVt>[0], {
        version: 2,
        extent: TILE_EXTENT,
      });
    },
  };
}
