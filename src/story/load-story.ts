/**
 * Loads a story folder into the validated model, or explains every problem found.
 *
 * Pure: the caller passes a reader (Node fs in the CLI, fetch in the app), so the same checks run
 * everywhere. Order of work: parse story.json, check its shape (valibot), read and check each layer
 * file, then check what the values mean (dates, ids, references, URLs, geometry). Meaning checks
 * run on every part whose own shape is right, so one run reports as much as it can.
 */
import * as v from 'valibot';
import type { Geometry } from 'geojson';
import { checkGeometry } from './check-geometry.ts';
import { explainDateError, firstDay, isEndBeforeDate, lastDay } from './dates.ts';
import { parseJsonText, type JsonTextResult } from './json-text.ts';
import {
  closestMatch,
  describeValue,
  issuesToDrafts,
  slugify,
  toPointer,
  type ProblemDraft,
} from './problems.ts';
import {
  DAY_PATTERN,
  EVENT_TRANSLATED_FIELDS,
  EventSchema,
  GEOMETRY_TYPES,
  GeometrySchema,
  LANGUAGES,
  LAYER_TRANSLATED_FIELDS,
  LayerEntrySchema,
  LayerFileSchema,
  PARTIAL_DATE_PATTERN,
  PlacePropertiesSchema,
  SLUG_PATTERN,
  STORY_TRANSLATED_FIELDS,
  SourceSchema,
  StoryFileSchema,
  type EventInput,
  type FeatureInput,
  type StoryFileInput,
} from './schema.ts';
import type {
  Place,
  PlaceProperties,
  Problem,
  Story,
  StoryEvent,
  StoryLayer,
  StoryLoadResult,
} from './types.ts';

/** Reads a file of the story folder by name; resolves to null when the file does not exist. */
export type ReadStoryFile = (name: string) => Promise<string | null>;

export interface LoadStoryOptions {
  /**
   * What `Problem.file` starts with, e.g. the folder path as the editor typed it
   * (`geo/stories/ncg-2024`). Default: the story id.
   */
  displayPath?: string;
}

/** The story's own file. */
export const STORY_FILE = 'story.json';

/** Problems listed per file before the rest are summed up in one line. */
export const MAX_PROBLEMS_PER_FILE = 100;

/** Where a feature id was first seen, to name it when the id comes again. */
interface FeatureOrigin {
  file: string;
  pointer: string;
}

/** Collects problems per file name, in the order files are first met. */
class ProblemReport {
  private readonly byFile = new Map<string, ProblemDraft[]>();

  constructor(private readonly prefix: string) {}

  /** The display path of a file of the story folder. */
  path(file: string): string {
    return `${this.prefix}/${file}`;
  }

  add(file: string, pointer: string, message: string, severity: Problem['severity'] = 'error') {
    this.addAll(file, [{ pointer, message, severity }]);
  }

  addAll(file: string, drafts: readonly ProblemDraft[]) {
    const list = this.byFile.get(file) ?? [];
    list.push(...drafts);
    this.byFile.set(file, list);
  }

  hasErrors(): boolean {
    return [...this.byFile.values()].some((list) => list.some((d) => d.severity === 'error'));
  }

  /** Problems sorted by file (story.json first) and pointer, capped per file. */
  problems(): Problem[] {
    const files = [...this.byFile.keys()].sort((a, b) => rankFile(a) - rankFile(b));
    return files.flatMap((file) => {
      const drafts = [...(this.byFile.get(file) ?? [])].sort((a, b) =>
        comparePointers(a.pointer, b.pointer),
      );
      const shown = drafts.slice(0, MAX_PROBLEMS_PER_FILE);
      const hidden = drafts.length - shown.length;
      if (hidden > 0) {
        shown.push({
          pointer: '',
          message: `${hidden} more problems in this file are not listed: fix the ones above and run again`,
          severity: drafts.slice(MAX_PROBLEMS_PER_FILE).some((d) => d.severity === 'error')
            ? 'error'
            : 'warning',
        });
      }
      return shown.map((draft) => ({ file: this.path(file), ...draft }));
    });
  }
}

function rankFile(file: string): number {
  return file === STORY_FILE ? 0 : 1;
}

