/**
 * The story's own layers (areas, lines, markers, labels, connections) above any basemap, and the
 * ids the map's children use to reach their sources. Pure, like build-style.ts, which puts these
 * layers over the basemap.
 */
import type { FilterSpecification, LayerSpecification } from 'maplibre-gl';
import type { LanguageCode } from '../story/types.ts';
import type { Palette } from './palettes.ts';

/** The font every label is drawn with; its files come from `fontFaces`. */
export const LABEL_FONT = 'Noto Sans Regular';

/** Source ids of the story's geometry kinds: one source per kind, not one per place. */
export const STORY_SOURCES = {
  areas: 'story-areas',
  lines: 'story-lines',
  points: 'story-points',
  labels: 'story-labels',
  groupLabels: 'story-group-labels',
} as const;

/**
 * Source of the great-circle lines between the places of the selected event (see
 * `connections.ts`); empty until an event with several places is selected.
 */
export const CONNECTIONS_SOURCE = 'story-connections';

/** Below this zoom a compact layer shows one label (its title) instead of one per place. */
export const GROUP_LABEL_MAX_ZOOM = 5;

/** Layers that respond to clicks and taps, topmost first. */
export const INTERACTIVE_LAYERS = [
  'story-points',
  'story-points-approximate',
  'story-lines',
  'story-lines-approximate',
  'story-areas-fill',
] as const;

const IS_APPROXIMATE: FilterSpecification = ['==', ['get', 'approximate'], true];
const IS_EXACT: FilterSpecification = ['!=', ['get', 'approximate'], true];
const SELECTED = ['boolean', ['feature-state', 'selected'], false] as const;
/** Set on places with no event in the chosen dates: drawn faint, still there to click. */
const DIMMED = ['boolean', ['feature-state', 'dimmed'], false] as const;
/** Opacity of markers and outlines, and of labels: faint when dimmed. */
const DIMMABLE_OPACITY = ['case', DIMMED, 0.25, 1] as const;
const DIMMABLE_LABEL_OPACITY = ['case', DIMMED, 0.4, 1] as const;

/** Id of the first story layer, for inserting basemap layers beneath the story later. */
export const FIRST_STORY_LAYER = 'country-labels';

