/**
 * Building blocks for problems: JSON pointers, "did you mean" suggestions, and the translation
 * of valibot issues into one sentence that says what is wrong and how to fix it.
 */
import type * as v from 'valibot';
import { DAY_PATTERN, NOT_BLANK_PATTERN, PARTIAL_DATE_PATTERN, SLUG_PATTERN } from './schema.ts';
import { explainDateError } from './dates.ts';

/** A problem before it is tied to a file. */
export interface ProblemDraft {
  pointer: string;
  message: string;
  severity: 'error' | 'warning';
}

/** An RFC 6901 JSON pointer from path segments (`[]` → `""`, the whole document). */
export function toPointer(segments: readonly (string | number)[]): string {
  return segments.map((segment) => '/' + escapePointerSegment(String(segment))).join('');
}

/** `base` extended by more segments. */
export function childPointer(base: string, ...segments: (string | number)[]): string {
  return base + toPointer(segments);
}

function escapePointerSegment(segment: string): string {
  return segment.replaceAll('~', '~0').replaceAll('/', '~1');
}

/** Edit distance between two strings (insertions, deletions, substitutions). */
export function levenshtein(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** The candidate nearest to `word` (case-insensitive) within `maxDistance` edits, if any. */
export function closestMatch(
  word: string,
  candidates: Iterable<string>,
  maxDistance: number,
): string | undefined {
  let best: string | undefined;
  let bestDistance = maxDistance + 1;
  const lower = word.toLowerCase();
  for (const candidate of candidates) {
    const distance = levenshtein(lower, candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** A slug close to `text`: lowercase ASCII letters and digits joined by single hyphens. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

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

const EXPECTED_WORDS: Record<string, string> = {
  string: 'text in double quotes',
  number: 'a number',
  boolean: 'true or false, without quotes',
  array: 'a list [ … ]',
  loose_object: 'an object { … }',
  object: 'an object { … }',
};

/** What to write for a missing or mistyped field, by field name. */
const EXAMPLES: Record<string, string> = {
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
const COORDINATE_LEVELS: Record<string, readonly string[]> = {
  Point: ['"coordinates"', 'coordinate'],
  MultiPoint: ['"coordinates"', 'position', 'coordinate'],
  LineString: ['"coordinates"', 'position', 'coordinate'],
  MultiLineString: ['"coordinates"', 'line', 'position', 'coordinate'],
  Polygon: ['"coordinates"', 'ring', 'position', 'coordinate'],
  MultiPolygon: ['"coordinates"', 'polygon', 'ring', 'position', 'coordinate'],
};

/** The fix for a list that is too short or too long, by what the list is. */
const LENGTH_FIXES: Record<string, string> = {
  layers: 'add one, e.g. { "id": "seoul", "title": "Seoul", "file": "seoul.geojson" }',
  places: 'add the id of at least one feature of the story',
  sources: 'add at least one { "title": "…", "url": "https://…" }',
  position: 'write [longitude, latitude] or [longitude, latitude, altitude]',
  line: 'add a second position, or remove the line',
  ring: 'a ring lists at least 3 corners, then the first one again',
  '"coordinates"': 'add at least one, or remove the feature',
  polygon: 'a polygon needs its outer ring',
};

const GEOMETRY_TYPE_LIST =
  'Point, MultiPoint, LineString, MultiLineString, Polygon or MultiPolygon';

type Issue = v.BaseIssue<unknown>;
type PathItem = NonNullable<Issue['path']>[number];

/** Where an issue sits, and what to call the value there. */
interface IssuePlace {
  keys: (string | number)[];
  key: string | number | undefined;
  parentKey: string | number | undefined;
  /** Geometry type and level name when the issue is inside `coordinates`. */
  coordinates?: { geometryType: string; level: string };
}

function placeOf(issue: Issue): IssuePlace {
  const path: readonly PathItem[] = issue.path ?? [];
  const keys = path.map((item) => item.key as string | number);
  const place: IssuePlace = { keys, key: keys.at(-1), parentKey: keys.at(-2) };
  const at = keys.lastIndexOf('coordinates');
  const geometry = path[at]?.input as { type?: unknown } | undefined;
  if (at >= 0 && typeof geometry?.type === 'string') {
    const levels = COORDINATE_LEVELS[geometry.type] ?? ['"coordinates"'];
    const depth = keys.length - at - 1;
    place.coordinates = { geometryType: geometry.type, level: levels[depth] ?? 'value' };
  }
  return place;
}

/** `true` at `/features/<n>/id` of a layer file. */
function isFeatureId(place: IssuePlace): boolean {
  const [first, index, key] = place.keys;
  return (
    place.keys.length === 3 && first === 'features' && typeof index === 'number' && key === 'id'
  );
}

/** How a message names the value at an issue's place: `"title"`, `"places" item`, `ring`. */
function subjectOf(place: IssuePlace): string {
  if (place.coordinates) return place.coordinates.level;
  if (typeof place.key === 'number') return `"${String(place.parentKey)}" item`;
  if (place.key === undefined) return 'the value';
  return `"${place.key}"`;
}

/**
 * Converts valibot issues to problems under `basePointer`. Identical lines are kept once: a list
 * where an object belongs yields one "must be an object" however many fields it lacks.
 */
export function issuesToDrafts(issues: readonly Issue[], basePointer: string): ProblemDraft[] {
  const drafts: ProblemDraft[] = [];
  const seen = new Set<string>();
  for (const issue of issues) {
    const { segments, message } = describeIssue(issue);
    const pointer = childPointer(basePointer, ...segments);
    const key = `${pointer}\n${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    drafts.push({ pointer, message, severity: 'error' });
  }
  return drafts;
}

/** One sentence (what is wrong: how to fix it) for a valibot issue, and where to point. */
export function describeIssue(issue: Issue): { segments: (string | number)[]; message: string } {
  const place = placeOf(issue);
  const lastItem = issue.path?.at(-1);
  if (issue.kind === 'schema' && lastItem?.origin === 'key') {
    // A missing field: point at the object that lacks it, which exists.
    const parent = lastItem.input;
    return { segments: place.keys.slice(0, -1), message: describeMissing(place, parent) };
  }
  if (issue.kind === 'schema')
    return { segments: place.keys, message: describeWrongType(issue, place) };
  return { segments: place.keys, message: describeBrokenRule(issue, place) };
}

function describeMissing(place: IssuePlace, parent: unknown): string {
  const key = String(place.key);
  if (Array.isArray(parent)) return 'must be an object { … }, not a list [ … ]';
  if (isFeatureId(place)) {
    const properties = (parent as { properties?: unknown }).properties;
    const inner = (properties as { id?: unknown } | null | undefined)?.id;
    if (properties && typeof properties === 'object' && inner !== undefined) {
      return (
        'feature "id" is inside "properties": move it up, next to "type" and "properties" ' +
        `(RFC 7946 feature id): "id": ${JSON.stringify(String(inner))}`
      );
    }
    return 'feature has no "id": add a text id unique in the story, e.g. "id": "seoul-mnd"';
  }
  return `missing "${key}": add it, e.g. ${EXAMPLES[key] ?? `"${key}": …`}`;
}

function describeWrongType(issue: Issue, place: IssuePlace): string {
  const subject = subjectOf(place);
  const input = issue.input;
  if (issue.type === 'variant') return describeGeometryType(place, input);
  if (isFeatureId(place) && typeof input === 'number') {
    return `feature "id" must be text, not a number: write "id": "${input}"`;
  }
  if (place.coordinates) {
    if (issue.type === 'number') {
      const unquoted = typeof input === 'string' && input.trim() !== '' && !isNaN(Number(input));
      return `coordinate must be a number, not ${describeValue(input)}${unquoted ? ': remove the quotes' : ''}`;
    }
    return (
      `${subject} must be a list [ … ], not ${describeValue(input)}: check how deeply ` +
      `"coordinates" nests for a ${place.coordinates.geometryType}`
    );
  }
  if (issue.type === 'literal') {
    return `${subject} must be ${issue.expected ?? ''}, not ${describeValue(input)}`;
  }
  if (issue.type === 'picklist') {
    return `${subject} must be "en", "ko" or "ja", not ${describeValue(input)}`;
  }
  if (place.key === 'properties') {
    return `"properties" must be an object, not ${describeValue(input)}: write "properties": { "name": "…" }`;
  }
  const expected = EXPECTED_WORDS[issue.type] ?? issue.expected ?? 'something else';
  const example = typeof place.key === 'string' ? EXAMPLES[place.key] : undefined;
  return `${subject} must be ${expected}, not ${describeValue(input)}${example ? `: e.g. ${example}` : ''}`;
}

function describeGeometryType(place: IssuePlace, input: unknown): string {
  if (place.key === 'geometry') {
    if (input === null) {
      return (
        'feature has no geometry ("geometry": null): draw the place (every place is on the map), ' +
        'or remove the feature'
      );
    }
    return `"geometry" must be an object, not ${describeValue(input)}: e.g. ${EXAMPLES.geometry}`;
  }
  if (input === 'GeometryCollection') {
    return (
      'GeometryCollection is not supported: make one feature per geometry, or use ' +
      'MultiPoint, MultiLineString or MultiPolygon'
    );
  }
  if (input === undefined)
    return `geometry has no "type": add "type": one of ${GEOMETRY_TYPE_LIST}`;
  return `"type" must be ${GEOMETRY_TYPE_LIST}, not ${describeValue(input)}`;
}

function describeBrokenRule(issue: Issue, place: IssuePlace): string {
  const subject = subjectOf(place);
  const input = issue.input;
  const requirement: unknown = issue.requirement;
  if (issue.type === 'regex' && requirement === NOT_BLANK_PATTERN) {
    const optional =
      typeof place.key === 'string' && /^(note|description|.*_[a-z]{2})$/.test(place.key);
    return `${subject} is empty: write the text${optional ? ', or remove the field' : ''}`;
  }
  if (issue.type === 'regex' && requirement === SLUG_PATTERN && typeof input === 'string') {
    const slug = slugify(input);
    const fix = slug ? `write "${slug}"` : 'e.g. "ncg-3"';
    return `${subject} ${JSON.stringify(input)} ${issue.message}: ${fix}`;
  }
  if (
    issue.type === 'regex' &&
    (requirement === PARTIAL_DATE_PATTERN || requirement === DAY_PATTERN) &&
    typeof input === 'string'
  ) {
    const guess = guessDate(input, requirement === DAY_PATTERN);
    const fix = guess ? `write "${guess}"` : `e.g. "2024-06-10"`;
    return `${subject} ${JSON.stringify(input)} ${issue.message}: ${fix}`;
  }
  if (issue.type === 'min_length' || issue.type === 'max_length') {
    const name = place.coordinates?.level ?? String(place.key);
    const fix = LENGTH_FIXES[name];
    return `${subject} ${issue.message}${fix ? `: ${fix}` : ''}`;
  }
  return `${subject} ${issue.message}`;
}

/** A well-formed spelling of a date written with other separators or without zero padding. */
function guessDate(text: string, dayRequired: boolean): string | undefined {
  const match = /^\s*(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?\s*$/.exec(text);
  if (!match?.[1]) return undefined;
  const parts = [match[1], match[2], match[3]].filter((part) => part !== undefined);
  if (dayRequired && parts.length < 3) return undefined;
  const guess = parts.map((part, i) => (i === 0 ? part : part.padStart(2, '0'))).join('-');
  return explainDateError(guess) === undefined && guess !== text ? guess : undefined;
}
