/** Where the app serves the basemap built by `npm run prepare-data`, and its detail regions. */
import type { LanguageCode } from '../story/types.ts';
import type { DetailIndex, DetailRegion } from '../style/basemap-layers.ts';
import type { BasemapUrls } from '../style/build-style.ts';

const NATURAL_EARTH =
  '<a href="https://www.naturalearthdata.com/" target="_blank" rel="noopener">Natural Earth</a>';

/**
 * Basemap URLs resolved against the page, so the app works from any folder of any host; the
 * country labels in the reader's language. `detail` is the detail tiles' index (`loadDetailIndex`).
 */
export function basemapUrls(
  baseUrl: string,
  language: LanguageCode,
  detail: DetailIndex | null = null,
): BasemapUrls {
  const url = (file: string) => new URL(`basemap/${file}`, baseUrl).href;
  // `new URL` would percent-encode the braces of a tile template.
  const tiles = (folder: string) => `${url(folder)}/{z}/{x}/{y}.pbf`;
  return {
    land: url('land-110m.geojson'),
    borders: url('borders-110m.geojson'),
    countryLabels: url(`country-labels-${language}.geojson`),
    attribution: NATURAL_EARTH,
    worldTiles: tiles('world'),
    worldAttribution: NATURAL_EARTH,
    detailTiles: tiles('detail'),
    detail,
  };
}

/** The index of the detail tiles' regions, relative to the page. */
export function detailIndexUrl(baseUrl: string): string {
  return new URL('basemap/detail/index.json', baseUrl).href;
}

/**
 * Reads `basemap/detail/index.json`. Without it (an old build, a host that lost the file) the map
 * still draws, with the world tiles only: a warning, never a blank map.
 */
export async function loadDetailIndex(baseUrl: string): Promise<DetailIndex | null> {
  const url = detailIndexUrl(baseUrl);
  try {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const index = parseDetailIndex(await response.json());
    if (typeof index === 'string') throw new Error(index);
    return index;
  } catch (error) {
    console.warn(`${url}: ${(error as Error).message}; the map shows no detail basemap.`);
    return null;
  }
}

const isNumber = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value);

/** The index checked, or a message naming the JSON pointer of what is wrong. */
export function parseDetailIndex(json: unknown): DetailIndex | string {
  if (typeof json !== 'object' || json === null) return '/: not an object';
  const { attribution, minzoom, maxzoom, regions } = json as Record<string, unknown>;
  if (typeof attribution !== 'string') return '/attribution: not a string';
  if (!isNumber(minzoom) || !isNumber(maxzoom) || minzoom > maxzoom) {
    return '/minzoom, /maxzoom: not two zooms, the first at most the second';
  }
  if (!Array.isArray(regions)) return '/regions: not an array';
  const checked: DetailRegion[] = [];
  for (const [i, region] of regions.entries()) {
    const { id, bounds } = (region ?? {}) as Record<string, unknown>;
    if (typeof id !== 'string') return `/regions/${i}/id: not a string`;
    const [west, south, east, north] = Array.isArray(bounds) ? (bounds as unknown[]) : [];
    if (
      !Array.isArray(bounds) ||
      bounds.length !== 4 ||
      !isNumber(west) ||
      !isNumber(south) ||
      !isNumber(east) ||
      !isNumber(north) ||
      west > east ||
      south > north
    ) {
      return `/regions/${i}/bounds: not [west, south, east, north] in degrees`;
    }
    checked.push({ id, bounds: [west, south, east, north] });
  }
  return { attribution, minzoom, maxzoom, regions: checked };
}
