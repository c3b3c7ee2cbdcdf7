/**
 * The basemap build as one pure function: world-atlas topologies in, the GeoJSON layers (and their
 * file text) out. Reading inputs, caching and writing live in `scripts/build-basemap.ts`.
 */
import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Point } from 'geojson';
import { LANGUAGE_OPTIONS } from '../../src/i18n/languages.ts';
import type { LanguageCode } from '../../src/story/types.ts';
import { cleanLines, cleanPolygons, rewindToRfc7946 } from './clean-coordinates.ts';
import { countryNames } from './country-names.ts';
import { cutLinesAtAntimeridian, cutPolygonsAtAntimeridian } from './cut-antimeridian.ts';
import {
  buildCountryLabels,
  DEFAULT_LABEL_OPTIONS,
  type CountryLabelProperties,
  type LabelOptions,
} from './label-points.ts';
import {
  bordersOf,
  countriesOf,
  landOf,
  simplifyTopology,
  type CountriesTopology,
} from './world-atlas.ts';

/** How one resolution is generalised. */
export interface LevelOptions {
  /** Visvalingam threshold on the sphere in km²; 0 keeps every Natural Earth vertex. */
  minTriangleAreaKm2: number;
  /** Decimals kept in coordinates (2 ≈ 1.1 km, 3 ≈ 110 m at the equator). */
  decimals: number;
}

/** Generalisation of both resolutions, and label placement. */
export interface BasemapOptions {
  /**
   * First view, zoom 0–3 (the 50m detail takes over from zoom 2.5): there a pixel is 0.09°–0.13°,
   * so rounding to 0.1° moves a vertex by half a pixel at most, on data generalised far beyond that.
   */
  low: LevelOptions;
  /** Zoom ≥ 3, loaded later. */
  high: LevelOptions;
  labels: LabelOptions;
}

/**
 * Chosen by measurement (see docs/basemap.md): 110m is already generalised, so simplifying it saves
 * under 2%, while 1 decimal instead of 2 saves ~11 KB gzip of the first view (3 instead of 2 would
 * cost ~9 KB more). 50m needs both simplification and 2 decimals to stay well under budget.
 */
export const DEFAULT_BASEMAP_OPTIONS: BasemapOptions = {
  low: { minTriangleAreaKm2: 0, decimals: 1 },
  high: { minTriangleAreaKm2: 5, decimals: 2 },
  labels: DEFAULT_LABEL_OPTIONS,
};

/** Land as written: one MultiPolygon feature with no properties. */
export type LandCollection = FeatureCollection<MultiPolygon, Record<string, never>>;
/** Borders as written: one MultiLineString feature with no properties. */
export type BordersCollection = FeatureCollection<MultiLineString, Record<string, never>>;
/** Country labels as written: one Point per country, sorted by rank. */
export type LabelsCollection = FeatureCollection<Point, CountryLabelProperties>;

/** Everything the build writes, as GeoJSON objects (planar, cut at ±180°, RFC 7946 winding). */
export interface BasemapLayers {
  land110m: LandCollection;
  borders110m: BordersCollection;
  land50m: LandCollection;
  borders50m: BordersCollection;
  countryLabels: LabelsCollection;
}

function singleFeature<G extends MultiPolygon | MultiLineString>(
  geometry: G,
): FeatureCollection<G, Record<string, never>> {
  const feature: Feature<G, Record<string, never>> = { type: 'Feature', properties: {}, geometry };
  return { type: 'FeatureCollection', features: [feature] };
}

/** Land of one resolution, simplified, cut at ±180°, rounded and rewound to RFC 7946. */
export function buildLand(topology: CountriesTopology, level: LevelOptions): LandCollection {
  const cut = cutPolygonsAtAntimeridian(
    landOf(simplifyTopology(topology, level.minTriangleAreaKm2)),
  );
  return singleFeature(rewindToRfc7946(cleanPolygons(cut, level.decimals)));
}

/** Internal borders of one resolution, simplified, cut at ±180° and rounded. */
export function buildBorders(topology: CountriesTopology, level: LevelOptions): BordersCollection {
  const cut = cutLinesAtAntimeridian(
    bordersOf(simplifyTopology(topology, level.minTriangleAreaKm2)),
  );
  return singleFeature({ type: 'MultiLineString', coordinates: cleanLines(cut, level.decimals) });
}

