/**
 * Great-circle lines between places, drawn as one continuous line even where they cross 180°.
 *
 * MapLibre draws a LineString whose longitudes run past ±180 as one line across the antimeridian,
 * so instead of splitting at 180° (what RFC 7946 asks of stored data, and what turf's greatCircle
 * gets wrong from 7.3.2 on) the longitudes are unwrapped: each one is moved by whole turns to lie
 * within 180° of the one before it.
 */
import type { Position } from 'geojson';

const RADIANS = Math.PI / 180;
/** Closer than this to a pole (in degrees of latitude), longitude means nothing. */
const POLE_EPSILON_DEGREES = 1e-9;

type Vector = [number, number, number];

function toVector([lng, lat]: Position): Vector {
  const λ = (lng as number) * RADIANS;
  const φ = (lat as number) * RADIANS;
  return [Math.cos(φ) * Math.cos(λ), Math.cos(φ) * Math.sin(λ), Math.sin(φ)];
}

function toPosition([x, y, z]: Vector, previousLng: number): Position {
  const lat = Math.atan2(z, Math.hypot(x, y)) / RADIANS;
  // At a pole every longitude is the same point: keep the previous one, so the line goes
  // straight up its meridian rather than jumping to whatever atan2(0, 0) gives.
  if (90 - Math.abs(lat) < POLE_EPSILON_DEGREES) return [previousLng, Math.sign(lat) * 90];
  return [Math.atan2(y, x) / RADIANS, lat];
}

function dot(a: Vector, b: Vector): number {
  return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
}

function cross(a: Vector, b: Vector): Vector {
  return [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]];
}

function length(a: Vector): number {
  return Math.hypot(a[0], a[1], a[2]);
}

function scale(a: Vector, k: number): Vector {
  return [a[0] * k, a[1] * k, a[2] * k];
}

function add(a: Vector, b: Vector): Vector {
  return [a[0] + b[0], a[1] + b[1], a[2] + b[2]];
}

/** Angle between two unit vectors in radians; atan2 stays accurate for tiny and near-π angles. */
function angleBetween(a: Vector, b: Vector): number {
  return Math.atan2(length(cross(a, b)), dot(a, b));
}

/**
 * Moves each longitude by whole turns (±360°) so that it lies within 180° of the one before it:
 * the line then never jumps across the map at the antimeridian. The first position is kept as it
 * is; latitudes are untouched. `[[170, 0], [-170, 0]]` becomes `[[170, 0], [190, 0]]`.
 */
export function unwrapLongitudes(positions: readonly Position[]): Position[] {
  const result: Position[] = [];
  let previous: number | undefined;
  for (const position of positions) {
    let lng = position[0] as number;
    if (previous !== undefined) lng -= Math.round((lng - previous) / 360) * 360;
    result.push([lng, ...position.slice(1)]);
    previous = lng;
  }
  return result;
}

/** Spherical linear interpolation between unit vectors `a` and `b`, `angle` apart, at `t` ∈ [0, 1]. */
function slerp(a: Vector, b: Vector, angle: number, t: number): Vector {
  const sin = Math.sin(angle);
  return add(scale(a, Math.sin((1 - t) * angle) / sin), scale(b, Math.sin(t * angle) / sin));
}

/**
 * The point 90° from `a` towards the North Pole (or towards 0° E from a pole itself): where a path
 * between antipodes goes, since every great circle through `a` also passes through its antipode.
 */
function northOf(a: Vector): Vector {
  const toPole = add([0, 0, 1], scale(a, -a[2]));
  const size = length(toPole);
  return size < 1e-12 ? [1, 0, 0] : scale(toPole, 1 / size);
}

/** Options of `greatCircle`. */
export interface GreatCircleOptions {
  /** Largest angle between consecutive positions, in degrees of arc (default 1°, about 111 km). */
  stepDegrees?: number;
}

/**
 * The shorter great-circle arc from `from` to `to` (`[lng, lat]` in degrees), as positions with
 * unwrapped longitudes: one continuous line, whose longitudes may run past ±180 when it crosses the
 * antimeridian (Seoul → Washington runs from 126.98 to 282.96). The ends are the given positions
 * (the last one moved by whole turns if the line crosses 180°). Antipodal places, which any great
 * circle joins, are joined through the point 90° north of `from`.
 */
export function greatCircle(
  from: Position,
  to: Position,
  { stepDegrees = 1 }: GreatCircleOptions = {},
): Position[] {
  const a = toVector(from);
  const b = toVector(to);
  const angle = angleBetween(a, b);
  const start: Position = [from[0] as number, from[1] as number];
  const end: Position = [to[0] as number, to[1] as number];
  if (angle < 1e-12) return unwrapLongitudes([start, end]);

  const arcs: [Vector, Vector, number][] =
    Math.PI - angle < 1e-9
      ? [
          [a, northOf(a), Math.PI / 2],
          [northOf(a), b, Math.PI / 2],
        ]
      : [[a, b, angle]];
  const positions: Position[] = [start];
  let previousLng = start[0] as number;
  for (const [arcStart, arcEnd, arcAngle] of arcs) {
    // Less a hair, so 50.00000000000001° in 5° steps is 10 steps, not 11.
    const steps = Math.max(1, Math.ceil(arcAngle / RADIANS / stepDegrees - 1e-9));
    for (let i = 1; i <= steps; i++) {
      const position = toPosition(slerp(arcStart, arcEnd, arcAngle, i / steps), previousLng);
      positions.push(position);
      previousLng = position[0] as number;
    }
  }
  // The last position is `to` exactly, not its recomputed (rounded) copy.
  positions[positions.length - 1] = end;
  return unwrapLongitudes(positions);
}
