/**
 * What the page asks for as soon as its static preview has painted, beside the app's own chunk
 * instead of after it: the story, the basemap's settings and, for a page whose map is on screen
 * from the start, MapLibre run (src/main.ts has already started its download:
 * src/boot/preload-maplibre.ts). The app takes each answer from here when it needs it, so nothing
 * is fetched twice (docs/performance.md, "Map ready: the critical path").
 *
 * A small chunk of its own (src/main.ts imports it dynamically), so it arrives before the app's.
 * Like src/boot/early.ts it reads the address bar once, read-only, before the app's `PageUrl`
 * exists; it parses the query with the app's own `parseQuery`, so both read the same story.
 */
import { fetchPageStory, type PageStory } from '../app/fetch-story.ts';
import { parseQuery, pickLanguage, searchOf } from '../app/url-state.ts';
import { chooseBasemap, type ChosenBasemap } from '../map/choose-basemap.ts';
import { preloadMaplibre } from '../map/load-maplibre.ts';
import { supportsWebgl2 } from '../map/webgl.ts';
import type { LanguageCode } from '../story/types.ts';

interface Prefetched<T> {
  key: string;
  answer: Promise<T>;
}

let story: Prefetched<PageStory> | null = null;
let basemap: Prefetched<ChosenBasemap> | null = null;

function storyKey(baseUrl: string, storyId: string | undefined, language: LanguageCode): string {
  return `${baseUrl}|${storyId ?? ''}|${language}`;
}

function basemapKey(baseUrl: string, language: LanguageCode): string {
  return `${baseUrl}|${language}`;
}

/**
 * Starts the page's fetches. The story's requests go out first; then the map's, only where the map
 * can start at once: not in embed mode, where a map loads MapLibre only when it comes near the
 * screen (a page of eight embeds must not fetch it eight times at once), and not without WebGL2.
 * On a page, src/main.ts has run the WebGL2 probe already (before the MapLibre modulepreload), so
 * `supportsWebgl2` answers from its cache here instead of blocking a second time.
 */
export function prefetchPage(): void {
  const baseUrl = document.baseURI;
  const query = parseQuery(searchOf(location.href));
  const language = pickLanguage(query.language, navigator.languages);
  story = {
    key: storyKey(baseUrl, query.storyId, language),
    answer: fetchPageStory(baseUrl, query.storyId, language),
  };
  // Swallowed here only so an unused answer is not an unhandled rejection; the taker sees it.
  story.answer.catch(() => undefined);
  if (query.embed || !supportsWebgl2()) return;
  basemap = { key: basemapKey(baseUrl, language), answer: chooseBasemap(baseUrl, language) };
  preloadMaplibre();
}

/** The story `prefetchPage` fetched for this page and language, or null when it fetched another or none. */
export function prefetchedStory(
  baseUrl: string,
  storyId: string | undefined,
  language: LanguageCode,
): Promise<PageStory> | null {
  return story?.key === storyKey(baseUrl, storyId, language) ? story.answer : null;
}

/** The basemap `prefetchPage` chose for this page and language, or null. */
export function prefetchedBasemap(
  baseUrl: string,
  language: LanguageCode,
): Promise<ChosenBasemap> | null {
  return basemap?.key === basemapKey(baseUrl, language) ? basemap.answer : null;
}
