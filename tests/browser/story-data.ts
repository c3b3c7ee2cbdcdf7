/**
 * Stories read straight from their files, independently of the app's loader, so browser tests
 * compare what the page shows with what the editor wrote, and derive what they expect (counts,
 * names, dates) from the story instead of pinning it. `places`, `events` and `eventsOf` are
 * ncg-2024's, the story the built site shows by default.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export type Language = 'en' | 'ko' | 'ja';

export interface RawPlace {
  id: string;
  name: string;
  /** The place's name in each language, the English one where the file has no translation. */
  names: Record<Language, string>;
  approximate: boolean;
  geometry: { type: string; coordinates: unknown };
  /** The place's description in each language (as the file has it), when it has one. */
  descriptions: Partial<Record<Language, string>> | undefined;
}

export interface RawEvent {
  id: string;
  date: string;
  end?: string;
  title: string;
  summary: string;
  note?: string;
  places: string[];
  sources: { title: string; url: string }[];
}

export interface RawStory {
  id: string;
  /** The story's title in each language, the English one where the file has no translation. */
  titles: Record<Language, string>;
  /** When the story was last updated (`YYYY-MM-DD`). */
  updated: string;
  places: RawPlace[];
  /** Events in date order, as the app lists them. */
  events: RawEvent[];
  /** Events of a place in date order. */
  eventsOf(placeId: string): RawEvent[];
  /** A place's name (in English unless another language is asked for). */
  placeName(placeId: string, language?: Language): string;
  /** Ids of the events with a day between two `YYYY-MM-DD` days, in date order. */
  eventIdsBetween(from: string, to: string): string[];
  /** How many sources all these events cite together. */
  sourceCount(events?: readonly RawEvent[]): number;
}

const translated = (properties: Record<string, unknown>, key: string) =>
  Object.fromEntries(
    (['en', 'ko', 'ja'] as const).map((language) => [
      language,
      String(properties[language === 'en' ? key : `${key}_${language}`] ?? properties[key] ?? ''),
    ]),
  ) as Record<Language, string>;

/** A field in each language exactly as the file writes it (no English stand-in), if it has one. */
export function asWritten(
  fields: object,
  key: string,
): Partial<Record<Language, string>> | undefined {
  const properties = fields as Record<string, unknown>;
  if (properties[key] === undefined) return undefined;
  return Object.fromEntries(
    (['en', 'ko', 'ja'] as const).map((language) => [
      language,
      properties[language === 'en' ? key : `${key}_${language}`],
    ]),
  ) as Partial<Record<Language, string>>;
}

/** The first day of a partial date's span (`2022` → `2022-01-01`). */
const firstDay = (date: string) => (date + '-01-01').slice(0, 10);
/** The last day of a partial date's span (`2022-03` → `2022-03-31`). */
function lastDay(date: string): string {
  if (date.length === 10) return date;
  if (date.length === 4) return `${date}-12-31`;
  const [year, month] = date.split('-').map(Number);
  const days = new Date(Date.UTC(year ?? 0, month ?? 1, 0)).getUTCDate();
  return `${date}-${String(days).padStart(2, '0')}`;
}

/** Reads a story folder (story.json and its layers). */
export function readStory(folder: string): RawStory {
  const story = JSON.parse(readFileSync(join(folder, 'story.json'), 'utf8')) as Record<
    string,
    unknown
  > & { layers: { file: string }[]; events: RawEvent[] };
  const places: RawPlace[] = story.layers.flatMap(({ file }) =>
    (
      JSON.parse(readFileSync(join(folder, file), 'utf8')) as {
        features: {
          id: string;
          properties: Record<string, unknown> & { name: string; approximate?: boolean };
          geometry: RawPlace['geometry'];
        }[];
      }
    ).features.map((feature) => ({
      id: feature.id,
      name: feature.properties.name,
      names: translated(feature.properties, 'name'),
      approximate: feature.properties.approximate === true,
      geometry: feature.geometry,
      descriptions: asWritten(feature.properties, 'description'),
    })),
  );
  const events = [...story.events].sort((a, b) => a.date.localeCompare(b.date));
  return {
    id: folder.split('/').pop() ?? folder,
    titles: translated(story, 'title'),
    updated: String(story['updated']),
    places,
    events,
    eventsOf: (placeId) => events.filter((event) => event.places.includes(placeId)),
    placeName: (placeId, language = 'en') =>
      places.find((place) => place.id === placeId)?.names[language] ?? placeId,
    eventIdsBetween: (from, to) =>
      events
        .filter((e) => firstDay(e.date) <= to && lastDay(e.end ?? e.date) >= from)
        .map((e) => e.id),
    sourceCount: (some = events) => some.reduce((n, event) => n + event.sources.length, 0),
  };
}

/** The default story of the built site. */
export const ncg = readStory('geo/stories/ncg-2024');

export const places = ncg.places;
export const events = ncg.events;
export const eventsOf = ncg.eventsOf;

/** A full `YYYY-MM-DD` date as the reader's language writes it in long form (July 11, 2024). */
export function longDate(date: string, language: Language = 'en'): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  );
}

/** The event with this id, failing loudly if the story has none. */
export function eventById(story: RawStory, id: string): RawEvent {
  const event = story.events.find((e) => e.id === id);
  if (!event) throw new Error(`${story.id} has no event "${id}"`);
  return event;
}

/** The ncg-2024 place with this id, failing loudly if the story has none. */
export function placeById(id: string): RawPlace {
  const place = places.find((p) => p.id === id);
  if (!place) throw new Error(`ncg-2024 has no place "${id}"`);
  return place;
}

/** A spot a reader would click on to hit the place: the point, or the middle of the area. */
export function clickTarget(place: RawPlace): { lng: number; lat: number } {
  if (place.geometry.type === 'Point') {
    const [lng, lat] = place.geometry.coordinates as [number, number];
    return { lng, lat };
  }
  const ring = (place.geometry.coordinates as [number, number][][])[0] ?? [];
  const lngs = ring.map(([lng]) => lng);
  const lats = ring.map(([, lat]) => lat);
  return {
    lng: (Math.min(...lngs) + Math.max(...lngs)) / 2,
    lat: (Math.min(...lats) + Math.max(...lats)) / 2,
  };
}
