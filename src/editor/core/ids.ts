/**
 * Ids made from names, and the place renames that must reach every event naming the place.
 * Pure; every function returns a new document and leaves its input as it was.
 */
import type { Feature } from 'geojson';
import { slugify } from '../../story/problems.ts';
import type { StoryDocument } from './document.ts';

/** A slug of `text` not in `taken`: `seoul-city`, else `seoul-city-2`, `-3`…; `fallback` when `text` has no Latin letters or digits. */
function uniqueSlug(text: string, taken: Iterable<string>, fallback: string): string {
  const used = new Set(taken);
  const base = slugify(text) || fallback;
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) if (!used.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** A place id made from its name, unique among `takenIds` (a Korean-only name gives `place`, `place-2`…). */
export function placeIdFromName(name: string, takenIds: Iterable<string>): string {
  return uniqueSlug(name, takenIds, 'place');
}

/** An event id made from its title, unique among `takenIds`. */
export function eventIdFromTitle(title: string, takenIds: Iterable<string>): string {
  return uniqueSlug(title, takenIds, 'event');
}

function eventsOf(doc: StoryDocument): Record<string, unknown>[] {
  const events = doc.story.events;
  return Array.isArray(events)
    ? events.filter((e): e is Record<string, unknown> => typeof e === 'object' && e !== null)
    : [];
}

/** Every feature id of every layer, in file then feature order. */
export function placeIds(doc: StoryDocument): string[] {
  return Object.values(doc.layers).flatMap((layer) =>
    layer.features.flatMap((f) => (typeof f.id === 'string' ? [f.id] : [])),
  );
}

/** Every event id of the story, in file order. */
export function eventIds(doc: StoryDocument): string[] {
  return eventsOf(doc).flatMap((e) => (typeof e.id === 'string' ? [e.id] : []));
}

/** An event that names a place: its index in `events`, its id and title, to say which before deleting. */
export interface EventNamingPlace {
  index: number;
  id: string;
  title: string;
}

/** The events whose `places` list `placeId`, in file order. */
export function eventsNamingPlace(doc: StoryDocument, placeId: string): EventNamingPlace[] {
  const events = Array.isArray(doc.story.events) ? (doc.story.events as unknown[]) : [];
  return events.flatMap((event, index) => {
    if (typeof event !== 'object' || event === null) return [];
    const e = event as Record<string, unknown>;
    if (!Array.isArray(e.places) || !e.places.includes(placeId)) return [];
    return [{ index, id: String(e.id ?? ''), title: String(e.title ?? '') }];
  });
}

/**
 * Why `newId` cannot replace place `oldId` (a sentence with the fix), or undefined when it can:
 * it must be a slug and not the id of another place.
 */
export function explainPlaceRename(
  doc: StoryDocument,
  oldId: string,
  newId: string,
): string | undefined {
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(newId)) {
    return `id ${JSON.stringify(newId)} must use only lowercase letters, digits and hyphens, e.g. "${slugify(newId) || 'my-place'}"`;
  }
  if (newId !== oldId && placeIds(doc).includes(newId)) {
    return `another place already has the id "${newId}": pick another, e.g. "${placeIdFromName(newId, placeIds(doc))}"`;
  }
  return undefined;
}

/**
 * The document with place `oldId` renamed to `newId` in its layer and in every event's `places`.
 * Check the new id with `explainPlaceRename` first; this does not.
 */
export function renamePlace(doc: StoryDocument, oldId: string, newId: string): StoryDocument {
  const layers: StoryDocument['layers'] = {};
  for (const [name, layer] of Object.entries(doc.layers)) {
    const touches = layer.features.some((f) => f.id === oldId);
    layers[name] = touches
      ? {
          ...layer,
          features: layer.features.map((f): Feature => (f.id === oldId ? { ...f, id: newId } : f)),
        }
      : layer;
  }
  const events = Array.isArray(doc.story.events)
    ? (doc.story.events as unknown[]).map((event) => {
        if (typeof event !== 'object' || event === null) return event;
        const e = event as Record<string, unknown>;
        if (!Array.isArray(e.places) || !e.places.includes(oldId)) return event;
        return { ...e, places: e.places.map((p: unknown) => (p === oldId ? newId : p)) };
      })
    : doc.story.events;
  return { story: { ...doc.story, events }, layers };
}
