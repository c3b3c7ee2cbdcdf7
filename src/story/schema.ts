/**
 * The shape of a story folder's files, as valibot schemas: `story.json` and a layer
 * FeatureCollection. Shape only (types, required fields, patterns, list lengths): what a value
 * means (real calendar dates, unique ids, coordinate ranges, closed rings, URL schemes) is checked
 * in code by `loadStory`, so these schemas stay convertible to JSON Schema
 * (`@valibot/to-json-schema`) for editors' autocompletion.
 *
 * Objects are `looseObject`: unknown story.json fields become warnings in code, and GeoJSON from
 * QGIS or geojson.io keeps its extra members and properties.
 */
import * as v from 'valibot';
import type { LanguageCode } from './types.ts';

/** The languages a story may be written in and translated to. */
export const LANGUAGES = ['en', 'ko', 'ja'] as const satisfies readonly LanguageCode[];

/** Layer and event ids: lowercase letters, digits, single hyphens between them (`ncg-3`). */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (format only; the calendar is checked in `dates.ts`). */
export const PARTIAL_DATE_PATTERN = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/** `YYYY-MM-DD` (format only). */
export const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** At least one character that is not white space. */
export const NOT_BLANK_PATTERN = /\S/;

/** Geometry types a story may use (GeometryCollection is left out on purpose: one shape per place). */
export const GEOMETRY_TYPES = [
  'Point',
  'MultiPoint',
  'LineString',
  'MultiLineString',
  'Polygon',
  'MultiPolygon',
] as const;

const BLANK_MESSAGE = 'is empty';

/** Plain text that is not empty or only spaces. */
function text(description: string) {
  return v.pipe(v.string(), v.regex(NOT_BLANK_PATTERN, BLANK_MESSAGE), v.description(description));
}

/** Optional `<field>_<lang>` entries for every field and language, e.g. `title_ko`, `summary_ja`. */
function translationEntries<const F extends string>(fields: readonly F[]) {
  const entries: Record<string, v.OptionalSchema<ReturnType<typeof text>, undefined>> = {};
  for (const field of fields) {
    for (const lang of LANGUAGES) {
      entries[`${field}_${lang}`] = v.optional(text(`"${field}" translated to ${lang}.`));
    }
  }
  return entries as Record<
    `${F}_${LanguageCode}`,
    v.OptionalSchema<ReturnType<typeof text>, undefined>
  >;
}

/** Fields of story.json that have translations. */
export const STORY_TRANSLATED_FIELDS = ['title', 'summary', 'credit'] as const;
/** Fields of a layer entry that have translations. */
export const LAYER_TRANSLATED_FIELDS = ['title'] as const;
/** Fields of an event that have translations. */
export const EVENT_TRANSLATED_FIELDS = ['title', 'summary', 'note'] as const;
/** Feature properties that have translations. */
export const PLACE_TRANSLATED_FIELDS = ['name', 'description'] as const;
/** Fields of a media entry (a photo) that have translations. */
export const MEDIA_TRANSLATED_FIELDS = ['alt', 'caption', 'credit'] as const;

/**
 * One photo of an event or a place. The file itself (inside the story folder, a real JPEG, PNG,
 * WebP or AVIF, not too large) is checked in code (`check-media.ts`).
 */
export const MediaSchema = v.looseObject({
  src: v.pipe(
    v.string(),
    v.regex(NOT_BLANK_PATTERN, BLANK_MESSAGE),
    v.description(
      'Image file name in the story folder (JPEG, PNG, WebP or AVIF), e.g. "talks.jpg".',
    ),
  ),
  alt: text('What the photo shows, for readers who cannot see it.'),
  credit: text('Who took the photo or owns it, e.g. "U.S. Navy photo / Jane Doe".'),
  caption: v.optional(text('A sentence shown under the photo.')),
  ...translationEntries(MEDIA_TRANSLATED_FIELDS),
});

/** `media` of an event or a place: its photos, shown in this order. */
const MediaListSchema = v.optional(
  v.pipe(v.array(MediaSchema), v.description('Photos, each with alt text and a credit.')),
);

/** One source of an event. */
export const SourceSchema = v.looseObject({
  title: text('What the source is, e.g. "Joint statement, Ministry of National Defense".'),
  url: v.pipe(v.string(), v.description('An http: or https: address.')),
});

/** One entry of story.json `layers`: a GeoJSON file drawn as one layer. */
export const LayerEntrySchema = v.looseObject({
  id: v.pipe(
    v.string(),
    v.regex(SLUG_PATTERN, 'must use only lowercase letters, digits and hyphens'),
    v.description('Layer id, e.g. "freedom-edge".'),
  ),
  title: text('Layer title shown in the legend.'),
  ...translationEntries(LAYER_TRANSLATED_FIELDS),
  file: v.pipe(
    v.string(),
    v.regex(NOT_BLANK_PATTERN, BLANK_MESSAGE),
    v.description('GeoJSON file name in the story folder, e.g. "seoul.geojson".'),
  ),
});

