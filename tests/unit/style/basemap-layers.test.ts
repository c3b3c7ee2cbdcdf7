import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { basemapUrls } from '../../../src/map/basemap.ts';
import type { LanguageCode } from '../../../src/story/types.ts';
import {
  WORLD_MAX_ZOOM,
  WORLD_MIN_ZOOM,
  type DetailIndex,
} from '../../../src/style/basemap-layers.ts';
import { buildStyle, type OwnBasemap } from '../../../src/style/build-style.ts';
import { FIRST_STORY_LAYER, MARKER_ROOM_LAYER } from '../../../src/style/story-layers.ts';
import { DARK_PALETTE, LIGHT_PALETTE, type Palette } from '../../../src/style/palettes.ts';
import { buildStorySources } from '../../../src/style/story-sources.ts';
import { loadStoryIndex } from '../ncg-story.ts';

const BASE = 'https://example.org/map/';
const DETAIL: DetailIndex = {
  attribution:
    '© <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors, <a href="https://www.geonames.org/">GeoNames</a>',
  minzoom: 6,
  maxzoom: 14,
  regions: [
    { id: 'washington', bounds: [-77.3, 38.7, -76.8, 39.1] },
    { id: 'seoul', bounds: [126.7, 37.3, 127.3, 37.7] },
    { id: 'busan', bounds: [128.9, 35.0, 129.2, 35.2] },
  ],
};

describe('the tiled basemap in the style', async () => {
  const index = await loadStoryIndex();
  const styleFor = (
    options: { language?: LanguageCode; palette?: Palette; detail?: DetailIndex | null } = {},
  ): StyleSpecification => {
    const language = options.language ?? 'en';
    return buildStyle({
      basemap: basemapUrls(BASE, language, options.detail === undefined ? DETAIL : options.detail),
      palette: options.palette ?? LIGHT_PALETTE,
      fontFaces: [{ url: `${BASE}fonts/latin.woff2` }],
      story: buildStorySources(index, language, (name) => name),
      language,
    });
  };
  const style = styleFor();
  const ids = style.layers.map((layer) => layer.id);
  const layer = (id: string, from = style) => from.layers.find((l) => l.id === id);
  const position = (id: string) => {
    const at = ids.indexOf(id);
    if (at < 0) throw new Error(`no layer ${id}`);
    return at;
  };

  it('is valid with and without detail regions, in every language and theme', () => {
    for (const language of ['en', 'ko', 'ja'] as const) {
      for (const palette of [LIGHT_PALETTE, DARK_PALETTE]) {
        expect(validateStyleMin(styleFor({ language, palette }))).toEqual([]);
      }
    }
    expect(validateStyleMin(styleFor({ detail: null }))).toEqual([]);
  });

  it('serves Natural Earth 50m as tiles from zoom 3 to 5, over-zoomed beyond', () => {
    expect(style.sources['world']).toEqual({
      type: 'vector',
      tiles: [`${BASE}basemap/world/{z}/{x}/{y}.pbf`],
      minzoom: WORLD_MIN_ZOOM,
      maxzoom: WORLD_MAX_ZOOM,
      attribution: expect.stringContaining('Natural Earth'),
    });
    // The 110m GeoJSON hands over to the tiles where they begin; no GeoJSON beyond it.
    expect(layer('land-fill')).toMatchObject({ maxzoom: WORLD_MIN_ZOOM });
    expect(layer('world-land')).toMatchObject({ minzoom: WORLD_MIN_ZOOM, 'source-layer': 'land' });
    expect(JSON.stringify(style)).not.toContain('50m.geojson');
  });

  it('has one detail source per region, bounded by it, so no tile outside a region is asked for', () => {
    DETAIL.regions.forEach((region, i) => {
      expect(style.sources[`detail-${i}`]).toEqual({
        type: 'vector',
        tiles: [`${BASE}basemap/detail/{z}/{x}/{y}.pbf`],
        minzoom: 6,
        maxzoom: 14,
        bounds: region.bounds,
        attribution: DETAIL.attribution,
      });
    });
    expect(Object.keys(style.sources).filter((id) => id.startsWith('detail-'))).toHaveLength(3);
    expect(
      Object.keys(styleFor({ detail: null }).sources).some((id) => id.startsWith('detail-')),
    ).toBe(false);
  });

  it('paints the detail cover in the ocean colour over the coarse land and borders, then detail land and borders', () => {
    for (const palette of [LIGHT_PALETTE, DARK_PALETTE]) {
      const themed = styleFor({ palette });
      expect(layer('detail-1-cover', themed)?.paint).toMatchObject({ 'fill-color': palette.ocean });
      expect(layer('detail-1-land', themed)?.paint).toMatchObject({ 'fill-color': palette.land });
      expect(layer('world-land', themed)?.paint).toMatchObject({ 'fill-color': palette.land });
    }
    const lastCoarse = Math.max(position('world-land'), position('world-borders'));
    const covers = DETAIL.regions.map((_, i) => position(`detail-${i}-cover`));
    const lands = DETAIL.regions.map((_, i) => position(`detail-${i}-land`));
    const borders = DETAIL.regions.map((_, i) => position(`detail-${i}-borders`));
    // Every cover before every detail land: where two regions' tiles overlap, no cover hides land.
    expect(Math.min(...covers)).toBeGreaterThan(lastCoarse);
    expect(Math.min(...lands)).toBeGreaterThan(Math.max(...covers));
    expect(Math.min(...borders)).toBeGreaterThan(Math.max(...lands));
    expect(layer('detail-0-cover')).toMatchObject({ 'source-layer': 'cover' });
    // From the detail zooms on only, so the detail's credit is not shown over a world view.
    for (const id of ['detail-0-cover', 'detail-0-land', 'detail-0-borders', 'detail-places-0']) {
      expect(layer(id), id).toMatchObject({ minzoom: DETAIL.minzoom });
    }
    expect(layer('detail-0-borders')).toMatchObject({ 'source-layer': 'borders' });
  });

  it('names towns in the reader’s language where the data has it, else in Latin script', () => {
    const field = (language: LanguageCode) =>
      layer('detail-places-0', styleFor({ language }))?.layout?.['text-field' as never];
    expect(field('en')).toEqual(['get', 'name']);
    expect(field('ko')).toEqual(['coalesce', ['get', 'name_ko'], ['get', 'name']]);
    expect(field('ja')).toEqual(['coalesce', ['get', 'name_ja'], ['get', 'name']]);
  });

  it('ranks town names and puts them under every story layer, which MapLibre places first', () => {
    const towns = layer('detail-places-0') as LayerSpecification & { layout: object };
    expect(towns).toMatchObject({ source: 'detail-0', 'source-layer': 'places' });
    expect(towns.layout).toMatchObject({ 'symbol-sort-key': ['get', 'rank'] });
    const lastTowns = Math.max(...DETAIL.regions.map((_, i) => position(`detail-places-${i}`)));
    expect(lastTowns).toBeLessThan(position(FIRST_STORY_LAYER));
    expect(
      Math.min(...DETAIL.regions.map((_, i) => position(`detail-places-${i}`))),
    ).toBeGreaterThan(position('detail-2-borders'));
    // The markers' invisible room sits between the story's labels and everything else.
    expect(position(MARKER_ROOM_LAYER)).toBeGreaterThan(position('story-points'));
    expect(position(MARKER_ROOM_LAYER)).toBeLessThan(position('story-labels'));
    expect(layer(MARKER_ROOM_LAYER)?.layout).toMatchObject({ 'text-allow-overlap': true });
    expect(layer(MARKER_ROOM_LAYER)?.paint).toEqual({ 'text-opacity': 0 });
  });

  it('credits Natural Earth, OpenStreetMap and GeoNames on the map', () => {
    const credits = Object.values(style.sources)
      .map((source) => ('attribution' in source ? String(source.attribution) : ''))
      .join(' ');
    for (const name of ['Natural Earth', 'OpenStreetMap', 'GeoNames']) {
      expect(credits).toContain(name);
    }
  });
});

