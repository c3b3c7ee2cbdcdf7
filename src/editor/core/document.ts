/**
 * The story folder as the editor holds it, and the one way it is written back to files.
 *
 * Pure (no DOM, no Node): the browser editor, the editor's server and `npm run import` share it.
 * The layout is chosen for git: a fixed key order, coordinates rounded to 6 decimals (about 11 cm)
 * and one feature per line, so saving an unchanged story rewrites nothing and an edit of one event
 * or place changes only its own lines. docs/story-format.md ("Files the editor writes") documents it.
 */
import type { FeatureCollection } from 'geojson';
import { loadStory } from '../../story/load-story.ts';
import { parseJsonText, type Problem } from '../../story/index.ts';

/** A story folder as the editor holds it: the raw JSON of story.json and of each layer file. */
export interface StoryDocument {
  /** story.json as parsed (schema: src/story/schema.ts). */
  story: Record<string, unknown>;
  /** Layer files by file name, e.g. "places.geojson". */
  layers: Record<string, FeatureCollection>;
}

export type { Problem };

/** The story's own file name. */
export const STORY_JSON = 'story.json';

/** File names the editor reads and writes: lowercase, no folders, JSON or GeoJSON. */
export const EDITOR_FILE_NAME_PATTERN = /^[a-z0-9][a-z0-9-]*\.(json|geojson)$/;

const LANGUAGE_SUFFIXES = ['', '_ko', '_ja'] as const;
const translated = (...fields: string[]) =>
  fields.flatMap((field) => LANGUAGE_SUFFIXES.map((suffix) => field + suffix));

/** Key orders; keys not listed follow the listed ones in the order they came. */
const STORY_KEYS = [
  '$schema',
  ...translated('title', 'summary'),
  'language',
  'updated',
  ...translated('credit'),
  'layers',
  'events',
];
const LAYER_ENTRY_KEYS = ['id', ...translated('title'), 'file'];
const EVENT_KEYS = [
  'id',
  'date',
  'end',
  ...translated('title', 'summary'),
  'places',
  'sources',
  ...translated('note'),
  'media',
];
const SOURCE_KEYS = ['title', 'url'];
const COLLECTION_KEYS = ['type'];
const FEATURE_KEYS = ['type', 'id', 'properties', 'geometry'];
const PROPERTY_KEYS = [...translated('name', 'description'), 'approximate'];
const GEOMETRY_KEYS = ['type', 'coordinates', 'geometries'];

/** Decimal places kept in coordinates: 6 is about 11 cm at the equator. */
export const COORDINATE_DECIMALS = 6;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A copy of `value` with its keys in `order`, then its other keys in their own order. */
function ordered(
  value: Record<string, unknown>,
  order: readonly string[],
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of order) if (key in value && value[key] !== undefined) out[key] = value[key];
  for (const key of Object.keys(value))
    if (!(key in out) && value[key] !== undefined) out[key] = value[key];
  return out;
}

/** Rounds every number of a coordinates array (any depth) to COORDINATE_DECIMALS. */
export function roundCoordinates(value: unknown): unknown {
  if (typeof value === 'number') {
    const scale = 10 ** COORDINATE_DECIMALS;
    const rounded = Math.round(value * scale) / scale;
    return Object.is(rounded, -0) ? 0 : rounded;
  }
  return Array.isArray(value) ? value.map(roundCoordinates) : value;
}

function normalizeGeometry(geometry: unknown): unknown {
  if (!isObject(geometry)) return geometry;
  const out = ordered(geometry, GEOMETRY_KEYS);
  if ('coordinates' in out) out.coordinates = roundCoordinates(out.coordinates);
  if (Array.isArray(out.geometries)) out.geometries = out.geometries.map(normalizeGeometry);
  return out;
}

function normalizeFeature(feature: unknown): unknown {
  if (!isObject(feature)) return feature;
  const out = ordered(feature, FEATURE_KEYS);
  if (isObject(out.properties)) out.properties = ordered(out.properties, PROPERTY_KEYS);
  if ('geometry' in out) out.geometry = normalizeGeometry(out.geometry);
  return out;
}

function normalizeEvent(event: unknown): unknown {
  if (!isObject(event)) return event;
  const out = ordered(event, EVENT_KEYS);
  if (Array.isArray(out.sources)) {
    out.sources = out.sources.map((s) => (isObject(s) ? ordered(s, SOURCE_KEYS) : s));
  }
  return out;
}

function normalizeStory(story: Record<string, unknown>): Record<string, unknown> {
  const out = ordered(story, STORY_KEYS);
  if (Array.isArray(out.layers)) {
    out.layers = out.layers.map((l) => (isObject(l) ? ordered(l, LAYER_ENTRY_KEYS) : l));
  }
  if (Array.isArray(out.events)) out.events = out.events.map(normalizeEvent);
  return out;
}

/** Widest line that keeps a list of plain values (an event's places) on one line. */
const LINE_WIDTH = 100;