export function storyLayers(
  palette: Palette,
  language: LanguageCode,
  withCountryLabels = true,
): LayerSpecification[] {
  const textFont = [LABEL_FONT];
  const layers = [
    {
      // Country names belong to the basemap but are drawn above the finer land added later.
      id: FIRST_STORY_LAYER,
      type: 'symbol',
      source: 'country-labels',
      filter: ['<=', ['get', 'minzoom'], ['zoom']],
      layout: {
        // The page loads the labels' file of its language (`basemapUrls`): `name` is in it.
        'text-field': ['get', 'name'],
        'text-font': textFont,
        'text-size': ['interpolate', ['linear'], ['zoom'], 1, 10, 6, 14],
        'text-max-width': 7,
        'text-transform': 'uppercase',
        // Spaced capitals read as a country name in Latin script; Hangul and kana need no spacing.
        'text-letter-spacing': language === 'en' ? 0.08 : 0,
        'symbol-sort-key': ['get', 'rank'],
      },
      paint: {
        'text-color': palette.countryLabel,
        'text-halo-color': palette.countryLabelHalo,
        'text-halo-width': 1.2,
      },
    },
    {
      id: 'story-areas-fill',
      type: 'fill',
      source: STORY_SOURCES.areas,
      paint: {
        'fill-color': palette.accentFill,
        'fill-opacity': [
          'case',
          SELECTED,
          0.32,
          DIMMED,
          0.05,
          ['==', ['get', 'approximate'], true],
          0.12,
          0.2,
        ],
      },
    },
    {
      id: 'story-areas-outline',
      type: 'line',
      source: STORY_SOURCES.areas,
      filter: IS_EXACT,
      paint: {
        'line-color': palette.accent,
        'line-width': ['case', SELECTED, 3, 2],
        'line-opacity': DIMMABLE_OPACITY,
      },
    },
    {
      id: 'story-areas-outline-approximate',
      type: 'line',
      source: STORY_SOURCES.areas,
      filter: IS_APPROXIMATE,
      paint: {
        'line-color': palette.accent,
        'line-width': ['case', SELECTED, 3, 2],
        'line-opacity': DIMMABLE_OPACITY,
        'line-dasharray': ['literal', [3, 2]],
      },
    },
    {
      id: 'story-lines',
      type: 'line',
      source: STORY_SOURCES.lines,
      filter: IS_EXACT,
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: {
        'line-color': palette.accent,
        'line-width': ['case', SELECTED, 5, 3],
        'line-opacity': DIMMABLE_OPACITY,
      },
    },
    {
      id: 'story-lines-approximate',
      type: 'line',
      source: STORY_SOURCES.lines,
      filter: IS_APPROXIMATE,
      paint: {
        'line-color': palette.accent,
        'line-width': ['case', SELECTED, 5, 3],
        'line-opacity': DIMMABLE_OPACITY,
        'line-dasharray': ['literal', [2, 1.5]],
      },
    },
    {
      // A white casing keeps the dark connection line readable over land, sea and borders.
      id: 'story-connections-casing',
      type: 'line',
      source: CONNECTIONS_SOURCE,
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': palette.placeLabelHalo, 'line-width': 5, 'line-opacity': 0.85 },
    },
    {
      id: 'story-connections',
      type: 'line',
      source: CONNECTIONS_SOURCE,
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': palette.selected, 'line-width': 2 },
    },
    {
      id: 'story-points-selected',
      type: 'circle',
      source: STORY_SOURCES.points,
      paint: {
        'circle-radius': 13,
        'circle-color': 'rgba(0,0,0,0)',
        'circle-stroke-color': palette.selected,
        'circle-stroke-width': 2.5,
        'circle-stroke-opacity': ['case', SELECTED, 1, 0],
      },
    },
    {
      // An approximate place is a hollow ring: "somewhere about here".
      id: 'story-points-approximate',
      type: 'circle',
      source: STORY_SOURCES.points,
      filter: IS_APPROXIMATE,
      paint: {
        'circle-radius': 7,
        'circle-color': palette.placeLabelHalo,
        'circle-stroke-color': palette.accent,
        'circle-stroke-width': 3,
        'circle-opacity': DIMMABLE_OPACITY,
        'circle-stroke-opacity': DIMMABLE_OPACITY,
      },
    },
    {
      id: 'story-points',
      type: 'circle',
      source: STORY_SOURCES.points,
      filter: IS_EXACT,
      paint: {
        'circle-radius': 7,
        'circle-color': palette.accent,
        'circle-stroke-color': palette.placeLabelHalo,
        'circle-stroke-width': 2,
        'circle-opacity': DIMMABLE_OPACITY,
        'circle-stroke-opacity': DIMMABLE_OPACITY,
      },
    },
    {
      // Invisible, but it takes the marker's room in the label placement, so a basemap town name
      // never lands on a story marker (circles alone do not count in MapLibre's placement). Below
      // the story's own labels, which are placed before it and so are never pushed away by it.
      id: MARKER_ROOM_LAYER,
      type: 'symbol',
      source: STORY_SOURCES.points,
      layout: {
        'text-field': 'O',
        'text-font': textFont,
        'text-size': 16,
        'text-allow-overlap': true,
        'text-padding': 0,
      },
      paint: { 'text-opacity': 0 },
    },
    {
      id: 'story-group-labels',
      type: 'symbol',
      source: STORY_SOURCES.groupLabels,
      maxzoom: GROUP_LABEL_MAX_ZOOM,
      layout: {
        'text-field': ['get', 'label'],
        'text-font': textFont,
        'text-size': 14,
        'text-max-width': 9,
        'text-anchor': ['get', 'anchor'],
        'text-offset': [
          'case',
          ['==', ['get', 'anchor'], 'left'],
          ['literal', [1.1, 0]],
          ['literal', [-1.1, 0]],
        ],
        'text-justify': 'auto',
      },
      paint: {
        'text-color': palette.placeLabel,
        'text-halo-color': palette.placeLabelHalo,
        'text-halo-width': 1.8,
        'text-opacity': DIMMABLE_LABEL_OPACITY,
      },
    },
    {
      id: 'story-labels',
      type: 'symbol',
      source: STORY_SOURCES.labels,
      // Places of a compact layer are named by the layer's label until the reader zooms in.
      filter: ['any', ['!', ['get', 'grouped']], ['>=', ['zoom'], GROUP_LABEL_MAX_ZOOM]],
      layout: {
        'text-field': ['get', 'label'],
        'text-font': textFont,
        'text-size': 13,
        'text-max-width': 10,
        'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
        'text-radial-offset': ['case', ['==', ['get', 'kind'], 'point'], 1, 0],
        'text-justify': 'auto',
        'symbol-sort-key': ['get', 'rank'],
      },
      paint: {
        'text-color': palette.placeLabel,
        'text-halo-color': palette.placeLabelHalo,
        'text-halo-width': 1.6,
        'text-opacity': DIMMABLE_LABEL_OPACITY,
      },
    },
  ] as LayerSpecification[];
  // An own basemap has no country-labels source: it names countries itself.
  return withCountryLabels ? layers : layers.filter((layer) => layer.id !== FIRST_STORY_LAYER);
}

/** The invisible symbol that reserves each story marker's room from basemap labels. */
export const MARKER_ROOM_LAYER = 'story-points-room';
