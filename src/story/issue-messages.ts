/**
 * Valibot issues in the editor's words: each shape problem becomes one sentence that says what is
 * wrong and how to fix it, at the JSON pointer of the value (or of the object missing a field).
 */
import type * as v from 'valibot';
import {
  COORDINATE_LEVELS,
  describeValue,
  EXAMPLES,
  EXPECTED_WORDS,
  GEOMETRY_TYPE_LIST,
  LENGTH_FIXES,
} from './messages.ts';
import { childPointer } from './pointers.ts';
import type { ProblemDraft } from './problems.ts';
import { DAY_PATTERN, NOT_BLANK_PATTERN, PARTIAL_DATE_PATTERN, SLUG_PATTERN } from './schema.ts';
import { guessDate, slugify } from './suggestions.ts';

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
  if (key === 'type' && place.keys.length === 1) {
    // Only a layer file's root has a "type" among the files' top-level fields.
    return 'missing "type": add "type": "FeatureCollection", the only root a layer file may have';
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
    // A Point's "coordinates" is itself a position.
    const level =
      place.coordinates?.geometryType === 'Point' ? 'position' : place.coordinates?.level;
    const name = level ?? String(place.key);
    const fix = LENGTH_FIXES[name];
    return `${subject} ${issue.message}${fix ? `: ${fix}` : ''}`;
  }
  return `${subject} ${issue.message}`;
}
