/**
 * Pure edits of a story document: each takes a document and returns a new one, never changing its
 * input, so the editing session can keep every state for undo and redo.
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { placeIdFromName, renamePlace, type StoryDocument } from './core-api.ts';

export type JsonObject = Record<string, unknown>;

export interface PlaceRef {
  /** Layer file name, e.g. "places.geojson". */
  file: string;
  /** Index of the feature in its layer file. */
  index: number;
  feature: Feature;
  id: string;
}

export interface LayerInfo {
  id: string;
  title: string;
  file: string;
}

export function layersOf(doc: StoryDocument): LayerInfo[] {
  const layers = doc.story['layers'];
  if (!Array.isArray(layers)) return [];
  return layers.map((layer: JsonObject) => ({
    id: String(layer['id'] ?? ''),
    title: String(layer['title'] ?? layer['id'] ?? ''),
    file: String(layer['file'] ?? ''),
  }));
}

export function eventsOf(doc: StoryDocument): JsonObject[] {
  const events = doc.story['events'];
  return Array.isArray(events) ? (events as JsonObject[]) : [];
}

/** Every place, layer by layer in the story's order. */
export function placesOf(doc: StoryDocument): PlaceRef[] {
  return layersOf(doc).flatMap((layer) =>
    (doc.layers[layer.file]?.features ?? []).map((feature, index) => ({
      file: layer.file,
      index,
      feature,
      id: String(feature.id ?? ''),
    })),
  );
}

export function findPlace(doc: StoryDocument, id: string): PlaceRef | undefined {
  return placesOf(doc).find((place) => place.id === id);
}

/** Event indexes ordered by date (then end, then their order in the file). */
export function eventOrder(doc: StoryDocument): number[] {
  const events = eventsOf(doc);
  return events
    .map((_, index) => index)
    .sort((a, b) => {
      const ea = events[a] as JsonObject;
      const eb = events[b] as JsonObject;
      const da = String(ea['date'] ?? '');
      const db = String(eb['date'] ?? '');
      if (da !== db) return da < db ? -1 : 1;
      return a - b;
    });
}

/** The object without `key`, keys in their order. */
function without(object: JsonObject, key: string): JsonObject {
  return Object.fromEntries(Object.entries(object).filter(([k]) => k !== key));
}

/** A deep copy; a JSON round trip also drops any Svelte proxy a component handed in. */
function clone(doc: StoryDocument): StoryDocument {
  return JSON.parse(JSON.stringify(doc)) as StoryDocument;
}

function withLayer(
  doc: StoryDocument,
  file: string,
  change: (collection: FeatureCollection) => void,
): StoryDocument {
  const next = clone(doc);
  const collection = next.layers[file] ?? { type: 'FeatureCollection', features: [] };
  change(collection);
  next.layers[file] = collection;
  return next;
}

export function addPlace(doc: StoryDocument, file: string, feature: Feature): StoryDocument {
  return withLayer(doc, file, (collection) => collection.features.push(feature));
}

export function setPlaceGeometry(
  doc: StoryDocument,
  id: string,
  geometry: Geometry,
): StoryDocument {
  const place = findPlace(doc, id);
  if (!place) return doc;
  return withLayer(doc, place.file, (collection) => {
    const feature = collection.features[place.index] as Feature;
    feature.geometry = geometry;
  });
}

/** Sets (or, with undefined or '', removes) a property of a place. */
export function setPlaceProperty(
  doc: StoryDocument,
  id: string,
  key: string,
  value: unknown,
): StoryDocument {
  const place = findPlace(doc, id);
  if (!place) return doc;
  return withLayer(doc, place.file, (collection) => {
    const feature = collection.features[place.index] as Feature;
    const properties: JsonObject = feature.properties ?? {};
    feature.properties =
      value === undefined || value === '' || value === false
        ? without(properties, key)
        : { ...properties, [key]: value };
  });
}

/**
 * Names a place. An id that was still the one made from the old name follows the new name (and
 * the events naming the place follow the id), so a new place's id reads like its name; an id the
 * editor chose stays. Returns the document and the place's id in it.
 */
export function namePlace(
  doc: StoryDocument,
  id: string,
  name: string,
): { doc: StoryDocument; id: string } {
  const place = findPlace(doc, id);
  if (!place) return { doc, id };
  const others = placesOf(doc)
    .filter((q) => q.id !== id)
    .map((q) => q.id);
  const oldName = place.feature.properties?.['name'];
  const follows =
    name.trim() !== '' &&
    id === placeIdFromName(typeof oldName === 'string' ? oldName : '', others);
  const named = setPlaceProperty(doc, id, 'name', name);
  const newId = placeIdFromName(name, others);
  if (!follows || newId === id) return { doc: named, id };
  return { doc: renamePlace(named, id, newId), id: newId };
}

export function movePlaceToLayer(doc: StoryDocument, id: string, file: string): StoryDocument {
  const place = findPlace(doc, id);
  if (!place || place.file === file) return doc;
  const next = clone(doc);
  const [feature] = next.layers[place.file]?.features.splice(place.index, 1) ?? [];
  if (feature)
    (next.layers[file] ??= { type: 'FeatureCollection', features: [] }).features.push(feature);
  return next;
}

export function deletePlace(doc: StoryDocument, id: string): StoryDocument {
  const place = findPlace(doc, id);
  if (!place) return doc;
  const next = withLayer(doc, place.file, (collection) =>
    collection.features.splice(place.index, 1),
  );
  for (const event of eventsOf(next)) {
    if (Array.isArray(event['places'])) {
      event['places'] = (event['places'] as unknown[]).filter((placeId) => placeId !== id);
    }
  }
  return next;
}

export function setStoryField(doc: StoryDocument, key: string, value: unknown): StoryDocument {
  const next = clone(doc);
  next.story =
    value === undefined || value === ''
      ? without(next.story, key)
      : { ...next.story, [key]: value };
  return next;
}

/** Sets (or, with undefined or '', removes) a field of the event at `index`. */
export function setEventField(
  doc: StoryDocument,
  index: number,
  key: string,
  value: unknown,
): StoryDocument {
  const next = clone(doc);
  const events = eventsOf(next);
  const event = events[index];
  if (!event) return doc;
  events[index] =
    value === undefined || value === '' ? without(event, key) : { ...event, [key]: value };
  return next;
}

export function addEvent(doc: StoryDocument, event: JsonObject): StoryDocument {
  const next = clone(doc);
  const events = eventsOf(next);
  next.story['events'] = [...events, event];
  return next;
}

export function removeEvent(doc: StoryDocument, index: number): StoryDocument {
  const next = clone(doc);
  next.story['events'] = eventsOf(next).filter((_, i) => i !== index);
  return next;
}

export function addLayer(doc: StoryDocument, layer: LayerInfo): StoryDocument {
  const next = clone(doc);
  const layers = Array.isArray(next.story['layers']) ? (next.story['layers'] as JsonObject[]) : [];
  next.story['layers'] = [...layers, { id: layer.id, title: layer.title, file: layer.file }];
  next.layers[layer.file] ??= { type: 'FeatureCollection', features: [] };
  return next;
}