/**
 * Country labels from full-detail 50m countries (it has 241 countries, 110m only 177, e.g. no
 * Singapore), each cut at ±180° first so a country across it is two parts, with their Korean
 * and Japanese names where known.
 */
export function buildLabels(topology: CountriesTopology, options: LabelOptions): LabelsCollection {
  const countries = countriesOf(topology).map((country) => ({
    id: country.id,
    name: country.name,
    polygons: cutPolygonsAtAntimeridian(country.geometry),
  }));
  const labels = buildCountryLabels(countries, options);
  for (const label of labels.features) {
    const names = countryNames(label.properties.id, label.properties.name);
    if (names) Object.assign(label.properties, names);
  }
  return labels;
}

/** Builds every basemap layer from world-atlas's countries-110m and countries-50m topologies. */
export function buildBasemapLayers(
  topology110m: CountriesTopology,
  topology50m: CountriesTopology,
  options: BasemapOptions = DEFAULT_BASEMAP_OPTIONS,
): BasemapLayers {
  return {
    land110m: buildLand(topology110m, options.low),
    borders110m: buildBorders(topology110m, options.low),
    land50m: buildLand(topology50m, options.high),
    borders50m: buildBorders(topology50m, options.high),
    countryLabels: buildLabels(topology50m, options.labels),
  };
}

/** A file of the basemap: its name in `geo/basemap/` and its text. */
export interface BasemapFile {
  name: string;
  /** The reader's language a file is for (country labels): a page loads one of them. */
  language?: LanguageCode;
  text: string;
  /** Loaded with the first view (counted against the first-view budget). */
  firstView: boolean;
  /** Zoom range the style should use it for (`maxzoom` absent: no upper limit). */
  zoom: { minzoom: number; maxzoom?: number };
}

/** The country labels' file for readers of `language`. */
export function countryLabelsFile(language: LanguageCode): string {
  return `country-labels-${language}.geojson`;
}

/**
 * The labels as a reader of `language` sees them: `name` in that language (the English name where
 * none is known), with rank and minzoom; nothing else, to keep the first view small.
 */
export function labelsInLanguage(
  labels: LabelsCollection,
  language: LanguageCode,
): FeatureCollection<Point, LocalizedLabelProperties> {
  return {
    type: 'FeatureCollection',
    features: labels.features.map((label) => {
      const { name, rank, minzoom } = label.properties;
      const localized = language === 'en' ? name : (label.properties[`name_${language}`] ?? name);
      return { ...label, properties: { name: localized, rank, minzoom } };
    }),
  };
}

/** Properties of a feature in `country-labels-<language>.geojson`. */
export interface LocalizedLabelProperties {
  /** The country's name in the file's language, else in English. */
  name: string;
  rank: number;
  minzoom: number;
}

/** The zoom at which the style switches from 110m to 50m detail. */
export const DETAIL_SWITCH_ZOOM = 3;

/** The layers as compact JSON files, in the order the manifest lists them. */
export function serializeBasemap(layers: BasemapLayers): BasemapFile[] {
  const low = { minzoom: 0, maxzoom: DETAIL_SWITCH_ZOOM };
  const high = { minzoom: DETAIL_SWITCH_ZOOM };
  return [
    { name: 'land-110m.geojson', layer: layers.land110m, firstView: true, zoom: low },
    { name: 'borders-110m.geojson', layer: layers.borders110m, firstView: true, zoom: low },
    // One file per reader's language, names in it only: a page loads one, half the bytes of all.
    ...LANGUAGE_OPTIONS.map(({ code: language }) => ({
      name: countryLabelsFile(language),
      layer: labelsInLanguage(layers.countryLabels, language),
      firstView: true,
      zoom: { minzoom: 0 },
      language,
    })),
    { name: 'land-50m.geojson', layer: layers.land50m, firstView: false, zoom: high },
    { name: 'borders-50m.geojson', layer: layers.borders50m, firstView: false, zoom: high },
  ].map(({ layer, ...file }) => ({ ...file, text: JSON.stringify(layer) }));
}