/** Orders JSON pointers segment by segment, numbers numerically, so `/2` comes before `/10`. */
function comparePointers(a: string, b: string): number {
  const as = a.split('/');
  const bs = b.split('/');
  for (let i = 0; i < Math.min(as.length, bs.length); i++) {
    const x = as[i] ?? '';
    const y = bs[i] ?? '';
    if (x === y) continue;
    const nx = Number(x);
    const ny = Number(y);
    if (x !== '' && y !== '' && Number.isInteger(nx) && Number.isInteger(ny)) return nx - ny;
    return x < y ? -1 : 1;
  }
  return as.length - bs.length;
}

/**
 * Loads and validates the story folder `id` through `readFile`. Never throws: the result holds the
 * story when there is no error (warnings allowed), and every problem found either way.
 */
export async function loadStory(
  id: string,
  readFile: ReadStoryFile,
  options: LoadStoryOptions = {},
): Promise<StoryLoadResult> {
  const report = new ProblemReport(options.displayPath ?? id);
  let story: Story | undefined;
  try {
    story = await loadChecked(id, readFile, report);
  } catch (error) {
    // A bug of ours must still come out as a problem, not as a crash of the caller.
    report.add(
      STORY_FILE,
      '',
      `internal error while checking the story (${reasonOf(error)}): please report it`,
    );
  }
  const problems = report.problems();
  return report.hasErrors() || !story ? { problems } : { story, problems };
}

type ReadOutcome = { text: string } | { missing: true } | { failure: string };

