import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { allLayers, buildStyle } from '../../../src/style/build-style.ts';
import {
  CONNECTIONS_SOURCE,
  INTERACTIVE_LAYERS,
  LABEL_FONT,
  STORY_SOURCES,
} from '../../../src/style/story-layers.ts';
import { DARK_PALETTE, LIGHT_PALETTE } from '../../../src/style/palettes.ts';
import { buildStorySources } from '../../../src/style/story-sources.ts';
import { basemapUrls } from '../../../src/map/basemap.ts';
import type { DetailIndex } from '../../../src/style/basemap-layers.ts';
import { loadStoryIndex } from '../ncg-story.ts';

const approximate = (name: string) => `${name} (approximate)`;

/** Two regions as the tile build's index lists them. */
const DETAIL: DetailIndex = {
  attribution: '© OpenStreetMap contributors, GeoNames',
  minzoom: 6,
  maxzoom: 14,
  regions: [
    { id: 'washington', bounds: [-77.3, 38.7, -76.8, 39.1] },
    { id: 'seoul', bounds: [126.7, 37.3, 127.3, 37.7] },
  ],
};

describe('buildStyle', async () => {
  const index = await loadStoryIndex();
  const style = buildStyle({
    basemap: basemapUrls('https://example.org/map/', 'en', DETAIL),
    palette: LIGHT_PALETTE,
    fontFaces: [
      { url: 'https://example.org/map/fonts/latin.woff2', 'unicode-range': ['U+0000-00FF'] },
    ],
    story: buildStorySources(index, 'en', approximate),
  });

  it('is a valid MapLibre style according to the style specification', () => {
    expect(validateStyleMin(style)).toEqual([]);
  });

  it('names no glyph server, drawing labels with the bundled font instead', () => {
    expect(style.glyphs).toBeUndefined();
    expect(Object.keys(style['font-faces'] ?? {})).toEqual([LABEL_FONT]);
  });

  it('fetches nothing from another origin', () => {
    const urls = JSON.stringify(style).match(/https?:\/\/[^"\\]+/g) ?? [];
    const foreign = urls.filter(
      (url) =>
        !url.startsWith('https://example.org/map/') && url !== 'https://www.naturalearthdata.com/',
    );
    expect(foreign).toEqual([]);
  });

  it('credits Natural Earth', () => {
    expect(JSON.stringify(style.sources['land'])).toContain('Natural Earth');
  });

  it('makes every interactive layer exist', () => {
    const ids = style.layers.map((layer) => layer.id);
    expect(INTERACTIVE_LAYERS.filter((id) => !ids.includes(id))).toEqual([]);
  });

  it('draws one source per geometry kind, not one per place', () => {
    const storySourceIds = Object.keys(style.sources).filter((id) => id.startsWith('story-'));
    expect(storySourceIds.sort()).toEqual(
      [...Object.values(STORY_SOURCES), CONNECTIONS_SOURCE].sort(),
    );
  });

  it('draws the selected event’s connections above areas and lines, under the markers', () => {
    const ids = style.layers.map((layer) => layer.id);
    const connections = ids.indexOf('story-connections');
    expect(connections).toBeGreaterThan(ids.indexOf('story-lines-approximate'));
    expect(connections).toBeLessThan(ids.indexOf('story-points'));
    expect(JSON.stringify(style.sources[CONNECTIONS_SOURCE])).toContain('FeatureCollection');
  });

  it('fades every story mark and label whose feature state says dimmed', () => {
    const dimmedBy = (layerId: string) =>
      JSON.stringify(style.layers.find((layer) => layer.id === layerId)).includes(
        '["feature-state","dimmed"]',
      );
    for (const id of [
      'story-areas-fill',
      'story-areas-outline',
      'story-lines',
      'story-points',
      'story-points-approximate',
      'story-labels',
      'story-group-labels',
    ]) {
      expect(dimmedBy(id), id).toBe(true);
    }
  });
});

describe('buildStorySources', async () => {
  const index = await loadStoryIndex();

  it('sorts each place into the collection of its geometry kind', () => {
    const sources = buildStorySources(index, 'en', approximate);
    expect(sources.points.features.map((feature) => feature.properties.id)).toContain(
      'busan-naval-base',
    );
    expect(sources.areas.features.map((feature) => feature.properties.id)).toEqual([
      'freedom-edge-area',
    ]);
    expect(sources.labels.features).toHaveLength(index.places.length);
  });

  it('labels approximate places as approximate', () => {
    const sources = buildStorySources(index, 'en', approximate);
    const area = sources.labels.features.find(
      (feature) => feature.properties.id === 'freedom-edge-area',
    );
    expect(area?.properties.label).toMatch(/\(approximate\)$/);
  });

  it('uses the Korean names when the reader reads Korean', () => {
    const sources = buildStorySources(index, 'ko', approximate);
    const seoul = sources.labels.features.find((feature) => feature.properties.id === 'seoul-city');
    expect(seoul?.properties.name).toBe('서울');
  });
});

describe('buildStyle per language and theme', async () => {
  const index = await loadStoryIndex();
  const styleIn = (language: 'en' | 'ko' | 'ja') =>
    buildStyle({
      basemap: basemapUrls('https://example.org/map/', language, DETAIL),
      palette: DARK_PALETTE,
      fontFaces: [{ url: 'https://example.org/map/fonts/latin.woff2' }],
      story: buildStorySources(index, language, approximate),
      language,
    });
  const countryLayer = (language: 'en' | 'ko' | 'ja') =>
    styleIn(language).layers.find((layer) => layer.id === 'country-labels');

  it("labels countries from the labels' file of the reader's language", () => {
    for (const language of ['en', 'ko', 'ja'] as const) {
      const style = styleIn(language);
      expect(style.sources['country-labels']).toMatchObject({
        data: `https://example.org/map/basemap/country-labels-${language}.geojson`,
      });
      expect(countryLayer(language)?.layout?.['text-field' as never]).toEqual(['get', 'name']);
      expect(validateStyleMin(style)).toEqual([]);
    }
  });

  it('repaints every layer the map can hold, detail layers included, from a palette', () => {
    const layers = allLayers(DARK_PALETTE, 'ko', DETAIL);
    const ids = layers.map((layer) => layer.id);
    expect(ids).toEqual(
      expect.arrayContaining(['ocean', 'world-land', 'detail-0-cover', 'detail-1-land']),
    );
    expect(ids).toEqual(expect.arrayContaining(styleIn('ko').layers.map((layer) => layer.id)));
    const ocean = layers.find((layer) => layer.id === 'ocean');
    expect(ocean?.paint).toEqual({ 'background-color': DARK_PALETTE.ocean });
  });
});
