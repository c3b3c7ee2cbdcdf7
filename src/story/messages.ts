/**
 * The message catalogue: the words and examples problems are written with, so every message
 * names a value the same way and shows the same example of what to write.
 */

/** A short, quoted rendering of a JSON value for messages. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') {
    const shown = value.length > 40 ? value.slice(0, 39) + '…' : value;
    return `text ${JSON.stringify(shown)}`;
  }
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return 'a list [ … ]';
  return 'an object { … }';
}

/** How a message names the JSON type a value should have had, by valibot's type name. */
export const EXPECTED_WORDS: Record<string, string> = {
  string: 'text in double quotes',
  number: 'a number',
  boolean: 'true or false, without quotes',
  array: 'a list [ … ]',
  loose_object: 'an object { … }',
  object: 'an object { … }',
};

/** What to write for a missing or mistyped field, by field name. */
export const EXAMPLES: Record<string, string> = {
  title: '"title": "…"',
  summary: '"summary": "…"',
  credit: '"credit": "…"',
  note: '"note": "…"',
  name: '"name": "…"',
  description: '"description": "…"',
  language: '"language": "en" (or "ko", "ja")',
  updated: '"updated": "2024-07-15"',
  layers: '"layers": [{ "id": "seoul", "title": "Seoul", "file": "seoul.geojson" }]',
  events: '"events": []',
  id: '"id": "a-short-id"',
  file: '"file": "seoul.geojson"',
  date: '"date": "2024-06-10"',
  end: '"end": "2024-06-12"',
  places: '"places": ["feature-id"]',
  sources: '"sources": [{ "title": "…", "url": "https://…" }]',
  url: '"url": "https://…"',
  approximate: '"approximate": true',
  type: '"type": "Feature"',
  properties: '"properties": { "name": "…" }',
  geometry: '"geometry": { "type": "Point", "coordinates": [126.98, 37.57] }',
  coordinates: '"coordinates": [126.98, 37.57]',
  features: '"features": []',
};

/** What each nesting level of `coordinates` holds, per geometry type (level 0 is the member). */
export const COORDINATE_LEVELS: Record<string, readonly string[]> = {
  Point: ['"coordinates"', 'coordinate'],
  MultiPoint: ['"coordinates"', 'position', 'coordinate'],
  LineString: ['"coordinates"', 'position', 'coordinate'],
  MultiLineString: ['"coordinates"', 'line', 'position', 'coordinate'],
  Polygon: ['"coordinates"', 'ring', 'position', 'coordinate'],
  MultiPolygon: ['"coordinates"', 'polygon', 'ring', 'position', 'coordinate'],
};

/** The fix for a list that is too short or too long, by what the list is. */
export const LENGTH_FIXES: Record<string, string> = {
  layers: 'add one, e.g. { "id": "seoul", "title": "Seoul", "file": "seoul.geojson" }',
  places: 'add the id of at least one feature of the story',
  sources: 'add at least one { "title": "…", "url": "https://…" }',
  position: 'write [longitude, latitude] or [longitude, latitude, altitude]',
  line: 'add a second position, or remove the line',
  ring: 'a ring lists at least 3 corners, then the first one again',
  '"coordinates"': 'add at least one, or remove the feature',
  polygon: 'a polygon needs its outer ring',
};

/** The geometry types a story may use, as a message lists them. */
export const GEOMETRY_TYPE_LIST =
  'Point, MultiPoint, LineString, MultiLineString, Polygon or MultiPolygon';

/** How a FeatureCollection looks, for messages that ask for one. */
export const FEATURE_COLLECTION_EXAMPLE = '{ "type": "FeatureCollection", "features": [ … ] }';