async function readSafely(readFile: ReadStoryFile, name: string): Promise<ReadOutcome> {
  try {
    const text: unknown = await readFile(name);
    // A reader that answers something other than text (e.g. undefined) means "no such file".
    return typeof text === 'string' ? { text } : { missing: true };
  } catch (error) {
    return { failure: reasonOf(error) };
  }
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The problem message for JSON that does not parse. */
function jsonErrorMessage(result: Extract<JsonTextResult, { ok: false }>): string {
  const where = result.line === undefined ? '' : ` at line ${result.line}, column ${result.column}`;
  return `not valid JSON${where}: ${result.reason}`;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

async function loadChecked(
  id: string,
  readFile: ReadStoryFile,
  report: ProblemReport,
): Promise<Story | undefined> {
  if (!SLUG_PATTERN.test(id)) {
    const suggestion = slugify(id) || 'my-story';
    report.add(
      STORY_FILE,
      '',
      `story id ${JSON.stringify(id)} (the folder name) appears in links as ?story=…, so it must use ` +
        `only lowercase letters, digits and hyphens: rename the folder to "${suggestion}"`,
    );
  }
  const root = await readStoryFile(readFile, report);
  if (root === undefined) return undefined;

  const shape = v.safeParse(StoryFileSchema, root);
  report.addAll(STORY_FILE, issuesToDrafts(shape.issues ?? [], ''));
  report.addAll(STORY_FILE, unknownFieldWarnings(root));
  checkUpdated(root.updated, report);

  const layers = listLayerFiles(root.layers, report);
  const features = new Map<string, FeatureOrigin>();
  const texts = await Promise.all(layers.map((layer) => readSafely(readFile, layer.file)));
  const places: (Place[] | undefined)[] = [];
  // Places can only be called unknown once every layer's feature list has been read.
  let allLayersRead = layers.length > 0 && layers.length === itemsOf(root.layers).length;
  layers.forEach((layer, i) => {
    const outcome = texts[i] ?? { missing: true };
    const loaded = checkLayerFile(layer, outcome, features, report);
    places[layer.index] = loaded.places;
    allLayersRead &&= loaded.complete;
  });
  checkEvents(root.events, allLayersRead ? features : undefined, report);

  if (report.hasErrors() || !shape.success) return undefined;
  return buildStory(id, shape.output, places);
}

/** Reads and parses story.json; undefined (with a problem) unless it holds a JSON object. */
async function readStoryFile(
  readFile: ReadStoryFile,
  report: ProblemReport,
): Promise<Record<string, unknown> | undefined> {
  const outcome = await readSafely(readFile, STORY_FILE);
  if ('missing' in outcome) {
    report.add(
      STORY_FILE,
      '',
      `story.json not found: create it in ${report.path('')} (see docs/story-format.md)`,
    );
    return undefined;
  }
  if ('failure' in outcome) {
    report.add(STORY_FILE, '', `could not read the file (${outcome.failure})`);
    return undefined;
  }
  const parsed = parseJsonText(outcome.text);
  if (!parsed.ok) {
    report.add(STORY_FILE, '', jsonErrorMessage(parsed));
    return undefined;
  }
  if (!isPlainObject(parsed.value)) {
    report.add(
      STORY_FILE,
      '',
      `story.json must hold one object { "title": …, "layers": [ … ], "events": [ … ] }, not ${describeValue(parsed.value)}`,
    );
    return undefined;
  }
  return parsed.value;
}

/** Warnings for fields story.json does not define, at every level of it. */
function unknownFieldWarnings(root: Record<string, unknown>): ProblemDraft[] {
  const drafts = unknownFields(root, StoryFileSchema.entries, []);
  itemsOf(root.layers).forEach((layer, i) => {
    drafts.push(...unknownFields(layer, LayerEntrySchema.entries, ['layers', i]));
  });
  itemsOf(root.events).forEach((event, i) => {
    drafts.push(...unknownFields(event, EventSchema.entries, ['events', i]));
    itemsOf(isPlainObject(event) ? event.sources : undefined).forEach((source, j) => {
      drafts.push(...unknownFields(source, SourceSchema.entries, ['events', i, 'sources', j]));
    });
  });
  return drafts;
}

function itemsOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function unknownFields(
  value: unknown,
  entries: Record<string, unknown>,
  at: (string | number)[],
): ProblemDraft[] {
  if (!isPlainObject(value)) return [];
  const known = Object.keys(entries);
  return Object.keys(value)
    .filter((key) => !Object.hasOwn(entries, key))
    .map((key) => ({
      pointer: toPointer([...at, key]),
      message: `unknown field ${JSON.stringify(key)} is ignored: ${unknownFieldFix(key, known)}`,
      severity: 'warning' as const,
    }));
}

function unknownFieldFix(key: string, known: string[]): string {
  const translation = /^([a-z]+)_([a-z]{2,3})$/.exec(key);
  const field = translation?.[1];
  if (field && known.includes(`${field}_en`)) {
    return `translations exist for ${LANGUAGES.join(', ')} only`;
  }
  const near = closestMatch(key, known, 2);
  return near ? `did you mean "${near}"?` : 'remove it, or check its spelling';
}

function checkUpdated(updated: unknown, report: ProblemReport) {
  if (typeof updated !== 'string' || !DAY_PATTERN.test(updated)) return;
  const reason = explainDateError(updated);
  if (reason) report.add(STORY_FILE, '/updated', `"updated" ${JSON.stringify(updated)} ${reason}`);
}

/** A layer file to read: its entry's index, id and file name. */
interface LayerToRead {
  index: number;
  id: string;
  file: string;
}

/** Checks layer ids and file names; returns the layers whose file can be read. */
function listLayerFiles(layers: unknown, report: ProblemReport): LayerToRead[] {
  const ids = new Map<string, number>();
  const files = new Map<string, number>();
  const toRead: LayerToRead[] = [];
  itemsOf(layers).forEach((entry, index) => {
    if (!isPlainObject(entry)) return;
    const { id, file } = entry;
    if (typeof id === 'string') {
      const first = ids.get(id);
      if (first !== undefined) {
        report.add(
          STORY_FILE,
          toPointer(['layers', index, 'id']),
          `layer id "${id}" is already used by /layers/${first}: give each layer its own id`,
        );
      } else ids.set(id, index);
    }
    if (typeof file !== 'string' || file.trim() === '') return;
    const pointer = toPointer(['layers', index, 'file']);
    const fileError = explainLayerFileName(file);
    if (fileError) {
      report.add(STORY_FILE, pointer, fileError);
      return;
    }
    const firstUse = files.get(file);
    if (firstUse !== undefined) {
      report.add(
        STORY_FILE,
        pointer,
        `"${file}" is already the file of /layers/${firstUse}: give each layer its own file ` +
          '(merge the two layers, or split the features into two files)',
      );
      return;
    }
    files.set(file, index);
    toRead.push({ index, id: typeof id === 'string' ? id : '', file });
  });
  return toRead;
}

/** Why a layer `file` is not a plain GeoJSON file name in the story folder, or undefined. */
export function explainLayerFileName(file: string): string | undefined {
  if (file.includes('..')) {
    return `"file" ${JSON.stringify(file)} must not contain "..": put the file in the story folder, next to story.json`;
  }
  if (/[/\\]/.test(file) || /^[a-z][a-z0-9+.-]*:/i.test(file)) {
    const name = file.split(/[/\\]/).pop() ?? file;
    return (
      `"file" ${JSON.stringify(file)} must be a file name in the story folder, without folders or ` +
      `addresses: put the file next to story.json and write "${name}"`
    );
  }
  if (!/\.(geojson|json)$/i.test(file)) {
    return `"file" ${JSON.stringify(file)} must end in .geojson or .json: export the layer as GeoJSON`;
  }
  if (file === STORY_FILE)
    return 'story.json cannot be a layer: name the GeoJSON file of this layer';
  return undefined;
}

/** The result of checking one layer file. */
interface LayerLoad {
  /** The file's features as places, when the file has no error. */
  places?: Place[];
  /** `true` when every feature id of the file is known (the feature list was read). */
  complete: boolean;
}

/** Parses and checks one layer file; records its feature ids in `features`. */
function checkLayerFile(
  layer: LayerToRead,
  outcome: ReadOutcome,
  features: Map<string, FeatureOrigin>,
  report: ProblemReport,
): LayerLoad {
  const file = layer.file;
  if ('missing' in outcome) {
    report.add(
      STORY_FILE,
      toPointer(['layers', layer.index, 'file']),
      `file "${file}" not found: put it in ${report.path('')} next to story.json, or correct the name`,
    );
    return { complete: false };
  }
  if ('failure' in outcome) {
    report.add(file, '', `could not read the file (${outcome.failure})`);
    return { complete: false };
  }
  const parsed = parseJsonText(outcome.text);
  if (!parsed.ok) {
    report.add(file, '', jsonErrorMessage(parsed));
    return { complete: false };
  }
  const root = parsed.value;
  const notCollection = explainNotFeatureCollection(root);
  if (notCollection) {
    report.add(file, '', notCollection);
    return { complete: false };
  }
  const shape = v.safeParse(LayerFileSchema, root);
  report.addAll(file, issuesToDrafts(shape.issues ?? [], ''));
  const rawFeatures = isPlainObject(root) ? root.features : undefined;
  if (!Array.isArray(rawFeatures)) return { complete: false };
  if (rawFeatures.length === 0) {
    report.add(
      file,
      '/features',
      'layer has no features, so it draws nothing: add features, or remove the layer from story.json',
      'warning',
    );
  }

  const geometries = rawFeatures.map((feature, i) =>
    checkFeature(feature, i, file, features, report),
  );
  if (!shape.success || geometries.some((g) => g === undefined)) return { complete: true };
  const places = shape.output.features.map((feature, i) =>
    toPlace(feature, geometries[i] as Geometry, layer.id),
  );
  return { complete: true, places };
}

/** Why a parsed layer file is not a FeatureCollection, for the cases that need their own fix. */
function explainNotFeatureCollection(root: unknown): string | undefined {
  const collection = '{ "type": "FeatureCollection", "features": [ … ] }';
  if (!isPlainObject(root))
    return `must be a GeoJSON FeatureCollection ${collection}, not ${describeValue(root)}`;
  const type = root.type;
  if (type === 'Feature') {
    return `is a single Feature, not a FeatureCollection: wrap it in a FeatureCollection, ${collection.replace('…', 'the feature')}`;
  }
  if (type === 'GeometryCollection' || (GEOMETRY_TYPES as readonly unknown[]).includes(type)) {
    return (
      `is a bare ${String(type)} geometry: wrap it in a Feature (with "id" and "properties": { "name": … }) ` +
      `and wrap that in a FeatureCollection, ${collection}`
    );
  }
  if (type === 'Topology') {
    return 'is TopoJSON, not GeoJSON: convert it to a GeoJSON FeatureCollection (e.g. mapshaper -o format=geojson)';
  }
  return undefined;
}

/** Checks a feature's id (unique in the story) and geometry; returns the rewound geometry if valid. */
function checkFeature(
  feature: unknown,
  index: number,
  file: string,
  features: Map<string, FeatureOrigin>,
  report: ProblemReport,
): Geometry | undefined {
  if (!isPlainObject(feature)) return undefined;
  const pointer = toPointer(['features', index]);
  const id = featureIdOf(feature);
  if (id !== undefined) {
    const origin = features.get(id);
    if (origin) {
      const where =
        origin.file === file ? origin.pointer : `${report.path(origin.file)} at ${origin.pointer}`;
      report.add(
        file,
        `${pointer}/id`,
        `feature id ${JSON.stringify(id)} is already used by ${where}: ids must be unique in the story, rename one`,
      );
    } else {
      features.set(id, { file, pointer });
    }
  }
  const geometry = v.safeParse(GeometrySchema, feature.geometry);
  if (!geometry.success) return undefined;
  const checked = checkGeometry(geometry.output, `${pointer}/geometry`);
  report.addAll(file, checked.drafts);
  return checked.geometry;
}

/**
 * The id events would use for a feature. A misplaced (`properties.id`) or numeric id counts too,
 * so the one mistake is reported once and not again as every event's "unknown place".
 */
function featureIdOf(feature: Record<string, unknown>): string | undefined {
  const own = feature.id;
  if (typeof own === 'string' || typeof own === 'number') return String(own);
  const properties = feature.properties;
  const inner = isPlainObject(properties) ? properties.id : undefined;
  if (typeof inner === 'string' || typeof inner === 'number') return String(inner);
  return undefined;
}

const PROPERTY_KEYS = Object.keys(PlacePropertiesSchema.entries) as (keyof PlaceProperties)[];

/** A story place from a shape-valid feature: only the documented properties, plus its layer id. */
function toPlace(feature: FeatureInput, geometry: Geometry, layer: string): Place {
  const properties: Record<string, unknown> = {};
  for (const key of PROPERTY_KEYS) {
    const value: unknown = (feature.properties as Record<string, unknown>)[key];
    if (value !== undefined) properties[key] = value;
  }
  properties.layer = layer;
  return {
    type: 'Feature',
    id: feature.id,
    properties: properties as unknown as PlaceProperties,
    geometry,
  };
}

/** Meaning checks on events: unique ids, real dates in order, known places, web source URLs. */
function checkEvents(
  events: unknown,
  features: Map<string, FeatureOrigin> | undefined,
  report: ProblemReport,
) {
  const ids = new Map<string, number>();
  itemsOf(events).forEach((event, i) => {
    if (!isPlainObject(event)) return;
    const at = ['events', i];
    if (typeof event.id === 'string' && SLUG_PATTERN.test(event.id)) {
      const first = ids.get(event.id);
      if (first !== undefined) {
        report.add(
          STORY_FILE,
          toPointer([...at, 'id']),
          `event id "${event.id}" is already used by /events/${first}: give each event its own id`,
        );
      } else ids.set(event.id, i);
    }
    checkEventDates(event, at, report);
    if (features) checkEventPlaces(event.places, at, features, report);
    itemsOf(event.sources).forEach((source, j) => {
      const url = isPlainObject(source) ? source.url : undefined;
      if (typeof url !== 'string') return;
      const reason = explainSourceUrl(url);
      if (reason) report.add(STORY_FILE, toPointer([...at, 'sources', j, 'url']), reason);
    });
  });
}

function checkEventDates(
  event: Record<string, unknown>,
  at: (string | number)[],
  report: ProblemReport,
) {
  const dates: Record<'date' | 'end', string | undefined> = { date: undefined, end: undefined };
  for (const key of ['date', 'end'] as const) {
    const value = event[key];
    if (typeof value !== 'string' || !PARTIAL_DATE_PATTERN.test(value)) continue;
    const reason = explainDateError(value);
    if (reason)
      report.add(
        STORY_FILE,
        toPointer([...at, key]),
        `"${key}" ${JSON.stringify(value)} ${reason}`,
      );
    else dates[key] = value;
  }
  if (dates.date && dates.end && isEndBeforeDate(dates.date, dates.end)) {
    report.add(
      STORY_FILE,
      toPointer([...at, 'end']),
      `"end" "${dates.end}" is before "date" "${dates.date}": swap them, or correct the end`,
    );
  }
}

function checkEventPlaces(
  places: unknown,
  at: (string | number)[],
  features: Map<string, FeatureOrigin>,
  report: ProblemReport,
) {
  const seen = new Set<string>();
  itemsOf(places).forEach((place, k) => {
    if (typeof place !== 'string') return;
    // Built only for a problem: 10,000 events name some 15,000 places.
    const pointer = () => toPointer([...at, 'places', k]);
    if (seen.has(place)) {
      report.add(
        STORY_FILE,
        pointer(),
        `place "${place}" is listed twice: remove the repeat`,
        'warning',
      );
      return;
    }
    seen.add(place);
    if (features.has(place)) return;
    const near = closestMatch(place, features.keys(), 3);
    const origin = near === undefined ? undefined : features.get(near);
    const fix = near
      ? `did you mean "${near}" (in ${origin?.file ?? 'a layer'})?`
      : 'use the "id" of a feature in one of the layers';
    report.add(STORY_FILE, pointer(), `unknown place "${place}": no feature has this id; ${fix}`);
  });
}

/** Why a source URL is not a full http(s) address, with the fix, or undefined when it is. */
export function explainSourceUrl(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return (
      `"url" ${JSON.stringify(url)} is not a full web address: write it with https://, ` +
      'e.g. "https://www.example.com/news/1"'
    );
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    return `"url" uses "${parsed.protocol}", which is not allowed: link to an http:// or https:// page`;
  }
  return undefined;
}

/** `<field>_<lang>` values present on `value`, or undefined when there are none. */
function pickTranslations<F extends string>(
  value: Record<string, unknown>,
  fields: readonly F[],
): Partial<Record<`${F}_${(typeof LANGUAGES)[number]}`, string>> | undefined {
  const translations: Record<string, string> = {};
  for (const field of fields) {
    for (const lang of LANGUAGES) {
      const text = value[`${field}_${lang}`];
      if (typeof text === 'string') translations[`${field}_${lang}`] = text;
    }
  }
  return Object.keys(translations).length > 0
    ? (translations as Partial<Record<`${F}_${(typeof LANGUAGES)[number]}`, string>>)
    : undefined;
}

/** The model from a shape-valid story.json and its layers' places. */
function buildStory(
  id: string,
  input: StoryFileInput,
  places: (Place[] | undefined)[],
): Story | undefined {
  const layers: StoryLayer[] = [];
  for (const [i, entry] of input.layers.entries()) {
    const features = places[i];
    if (!features) return undefined;
    const translations = pickTranslations(entry, LAYER_TRANSLATED_FIELDS);
    layers.push({
      id: entry.id,
      title: entry.title,
      file: entry.file,
      ...(translations && { translations }),
      features: { type: 'FeatureCollection', features },
    });
  }
  const translations = pickTranslations(input, STORY_TRANSLATED_FIELDS);
  return {
    id,
    title: input.title,
    summary: input.summary,
    language: input.language,
    updated: input.updated,
    credit: input.credit,
    ...(translations && { translations }),
    layers,
    events: sortEvents(input.events.map(toStoryEvent)),
  };
}

function toStoryEvent(input: EventInput): StoryEvent {
  const translations = pickTranslations(input, EVENT_TRANSLATED_FIELDS);
  return {
    id: input.id,
    date: input.date,
    ...(input.end !== undefined && { end: input.end }),
    title: input.title,
    summary: input.summary,
    places: [...input.places],
    sources: input.sources.map((source) => ({ title: source.title, url: source.url })),
    ...(input.note !== undefined && { note: input.note }),
    ...(translations && { translations }),
  };
}

/** Events by date, then end (a missing end is the date itself), then their order in story.json. */
export function sortEvents(events: readonly StoryEvent[]): StoryEvent[] {
  // The order of `compareDates` on the date, then on the end, with each partial date turned into
  // its day range once rather than at every comparison: 10,000 events make ~130,000 comparisons.
  const keyed = events.map((event) => {
    const end = event.end ?? event.date;
    return {
      event,
      keys: [firstDay(event.date), lastDay(event.date), firstDay(end), lastDay(end)],
    };
  });
  // Array.prototype.sort is stable, so equal events keep their story.json order.
  keyed.sort((a, b) => compareDayKeys(a.keys, b.keys));
  return keyed.map(({ event }) => event);
}

/** Compares `YYYY-MM-DD` keys in turn (they sort as text in calendar order). */
function compareDayKeys(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as string;
    const y = b[i] as string;
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}
