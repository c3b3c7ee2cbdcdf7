/**
 * The site's basemap setting, `basemap.json` beside `index.html` (docs/basemap.md, "Bring your own
 * basemap"): a file a newsroom edits on its host, after the build, without rebuilding. Empty (`{}`)
 * means the embedded basemap. Pure parsing here; `choose-basemap.ts` reads the file.
 */

/** The file, relative to the page. */
export const SITE_BASEMAP_FILE = 'basemap.json';

/** A newsroom's own basemap, as `basemap.json` names it. */
export type OwnBasemapSetting =
  | {
      kind: 'pmtiles';
      /** Absolute URL of a Protomaps PMTiles v3 archive (vector tiles in the Protomaps schema). */
      url: string;
      /** HTML credit shown on the map. */
      attribution: string;
    }
  | {
      kind: 'style';
      /** Absolute URL of a MapLibre style JSON (its own sources, glyphs and sprite). */
      url: string;
    };

/** What a Protomaps extract must credit, unless the setting says otherwise. */
export const PROTOMAPS_ATTRIBUTION =
  '<a href="https://protomaps.com" target="_blank" rel="noopener">Protomaps</a> © ' +
  '<a href="https://openstreetmap.org/copyright" target="_blank" rel="noopener">OpenStreetMap</a>';

/**
 * The setting in `json`, null for the embedded basemap, or a one-line message naming the JSON
 * pointer and the fix. Relative URLs are resolved against `fileUrl` (the setting file's own URL).
 */
export function parseSiteBasemap(
  json: unknown,
  fileUrl: string,
): OwnBasemapSetting | null | string {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return `${fileUrl}: /: must be an object, e.g. {} or {"pmtiles": "https://…/map.pmtiles"}`;
  }
  const { pmtiles, style, attribution } = json as Record<string, unknown>;
  const resolve = (value: unknown, pointer: string): string => {
    if (typeof value !== 'string' || value.trim() === '') {
      throw new Error(`${fileUrl}: /${pointer}: must be a URL string`);
    }
    try {
      return new URL(value, fileUrl).href;
    } catch {
      throw new Error(`${fileUrl}: /${pointer}: "${value}" is not a URL`);
    }
  };
  try {
    if (pmtiles !== undefined && style !== undefined) {
      return `${fileUrl}: /style: give either "pmtiles" or "style", not both`;
    }
    if (attribution !== undefined && typeof attribution !== 'string') {
      return `${fileUrl}: /attribution: must be a string of HTML, e.g. "© OpenStreetMap contributors"`;
    }
    if (pmtiles !== undefined) {
      return {
        kind: 'pmtiles',
        url: resolve(pmtiles, 'pmtiles'),
        attribution: attribution ?? PROTOMAPS_ATTRIBUTION,
      };
    }
    if (style !== undefined) return { kind: 'style', url: resolve(style, 'style') };
    return null;
  } catch (error) {
    return (error as Error).message;
  }
}
