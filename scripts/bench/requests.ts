/**
 * Sorting what a page requested into what the static preview needs, what the interactive map
 * needs and what loads later, by when each request started relative to the page's milestones.
 * Pure: the bench records requests and milestones in Chromium and hands them here.
 */
import type { Asset } from './static-site.ts';

/** One request as recorded in Chromium. */
export interface RequestRecord {
  url: string;
  /** When the request started, in ms since the page's navigation start. */
  startMs: number;
  /** Bytes of the response body as transferred (compressed when it was); null when unknown. */
  transferredBytes: number | null;
}

/** Milestones of a page load, in ms since navigation start; null when it did not happen. */
export interface Milestones {
  /** The static preview painted (only when the page has one). */
  previewPaintMs: number | null;
  /** MapLibre's first `idle`: the interactive map has drawn everything it asked for. */
  mapIdleMs: number | null;
}

/**
 * Where an asset belongs: needed before the preview painted, before the map went idle, requested
 * after that (a popup, zooming in), or not requested at all in the bench's visit.
 */
export type AssetGroup = 'preview' | 'interactive' | 'later' | 'not requested';

export const ASSET_GROUPS: readonly AssetGroup[] = [
  'preview',
  'interactive',
  'later',
  'not requested',
];

/** An asset of the site with the group its first request fell in. */
export interface GroupedAsset extends Asset {
  group: AssetGroup;
  /** When it was first requested, ms since navigation start; null when never. */
  firstRequestMs: number | null;
  /** Bytes as transferred on that first request; null when never requested or unknown. */
  transferredBytes: number | null;
}

/**
 * The path of `url` below the site at `baseUrl` (`assets/x.js`), or null for anything the site
 * does not serve: other origins, `data:` and `blob:` URLs. The query and hash are dropped.
 */
export function sitePath(url: string, baseUrl: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  const base = new URL(baseUrl);
  if (parsed.origin !== base.origin || !parsed.pathname.startsWith(base.pathname)) return null;
  const path = decodeURIComponent(parsed.pathname.slice(base.pathname.length));
  // The page itself is served as index.html.
  return path === '' || path.endsWith('/') ? `${path}index.html` : path;
}

/** The group of a request that started at `startMs`. */
export function groupOf(startMs: number, milestones: Milestones): AssetGroup {
  if (milestones.previewPaintMs !== null && startMs <= milestones.previewPaintMs) return 'preview';
  if (milestones.mapIdleMs !== null && startMs <= milestones.mapIdleMs) return 'interactive';
  return 'later';
}

/**
 * Every asset of the site with its group, by the first request for it. Requests for paths the
 * site does not have (a 404) are left out; so are other origins (the network test forbids them).
 */
export function groupAssets(
  assets: readonly Asset[],
  requests: readonly RequestRecord[],
  milestones: Milestones,
  baseUrl: string,
): GroupedAsset[] {
  const first = new Map<string, RequestRecord>();
  for (const request of [...requests].sort((a, b) => a.startMs - b.startMs)) {
    const path = sitePath(request.url, baseUrl);
    if (path !== null && !first.has(path)) first.set(path, request);
  }
  return assets.map((asset) => {
    const request = first.get(asset.path);
    if (!request) {
      return { ...asset, group: 'not requested', firstRequestMs: null, transferredBytes: null };
    }
    return {
      ...asset,
      group: groupOf(request.startMs, milestones),
      firstRequestMs: request.startMs,
      transferredBytes: request.transferredBytes,
    };
  });
}

/**
 * Bytes transferred for the assets in `groups` (the gzip size where the transfer size is unknown,
 * which is what a compressing host sends).
 */
export function transferredBytesOf(
  assets: readonly GroupedAsset[],
  groups: readonly AssetGroup[],
  filter: (asset: GroupedAsset) => boolean = () => true,
): number {
  return assets
    .filter((asset) => groups.includes(asset.group) && filter(asset))
    .reduce((sum, asset) => sum + (asset.transferredBytes ?? asset.gzipBytes), 0);
}

/** When the first request whose site path matches `pattern` started; null when none did. */
export function firstRequestMatching(
  requests: readonly RequestRecord[],
  pattern: RegExp,
  baseUrl: string,
): number | null {
  let earliest: number | null = null;
  for (const request of requests) {
    const path = sitePath(request.url, baseUrl);
    if (path !== null && pattern.test(path) && (earliest === null || request.startMs < earliest)) {
      earliest = request.startMs;
    }
  }
  return earliest;
}

/** MapLibre's own files (its chunk, worker and CSS), by the name Vite gives their chunks. */
export const MAPLIBRE_PATTERN = /(^|\/)maplibre-gl[^/]*\.(js|mjs|css)$/;

/** The basemap's files, as the app serves them (see docs/basemap.md). */
export const BASEMAP_PATTERN = /^basemap\//;

/** The detail tiles of the story regions (docs/basemap.md). */
export const DETAIL_TILES_PATTERN = /^basemap\/detail\//;

/**
 * Requests that left the site's origin: http(s) URLs of another origin (`data:` and `blob:` URLs
 * stay in the page).
 */
export function otherOriginRequests(requests: readonly RequestRecord[], baseUrl: string): string[] {
  const origin = new URL(baseUrl).origin;
  return requests
    .map((request) => request.url)
    .filter((url) => /^https?:/i.test(url) && new URL(url).origin !== origin);
}
