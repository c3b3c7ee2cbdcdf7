/** Where the app serves the basemap built by `scripts/build-basemap.ts`. */
import type { LanguageCode } from '../story/types.ts';
import type { BasemapUrls } from '../style/build-style.ts';

/**
 * Basemap URLs resolved against the page, so the app works from any folder of any host; the
 * country labels in the reader's language.
 */
export function basemapUrls(baseUrl: string, language: LanguageCode): BasemapUrls {
  const url = (file: string) => new URL(`basemap/${file}`, baseUrl).href;
  return {
    land: url('land-110m.geojson'),
    borders: url('borders-110m.geojson'),
    countryLabels: url(`country-labels-${language}.geojson`),
    landDetail: url('land-50m.geojson'),
    bordersDetail: url('borders-50m.geojson'),
    attribution:
      '<a href="https://www.naturalearthdata.com/" target="_blank" rel="noopener">Natural Earth</a>',
  };
}
