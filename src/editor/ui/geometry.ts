/**
 * Pure geometry helpers for the editor: splitting multi-part places into the single parts the
 * drawing library edits, joining them back, and cutting shapes drawn across the 180° meridian.
 */
import type { Geometry, LineString, Point, Polygon, Position } from 'geojson';

export type SinglePart = Point | LineString | Polygon;

/** What a click on the editor's map does: select and reshape a place, or draw a new one. */
export type DrawMode = 'select' | 'point' | 'linestring' | 'polygon';

/** The single parts of a geometry, in order (a Multi* gives one per member). */
export function partsOf(geometry: Geometry): SinglePart[] {
  switch (geometry.type) {
    case 'Point':
    case 'LineString':
    case 'Polygon':
      return [geometry];
    case 'MultiPoint':
      return geometry.coordinates.map((coordinates) => ({ type: 'Point', coordinates }));
    case 'MultiLineString':
      return geometry.coordinates.map((coordinates) => ({ type: 'LineString', coordinates }));
    case 'MultiPolygon':
      return geometry.coordinates.map((coordinates) => ({ type: 'Polygon', coordinates }));
    case 'GeometryCollection':
      return geometry.geometries.flatMap(partsOf);
  }
}

/** One geometry from parts of one kind: the part itself, or a Multi* of them. */
export function joinParts(parts: readonly SinglePart[]): Geometry {
  const [first] = parts;
  if (!first) throw new Error('joinParts needs at least one part');
  if (parts.length === 1) return first;
  if (parts.some((part) => part.type !== first.type)) {
    return { type: 'GeometryCollection', geometries: [...parts] };
  }
  switch (first.type) {
    case 'Point':
      return { type: 'MultiPoint', coordinates: parts.map((p) => p.coordinates as Position) };
    case 'LineString':
      return {
        type: 'MultiLineString',
        coordinates: parts.map((p) => p.coordinates as Position[]),
      };
    case 'Polygon':
      return { type: 'MultiPolygon', coordinates: parts.map((p) => p.coordinates as Position[][]) };
  }
}

/** Longitude brought into -180..180. */
export function wrapLongitude(lng: number): number {
  if (lng >= -180 && lng <= 180) return lng;
  return ((((lng + 180) % 360) + 360) % 360) - 180;
}

/**
 * Makes a longitude run continuous (no jump of more than 180° between neighbours), so a shape
 * drawn across the 180° meridian is one run of numbers, possibly beyond ±180.
 */
function unwrap(ring: readonly Position[]): Position[] {
  const out: Position[] = [];
  for (const position of ring) {
    const [lng = 0, lat = 0] = position;
    const previous = out.at(-1);
    let next = lng;
    if (previous) {
      const prevLng = previous[0] ?? 0;
      while (next - prevLng > 180) next -= 360;
      while (next - prevLng < -180) next += 360;
    }
    out.push([next, lat]);
  }
  return out;
}

/** Latitude where the segment a→b crosses longitude x. */
function latAt(a: Position, b: Position, x: number): number {
  const [ax = 0, ay = 0] = a;
  const [bx = 0, by = 0] = b;
  return ay + ((by - ay) * (x - ax)) / (bx - ax);
}

function shiftAll(ring: readonly Position[], by: number): Position[] {
  return ring.map(([lng = 0, lat = 0]) => [lng + by, lat]);
}

/** The stretches of an unwrapped line between the meridians at odd multiples of 180°. */
function splitLine(line: readonly Position[]): Position[][] {
  const pieces: Position[][] = [];
  let current: Position[] = [];
  const band = (lng: number) => Math.floor((lng + 180) / 360);
  for (const [index, position] of line.entries()) {
    const previous = index > 0 ? line[index - 1] : undefined;
    if (previous) {
      const from = band(previous[0] ?? 0);
      const to = band(position[0] ?? 0);
      if (from !== to) {
        const meridian = (Math.max(from, to) * 360 - 180) as number;
        const lat = latAt(previous, position, meridian);
        current.push([meridian, lat]);
        pieces.push(shiftAll(current, -from * 360));
        current = [[meridian, lat]];
        // The piece continues in the next band: its meridian point is written on that side.
        current = shiftAll(current, 0);
      }
    }
    current.push(position);
  }
  pieces.push(shiftAll(current, -band(current.at(-1)?.[0] ?? 0) * 360));
  return pieces
    .map((piece) => piece.map(([lng = 0, lat = 0]) => [clampEdge(lng), lat] as Position))
    .filter((piece) => piece.length >= 2);
}

/** ±180 stays as written (the side matters); anything else is brought into range. */
function clampEdge(lng: number): number {
  if (Math.abs(Math.abs(lng) - 180) < 1e-9) return Math.sign(lng) * 180;
  return wrapLongitude(lng);
}

/** A ring clipped to one side of a meridian (Sutherland–Hodgman against one half-plane). */
function clipRing(ring: readonly Position[], meridian: number, keepWest: boolean): Position[] {
  const inside = (p: Position) => (keepWest ? (p[0] ?? 0) <= meridian : (p[0] ?? 0) >= meridian);
  const out: Position[] = [];
  for (let i = 0; i < ring.length - 1; i++) {
    const a = ring[i] as Position;
    const b = ring[i + 1] as Position;
    if (inside(a)) out.push(a);
    if (inside(a) !== inside(b)) out.push([meridian, latAt(a, b, meridian)]);
  }
  if (out.length > 0) out.push(out[0] as Position);
  return out;
}

/**
 * The geometry with every longitude in -180..180, and any line or polygon that crosses the 180°
 * meridian cut there into parts (RFC 7946 §3.1.9), so the validator and every map draw it the
 * short way round.
 */
export function splitAtAntimeridian(geometry: SinglePart): SinglePart[] {
  if (geometry.type === 'Point') {
    const [lng = 0, lat = 0] = geometry.coordinates;
    return [{ type: 'Point', coordinates: [wrapLongitude(lng), lat] }];
  }
  if (geometry.type === 'LineString') {
    return splitLine(unwrap(geometry.coordinates)).map((coordinates) => ({
      type: 'LineString',
      coordinates,
    }));
  }
  const outer = unwrap(geometry.coordinates[0] ?? []);
  const lngs = outer.map((p) => p[0] ?? 0);
  const min = Math.min(...lngs);
  const max = Math.max(...lngs);
  // Bring the shape's west edge into -180..180 first.
  const shift = -Math.floor((min + 180) / 360) * 360;
  const ring = shiftAll(outer, shift);
  if (max + shift <= 180) {
    return [{ type: 'Polygon', coordinates: [ring, ...geometry.coordinates.slice(1)] }];
  }
  // Holes are dropped when a shape is cut: rare for a news map, and the editor says nothing wrong.
  const west = clipRing(ring, 180, true);
  const east = shiftAll(clipRing(ring, 180, false), -360);
  return [west, east]
    .filter((part) => part.length >= 4)
    .map((part) => ({ type: 'Polygon', coordinates: [part] }));
}
