/**
 * One polygon's checks, after its positions passed: closed rings, edges that do not cross, an
 * area, and RFC 7946 winding (rewound, with a warning, when it is the other way round).
 */
import { kinks } from '@turf/turf';
import type { Polygon, Position } from 'geojson';
import type { ProblemDraft } from './problems.ts';

/** Above this many positions a polygon is not checked for crossing edges (the check is O(n²)). */
export const MAX_KINK_CHECK_POSITIONS = 5000;

/** A polygon's rings and the pointer of its rings array. */
export interface PolygonRings {
  rings: Position[][];
  pointer: string;
}

/** Closure, crossing edges, area and winding of one polygon; returns problems and rewound rings. */
export function checkPolygon(polygon: PolygonRings): {
  drafts: ProblemDraft[];
  rings: Position[][];
} {
  const drafts: ProblemDraft[] = [];
  polygon.rings.forEach((ring, i) => {
    const first = ring[0] ?? [];
    if (samePosition(first, ring.at(-1) ?? [])) return;
    drafts.push({
      pointer: `${polygon.pointer}/${i}`,
      message: `ring is not closed: end it with its first position ${formatPosition(first)}`,
      severity: 'error',
    });
  });
  if (drafts.length > 0) return { drafts, rings: polygon.rings };

  const size = polygon.rings.reduce((sum, ring) => sum + ring.length, 0);
  if (size > MAX_KINK_CHECK_POSITIONS) {
    drafts.push({
      pointer: polygon.pointer,
      message:
        `this polygon has ${size} positions, too many to check for crossing edges: ` +
        `simplify it below ${MAX_KINK_CHECK_POSITIONS} (e.g. with mapshaper) to have it checked`,
      severity: 'warning',
    });
  } else {
    drafts.push(...checkCrossings(polygon));
  }
  if (drafts.some((draft) => draft.severity === 'error')) return { drafts, rings: polygon.rings };

  // After the crossing check: a figure-eight can have zero net area and deserves that message.
  polygon.rings.forEach((ring, i) => {
    if (signedArea(ring) !== 0) return;
    drafts.push({
      pointer: `${polygon.pointer}/${i}`,
      message: 'ring encloses no area (its positions lie on one line): redraw it or remove it',
      severity: 'error',
    });
  });
  if (drafts.some((draft) => draft.severity === 'error')) return { drafts, rings: polygon.rings };

  const rings = polygon.rings.map((ring, i) => {
    const wantCounterClockwise = i === 0;
    if (signedArea(ring) > 0 === wantCounterClockwise) return ring;
    drafts.push({
      pointer: `${polygon.pointer}/${i}`,
      message:
        `${i === 0 ? 'outer ring is clockwise' : 'hole is counter-clockwise'}; it was ` +
        `rewound ${wantCounterClockwise ? 'counter-clockwise' : 'clockwise'} as RFC 7946 asks ` +
        '(nothing to do; QGIS/GDAL export with RFC7946=YES to avoid this)',
      severity: 'warning',
    });
    return [...ring].reverse();
  });
  return { drafts, rings };
}

/** Errors for edges that cross, within a ring and then between the rings of the polygon. */
function checkCrossings(polygon: PolygonRings): ProblemDraft[] {
  const drafts: ProblemDraft[] = [];
  const rings = polygon.rings.map(withoutRepeats);
  rings.forEach((ring, i) => {
    const crossing = firstKink({ type: 'Polygon', coordinates: [ring] });
    if (!crossing) return;
    drafts.push({
      pointer: `${polygon.pointer}/${i}`,
      message:
        `ring's edges cross each other near ${formatPoint(crossing)}: redraw it so its outline ` +
        'does not cross itself (a figure-eight must be two polygons)',
      severity: 'error',
    });
  });
  if (drafts.length === 0 && rings.length > 1) {
    const crossing = firstKink({ type: 'Polygon', coordinates: rings });
    if (crossing) {
      drafts.push({
        pointer: polygon.pointer,
        message:
          `rings cross or touch each other near ${formatPoint(crossing)}: keep each hole ` +
          'inside the outer ring, without touching it or another hole',
        severity: 'error',
      });
    }
  }
  return drafts;
}

/** The first self-intersection turf finds in a polygon, if any. */
function firstKink(polygon: Polygon): Position | undefined {
  return kinks(polygon).features[0]?.geometry.coordinates;
}

/** A ring without consecutive repeated positions, which turf would report as crossings. */
function withoutRepeats(ring: Position[]): Position[] {
  return ring.filter((position, i) => i === 0 || !samePosition(position, ring[i - 1] ?? []));
}

function samePosition(a: Position, b: Position): boolean {
  return a.length === b.length && a.every((value, i) => value === b[i]);
}

/** Planar (shoelace) area of a ring in square degrees: positive when counter-clockwise, north up. */
export function signedArea(ring: Position[]): number {
  let sum = 0;
  for (let i = 1; i < ring.length; i++) {
    const [x1 = 0, y1 = 0] = ring[i - 1] ?? [];
    const [x2 = 0, y2 = 0] = ring[i] ?? [];
    sum += x1 * y2 - x2 * y1;
  }
  return sum / 2;
}

/** A coordinate rounded to six decimals (about 0.1 m), as messages quote it. */
export function roundCoordinate(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

function formatPoint(position: Position): string {
  return `[${roundCoordinate(position[0] ?? 0)}, ${roundCoordinate(position[1] ?? 0)}]`;
}

function formatPosition(position: Position): string {
  return `[${position.join(', ')}]`;
}
