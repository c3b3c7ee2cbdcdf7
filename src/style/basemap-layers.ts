/**
 * The embedded basemap's tiled levels as MapLibre sources and layers: Natural Earth 50m tiles for
 * the middle zooms (the whole world), and the detail tiles (OpenStreetMap land, borders and
 * GeoNames towns) where the stories are. Pure; `build-style.ts` puts them under the story layers.
 *
 * One seamless map: where the detail index's zooms begin, a detail tile first paints its `cover` (a polygon
 * over the whole tile) in the ocean's colour over the coarse land and borders, then its own land
 * and borders, so the coarse coastline never shows twice. Outside the regions there are no detail
 * tiles and the 50m level stays, over-zoomed.
 */
import type { LayerSpecification, SourceSpecification } from 'maplibre-gl';
import type { LanguageCode } from '../story/types.ts';
import type { Palette } from './palettes.ts';

/** Zooms of the world tiles (Natural Earth 50m); MapLibre over-zooms beyond the last. */
export const WORLD_MIN_ZOOM = 3;
export const WORLD_MAX_ZOOM = 5;

/** One region the detail tiles cover: `[west, south, east, north]` in degrees. */
export interface DetailRegion {
  id: string;
  bounds: [number, number, number, number];
}

/** `basemap/detail/index.json`, written by the tile build (docs/basemap.md). */
export interface DetailIndex {
  /** HTML credit of the detail data (OpenStreetMap, GeoNames). */
  attribution: string;
  minzoom: number;
  maxzoom: number;
  regions: DetailRegion[];
}

export interface TiledBasemap {
  /** `…/basemap/world/{z}/{x}/{y}.pbf`, absolute. */
  worldTiles: string;
  /** HTML credit of the world tiles (Natural Earth). */
  worldAttribution: string;
  /** `…/basemap/detail/{z}/{x}/{y}.pbf`, absolute. */
  detailTiles: string;
  /** The regions with detail; null when the index could not be read (the map goes without). */
  detail: DetailIndex | null;
}

export const WORLD_SOURCE = 'world';

/** Source id of the detail tiles of the region at `index` (one source each: see `bounds`). */
export function detailSourceId(index: number): string {
  return `detail-${index}`;
}

/** Id of the layer of basemap town and district names: every story layer is above it. */
export const TOWN_LABELS_LAYER_PREFIX = 'detail-places-';

/**
 * One vector source per region, each with the region's `bounds`: MapLibre requests only tiles
 * that touch them, and the build wrote exactly those, so a view never asks for a missing tile.
 */
export function tiledBasemapSources(basemap: TiledBasemap): Record<string, SourceSpecification> {
  const sources: Record<string, SourceSpecification> = {
    [WORLD_SOURCE]: {
      type: 'vector',
      tiles: [basemap.worldTiles],
      minzoom: WORLD_MIN_ZOOM,
      maxzoom: WORLD_MAX_ZOOM,
      attribution: basemap.worldAttribution,
    },
  };
  const detail = basemap.detail;
  detail?.regions.forEach((region, index) => {
    sources[detailSourceId(index)] = {
      type: 'vector',
      tiles: [basemap.detailTiles],
      minzoom: detail.minzoom,
      maxzoom: detail.maxzoom,
      bounds: region.bounds,
      attribution: detail.attribution,
    };
  });
  return sources;
}

const lineWidth = [
  'interpolate',
  ['linear'],
  ['zoom'],
  1,
  0.5,
  6,
  1.2,
  12,
  1.8,
] as unknown as number;

/**
 * Land and borders of the world tiles, then of each region: covers first (all of them, so one
 * region's cover never hides another's land where their tiles overlap), lands, borders.
 */
export function tiledBasemapLayers(palette: Palette, detail: DetailIndex | null) {
  const regions = detail?.regions.map((_, index) => detailSourceId(index)) ?? [];
  // Also keeps the detail credit (OpenStreetMap, GeoNames) off the map where no detail can show:
  // MapLibre credits a source while a layer of it is in its zoom range.
  const minzoom = detail?.minzoom ?? 0;
  const layers: LayerSpecification[] = [
    {
      id: 'world-land',
      type: 'fill',
      source: WORLD_SOURCE,
      'source-layer': 'land',
      minzoom: WORLD_MIN_ZOOM,
      paint: { 'fill-color': palette.land },
    },
    {
      id: 'world-borders',
      type: 'line',
      source: WORLD_SOURCE,
      'source-layer': 'borders',
      minzoom: WORLD_MIN_ZOOM,
      layout: { 'line-join': 'round' },
      paint: { 'line-color': palette.border, 'line-width': lineWidth },
    },
    ...regions.map((source): LayerSpecification => ({
      id: `${source}-cover`,
      type: 'fill',
      source,
      minzoom,
      'source-layer': 'cover',
      // No antialiasing: neighbouring covers meet edge to edge, and a soft edge would show the
      // coarse land through as a hairline along every tile boundary.
      paint: { 'fill-color': palette.ocean, 'fill-antialias': false },
    })),
    ...regions.map((source): LayerSpecification => ({
      id: `${source}-land`,
      type: 'fill',
      source,
      minzoom,
      'source-layer': 'land',
      paint: { 'fill-color': palette.land, 'fill-antialias': false },
    })),
    ...regions.map((source): LayerSpecification => ({
      id: `${source}-borders`,
      type: 'line',
      source,
      minzoom,
      'source-layer': 'borders',
      layout: { 'line-join': 'round' },
      paint: { 'line-color': palette.border, 'line-width': lineWidth },
    })),
  ];
  return layers;
}

/**
 * The name a town label shows: the reader's language where the data has it, else the Latin name.
 */
export function townNameField(language: LanguageCode): unknown {
  return language === 'en'
    ? ['get', 'name']
    : ['coalesce', ['get', `name_${language}`], ['get', 'name']];
}

/**
 * Names of towns, districts and neighbourhoods from the detail tiles' `places`. Below every story
 * layer, so story labels are placed first (MapLibre places the topmost layer's symbols first) and
 * a town name gives way to them; ranked with `symbol-sort-key`, so where two names collide the more
 * important one stays.
 */
export function townLabelLayers(
  palette: Palette,
  language: LanguageCode,
  detail: DetailIndex | null,
  font: string,
): LayerSpecification[] {
  return (detail?.regions ?? []).map(
    (_, index): LayerSpecification =>
      ({
        id: `${TOWN_LABELS_LAYER_PREFIX}${index}`,
        type: 'symbol',
        source: detailSourceId(index),
        'source-layer': 'places',
        minzoom: detail?.minzoom ?? 0,
        layout: {
          'text-field': townNameField(language),
          'text-font': [font],
          'text-size': [
            'interpolate',
            ['linear'],
            ['zoom'],
            6,
            ['case', ['<=', ['get', 'rank'], 2], 12, 10.5],
            12,
            ['case', ['<=', ['get', 'rank'], 2], 15, 12.5],
          ],
          'text-max-width': 8,
          'text-padding': 6,
          'symbol-sort-key': ['get', 'rank'],
          'text-variable-anchor': ['center', 'top', 'bottom', 'left', 'right'],
          'text-radial-offset': 0.4,
        },
        paint: {
          'text-color': palette.countryLabel,
          'text-halo-color': palette.countryLabelHalo,
          'text-halo-width': 1.4,
        },
      }) as LayerSpecification,
  );
}
