/**
 * Which basemap a map is built with: the embedded one (with the detail regions its index lists),
 * or the newsroom's own when `basemap.json` names one and it answers in time. Never a blank map:
 * whatever fails, the embedded basemap is drawn and the console says why.
 */
import type { LanguageCode } from '../story/types.ts';
import type { BasemapUrls, OwnBasemap } from '../style/build-style.ts';
import { basemapUrls, loadDetailIndex } from './basemap.ts';
import { loadMaplibre } from './load-maplibre.ts';
import { parseSiteBasemap, SITE_BASEMAP_FILE, type OwnBasemapSetting } from './site-basemap.ts';

export interface ChosenBasemap {
  basemap: BasemapUrls;
  ownBasemap: OwnBasemap | null;
}

/** How long an own basemap may take to answer before the embedded one is drawn instead. */
export const OWN_BASEMAP_TIMEOUT_MS = 4000;

/** Reads `basemap.json`; null (the embedded basemap) when it is missing or wrong, with a warning. */
async function readSetting(baseUrl: string): Promise<OwnBasemapSetting | null> {
  const url = new URL(SITE_BASEMAP_FILE, baseUrl).href;
  try {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const setting = parseSiteBasemap(await response.json(), url);
    if (typeof setting === 'string') {
      console.warn(`${setting}; drawing the embedded basemap.`);
      return null;
    }
    return setting;
  } catch (error) {
    console.warn(`${url}: ${(error as Error).message}; drawing the embedded basemap.`);
    return null;
  }
}

/** The basemap for a map on the page at `baseUrl`, in the reader's language. */
export async function chooseBasemap(
  baseUrl: string,
  language: LanguageCode,
  timeoutMs = OWN_BASEMAP_TIMEOUT_MS,
): Promise<ChosenBasemap> {
  const [setting, detail] = await Promise.all([readSetting(baseUrl), loadDetailIndex(baseUrl)]);
  const basemap = basemapUrls(baseUrl, language, detail);
  if (!setting) return { basemap, ownBasemap: null };
  try {
    const [{ loadOwnBasemap }, maplibre] = await Promise.all([
      import('./own-basemap.ts'),
      loadMaplibre(),
    ]);
    const ownBasemap = await loadOwnBasemap(setting, maplibre, language, timeoutMs);
    return { basemap, ownBasemap };
  } catch (error) {
    console.warn(
      `The basemap named in ${SITE_BASEMAP_FILE} cannot be used (${(error as Error).message}); ` +
        'drawing the embedded basemap.',
    );
    return { basemap, ownBasemap: null };
  }
}
