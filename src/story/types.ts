/**
 * The validated story model: what `loadStory` yields once a story folder has passed validation.
 * Everything downstream (style, view math, map, UI) reads only these types, never raw files.
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson';

/** Languages the UI speaks; story text may be in any of them. */
export type LanguageCode = 'en' | 'ko' | 'ja';

/** Properties of a place (a story feature) after validation. */
export interface PlaceProperties {
  /** The place's name in the story's language. */
  name: string;
  /** Translated names; a missing one falls back to `name`. `name_en` serves stories not written in English. */
  name_en?: string;
  name_ko?: string;
  name_ja?: string;
  /** A sentence about the place, in the story's language; `description_<lang>` translates it. */
  description?: string;
  description_en?: string;
  description_ko?: string;
  description_ja?: string;
  /** Drawn dashed and labelled "approximate": the shape is an estimate, not a surveyed location. */
  approximate?: boolean;
  /** Photos of the place. */
  media?: StoryMedia[];
  /** Id of the layer the feature came from (added by the loader, not written by editors). */
  layer: string;
}

/** A story feature: a GeoJSON feature whose string `id` is unique across the whole story. */
export type Place = Feature<Geometry, PlaceProperties> & { id: string };

export interface StoryLayer {
  id: string;
  title: string;
  /** File name inside the story folder, e.g. `seoul.geojson`. */
  file: string;
  /** Translated titles such as `title_ko` (optional, plain text). */
  translations?: Partial<Record<`title_${LanguageCode}`, string>>;
  /** Features rewound to RFC 7946's right-hand rule, each tagged with its layer id. */
  features: FeatureCollection<Geometry, PlaceProperties> & { features: Place[] };
}

/**
 * The responsive files the build makes from a photo (scripts/media/): WebP at a few widths and a
 * JPEG fallback. URLs are relative to the story's folder in `story.checked.json` and `media.json`,
 * and relative to the page once the app has loaded the story.
 */
export interface MediaImage {
  /** Size of the largest file made, in pixels: written on `<img>` so nothing shifts. */
  width: number;
  height: number;
  /** `<source>` entries, best format first: `type` is the MIME type, `srcset` lists `url <w>w`. */
  sources: { type: string; srcset: string }[];
  /** A JPEG every browser shows (the `<img src>`). */
  fallback: string;
}

/** One photo of an event or a place. Text is plain text. */
export interface StoryMedia {
  /** File name in the story folder (never published itself: the build publishes `image`). */
  src: string;
  /** What the photo shows, for readers who cannot see it. */
  alt: string;
  /** Who took or owns the photo; always shown with it. */
  credit: string;
  caption?: string;
  /** Translated `alt_ko`, `caption_ja`, `credit_en`, … (optional, plain text). */
  translations?: Partial<Record<`${'alt' | 'caption' | 'credit'}_${LanguageCode}`, string>>;
  /** Added by the build (or the dev server's `media.json`), not written by editors. */
  image?: MediaImage;
}

export interface StorySource {
  title: string;
  /** Always `http:` or `https:`. */
  url: string;
}

export interface StoryEvent {
  id: string;
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  date: string;
  /** Same formats as `date`, never before it. */
  end?: string;
  title: string;
  summary: string;
  /** Feature ids; every one exists in the story. */
  places: string[];
  sources: StorySource[];
  /** A correction or caveat shown with the event. */
  note?: string;
  /** Translated text fields such as `title_ko`, `summary_ja` (optional, plain text). */
  translations?: Partial<Record<`${'title' | 'summary' | 'note'}_${LanguageCode}`, string>>;
  /** Photos, in the order story.json lists them. */
  media?: StoryMedia[];
}

export interface Story {
  /** The folder name under `geo/stories/`. */
  id: string;
  title: string;
  summary: string;
  /** The language the story text is written in. */
  language: LanguageCode;
  /** `YYYY-MM-DD`. */
  updated: string;
  credit: string;
  /** Translated story fields such as `title_ko`, `summary_ja`, `credit_en` (optional, plain text). */
  translations?: Partial<Record<`${'title' | 'summary' | 'credit'}_${LanguageCode}`, string>>;
  layers: StoryLayer[];
  /** Sorted by date, then end, then their order in story.json. */
  events: StoryEvent[];
  /**
   * Event ids in the order the scrolling page (`?layout=scroll`) shows them, each an event of the
   * story, none twice; absent: every event in date order.
   */
  narrative?: string[];
}

/** One problem found in a story folder. `pointer` is an RFC 6901 JSON pointer ("" = whole file). */
export interface Problem {
  /**
   * The file, as `<prefix>/<file name>`: the prefix is the story id (`ncg-2024/seoul.geojson`) unless
   * the caller passes another one (the CLI passes the folder path as typed,
   * `geo/stories/ncg-2024/seoul.geojson`).
   */
  file: string;
  pointer: string;
  /** What is wrong and how to fix it, in one sentence. */
  message: string;
  severity: 'error' | 'warning';
  /**
   * Set on a line that sums up problems not listed one by one: how many of this severity it
   * stands for (a line without it stands for one).
   */
  count?: number;
}

export interface StoryLoadResult {
  /** Present when there are no errors (warnings allowed). */
  story?: Story;
  problems: Problem[];
}
