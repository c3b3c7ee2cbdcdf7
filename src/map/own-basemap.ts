/**
 * A newsroom's own basemap: a Protomaps PMTiles archive (read with `pmtiles`, styled with
 * `@protomaps/basemaps`) or a MapLibre style URL. Loaded with a dynamic import only when
 * `basemap.json` names one, so readers of a site without it download none of this.
 *
 * Before the map is built, the basemap is probed within a deadline: the archive's header, or the
 * style and the TileJSON of its sources. A 404, a CORS or CSP refusal (both reject the fetch) or
 * the deadline passing throws, and the caller draws the embedded basemap instead.
 */
import { layers, namedFlavor } from '@protomaps/basemaps';
import type * as Maplibre from 'maplibre-gl';
import type { LayerSpecification, SourceSpecification, StyleSpecification } from 'maplibre-gl';
import { PMTiles, Protocol, TileType } from 'pmtiles';
import type { LanguageCode } from '../story/types.ts';
import type { OwnBasemap } from '../style/build-style.ts';
import type { OwnBasemapSetting } from './site-basemap.ts';

/** Source id of the PMTiles archive in the style. */
export const OWN_SOURCE = 'own-basemap';

let protocol: Protocol | null = null;

/** Rejects after `ms` with a message naming what did not answer. */
async function withDeadline<T>(
  what: string,
  ms: number,
  work: (signal: AbortSignal) => Promise<T>,
) {
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(new Error(`${what} did not answer within ${ms / 1000} s`));
    }, ms);
  });
  try {
    return await Promise.race([work(controller.signal), deadline]);
  } finally {
    clearTimeout(timer);
  }
}

async function fetchJson(url: string, signal: AbortSignal): Promise<unknown> {
  const response = await fetch(url, { signal });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.json();
}

/** The own basemap's sources and layers, probed; throws when it cannot be used. */
export async function loadOwnBasemap(
  setting: OwnBasemapSetting,
  maplibre: typeof Maplibre,
  language: LanguageCode,
  timeoutMs: number,
): Promise<OwnBasemap> {
  return setting.kind === 'pmtiles'
    ? loadPmtiles(setting.url, setting.attribution, maplibre, language, timeoutMs)
    : loadStyle(setting.url, timeoutMs);
}

async function loadPmtiles(
  url: string,
  attribution: string,
  maplibre: typeof Maplibre,
  language: LanguageCode,
  timeoutMs: number,
): Promise<OwnBasemap> {
  const archive = new PMTiles(url);
  const header = await withDeadline(url, timeoutMs, () => archive.getHeader());
  if (header.tileType !== TileType.Mvt) {
    throw new Error(`${url}: holds tile type ${header.tileType}, not vector tiles (MVT)`);
  }
  if (!protocol) {
    protocol = new Protocol();
    maplibre.addProtocol('pmtiles', protocol.tile);
  }
  // The probed instance serves the map, so its header and directories are not fetched twice.
  protocol.add(archive);
  const source: SourceSpecification = {
    type: 'vector',
    url: `pmtiles://${url}`,
    attribution,
  };
  // No POIs: their icons need a sprite sheet from another server.
  const styled = (flavor: 'light' | 'dark') =>
    layers(
      OWN_SOURCE,
      { ...namedFlavor(flavor), pois: undefined },
      { lang: language },
    ) as LayerSpecification[];
  return {
    sources: { [OWN_SOURCE]: source },
    layers: styled('light'),
    darkLayers: styled('dark'),
  };
}

/** Fetches a MapLibre style and the TileJSON of each of its sources, within the deadline. */
async function loadStyle(url: string, timeoutMs: number): Promise<OwnBasemap> {
  return withDeadline(url, timeoutMs, async (signal) => {
    const style = (await fetchJson(url, signal)) as Partial<StyleSpecification>;
    if (style.version !== 8 || typeof style.sources !== 'object' || !Array.isArray(style.layers)) {
      throw new Error(`${url}: not a MapLibre style (version 8 with sources and layers)`);
    }
    const sources = style.sources as Record<string, SourceSpecification>;
    const tileJsonUrls = Object.values(sources).flatMap((source) =>
      'url' in source && typeof source.url === 'string' && /^https?:/.test(source.url)
        ? [new URL(source.url, url).href]
        : [],
    );
    await Promise.all(tileJsonUrls.map((tileJson) => fetchJson(tileJson, signal)));
    return {
      sources,
      layers: style.layers,
      // As written: resolving would percent-encode the template's braces.
      ...(typeof style.glyphs === 'string' && { glyphs: style.glyphs }),
      ...(style.sprite !== undefined && { sprite: style.sprite }),
    };
  });
}