describe('an own basemap in the style', async () => {
  const index = await loadStoryIndex();
  const own: OwnBasemap = {
    sources: {
      'own-basemap': { type: 'vector', url: 'pmtiles://https://tiles.example.com/city.pmtiles' },
    },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': '#cccccc' } },
      { id: 'earth', type: 'fill', source: 'own-basemap', 'source-layer': 'earth' },
    ],
    darkLayers: [
      { id: 'background', type: 'background', paint: { 'background-color': '#34373d' } },
    ],
  };
  const styleWith = (palette: Palette) =>
    buildStyle({
      basemap: basemapUrls(BASE, 'en', DETAIL),
      ownBasemap: own,
      palette,
      fontFaces: [{ url: `${BASE}fonts/latin.woff2` }],
      story: buildStorySources(index, 'en', (name) => name),
    });

  it('draws its layers under the story’s, instead of the embedded basemap, and is valid', () => {
    const style = styleWith(LIGHT_PALETTE);
    expect(validateStyleMin(style)).toEqual([]);
    const ids = style.layers.map((l) => l.id);
    expect(ids.slice(0, 2)).toEqual(['background', 'earth']);
    expect(ids).toContain('story-points');
    expect(ids.filter((id) => /^(land|world|detail|country)/.test(id))).toEqual([]);
    expect(Object.keys(style.sources)).toContain('own-basemap');
    expect(
      Object.keys(style.sources).filter((id) => !id.startsWith('story-') && id !== 'own-basemap'),
    ).toEqual([]);
  });

  it('takes its dark flavour in the dark theme', () => {
    expect(styleWith(DARK_PALETTE).layers[0]?.paint).toEqual({ 'background-color': '#34373d' });
  });

  it('draws its Noto Sans labels with the bundled font, needing no glyph server', () => {
    const style = styleWith(LIGHT_PALETTE);
    expect(style.glyphs).toBeUndefined();
    expect(Object.keys(style['font-faces'] ?? {})).toEqual(
      expect.arrayContaining(['Noto Sans Regular', 'Noto Sans Medium', 'Noto Sans Italic']),
    );
  });
});
