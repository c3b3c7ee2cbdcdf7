/**
 * What a geometry means, once its shape is right: positions on the globe, closed and simple
 * polygon rings, RFC 7946 winding. Returns problems with exact JSON pointers, and the geometry
 * rewound to the right-hand rule when nothing is wrong.
 */
import type { Geometry, Position } from 'geojson';
import { checkPolygon, roundCoordinate, type PolygonRings } from './check-polygon.ts';
import type { ProblemDraft } from './problems.ts';
import type { GeometryInput } from './schema.ts';

/** Position errors reported per geometry before the rest are summed up in one line. */
const MAX_POSITION_ERRORS = 5;

/** A run of positions inside a geometry, with the pointer of the array that holds it. */
interface Sequence {
  positions: Position[];
  pointer: string;
  kind: 'points' | 'line' | 'ring';
  /** A Point's single position is the `coordinates` member itself, not an item of it. */
  single?: boolean;
}

/** The result of `checkGeometry`: `geometry` is present when there are no errors. */
export interface GeometryCheck {
  drafts: ProblemDraft[];
  geometry?: Geometry;
}

/** Checks a shape-valid geometry at `pointer`; returns problems and the rewound geometry. */
export function checkGeometry(input: GeometryInput, pointer: string): GeometryCheck {
  const sequences = sequencesOf(input, pointer);
  const drafts = checkPositions(sequences, pointer);
  if (drafts.length > 0) return { drafts };
  drafts.push(...checkLongSegments(sequences));
  const rewound: Position[][][] = [];
  for (const polygon of polygonsOf(input, pointer)) {
    const result = checkPolygon(polygon);
    drafts.push(...result.drafts);
    rewound.push(result.rings);
  }
  if (drafts.some((draft) => draft.severity === 'error')) return { drafts };
  return { drafts, geometry: outputGeometry(input, rewound) };
}

/** Every position run of a geometry, with pointers. */
function sequencesOf(input: GeometryInput, pointer: string): Sequence[] {
  const at = `${pointer}/coordinates`;
  switch (input.type) {
    case 'Point':
      return [{ positions: [input.coordinates], pointer: at, kind: 'points', single: true }];
    case 'MultiPoint':
      return [{ positions: input.coordinates, pointer: at, kind: 'points' }];
    case 'LineString':
      return [{ positions: input.coordinates, pointer: at, kind: 'line' }];
    case 'MultiLineString':
      return input.coordinates.map((line, i) => ({
        positions: line,
        pointer: `${at}/${i}`,
        kind: 'line',
      }));
    case 'Polygon':
    case 'MultiPolygon':
      return polygonsOf(input, pointer).flatMap((polygon) =>
        polygon.rings.map((ring, i) => ({
          positions: ring,
          pointer: `${polygon.pointer}/${i}`,
          kind: 'ring',
        })),
      );
  }
}

/** The polygons of a Polygon or MultiPolygon (none for other types). */
function polygonsOf(input: GeometryInput, pointer: string): PolygonRings[] {
  const at = `${pointer}/coordinates`;
  if (input.type === 'Polygon') return [{ rings: input.coordinates, pointer: at }];
  if (input.type === 'MultiPolygon') {
    return input.coordinates.map((rings, i) => ({ rings, pointer: `${at}/${i}` }));
  }
  return [];
}

function positionPointer(sequence: Sequence, index: number): string {
  return sequence.single ? sequence.pointer : `${sequence.pointer}/${index}`;
}

/** Range errors for positions, the first few in full, then one line with the count of the rest. */
function checkPositions(sequences: Sequence[], pointer: string): ProblemDraft[] {
  const drafts: ProblemDraft[] = [];
  let more = 0;
  for (const sequence of sequences) {
    sequence.positions.forEach((position, i) => {
      const message = explainPosition(position);
      if (message === undefined) return;
      if (drafts.length < MAX_POSITION_ERRORS) {
        drafts.push({ pointer: positionPointer(sequence, i), message, severity: 'error' });
      } else {
        more++;
      }
    });
  }
  if (more > 0) {
    drafts.push({
      pointer: `${pointer}/coordinates`,
      message: `${more} more positions of this geometry are outside the globe: fix them as above`,
      severity: 'error',
      count: more,
    });
  }
  return drafts;
}

/** Why a `[lng, lat(, alt)]` position is not on the globe, with a fix, or undefined when it is. */
export function explainPosition(position: Position): string | undefined {
  const [lng = NaN, lat = NaN] = position;
  if (!position.every(Number.isFinite)) {
    return 'position holds a number too large to use: fix the position';
  }
  const lngOk = Math.abs(lng) <= 180;
  const latOk = Math.abs(lat) <= 90;
  if (lngOk && latOk) return undefined;
  if (Math.abs(lat) <= 180 && Math.abs(lng) <= 90) {
    return (
      `[${lng}, ${lat}] looks like latitude and longitude are swapped: GeoJSON puts longitude ` +
      `first, write [${lat}, ${lng}]`
    );
  }
  if (!latOk) return `latitude ${lat} is outside -90..90: fix the position`;
  if (Math.abs(lng) < 540) {
    // Unwrapped longitudes (e.g. 190) come from drawing across the 180° meridian.
    const wrapped = Math.round((((lng + 540) % 360) - 180) * 1e9) / 1e9;
    return (
      `longitude ${lng} is outside -180..180: write ${wrapped}, and split the shape at the ` +
      '180° meridian if it crosses it (RFC 7946)'
    );
  }
  return `longitude ${lng} is outside -180..180: fix the position`;
}

/** One warning per geometry for a segment that goes more than halfway round the world. */
function checkLongSegments(sequences: Sequence[]): ProblemDraft[] {
  for (const sequence of sequences) {
    if (sequence.kind === 'points') continue;
    for (let i = 1; i < sequence.positions.length; i++) {
      const from = sequence.positions[i - 1]?.[0] ?? 0;
      const to = sequence.positions[i]?.[0] ?? 0;
      if (Math.abs(to - from) > 180) {
        return [
          {
            pointer: positionPointer(sequence, i),
            message:
              `this segment spans ${roundCoordinate(Math.abs(to - from))}° of longitude, so it is ` +
              'drawn the long way round the world: if it should cross the 180° meridian, split ' +
              'the shape there (RFC 7946 §3.1.9)',
            severity: 'warning',
          },
        ];
      }
    }
  }
  return [];
}

/** A clean copy of the geometry (no foreign members), with polygon rings replaced by `rewound`. */
function outputGeometry(input: GeometryInput, rewound: Position[][][]): Geometry {
  switch (input.type) {
    case 'Polygon':
      return { type: 'Polygon', coordinates: rewound[0] ?? input.coordinates };
    case 'MultiPolygon':
      return {
        type: 'MultiPolygon',
        coordinates: input.coordinates.map((rings, i) => rewound[i] ?? rings),
      };
    default:
      return { type: input.type, coordinates: input.coordinates } as Geometry;
  }
}
