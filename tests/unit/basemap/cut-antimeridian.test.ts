import { area, booleanPointInPolygon, multiPolygon, point } from '@turf/turf';
import { geoArea } from 'd3-geo';
import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import {
  buildBorders,
  buildLand,
  DEFAULT_BASEMAP_OPTIONS,
} from '../../../scripts/basemap/build.ts';
import {
  cutLinesAtAntimeridian,
  cutPolygonsAtAntimeridian,
} from '../../../scripts/basemap/cut-antimeridian.ts';
import { EARTH_RADIUS_KM, landOf } from '../../../scripts/basemap/world-atlas.ts';
import {
  edgesOnMeridian,
  intervalLength,
  latOf,
  lngOf,
  maxLngJump,
  openRings,
  outOfRange,
  topology110m,
  topology50m,
  uncoveredLength,
  wronglyWound,
} from './real-data.ts';
import { squareWithHole } from './shapes.ts';

describe('cutPolygonsAtAntimeridian on toy shapes', () => {
  it('splits a square across 180° into two parts that meet at the same latitudes', () => {
    // d3 winding (clockwise exterior), stitched across 180° as world-atlas does it.
    const parts = cutPolygonsAtAntimeridian({
      type: 'Polygon',
      coordinates: [
        [
          [170, -10],
          [170, 10],
          [-170, 10],
          [-170, -10],
          [170, -10],
        ],
      ],
    });
    expect(parts).toHaveLength(2);
    const east = edgesOnMeridian(parts, 180);
    const west = edgesOnMeridian(parts, -180);
    expect(east).toEqual(west);
    // The cut follows the great circle, which bulges poleward a little beyond ±10°.
    expect(intervalLength(east)).toBeGreaterThan(20);
    expect(maxLngJump(parts.flat())).toBeLessThanOrEqual(10);
  });

  it('closes a polygon around the south pole along latitude -90 instead of drawing a band', () => {
    const ring: Position[] = [];
    // Walking east with the interior (south) on the right: d3's clockwise, i.e. it holds the pole.
    for (let lng = -180; lng < 180; lng += 30) ring.push([lng, -70]);
    ring.push([-180, -70]);
    const parts = cutPolygonsAtAntimeridian({ type: 'Polygon', coordinates: [ring] });
    expect(parts).toHaveLength(1);
    const lats = parts.flat(2).map(latOf);
    expect(Math.min(...lats)).toBe(-90);
    expect(Math.max(...lats)).toBeLessThan(-69.9);
  });

  it('keeps a hole with the polygon around it', () => {
    const parts = cutPolygonsAtAntimeridian({
      type: 'Polygon',
      coordinates: squareWithHole(),
    });
    expect(parts.map((polygon) => polygon.length)).toEqual([2]);
  });
});

describe('cutLinesAtAntimeridian on toy shapes', () => {
  it('splits a line across 180° into two lines ending at ±180° at the same latitude', () => {
    const lines = cutLinesAtAntimeridian({
      type: 'LineString',
      coordinates: [
        [170, 60],
        [-170, 62],
        [-160, 63],
      ],
    });
    expect(lines).toHaveLength(2);
    const [west, east] = lines as [Position[], Position[]];
    expect(west[west.length - 1]?.[0]).toBe(180);
    expect(east[0]?.[0]).toBe(-180);
    expect(west[west.length - 1]?.[1]).toBe(east[0]?.[1]);
  });
});

