/**
 * Country label points: one point per country, on its largest part, where a reader of a Web
 * Mercator map sees the middle of that part; plus a rank and a minimum zoom so that MapLibre can
 * show big countries first and small ones only when zoomed in.
 */
import { area, polygon as turfPolygon } from '@turf/turf';
import type { Feature, FeatureCollection, Point } from 'geojson';
import polylabel from 'polylabel';
import type { PlanarPolygon } from './cut-antimeridian.ts';

/** Properties of a placed country label (`labelsInLanguage` keeps name, rank and minzoom per language). */
export interface CountryLabelProperties {
  /** English name, as world-atlas (Natural Earth) spells it. */
  name: string;
  /** Korean and Japanese names (see `country-names.ts`); absent where none is known. */
  name_ko?: string;
  name_ja?: string;
  /** ISO 3166-1 numeric code as world-atlas gives it ("004"), or null where it has none (Kosovo…). */
  id: string | null;
  /** 1 for the country whose largest part is biggest, then 2, 3…: lower is more important. */
  rank: number;
  /** Zoom from which the label is worth showing (its largest part is about as wide as a label). */
  minzoom: number;
}

/** A country already cut at the antimeridian (planar lon/lat, any winding). */
export interface PlanarCountry {
  id: string | null;
  name: string;
  polygons: PlanarPolygon[];
}

/** How labels are placed and filtered. */
export interface LabelOptions {
  /** Width in pixels a country's largest part must span before its label shows. */
  labelWidthPx: number;
  /** Highest minzoom given to any label (tiny islands), in zoom levels. */
  maxMinzoom: number;
  /** Decimals kept in label coordinates (3 = about 110 m). */
  decimals: number;
}

/** Defaults: a label shows once its country is ~32 px wide; coordinates to ~110 m. */
export const DEFAULT_LABEL_OPTIONS: LabelOptions = {
  labelWidthPx: 32,
  maxMinzoom: 10,
  decimals: 3,
};

/** Web Mercator's latitude limit: beyond it a latitude has no finite y. */
const MAX_MERCATOR_LAT = 85.05112878;
const DEG = Math.PI / 180;
/** Equatorial circumference in km, for pixel widths at a zoom (WGS84). */
const EQUATOR_KM = 40075.016686;
/** MapLibre's tile size in pixels: the world is 512 px wide at zoom 0. */
const TILE_SIZE_PX = 512;

/** Mercator y in "degrees" (same scale as longitude at the equator), latitude clamped. */
function mercatorY(lat: number): number {
  const clamped = Math.max(-MAX_MERCATOR_LAT, Math.min(MAX_MERCATOR_LAT, lat));
  return Math.log(Math.tan(Math.PI / 4 + (clamped * DEG) / 2)) / DEG;
}

function latitudeOfMercatorY(y: number): number {
  return (2 * Math.atan(Math.exp(y * DEG)) - Math.PI / 2) / DEG;
}

/** Geodesic area of a planar lon/lat polygon in km². */
export function polygonAreaKm2(polygon: PlanarPolygon): number {
  return area(turfPolygon(polygon)) / 1e6;
}

/**
 * The part with the largest geodesic area, and that area in km². A shape cut at the antimeridian
 * counts as two parts, so Russia is labelled in its western (bigger) part, not on Chukotka, and
 * the USA in the lower 48 rather than Alaska. Null for a country with no polygon.
 */
export function largestPart(
  polygons: readonly PlanarPolygon[],
): { polygon: PlanarPolygon; areaKm2: number } | null {
  let best: { polygon: PlanarPolygon; areaKm2: number } | null = null;
  for (const polygon of polygons) {
    const areaKm2 = polygonAreaKm2(polygon);
    if (!best || areaKm2 > best.areaKm2) best = { polygon, areaKm2 };
  }
  return best;
}

/**
 * The pole of inaccessibility of a polygon as drawn on a Web Mercator map: polylabel runs on
 * Mercator coordinates, so a high-latitude country (Norway, Canada) is labelled where it looks
 * widest on screen, not where it is widest in degrees. Returns `[lng, lat]`.
 */
export function labelPosition(polygon: PlanarPolygon): [number, number] {
  const projected = polygon.map((ring) =>
    ring.map((position): [number, number] => [
      position[0] as number,
      mercatorY(position[1] as number),
    ]),
  );
  const xs = projected[0]?.map((position) => position[0]) ?? [0];
  const ys = projected[0]?.map((position) => position[1]) ?? [0];
  const extent = Math.min(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
  // About 1% of the part's size: tight enough for Singapore, cheap enough for Russia.
  const precision = Math.max(1e-4, Math.min(0.05, extent / 100));
  const [x, y] = polylabel(projected, precision);
  return [x, latitudeOfMercatorY(y)];
}

/**
 * The lowest whole zoom at which a part of `areaKm2` near latitude `lat` spans `labelWidthPx` on
 * a Web Mercator map (which enlarges high latitudes by 1/cos(lat)), between 0 and `maxMinzoom`.
 */
export function labelMinZoom(
  areaKm2: number,
  lat: number,
  options: Pick<LabelOptions, 'labelWidthPx' | 'maxMinzoom'> = DEFAULT_LABEL_OPTIONS,
): number {
  const widthKm = Math.sqrt(Math.max(areaKm2, 1e-6));
  const cosLat = Math.max(Math.cos(Math.min(Math.abs(lat), MAX_MERCATOR_LAT) * DEG), 1e-6);
  const kmPerPxAtZoom0 = (EQUATOR_KM * cosLat) / TILE_SIZE_PX;
  const zoom = Math.log2((options.labelWidthPx * kmPerPxAtZoom0) / widthKm);
  return Math.max(0, Math.min(options.maxMinzoom, Math.ceil(zoom)));
}

/**
 * One label point per country (countries cut at the antimeridian), sorted by rank: the pole of
 * inaccessibility of its largest part, ranked by that part's area (largest first).
 */
export function buildCountryLabels(
  countries: readonly PlanarCountry[],
  options: LabelOptions = DEFAULT_LABEL_OPTIONS,
): FeatureCollection<Point, CountryLabelProperties> {
  const factor = 10 ** options.decimals;
  const placed = countries.flatMap((country) => {
    const part = largestPart(country.polygons);
    if (!part) return [];
    const [lng, lat] = labelPosition(part.polygon);
    return [{ country, areaKm2: part.areaKm2, lng, lat }];
  });
  placed.sort((a, b) => b.areaKm2 - a.areaKm2 || a.country.name.localeCompare(b.country.name));
  const features = placed.map(
    ({ country, areaKm2, lng, lat }, index): Feature<Point, CountryLabelProperties> => ({
      type: 'Feature',
      properties: {
        name: country.name,
        id: country.id,
        rank: index + 1,
        minzoom: labelMinZoom(areaKm2, lat, options),
      },
      geometry: {
        type: 'Point',
        coordinates: [Math.round(lng * factor) / factor, Math.round(lat * factor) / factor],
      },
    }),
  );
  return { type: 'FeatureCollection', features };
}
