/**
 * Checks of the layers: their entries in story.json (ids, file names), then each layer file (a
 * FeatureCollection whose features have ids unique in the story and geometries that mean what
 * they say).
 */
import * as v from 'valibot';
import type { Geometry } from 'geojson';
import { toPlace } from './build-story.ts';
import { checkGeometry } from './check-geometry.ts';
import { checkGeoJsonMembers } from './check-geojson-members.ts';
import { isPlainObject, itemsOf } from './json-values.ts';
import { issuesToDrafts } from './issue-messages.ts';
import { describeValue, FEATURE_COLLECTION_EXAMPLE } from './messages.ts';
import { toPointer } from './pointers.ts';
import type { ProblemReport } from './problems.ts';
import { MAX_FEATURES } from './limits.ts';
import { parseFileText, STORY_FILE, type ReadOutcome } from './read-files.ts';
import { GEOMETRY_TYPES, GeometrySchema, LayerFileSchema } from './schema.ts';
import type { Place } from './types.ts';

/** Where a feature id was first seen, to name it when the id comes again. */
export interface FeatureOrigin {
  file: string;
  pointer: string;
}

/** A layer file to read: its entry's index, id and file name. */
export interface LayerToRead {
  index: number;
  id: string;
  file: string;
}

/** Checks layer ids and file names; returns the layers whose file can be read. */
export function listLayerFiles(layers: unknown, report: ProblemReport): LayerToRead[] {
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
export interface LayerLoad {
  /** The file's features as places, when the file has no error. */
  places?: Place[];
  /** `true` when every feature id of the file is known (the feature list was read). */
  complete: boolean;
}

/** The features met so far in the story's layers. */
export interface FeatureTally {
  /** Where each feature id was first seen. */
  origins: Map<string, FeatureOrigin>;
  /** How many features all the layers read so far hold. */
  count: number;
}

/** Parses and checks one layer file; records its features in `tally`. */
export function checkLayerFile(
  layer: LayerToRead,
  outcome: ReadOutcome,
  tally: FeatureTally,
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
  if ('refused' in outcome) {
    report.add(file, '', outcome.refused);
    return { complete: false };
  }
  const parsed = parseFileText(outcome.text);
  if ('notJson' in parsed) {
    report.add(file, '', parsed.notJson);
    return { complete: false };
  }
  report.addAll(file, parsed.drafts);
  const root = parsed.value;
  const notCollection = explainNotFeatureCollection(root);
  if (notCollection || !isPlainObject(root)) {
    report.add(file, '', notCollection ?? 'must be a GeoJSON FeatureCollection');
    return { complete: false };
  }
  const count = itemsOf(root.features).length;
  tally.count += count;
  if (tally.count > MAX_FEATURES) {
    report.add(
      file,
      '/features',
      `this layer's ${count} features bring the story to ${tally.count}, over the limit of ` +
        `${MAX_FEATURES} features in a story, so they were not checked: merge features, or split the story`,
    );
    return { complete: false };
  }
  report.addAll(file, checkGeoJsonMembers(root));
  const shape = v.safeParse(LayerFileSchema, root);
  report.addAll(file, issuesToDrafts(shape.issues ?? [], ''));
  const rawFeatures = root.features;
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
    checkFeature(feature, i, file, tally.origins, report),
  );
  if (!shape.success || geometries.some((g) => g === undefined)) return { complete: true };
  const places = shape.output.features.map((feature, i) =>
    toPlace(feature, geometries[i] as Geometry, layer.id),
  );
  return { complete: true, places };
}

/** Why a parsed layer file is not a FeatureCollection, for the cases that need their own fix. */
function explainNotFeatureCollection(root: unknown): string | undefined {
  const collection = FEATURE_COLLECTION_EXAMPLE;
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
