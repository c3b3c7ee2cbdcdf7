/**
 * The story model from checked input: only documented properties and fields, translations
 * gathered, polygons as rewound, events in date order. Runs only on input with no error.
 */
import type { Geometry } from 'geojson';
import { firstDay, lastDay } from './dates.ts';
import {
  EVENT_TRANSLATED_FIELDS,
  LANGUAGES,
  LAYER_TRANSLATED_FIELDS,
  MEDIA_TRANSLATED_FIELDS,
  PlacePropertiesSchema,
  STORY_TRANSLATED_FIELDS,
  type EventInput,
  type FeatureInput,
  type MediaInput,
  type StoryFileInput,
} from './schema.ts';
import type { Place, PlaceProperties, Story, StoryEvent, StoryLayer, StoryMedia } from './types.ts';

const PROPERTY_KEYS = Object.keys(PlacePropertiesSchema.entries) as (keyof PlaceProperties)[];

/** A story place from a shape-valid feature: only the documented properties, plus its layer id. */
export function toPlace(feature: FeatureInput, geometry: Geometry, layer: string): Place {
  const properties: Record<string, unknown> = {};
  for (const key of PROPERTY_KEYS) {
    const value: unknown = (feature.properties as Record<string, unknown>)[key];
    if (value !== undefined) properties[key] = value;
  }
  // Shape-checked by the schema; only the documented fields go on.
  if (Array.isArray(properties.media)) {
    properties.media = (properties.media as MediaInput[]).map(toStoryMedia);
  }
  properties.layer = layer;
  return {
    type: 'Feature',
    id: feature.id,
    properties: properties as unknown as PlaceProperties,
    geometry,
  };
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
export function buildStory(
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
    ...(input.narrative && { narrative: [...input.narrative] }),
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
    ...(input.media && { media: input.media.map(toStoryMedia) }),
  };
}

/** A photo entry with only its documented fields (the build adds `image` later). */
export function toStoryMedia(input: MediaInput): StoryMedia {
  const translations = pickTranslations(input, MEDIA_TRANSLATED_FIELDS);
  return {
    src: input.src,
    alt: input.alt,
    credit: input.credit,
    ...(input.caption !== undefined && { caption: input.caption }),
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
