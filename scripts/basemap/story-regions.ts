/**
 * The regions that get detail tiles: a margin around every place of every story, and the bounds
 * (plus the same margin) of every line and area, merged where they overlap and split at ±180°.
 * Pure: stories in, regions out. See docs/basemap.md, "Detail tiles".
 */
import type { Geometry, Position } from 'geojson';
import {
  boundsIntersect,
  boundsUnion,
  MAX_MERCATOR_LATITUDE,
  tileCount,
  type Bounds,
} from './tile-math.ts';

/** A story's features as the region computation needs them. */
export interface StoryGeometries {
  /** The story folder's name. */
  id: string;
  features: readonly { id: string; geometry: Geometry | null }[];
}

/** A region with detail tiles. */
export interface DetailRegion {
  /** `<story>/<feature>` of the first feature that made it. */
  id: string;
  bounds: Bounds;
}

export interface RegionOptions {
  /** Margin around every point and every line's or area's bounds, in km. */
  marginKm: number;
  /** Zooms the regions are tiled at (for the tile cap). */
  minzoom: number;
  maxzoom: number;
  /**
   * Cap on the detail tiles of all regions together (summed per region, so overlaps at low zoom
   * count twice: an upper bound). A feature whose region would go over it gets no detail.
   */
  maxTiles: number;
  /** Cap on the number of regions after merging. */
  maxRegions: number;
}

/**
 * 15 km around a place: a city-zoom view (zoom 12–14) and some panning stay inside detail, and
 * at zoom 10 the tiles touching the region (each ~40 km wide) cover a city and its surroundings.
 * 60,000 tiles is about 12 regions of a city each with one 2°×1° sea area.
 */
export const DEFAULT_REGION_OPTIONS: RegionOptions = {
  marginKm: 15,
  minzoom: 6,
  maxzoom: 14,
  maxTiles: 60_000,
  maxRegions: 64,
};

/** What `storyRegions` computed, and what it left out to stay within its caps. */
export interface RegionsResult {
  regions: DetailRegion[];
  /** `<story>/<feature>` of features left without detail, each with why. */
  skipped: { id: string; reason: string }[];
}

const KM_PER_DEGREE = 111.32;

/** The parts whose bounds are taken separately (a MultiPolygon split at 180° has one per side). */
function partsOf(geometry: Geometry | null): Position[][] {
  if (!geometry) return [];
  switch (geometry.type) {
    case 'Point':
      return [[geometry.coordinates]];
    case 'MultiPoint':
      return geometry.coordinates.map((point) => [point]);
    case 'LineString':
      return [geometry.coordinates];
    case 'MultiLineString':
      return geometry.coordinates;
    case 'Polygon':
      return [geometry.coordinates.flat()];
    case 'MultiPolygon':
      return geometry.coordinates.map((polygon) => polygon.flat());
    case 'GeometryCollection':
      return geometry.geometries.flatMap(partsOf);
  }
}

function isFinitePosition(position: Position): boolean {
  return Number.isFinite(position[0]) && Number.isFinite(position[1]);
}

/**
 * The bounds of one part with `marginKm` around it, as one or two boxes within -180..180: a box
 * reaching past ±180° continues on the other side (a place in Fiji gets detail on both).
 */
