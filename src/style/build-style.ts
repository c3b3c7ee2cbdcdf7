/**
 * Builds the MapLibre style: the offline basemap (land, borders, country labels) under the story
 * layers (`story-layers.ts`). Pure: no map, no DOM; validated in tests with @maplibre/maplibre-gl-style-spec.
 */
import type { LayerSpecification, SourceSpecification, StyleSpecification } from 'maplibre-gl';
import type { LanguageCode } from '../story/types.ts';
import {
  tiledBasemapLayers,
  tiledBasemapSources,
  townLabelLayers,
  WORLD_MIN_ZOOM,
  type TiledBasemap,
} from './basemap-layers.ts';
import { DARK_PALETTE, type Palette } from './palettes.ts';
import { CONNECTIONS_SOURCE, LABEL_FONT, STORY_SOURCES, storyLayers } from './story-layers.ts';
import type { StorySourceData } from './story-sources.ts';

/**
 * The embedded basemap: Natural Earth 110m GeoJSON and the country names for zooms 0–3, then the
 * tiled levels (`basemap-layers.ts`).
 */
export interface BasemapUrls extends TiledBasemap {
  land: string;
  borders: string;
  countryLabels: string;
  /** HTML shown in MapLibre's attribution control for the Natural Earth sources. */
  attribution: string;
}

/**
 * A newsroom's own basemap (`src/map/own-basemap.ts`) in place of the embedded one: its sources and
 * layers, drawn under the story's.
 */
export interface OwnBasemap {
  sources: Record<string, SourceSpecification>;
  layers: LayerSpecification[];
  /** Its layers for the dark theme, when it has a dark flavour. */
  darkLayers?: LayerSpecification[];
  /** Its `glyphs` URL when its labels use fonts we do not bundle. */
  glyphs?: string;
  sprite?: StyleSpecification['sprite'];
}

/** A font file for MapLibre's `font-faces`, with the Unicode ranges it covers. */
export interface FontFace {
  url: string;
  'unicode-range'?: string[];
}

export interface StyleOptions {
  basemap: BasemapUrls;
  /** Drawn instead of `basemap`'s land, borders and town names when given. */
  ownBasemap?: OwnBasemap | null;
  palette: Palette;
  fontFaces: FontFace[];
  story: StorySourceData;
  /** The reader's language; `basemap.countryLabels` is that language's file. */
  language?: LanguageCode;
}

/** The complete style for a story; sources carry the story's data inline. */
export function buildStyle({
  basemap,
  ownBasemap = null,
  palette,
  fontFaces,
  story,
  language = 'en',
}: StyleOptions): StyleSpecification {
  const geojson = (data: unknown, extra: Partial<SourceSpecification> = {}): SourceSpecification =>
    ({ type: 'geojson', data, ...extra }) as SourceSpecification;
  const storySources = {
    [STORY_SOURCES.areas]: geojson(story.areas, { promoteId: 'id' }),
    [STORY_SOURCES.lines]: geojson(story.lines, { promoteId: 'id' }),
    [STORY_SOURCES.points]: geojson(story.points, { promoteId: 'id' }),
    [STORY_SOURCES.labels]: geojson(story.labels, { promoteId: 'id' }),
    [STORY_SOURCES.groupLabels]: geojson(story.groupLabels, { promoteId: 'id' }),
    [CONNECTIONS_SOURCE]: geojson({ type: 'FeatureCollection', features: [] }),
  };
  if (ownBasemap) {
    return {
      version: 8,
      // Our font for the story's labels, and for the own basemap's labels where it names it.
      'font-faces': Object.fromEntries(OWN_BASEMAP_FONTS.map((name) => [name, fontFaces])),
      ...(ownBasemap.glyphs && { glyphs: ownBasemap.glyphs }),
      ...(ownBasemap.sprite && { sprite: ownBasemap.sprite }),
      sources: { ...ownBasemap.sources, ...storySources },
      layers: [
        ...((palette === DARK_PALETTE && ownBasemap.darkLayers) || ownBasemap.layers),
        ...storyLayers(palette, language, false),
      ],
    } as StyleSpecification;
  }
  return {
    version: 8,
    'font-faces': { [LABEL_FONT]: fontFaces },
    sources: {
      land: geojson(basemap.land, { attribution: basemap.attribution }),
      borders: geojson(basemap.borders),
      'country-labels': geojson(basemap.countryLabels),
      ...tiledBasemapSources(basemap),
      ...storySources,
    },
    layers: embeddedLayers(palette, language, basemap.detail),
  } as StyleSpecification;
}

/**
 * Font names the Protomaps basemap layers ask for: drawn with our bundled Noto Sans, so its
 * labels need no glyph server.
 */
const OWN_BASEMAP_FONTS = [LABEL_FONT, 'Noto Sans Medium', 'Noto Sans Italic'];

function embeddedLayers(
  palette: Palette,
  language: LanguageCode,
  detail: BasemapUrls['detail'],
): LayerSpecification[] {
  return [
    { id: 'ocean', type: 'background', paint: { 'background-color': palette.ocean } },
    ...basemapLayers(palette, 'land', 'borders', { maxzoom: WORLD_MIN_ZOOM }),
    ...tiledBasemapLayers(palette, detail),
    ...townLabelLayers(palette, language, detail, LABEL_FONT),
    ...storyLayers(palette, language),
  ];
}

/**
 * Every layer the map can hold in a palette, with the regions it was built with: what a theme
 * change repaints (only `paint` differs between palettes). An own basemap keeps its own colours.
 */
export function allLayers(
  palette: Palette,
  language: LanguageCode = 'en',
  detail: BasemapUrls['detail'] = null,
): LayerSpecification[] {
  return embeddedLayers(palette, language, detail);
}

/**
 * Land and border layers of the coarse GeoJSON level; it stops where the world tiles start, so
 * the two never draw at once.
 */
export function basemapLayers(
  palette: Palette,
  landSource: string,
  bordersSource: string,
  zoomRange: { minzoom?: number; maxzoom?: number },
): LayerSpecification[] {
  return [
    {
      id: `${landSource}-fill`,
      type: 'fill',
      source: landSource,
      ...zoomRange,
      paint: { 'fill-color': palette.land, 'fill-antialias': true },
    },
    {
      id: `${bordersSource}-line`,
      type: 'line',
      source: bordersSource,
      ...zoomRange,
      layout: { 'line-join': 'round' },
      paint: {
        'line-color': palette.border,
        'line-width': ['interpolate', ['linear'], ['zoom'], 1, 0.5, 6, 1.2],
      },
    },
  ];
}