/**
 * 2-space JSON, except that a list of plain values that fits on its line stays on that line
 * (`"places": ["seoul-city", "busan"]`), as the hand-written stories have it.
 */
function prettyJson(value: unknown, indent: string, lineStart: number): string {
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    const inner = indent + '  ';
    if (value.every((item) => item === null || typeof item !== 'object')) {
      const flat = `[${value.map((item) => JSON.stringify(item)).join(', ')}]`;
      if (lineStart + flat.length + 1 <= LINE_WIDTH) return flat;
    }
    const items = value.map((item) => inner + prettyJson(item, inner, inner.length));
    return `[\n${items.join(',\n')}\n${indent}]`;
  }
  if (isObject(value)) {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    if (entries.length === 0) return '{}';
    const inner = indent + '  ';
    const lines = entries.map(([k, v]) => {
      const head = `${inner}${JSON.stringify(k)}: `;
      return head + prettyJson(v, inner, head.length);
    });
    return `{\n${lines.join(',\n')}\n${indent}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** story.json's text: 2-space JSON in the fixed key order, ending with a newline. */
export function serializeStoryJson(story: Record<string, unknown>): string {
  return prettyJson(normalizeStory(story), '', 0) + '\n';
}

/** A layer file's text: a FeatureCollection with one feature per line, ending with a newline. */
export function serializeLayer(collection: FeatureCollection): string {
  const top = ordered(collection as unknown as Record<string, unknown>, COLLECTION_KEYS);
  const features = Array.isArray(top.features) ? top.features : [];
  delete top.features;
  const head = Object.entries(top).map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)},`);
  const lines = features.map((f) => '    ' + JSON.stringify(normalizeFeature(f)));
  const body = lines.length === 0 ? '[]' : `[\n${lines.join(',\n')}\n  ]`;
  return ['{', ...head, `  "features": ${body}`, '}', ''].join('\n');
}

/**
 * File name → text for every file of the document, in the stable layout. Re-serialising the
 * output of `parseStoryFiles` of this output gives the same bytes.
 */
export function serializeStoryFiles(doc: StoryDocument): Record<string, string> {
  const files: Record<string, string> = { [STORY_JSON]: serializeStoryJson(doc.story) };
  for (const name of Object.keys(doc.layers).sort()) {
    const layer = doc.layers[name];
    if (layer) files[name] = serializeLayer(layer);
  }
  return files;
}

function parseProblem(file: string, message: string): Problem {
  return { file, pointer: '', message, severity: 'error' };
}

/**
 * Reads file name → text (story.json and layer files) into a document, or says why it cannot:
 * JSON that does not parse (with line and column), a story.json that is not an object, a layer
 * file that is not a FeatureCollection. Meaning is checked by `validateDocument`, not here.
 */
export function parseStoryFiles(
  files: Record<string, string>,
): { doc: StoryDocument } | { problems: Problem[] } {
  const problems: Problem[] = [];
  const parse = (name: string, text: string): unknown => {
    const result = parseJsonText(text);
    if (result.ok) return result.value;
    const where =
      result.line === undefined ? '' : ` at line ${result.line}, column ${result.column}`;
    problems.push(parseProblem(name, `not valid JSON${where}: ${result.reason}`));
    return undefined;
  };
  const storyText = files[STORY_JSON];
  let story: Record<string, unknown> | undefined;
  if (storyText === undefined) {
    problems.push(parseProblem(STORY_JSON, 'story.json is missing from the files'));
  } else {
    const value = parse(STORY_JSON, storyText);
    if (isObject(value)) story = value;
    else if (value !== undefined) {
      problems.push(parseProblem(STORY_JSON, 'must be a JSON object ({ … }) with the story'));
    }
  }
  const layers: Record<string, FeatureCollection> = {};
  for (const [name, text] of Object.entries(files)) {
    if (name === STORY_JSON) continue;
    const value = parse(name, text);
    if (value === undefined) continue;
    if (isObject(value) && value.type === 'FeatureCollection' && Array.isArray(value.features)) {
      layers[name] = value as unknown as FeatureCollection;
    } else {
      problems.push(
        parseProblem(
          name,
          'must be a GeoJSON FeatureCollection: { "type": "FeatureCollection", "features": [ … ] }',
        ),
      );
    }
  }
  if (problems.length > 0 || !story) return { problems };
  return { doc: { story, layers } };
}

/**
 * Every problem the CLI validator (`loadStory`) finds in the document, serialised as it would be
 * saved. `Problem.file` is `<displayPath>/<file name>`, the display path being the story id unless
 * given (the CLI passes the folder as typed).
 */
export async function validateDocument(
  doc: StoryDocument,
  storyId: string,
  displayPath: string = storyId,
): Promise<Problem[]> {
  const files = serializeStoryFiles(doc);
  const result = await loadStory(storyId, (name) => Promise.resolve(files[name] ?? null), {
    displayPath,
  });
  return result.problems;
}
