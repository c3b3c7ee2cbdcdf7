/**
 * Where to put a place's label, and where its popup points when it is opened from the keyboard:
 * a spot inside the shape that a reader recognises as "the place".
 */
import { along, length, lineString } from '@turf/turf';
import type { Geometry, Position } from 'geojson';
import polylabel from 'polylabel';
import { shortestLngSpan, wrapLng } from './bounds.ts';

/** Unsigned planar area of a ring in square degrees; enough to pick the biggest part. */
function ringArea(ring: readonly Position[]): number {
  let twiceArea = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [x1, y1] = ring[j] as Position;
    const [x2, y2] = ring[i] as Position;
    twiceArea += (x1 as number) * (y2 as number) - (x2 as number) * (y1 as number);
  }
  return Math.abs(twiceArea / 2);
}

/** The longest line of a set, by geodesic length. */
function longestLine(lines: readonly Position[][]): Position[] {
  let best = lines[0] ?? [];
  let bestKm = -1;
  for (const line of lines) {
    if (line.length < 2) continue;
    const km = length(lineString(line));
    if (km > bestKm) {
      bestKm = km;
      best = line;
    }
  }
  return best;
}

/**
 * A label position for any story geometry: the point itself; the middle of a set of points (the
 * short way round); the middle of the longest line by distance along it; or the pole of
 * inaccessibility of the largest polygon part (a shape split at the antimeridian labels its
 * bigger half rather than a spot between the halves).
 */
export function labelPoint(geometry: Geometry): [number, number] {
  switch (geometry.type) {
    case 'Point':
      return [geometry.coordinates[0] as number, geometry.coordinates[1] as number];
    case 'MultiPoint': {
      const lngs = geometry.coordinates.map((position) => position[0] as number);
      const { west, east } = shortestLngSpan(lngs);
      const unwrappedEast = east < west ? east + 360 : east;
      const lats = geometry.coordinates.map((position) => position[1] as number);
      return [wrapLng((west + unwrappedEast) / 2), (Math.min(...lats) + Math.max(...lats)) / 2];
    }
    case 'LineString':
    case 'MultiLineString': {
      const line =
        geometry.type === 'LineString' ? geometry.coordinates : longestLine(geometry.coordinates);
      const middle = along(lineString(line), length(lineString(line)) / 2);
      return middle.geometry.coordinates as [number, number];
    }
    case 'Polygon':
    case 'MultiPolygon': {
      const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
      let largest = polygons[0] as Position[][];
      for (const polygon of polygons) {
        if (ringArea(polygon[0] ?? []) > ringArea(largest[0] ?? [])) largest = polygon;
      }
      const [lng, lat] = polylabel(largest as [number, number][][], 0.001);
      return [lng as number, lat as number];
    }
    case 'GeometryCollection': {
      const first = geometry.geometries[0];
      if (!first) throw new RangeError('labelPoint needs a non-empty geometry');
      return labelPoint(first);
    }
  }
}