describe.each([
  { name: 'land-110m', topology: topology110m, level: DEFAULT_BASEMAP_OPTIONS.low },
  { name: 'land-50m', topology: topology50m, level: DEFAULT_BASEMAP_OPTIONS.high },
])('$name as written (real world-atlas data)', ({ topology, level }) => {
  const land = buildLand(topology, level);
  const polygons = land.features.flatMap((feature) => feature.geometry.coordinates);
  const rings = polygons.flat();

  it('has no segment jumping more than 180° in longitude (no band across the map)', () => {
    expect(maxLngJump(rings)).toBeLessThanOrEqual(180);
  });

  it('keeps every coordinate within lng -180..180 and lat -90..90', () => {
    expect(outOfRange(rings)).toEqual([]);
  });

  it('closes every ring with at least 4 positions', () => {
    expect(openRings(rings)).toEqual([]);
  });

  it("follows RFC 7946's right-hand rule (exteriors counter-clockwise, holes clockwise)", () => {
    expect(wronglyWound(polygons)).toEqual([]);
  });

  it('carries the same cut edges on both sides of the antimeridian', () => {
    const east = edgesOnMeridian(polygons, 180);
    const west = edgesOnMeridian(polygons, -180);
    // Chukotka, Wrangel Island, Fiji's Taveuni and Antarctica: about 10° of cut edge per side.
    expect(intervalLength(east)).toBeGreaterThan(8);
    // Only rounding differs: a vertex within 0.005° of 180° lands on it, on one side only.
    expect(uncoveredLength(east, west) + uncoveredLength(west, east)).toBeLessThan(0.2);
  });

  it('has land on both sides of 180° in Fiji and in Chukotka', () => {
    const isLand = (lng: number, lat: number) =>
      polygons.some((polygon) => booleanPointInPolygon(point([lng, lat]), multiPolygon([polygon])));
    expect(isLand(178, -17.8)).toBe(true); // Viti Levu, west of 180°
    expect(isLand(175, 67)).toBe(true); // Chukotka west of 180°
    expect(isLand(-175, 66.5)).toBe(true); // Chukotka east of 180°
    const fijiEast = polygons.filter((polygon) =>
      polygon[0]?.every((p) => lngOf(p) < -179 && latOf(p) > -19 && latOf(p) < -15),
    );
    expect(fijiEast.length).toBeGreaterThan(0);
  });

  it('draws Antarctica as one polygon from -180° to 180°, closed along -90 and south of -60', () => {
    const polar = polygons.filter((polygon) => polygon[0]?.some((p) => latOf(p) === -90));
    expect(polar).toHaveLength(1);
    const exterior = polar[0]?.[0] ?? [];
    const lngs = exterior.map(lngOf);
    const lats = exterior.map(latOf);
    expect(Math.min(...lngs)).toBe(-180);
    expect(Math.max(...lngs)).toBe(180);
    expect(Math.max(...lats)).toBeLessThan(-60);
    // Antarctica with its ice shelves is ~14 million km²; a band or a sliver would be far off.
    const areaKm2 = area(multiPolygon(polar)) / 1e6;
    expect(areaKm2).toBeGreaterThan(11e6);
    expect(areaKm2).toBeLessThan(15e6);
  });

  it('keeps the total land area within 1% of the uncut spherical area (nothing dropped or inverted)', () => {
    const cutM2 = area(multiPolygon(polygons));
    const sphericalM2 = geoArea(landOf(topology)) * (EARTH_RADIUS_KM * 1000) ** 2;
    expect(Math.abs(cutM2 / sphericalM2 - 1)).toBeLessThan(0.01);
  });
});

describe.each([
  { name: 'borders-110m', topology: topology110m, level: DEFAULT_BASEMAP_OPTIONS.low },
  { name: 'borders-50m', topology: topology50m, level: DEFAULT_BASEMAP_OPTIONS.high },
])('$name as written (real world-atlas data)', ({ topology, level }) => {
  const lines = buildBorders(topology, level).features.flatMap(
    (feature) => feature.geometry.coordinates,
  );

  it('has many lines, none jumping more than 180° and all within range', () => {
    expect(lines.length).toBeGreaterThan(100);
    expect(maxLngJump(lines)).toBeLessThanOrEqual(180);
    expect(outOfRange(lines)).toEqual([]);
  });

  it('draws the border between the two Koreas', () => {
    const dmz = lines.filter((line) =>
      line.every((p) => lngOf(p) > 126 && lngOf(p) < 129 && latOf(p) > 37.5 && latOf(p) < 38.8),
    );
    expect(dmz.length).toBeGreaterThan(0);
  });
});
