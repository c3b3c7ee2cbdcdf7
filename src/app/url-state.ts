/**
 * The reader-visible state that lives in the URL (the brief's contract): the query picks the story,
 * language and embed mode; the hash holds the selection and camera, so a link reproduces a view.
 * Pure: works on strings, so it is tested in Node.
 */
import { normalizeRange, type DateRange } from '../story/timeline.ts';
import type { LanguageCode } from '../story/types.ts';
import type { Theme } from '../style/palettes.ts';
import { isLanguage } from '../i18n/languages.ts';

/** What the query string asks for; values it cannot use are left out rather than rejected. */
export interface QueryState {
  storyId?: string;
  language?: LanguageCode;
  /** Colour theme forced by the URL; absent: follow the reader's `prefers-color-scheme`. */
  theme?: Theme;
  embed: boolean;
  /** `layout=scroll`: the story as cards beside or over a sticky map; absent: the map page. */
  layout?: 'scroll';
}

/** The selection part of the hash (the camera, `map=`, is `cameraParam`'s). */
export interface HashSelection {
  place?: string;
  event?: string;
}

/**
 * Reads `story`, `lang`, `theme`, `embed` and `layout` from a query string such as
 * `?story=ncg-2024&lang=ko&theme=dark&embed=1&layout=scroll`.
 */
export function parseQuery(search: string): QueryState {
  const params = new URLSearchParams(search);
  const story = params.get('story')?.trim();
  const lang = params.get('lang')?.trim().toLowerCase();
  const theme = params.get('theme')?.trim().toLowerCase();
  const embed = params.get('embed');
  const layout = params.get('layout')?.trim().toLowerCase();
  return {
    ...(story ? { storyId: story } : {}),
    ...(isLanguage(lang) ? { language: lang } : {}),
    ...(theme === 'light' || theme === 'dark' ? { theme } : {}),
    embed: embed === '1' || embed === 'true',
    ...(layout === 'scroll' ? { layout } : {}),
  };
}

/** The theme to show: the URL's, else dark when the reader's system prefers it, else light. */
export function pickTheme(requested: Theme | undefined, prefersDark: boolean): Theme {
  return requested ?? (prefersDark ? 'dark' : 'light');
}

/** Reads `place` and `event` from a hash such as `#map=2/30/160&place=seoul-mnd`. */
export function parseHashSelection(hash: string): HashSelection {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const place = params.get('place')?.trim();
  const event = params.get('event')?.trim();
  return { ...(place ? { place } : {}), ...(event ? { event } : {}) };
}

/**
 * The hash with the selection replaced and every other parameter (the camera, date range) kept
 * in its place. Returns `''` for an empty hash so the URL carries no bare `#`.
 */
export function withHashSelection(hash: string, selection: HashSelection): string {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  for (const key of ['place', 'event'] as const) {
    const value = selection[key];
    if (value) params.set(key, value);
    else params.delete(key);
  }
  // MapLibre writes `map=2/30/160` unescaped; keep its slashes readable.
  const text = params.toString().replace(/%2F/gi, '/');
  return text ? `#${text}` : '';
}

/**
 * Reads the date range `from=<date>&to=<date>` from a hash. Each end is a partial date
 * (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`); an invalid end is ignored and the other still applies, and
 * ends given the wrong way round are swapped.
 */
export function parseHashRange(hash: string): DateRange {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  return normalizeRange(params.get('from'), params.get('to'));
}

/** The hash with `from` and `to` replaced by the range's ends, every other parameter kept. */
export function withHashRange(hash: string, range: DateRange): string {
  return withHashParams(hash, { from: range.from, to: range.to });
}

/**
 * The hash with the given parameters set (or removed, for `undefined`) and every other one kept
 * in its place, e.g. `withHashParams('#map=2/30/160&place=a', { map: '3/35/127' })`.
 */
