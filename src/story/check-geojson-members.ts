/**
 * RFC 7946 rules on members, which the shape schema leaves open: a `bbox` (§5) on the collection, a
 * feature or a geometry must be well formed, and no object may carry a member that would make it
 * read as another kind of GeoJSON object (§7.1). Descendants of `properties` and of foreign members
 * are not GeoJSON, so they are not checked.
 */
import { isPlainObject, itemsOf } from './json-values.ts';
import { describeValue } from './messages.ts';
import { childPointer, toPointer } from './pointers.ts';
import type { ProblemDraft } from './problems.ts';

type GeoJsonKind = 'FeatureCollection' | 'Feature' | 'geometry';

/** Members each kind of object must not have (RFC 7946 §7.1), with the fix for each. */
const MEANING_CHANGING: Record<GeoJsonKind, Record<string, string>> = {
  FeatureCollection: {
    coordinates: 'put it in the "geometry" of a feature, or remove it',
    geometries: 'put it in the "geometry" of a feature, or remove it',
    geometry: 'give it to a feature, or remove it',
    properties:
      'give them to the features, or remove it (what is said of a layer goes in story.json)',
  },
  Feature: {
    coordinates: 'move it into the feature\'s "geometry", or remove it',
    geometries: 'make one feature per geometry, or remove it',
    features: 'make them features of the collection, or remove it',
  },
  geometry: {
    geometry: 'remove it',
    properties: 'move it up to the feature, next to "geometry"',
    features: 'remove it',
  },
};

const WHAT_IT_MEANS: Record<string, string> = {
  coordinates: 'a geometry',
  geometries: 'a GeometryCollection',
  geometry: 'a Feature',
  properties: 'a Feature',
  features: 'a FeatureCollection',
};

/** Problems with `bbox` and meaning-changing members in a parsed layer file. */
export function checkGeoJsonMembers(root: Record<string, unknown>): ProblemDraft[] {
  const drafts = checkObject(root, 'FeatureCollection', '');
  itemsOf(root.features).forEach((feature, i) => {
    if (!isPlainObject(feature)) return;
    const pointer = toPointer(['features', i]);
    drafts.push(...checkObject(feature, 'Feature', pointer));
    if (isPlainObject(feature.geometry)) {
      drafts.push(...checkObject(feature.geometry, 'geometry', `${pointer}/geometry`));
    }
  });
  return drafts;
}

function checkObject(value: Record<string, unknown>, kind: GeoJsonKind, pointer: string) {
  const drafts: ProblemDraft[] = [];
  const name = kind === 'geometry' ? 'a geometry' : `a ${kind}`;
  for (const [member, fix] of Object.entries(MEANING_CHANGING[kind])) {
    if (!Object.hasOwn(value, member)) continue;
    drafts.push({
      pointer: childPointer(pointer, member),
      message:
        `${name} must not have "${member}", which would make it read as ${WHAT_IT_MEANS[member] ?? 'another object'} ` +
        `(RFC 7946 §7.1): ${fix}`,
      severity: 'error',
    });
  }
  if (Object.hasOwn(value, 'bbox')) drafts.push(...checkBbox(value.bbox, `${pointer}/bbox`));
  return drafts;
}

const BBOX_FORMS =
  '[west, south, east, north], or 6 with altitudes [west, south, low, east, north, high]';
const OPTIONAL = 'or remove "bbox" (it is optional)';

/** Problems with a bounding box (RFC 7946 §5): 4 or 6 numbers, on the globe, south below north. */
export function checkBbox(bbox: unknown, pointer: string): ProblemDraft[] {
  const error = (at: string, message: string): ProblemDraft[] => [
    { pointer: at, message, severity: 'error' },
  ];
  if (!Array.isArray(bbox)) {
    return error(
      pointer,
      `"bbox" must be a list of 4 numbers ${BBOX_FORMS}, not ${describeValue(bbox)}: fix it, ${OPTIONAL}`,
    );
  }
  const notNumbers = bbox.flatMap((item: unknown, i) => {
    if (typeof item === 'number') return [];
    const unquoted = typeof item === 'string' && item.trim() !== '' && !isNaN(Number(item));
    return error(
      `${pointer}/${i}`,
      `"bbox" item must be a number, not ${describeValue(item)}${unquoted ? ': remove the quotes' : ''}`,
    );
  });
  if (notNumbers.length > 0) return notNumbers;
  const numbers = bbox as number[];
  if (numbers.length !== 4 && numbers.length !== 6) {
    return error(
      pointer,
      `"bbox" has ${numbers.length} numbers, not 4 ${BBOX_FORMS}: fix it, ${OPTIONAL}`,
    );
  }
  if (!numbers.every(Number.isFinite)) {
    return error(pointer, `"bbox" holds a number too large to use: fix it, ${OPTIONAL}`);
  }
  const half = numbers.length / 2;
  const [west = 0, south = 0] = numbers;
  const [east = 0, north = 0] = numbers.slice(half);
  const outside = [
    ['west', west, 180, 0],
    ['south', south, 90, 1],
    ['east', east, 180, half],
    ['north', north, 90, half + 1],
  ] as const;
  for (const [side, value, limit, index] of outside) {
    if (Math.abs(value) <= limit) continue;
    const kind = limit === 180 ? 'longitude' : 'latitude';
    return error(
      `${pointer}/${index}`,
      `"bbox" ${side} ${value} is outside -${limit}..${limit}: write its ${kind} as a number in that range, ${OPTIONAL}`,
    );
  }
  if (south > north) {
    // West may exceed east: the box then crosses the antimeridian (§5.2). South may not exceed north.
    return error(
      pointer,
      `"bbox" has its south edge (${south}) north of its north edge (${north}): write ${BBOX_FORMS}, ${OPTIONAL}`,
    );
  }
  return [];
}
