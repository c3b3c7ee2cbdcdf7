/**
 * Reading world-atlas's `countries-*.json` TopoJSON: simplifying it as a topology (so a border
 * shared by two countries, and by land and country, is simplified once and stays shared) and
 * extracting land, internal borders and countries as spherical GeoJSON in d3's conventions.
 *
 * Everything here is still spherical and stitched across the antimeridian: cut it with
 * `cut-antimeridian.ts` before using it as planar GeoJSON.
 */
import type { Feature, MultiLineString, MultiPolygon, Position } from 'geojson';
import { feature, mesh } from 'topojson-client';
import { presimplify, simplify, sphericalTriangleArea } from 'topojson-simplify';
import type { GeometryCollection, Topology } from 'topojson-specification';

/** world-atlas `countries-*.json`: a `countries` collection and a `land` collection on shared arcs. */
export type CountriesTopology = Topology<{
  countries: GeometryCollection<{ name: string }>;
  land: GeometryCollection;
}>;

/** A country as world-atlas gives it: ISO 3166-1 numeric id (a string like "004"; absent for a few). */
export interface CountryShape {
  id: string | null;
  name: string;
  /** Spherical, d3 winding, stitched across the antimeridian. */
  geometry: MultiPolygon;
}

/** Mean Earth radius in km (IUGG), to turn steradians into km². */
export const EARTH_RADIUS_KM = 6371.0088;

/**
 * Visvalingam simplification on the sphere: drops every vertex whose effective triangle is smaller
 * than `minTriangleAreaKm2`. Spherical weights keep this correct for arcs that cross the
 * antimeridian, whose planar triangles would look 360° wide. Arc ends (junctions) always stay.
 */
export function simplifyTopology(
  topology: CountriesTopology,
  minTriangleAreaKm2: number,
): CountriesTopology {
  if (minTriangleAreaKm2 <= 0) return topology;
  const minWeightSr = minTriangleAreaKm2 / EARTH_RADIUS_KM ** 2;
  return simplify(presimplify(topology, sphericalTriangleArea), minWeightSr);
}

/** Gathers the polygons of any TopoJSON-derived geometry into one MultiPolygon. */
function polygonsOf(geometry: Feature['geometry'] | null): Position[][][] {
  if (!geometry) return [];
  switch (geometry.type) {
    case 'Polygon':
      return [geometry.coordinates];
    case 'MultiPolygon':
      return geometry.coordinates;
    case 'GeometryCollection':
      return geometry.geometries.flatMap(polygonsOf);
    default:
      return [];
  }
}

/** All land as one spherical MultiPolygon. */
export function landOf(topology: CountriesTopology): MultiPolygon {
  const land = feature(topology, topology.objects.land);
  return {
    type: 'MultiPolygon',
    coordinates: land.features.flatMap((item) => polygonsOf(item.geometry)),
  };
}

/** Borders between two countries (never coastlines), as one spherical MultiLineString. */
export function bordersOf(topology: CountriesTopology): MultiLineString {
  return mesh(topology, topology.objects.countries, (a, b) => a !== b);
}

/** Every country with its world-atlas id and English name. */
export function countriesOf(topology: CountriesTopology): CountryShape[] {
  return feature(topology, topology.objects.countries).features.map((country) => ({
    id: country.id === undefined ? null : String(country.id),
    name: country.properties.name,
    geometry: { type: 'MultiPolygon', coordinates: polygonsOf(country.geometry) },
  }));
}