export function withHashParams(hash: string, values: Record<string, string | undefined>): string {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  for (const [key, value] of Object.entries(values)) {
    if (value) params.set(key, value);
    else params.delete(key);
  }
  // MapLibre writes `map=2/30/160` unescaped; keep its slashes readable.
  const text = params.toString().replace(/%2F/gi, '/');
  return text ? `#${text}` : '';
}

/**
 * `true` when two sets of hash parameters (a selection, a date range) hold the same values; a
 * parameter set to `undefined` counts as absent.
 */
export function sameParams<T extends HashSelection | DateRange>(a: T, b: T): boolean {
  const defined = (params: T) =>
    Object.entries(params).filter((entry): entry is [string, string] => entry[1] !== undefined);
  const inB = new Map(defined(b));
  const inA = defined(a);
  return inA.length === inB.size && inA.every(([key, value]) => inB.get(key) === value);
}

/** The language to show: the query's, else the first supported browser language, else `en`. */
export function pickLanguage(
  requested: LanguageCode | undefined,
  browserLanguages: readonly string[],
): LanguageCode {
  if (requested) return requested;
  for (const tag of browserLanguages) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLanguage(base)) return base;
  }
  return 'en';
}

/**
 * The same URL in another language: `lang` replaced, every other query parameter and the hash
 * (selection, camera) kept, e.g. `?story=a&lang=ja#place=x`.
 */
export function urlForLanguage(search: string, hash: string, language: LanguageCode): string {
  const params = new URLSearchParams(search);
  params.set('lang', language);
  return `?${params.toString()}${hash}`;
}

/** The query string with the story replaced, keeping language and embed mode: `?story=b&lang=ko`. */
export function queryForStory(search: string, storyId: string): string {
  const params = new URLSearchParams(search);
  params.set('story', storyId);
  return `?${params.toString()}`;
}

/**
 * The camera as the hash's `map=` holds it, `zoom/lat/lng` (zoom to 0.01, position to the decimals
 * that keep it within half a pixel): MapLibre's own `hash` format, so links written before this
 * app wrote the camera itself still open where they did.
 */
export function cameraParam(zoom: number, lat: number, lng: number): string {
  const roundedZoom = Math.round(zoom * 100) / 100;
  // MapLibre's rule: 512 px · 2^zoom / 360° / 10^decimals < 0.5 px.
  const decimals = Math.ceil((roundedZoom * Math.LN2 + Math.log(512 / 360 / 0.5)) / Math.LN10);
  const scale = 10 ** decimals;
  return `${roundedZoom}/${Math.round(lat * scale) / scale}/${Math.round(lng * scale) / scale}`;
}

/** The `map=` camera parameter of a URL's hash, or null when it has none. */
export function cameraParamOf(url: string): string | null {
  const hash = url.includes('#') ? url.slice(url.indexOf('#') + 1) : '';
  return new URLSearchParams(hash).get('map');
}

/** A camera the map can jump to. */
export interface CameraView {
  zoom: number;
  lat: number;
  lng: number;
}

/**
 * Reads a `map=` value as MapLibre's `hash` option did: `zoom/lat/lng`, anything after the third
 * part (bearing, pitch: this map turns neither) ignored; null when it is not three numbers.
 */
export function parseCameraParam(param: string | null): CameraView | null {
  if (param === null) return null;
  const [zoom, lat, lng] = param.split('/').map((part) => (part.trim() === '' ? NaN : +part));
  if (zoom === undefined || lat === undefined || lng === undefined) return null;
  if ([zoom, lat, lng].some((value) => !Number.isFinite(value))) return null;
  return { zoom, lat, lng };
}

/** The hash of a URL, `#…`, or `''` when it has none (or only a bare `#`). */
export function hashOf(href: string): string {
  return new URL(href).hash;
}

/** The query string of a URL, `?…`, or `''`. */
export function searchOf(href: string): string {
  return new URL(href).search;
}
