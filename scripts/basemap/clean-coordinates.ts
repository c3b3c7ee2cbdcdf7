/**
 * Rounding planar lon/lat geometry for small files, without breaking what the antimeridian cut
 * guarantees: edges stay exactly on ±180° and ±90°, and rings stay closed and non-degenerate.
 */
import { rewind } from '@turf/turf';
import type { MultiPolygon, Position } from 'geojson';
import { ringSignedArea2, type PlanarPolygon } from './cut-antimeridian.ts';

/**
 * Degrees within which a coordinate is snapped onto the map's edge (±180° longitude, ±90°
 * latitude). Catches d3's degeneracy nudge (a point 0.0002° off -180°) and Natural Earth 50m's
 * artificial bottom edge at -89.999°, while moving no real coastline by more than ~200 m.
 */
export const EDGE_SNAP_DEG = 0.002;

/** Longitude step of the vertices kept along a pole edge, so no segment spans more than 90°. */
const POLE_EDGE_STEP_DEG = 90;

/** Rounds a number to a count of decimals (the result prints as that decimal in JSON). */
function roundTo(value: number, factor: number): number {
  return Math.round(value * factor) / factor;
}

/** Rounds a position to `decimals` places, clamps it to the map and snaps it onto the map's edges. */
export function roundPosition(position: Position, decimals: number): [number, number] {
  const factor = 10 ** decimals;
  let lng = Math.max(-180, Math.min(180, position[0] as number));
  let lat = Math.max(-90, Math.min(90, position[1] as number));
  // Antimeridian: both halves of a cut shape must end on exactly the same meridian.
  if (180 - Math.abs(lng) < EDGE_SNAP_DEG) lng = Math.sign(lng) * 180;
  // Poles: a polygon around a pole is closed along latitude ±90 exactly.
  if (90 - Math.abs(lat) < EDGE_SNAP_DEG) lat = Math.sign(lat) * 90;
  return [roundTo(lng, factor), roundTo(lat, factor)];
}

/** Drops consecutive repeats of the same position (in place order, not cyclic). */
function dropRepeats(positions: Position[]): Position[] {
  return positions.filter((position, i) => {
    const previous = positions[i - 1];
    return !previous || previous[0] !== position[0] || previous[1] !== position[1];
  });
}

function isOnPole(position: Position): boolean {
  return Math.abs(position[1] as number) === 90;
}

/**
 * Replaces each run of vertices along a pole edge (latitude ±90, where every longitude is the same
 * point on the globe) by its two ends plus a vertex every 90°: Natural Earth 50m spends ~250 points
 * on Antarctica's bottom edge, and d3's own pole edge jumps a full 180° per segment.
 * Takes and returns an open ring (no closing repeat); runs that go back and forth are kept as they are.
 */
export function simplifyPoleEdges(openRing: Position[]): Position[] {
  const start = openRing.findIndex((position) => !isOnPole(position));
  if (start < 0) return openRing; // Entirely on a pole: degenerate, the caller drops it.
  // Rotate so that no run of pole vertices wraps past the end of the array.
  const ring = [...openRing.slice(start), ...openRing.slice(0, start)];
  const out: Position[] = [];
  for (let i = 0; i < ring.length;) {
    const first = ring[i] as Position;
    let end = i;
    if (isOnPole(first)) {
      while (end + 1 < ring.length && (ring[end + 1] as Position)[1] === first[1]) end++;
    }
    const run = ring.slice(i, end + 1);
    i = end + 1;
    if (run.length < 2) {
      out.push(first);
      continue;
    }
    const lngs = run.map((position) => position[0] as number);
    const rising = lngs.every((lng, k) => k === 0 || lng >= (lngs[k - 1] as number));
    const falling = lngs.every((lng, k) => k === 0 || lng <= (lngs[k - 1] as number));
    if (!rising && !falling) {
      out.push(...run);
      continue;
    }
    const lat = first[1] as number;
    const from = lngs[0] as number;
    const to = lngs[lngs.length - 1] as number;
    out.push([from, lat]);
    const step = rising ? POLE_EDGE_STEP_DEG : -POLE_EDGE_STEP_DEG;
    // Multiples of 90° strictly between the ends, in walking order.
    let lng = rising
      ? Math.floor(from / POLE_EDGE_STEP_DEG + 1) * POLE_EDGE_STEP_DEG
      : Math.ceil(from / POLE_EDGE_STEP_DEG - 1) * POLE_EDGE_STEP_DEG;
    for (; rising ? lng < to : lng > to; lng += step) out.push([lng, lat]);
    out.push([to, lat]);
  }
  return out;
}

/**
 * Rounds a closed ring and removes what rounding made redundant; returns null when nothing with
 * area is left (a small island that rounding collapses is dropped, not drawn as a speck).
 */
export function cleanRing(ring: readonly Position[], decimals: number): Position[] | null {
  const rounded = dropRepeats(ring.map((position) => roundPosition(position, decimals)));
  // Work on the open ring: the closing repeat would otherwise split a pole run in two.
  const first = rounded[0];
  const last = rounded[rounded.length - 1];
  if (first && last && first[0] === last[0] && first[1] === last[1]) rounded.pop();
  const open = dropRepeats(simplifyPoleEdges(rounded));
  if (open.length < 3) return null;
  const closed = [...open, [...(open[0] as Position)]];
  return ringSignedArea2(closed) === 0 ? null : closed;
}

/** Rounds polygons (see `cleanRing`); a polygon whose exterior collapses is dropped with its holes. */
export function cleanPolygons(
  polygons: readonly PlanarPolygon[],
  decimals: number,
): PlanarPolygon[] {
  const out: PlanarPolygon[] = [];
  for (const [exterior, ...holes] of polygons) {
    const cleanExterior = exterior && cleanRing(exterior, decimals);
    if (!cleanExterior) continue;
    const cleanHoles = holes
      .map((hole) => cleanRing(hole, decimals))
      .filter((hole): hole is Position[] => hole !== null);
    out.push([cleanExterior, ...cleanHoles]);
  }
  return out;
}

/** Rounds lines and drops repeats; a line that shrinks to a single point is dropped. */
export function cleanLines(lines: readonly Position[][], decimals: number): Position[][] {
  return lines
    .map((line) => dropRepeats(line.map((position) => roundPosition(position, decimals))))
    .filter((line) => line.length >= 2);
}

/**
 * Rewinds planar polygons to RFC 7946's right-hand rule (exteriors counter-clockwise, holes
 * clockwise); d3 and world-atlas use the opposite (spherical) convention.
 */
export function rewindToRfc7946(polygons: readonly PlanarPolygon[]): MultiPolygon {
  const geometry: MultiPolygon = { type: 'MultiPolygon', coordinates: [...polygons] };
  return rewind(geometry) as MultiPolygon;
}
