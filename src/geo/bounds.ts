/**
 * Bounding boxes that take the short way round the globe. A story about Washington and Seoul must
 * be framed across the Pacific, not across Europe, so longitudes are treated as points on a circle.
 */
import type { Geometry } from 'geojson';
import { positionsOf } from './positions.ts';

/**
 * The closest zoom a story's first view is framed at, by the map and by its static preview alike
 * (512-pixel tiles, as MapLibre counts): the deepest zoom of the detail tiles, so a story whose
 * places lie in one city opens on the city, its river and shores, its places spread across it.
 */
export const FIRST_VIEW_MAX_ZOOM = 14;

/**
 * `[west, south, east, north]` in degrees, as RFC 7946 writes it: when the box crosses the
 * antimeridian, `west > east` (e.g. `[103.8, 1.3, -77.0, 39.6]` runs east from Singapore to
 * Washington across the Pacific).
 */
export type Bbox = [west: number, south: number, east: number, north: number];

/** Wraps a longitude into [-180, 180). */
export function wrapLng(lng: number): number {
  // Leave in-range values untouched: the modulo arithmetic below would add rounding noise.
  if (lng >= -180 && lng <= 180) return lng;
  const wrapped = ((((lng + 180) % 360) + 360) % 360) - 180;
  // -180 and 180 are one meridian; keep 180 when that is what was asked for.
  return wrapped === -180 && lng > 0 ? 180 : wrapped;
}

/**
 * The shortest arc of longitude that holds every given longitude, as `{west, east}` with east
 * possibly below west (crossing the antimeridian). It is the circle minus its widest empty gap.
 */
export function shortestLngSpan(lngs: readonly number[]): { west: number; east: number } {
  if (lngs.length === 0) throw new RangeError('shortestLngSpan needs at least one longitude');
  const sorted = [...new Set(lngs.map(wrapLng))].sort((a, b) => a - b);
  const first = sorted[0] as number;
  const last = sorted[sorted.length - 1] as number;
  // The gap that wraps from the last longitude round to the first (through the antimeridian).
  let widestGap = first + 360 - last;
  let west = first;
  let east = last;
  for (let i = 1; i < sorted.length; i++) {
    const gap = (sorted[i] as number) - (sorted[i - 1] as number);
    if (gap > widestGap) {
      widestGap = gap;
      west = sorted[i] as number;
      east = sorted[i - 1] as number;
    }
  }
  return { west, east };
}

/** The smallest box holding all the geometries, the short way round; null when there are none. */
export function boundsOf(geometries: readonly Geometry[]): Bbox | null {
  const positions = geometries.flatMap(positionsOf);
  if (positions.length === 0) return null;
  const lats = positions.map((position) => position[1] as number);
  const { west, east } = shortestLngSpan(positions.map((position) => position[0] as number));
  return [west, Math.min(...lats), east, Math.max(...lats)];
}

/**
 * The box as two corners MapLibre can fit, with the east corner unwrapped past 180° when the box
 * crosses the antimeridian, so the camera flies over the Pacific rather than the long way round.
 */
export function toCameraBounds(bbox: Bbox): [[number, number], [number, number]] {
  const [west, south, east, north] = bbox;
  return [
    [west, south],
    [east < west ? east + 360 : east, north],
  ];
}

/** The centre of a box, wrapped into [-180, 180); antimeridian-aware. */
export function centerOf(bbox: Bbox): [number, number] {
  const [[west, south], [east, north]] = toCameraBounds(bbox);
  return [wrapLng((west + east) / 2), (south + north) / 2];
}
