/**
 * The real inputs the basemap tests check: world-atlas's own topologies (not toy shapes), plus
 * geometry checks written independently of the code under test.
 */
import { booleanClockwise } from '@turf/turf';
import type { Position } from 'geojson';
import { fileURLToPath } from 'node:url';
import { readCountriesTopology } from '../../../scripts/basemap/inputs.ts';

export const root = fileURLToPath(new URL('../../../', import.meta.url));
export const topology110m = readCountriesTopology(root, '110m');
export const topology50m = readCountriesTopology(root, '50m');

/** Longitude of a position. */
export const lngOf = (position: Position): number => position[0] as number;
/** Latitude of a position. */
export const latOf = (position: Position): number => position[1] as number;

/** The largest longitude change between consecutive vertices of any ring or line. */
export function maxLngJump(lines: readonly Position[][]): number {
  let max = 0;
  for (const line of lines) {
    line.forEach((position, i) => {
      const previous = line[i - 1];
      if (previous) max = Math.max(max, Math.abs(lngOf(position) - lngOf(previous)));
    });
  }
  return max;
}

/** Positions outside lng -180..180 or lat -90..90. */
export function outOfRange(lines: readonly Position[][]): Position[] {
  return lines
    .flat()
    .filter((position) => !(Math.abs(lngOf(position)) <= 180 && Math.abs(latOf(position)) <= 90));
}

/** Rings that are not closed or have fewer than 4 positions. */
export function openRings(rings: readonly Position[][]): Position[][] {
  return rings.filter((ring) => {
    const first = ring[0];
    const last = ring[ring.length - 1];
    return ring.length < 4 || !first || !last || first[0] !== last[0] || first[1] !== last[1];
  });
}

/** Polygons breaking RFC 7946's right-hand rule (exterior counter-clockwise, holes clockwise). */
export function wronglyWound(polygons: readonly Position[][][]): Position[][][] {
  return polygons.filter(([exterior, ...holes]) => {
    if (!exterior || booleanClockwise(exterior)) return true;
    return holes.some((hole) => !booleanClockwise(hole));
  });
}

/** Latitude intervals covered by ring edges lying on the meridian `lng`, merged and sorted. */
export function edgesOnMeridian(
  polygons: readonly Position[][][],
  lng: number,
): [number, number][] {
  const intervals: [number, number][] = [];
  for (const ring of polygons.flat()) {
    ring.forEach((b, i) => {
      const a = ring[i - 1];
      if (a && lngOf(a) === lng && lngOf(b) === lng && latOf(a) !== latOf(b)) {
        intervals.push([Math.min(latOf(a), latOf(b)), Math.max(latOf(a), latOf(b))]);
      }
    });
  }
  intervals.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [south, north] of intervals) {
    const last = merged[merged.length - 1];
    if (last && south <= last[1]) last[1] = Math.max(last[1], north);
    else merged.push([south, north]);
  }
  return merged;
}

/** Total latitude length of a set of disjoint intervals. */
export function intervalLength(intervals: readonly [number, number][]): number {
  return intervals.reduce((sum, [south, north]) => sum + north - south, 0);
}

/** Latitude length covered by `a` but not by `b` (both merged, as `edgesOnMeridian` gives them). */
export function uncoveredLength(
  a: readonly [number, number][],
  b: readonly [number, number][],
): number {
  let uncovered = 0;
  for (const [south, north] of a) {
    let covered = 0;
    for (const [s, n] of b) covered += Math.max(0, Math.min(north, n) - Math.max(south, s));
    uncovered += north - south - covered;
  }
  return uncovered;
}