/** One dated event of story.json `events`. */
export const EventSchema = v.looseObject({
  id: v.pipe(
    v.string(),
    v.regex(SLUG_PATTERN, 'must use only lowercase letters, digits and hyphens'),
    v.description('Event id, used in links (#event=…), e.g. "ncg-3".'),
  ),
  date: v.pipe(
    v.string(),
    v.regex(PARTIAL_DATE_PATTERN, 'must be written YYYY, YYYY-MM or YYYY-MM-DD'),
    v.description('When it happened: YYYY, YYYY-MM or YYYY-MM-DD.'),
  ),
  end: v.optional(
    v.pipe(
      v.string(),
      v.regex(PARTIAL_DATE_PATTERN, 'must be written YYYY, YYYY-MM or YYYY-MM-DD'),
      v.description('Last day of an event that spans time; not before "date".'),
    ),
  ),
  title: text('Event headline.'),
  summary: text('One or two sentences.'),
  ...translationEntries(EVENT_TRANSLATED_FIELDS),
  places: v.pipe(
    v.array(v.string()),
    v.minLength(1, 'lists no place'),
    v.description('Ids of the features where it happened.'),
  ),
  sources: v.pipe(
    v.array(SourceSchema),
    v.minLength(1, 'lists no source'),
    v.description('Where the facts come from.'),
  ),
  note: v.optional(text('A correction or caveat shown with the event.')),
  media: MediaListSchema,
});

/** Where a story.json in `geo/stories/<id>/` finds its JSON Schema, for editors' completion. */
export const STORY_SCHEMA_REF = '../../../schema/story.schema.json';

/** story.json. */
export const StoryFileSchema = v.looseObject({
  $schema: v.optional(
    v.pipe(
      v.string(),
      v.description(
        `JSON Schema of this file, so editors offer completion and flag mistakes: "${STORY_SCHEMA_REF}".`,
      ),
    ),
  ),
  title: text('Story title.'),
  summary: text('One paragraph about the story.'),
  language: v.pipe(v.picklist(LANGUAGES), v.description('Language the story is written in.')),
  updated: v.pipe(
    v.string(),
    v.regex(DAY_PATTERN, 'must be written YYYY-MM-DD'),
    v.description('Date of the last update, YYYY-MM-DD.'),
  ),
  credit: text('Who made the map, e.g. "Graphics desk; basemap: Natural Earth".'),
  ...translationEntries(STORY_TRANSLATED_FIELDS),
  layers: v.pipe(
    v.array(LayerEntrySchema),
    v.minLength(1, 'lists no layer'),
    v.description('GeoJSON layers, drawn bottom to top.'),
  ),
  events: v.pipe(v.array(EventSchema), v.description('Dated events tied to places.')),
  narrative: v.optional(
    v.pipe(
      v.array(v.string()),
      v.minLength(
        1,
        'lists no event: list event ids, or remove "narrative" to show every event in date order',
      ),
      v.description(
        'Event ids in the order the scrolling story page (?layout=scroll) shows them as cards; without it, every event in date order.',
      ),
    ),
  ),
});

/** `[longitude, latitude]` or `[longitude, latitude, altitude]`; ranges are checked in code. */
export const PositionSchema = v.pipe(
  v.array(v.number()),
  v.minLength(2, 'has fewer than 2 numbers'),
  v.maxLength(3, (issue) => `has ${issue.received} numbers, but takes at most 3 numbers`),
);

const LinePositionsSchema = v.pipe(
  v.array(PositionSchema),
  v.minLength(2, 'has fewer than 2 positions'),
);
const RingSchema = v.pipe(v.array(PositionSchema), v.minLength(4, 'has fewer than 4 positions'));
const PolygonRingsSchema = v.pipe(v.array(RingSchema), v.minLength(1, 'has no ring'));

/** A geometry of one of `GEOMETRY_TYPES`, with the nesting depth and minimum sizes RFC 7946 asks. */
export const GeometrySchema = v.variant('type', [
  v.looseObject({ type: v.literal('Point'), coordinates: PositionSchema }),
  v.looseObject({
    type: v.literal('MultiPoint'),
    coordinates: v.pipe(v.array(PositionSchema), v.minLength(1, 'has no position')),
  }),
  v.looseObject({ type: v.literal('LineString'), coordinates: LinePositionsSchema }),
  v.looseObject({
    type: v.literal('MultiLineString'),
    coordinates: v.pipe(v.array(LinePositionsSchema), v.minLength(1, 'has no line')),
  }),
  v.looseObject({ type: v.literal('Polygon'), coordinates: PolygonRingsSchema }),
  v.looseObject({
    type: v.literal('MultiPolygon'),
    coordinates: v.pipe(v.array(PolygonRingsSchema), v.minLength(1, 'has no polygon')),
  }),
]);

/** Feature properties the app reads; any other property is allowed and ignored. */
export const PlacePropertiesSchema = v.looseObject({
  name: text('Place name in the story language.'),
  ...translationEntries(PLACE_TRANSLATED_FIELDS),
  description: v.optional(text('A sentence about the place.')),
  approximate: v.optional(
    v.pipe(v.boolean(), v.description('true when the shape is an estimate (drawn dashed).')),
  ),
  media: MediaListSchema,
});

/** A story feature. Its `id` is the RFC 7946 feature member, not a property. */
export const FeatureSchema = v.looseObject({
  type: v.literal('Feature'),
  id: v.pipe(
    v.string(),
    v.regex(NOT_BLANK_PATTERN, BLANK_MESSAGE),
    v.description('Unique in the story; events name it in "places".'),
  ),
  properties: PlacePropertiesSchema,
  geometry: GeometrySchema,
});

/** A layer file. */
export const LayerFileSchema = v.looseObject({
  type: v.literal('FeatureCollection'),
  features: v.array(FeatureSchema),
});

/** Output types of the schemas, before meaning checks. */
export type StoryFileInput = v.InferOutput<typeof StoryFileSchema>;
export type LayerEntryInput = v.InferOutput<typeof LayerEntrySchema>;
export type EventInput = v.InferOutput<typeof EventSchema>;
export type FeatureInput = v.InferOutput<typeof FeatureSchema>;
export type MediaInput = v.InferOutput<typeof MediaSchema>;
export type GeometryInput = v.InferOutput<typeof GeometrySchema>;