export function boxesAround(part: readonly Position[], marginKm: number): Bounds[] {
  const points = part.filter(isFinitePosition);
  if (points.length === 0) return [];
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [lng, lat] of points as [number, number][]) {
    west = Math.min(west, lng);
    east = Math.max(east, lng);
    south = Math.min(south, lat);
    north = Math.max(north, lat);
  }
  const dLat = marginKm / KM_PER_DEGREE;
  // The margin in longitude at the latitude farthest from the equator, where degrees are shortest.
  const farthest = Math.min(89, Math.max(Math.abs(south), Math.abs(north)));
  const dLng = Math.min(180, marginKm / (KM_PER_DEGREE * Math.cos((farthest * Math.PI) / 180)));
  const box: Bounds = [
    west - dLng,
    Math.max(-MAX_MERCATOR_LATITUDE, south - dLat),
    east + dLng,
    Math.min(MAX_MERCATOR_LATITUDE, north + dLat),
  ];
  if (box[1] > box[3]) return [];
  if (box[2] - box[0] >= 360) return [[-180, box[1], 180, box[3]]];
  const boxes: Bounds[] = [[Math.max(-180, box[0]), box[1], Math.min(180, box[2]), box[3]]];
  if (box[0] < -180) boxes.push([box[0] + 360, box[1], 180, box[3]]);
  if (box[2] > 180) boxes.push([-180, box[1], box[2] - 360, box[3]]);
  return boxes;
}

/** Tiles of one region at every zoom of `options`. */
function regionTiles(bounds: Bounds, options: RegionOptions): number {
  let total = 0;
  for (let z = options.minzoom; z <= options.maxzoom; z++) total += tileCount(bounds, z);
  return total;
}

/** `regions` with `box` added: every region it overlaps is merged into it (repeatedly). */
function mergeInto(regions: readonly DetailRegion[], box: Bounds, id: string): DetailRegion[] {
  let merged: DetailRegion = { id, bounds: box };
  let rest = [...regions];
  for (;;) {
    const overlapping = rest.filter((region) => boundsIntersect(region.bounds, merged.bounds));
    if (overlapping.length === 0) break;
    // The merged region keeps the id of the earliest region in it.
    const first = overlapping[0] as DetailRegion;
    merged = {
      id: first.id,
      bounds: overlapping.reduce(
        (bounds, region) => boundsUnion(bounds, region.bounds),
        merged.bounds,
      ),
    };
    rest = rest.filter((region) => !overlapping.includes(region));
  }
  // Keep the order of first appearance: the merged region takes its earliest member's place.
  const index = regions.findIndex((region) => region.id === merged.id);
  const out = rest.slice();
  out.splice(index === -1 ? out.length : Math.min(index, out.length), 0, merged);
  return out;
}

/**
 * The detail regions of `stories`, in the order their first feature appears (stories in the order
 * given, features in layer order). Features are added one by one; one that would take the regions
 * over `maxTiles` or `maxRegions` is skipped and listed in `skipped`, so a story of a thousand
 * places spread over the world cannot blow up the build: its first places get detail, the rest
 * the coarse map.
 */
export function storyRegions(
  stories: readonly StoryGeometries[],
  options: RegionOptions = DEFAULT_REGION_OPTIONS,
): RegionsResult {
  let regions: DetailRegion[] = [];
  const skipped: RegionsResult['skipped'] = [];
  const usedIds = new Set<string>();
  for (const story of stories) {
    for (const feature of story.features) {
      const featureId = `${story.id}/${feature.id}`;
      const boxes = partsOf(feature.geometry).flatMap((part) =>
        boxesAround(part, options.marginKm),
      );
      let candidate = regions;
      for (const box of boxes) {
        let id = featureId;
        for (let n = 2; usedIds.has(id); n++) id = `${featureId}-${n}`;
        usedIds.add(id);
        candidate = mergeInto(candidate, box, id);
      }
      const tiles = candidate.reduce((sum, region) => sum + regionTiles(region.bounds, options), 0);
      if (tiles > options.maxTiles) {
        skipped.push({ id: featureId, reason: `over the cap of ${options.maxTiles} detail tiles` });
      } else if (candidate.length > options.maxRegions) {
        skipped.push({ id: featureId, reason: `over the cap of ${options.maxRegions} regions` });
      } else {
        regions = candidate;
      }
    }
  }
  // 5 decimals (about a metre) are plenty for bounds, and keep index.json readable.
  const round = (value: number) => Math.round(value * 1e5) / 1e5;
  return {
    regions: regions.map((region) => ({
      id: region.id,
      bounds: region.bounds.map(round) as Bounds,
    })),
    skipped,
  };
}
