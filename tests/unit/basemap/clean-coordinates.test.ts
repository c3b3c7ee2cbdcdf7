import { booleanClockwise } from '@turf/turf';
import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import {
  cleanLines,
  cleanPolygons,
  cleanRing,
  rewindToRfc7946,
  roundPosition,
  simplifyPoleEdges,
} from '../../../scripts/basemap/clean-coordinates.ts';
import { squareWithHole } from './shapes.ts';

describe('roundPosition', () => {
  it('rounds to the given decimals', () => {
    expect(roundPosition([12.34567, -45.67891], 2)).toEqual([12.35, -45.68]);
  });

  it("snaps d3's nudged antimeridian point onto exactly -180° (wrapped coordinates)", () => {
    expect(roundPosition([-179.99982, -70], 4)).toEqual([-180, -70]);
    expect(roundPosition([180.00000000000003, 10], 6)).toEqual([180, 10]);
  });

  it("snaps Natural Earth 50m's artificial edge at -89.999 onto the pole", () => {
    expect(roundPosition([12.5, -89.999], 3)).toEqual([12.5, -90]);
  });

  it('leaves a coastline vertex a few hundred metres from 180° where it is', () => {
    expect(roundPosition([179.99, -16.2], 3)).toEqual([179.99, -16.2]);
  });
});

describe('simplifyPoleEdges', () => {
  /** A ring along 70° S whose edge on the pole keeps one vertex every 90°, from 180° west. */
  const SOUTH_POLE_EDGE: Position[] = [
    [-180, -70],
    [180, -70],
    [180, -90],
    [90, -90],
    [0, -90],
    [-90, -90],
    [-180, -90],
  ];

  it('keeps a vertex every 90° along a pole edge, whatever d3 or Natural Earth put there', () => {
    const ring: Position[] = [
      [-180, -70],
      [180, -70],
      [180, -90],
      [170, -90],
      [100, -90],
      [-40, -90],
      [-180, -90],
    ];
    expect(simplifyPoleEdges(ring)).toEqual(SOUTH_POLE_EDGE);
  });

  it('handles a pole edge that wraps past the end of the ring', () => {
    const ring: Position[] = [
      [0, -90],
      [-180, -90],
      [-180, -70],
      [180, -70],
      [180, -90],
    ];
    expect(simplifyPoleEdges(ring)).toEqual(SOUTH_POLE_EDGE);
  });
});

describe('cleanRing', () => {
  it('drops an island that rounding collapses to nothing', () => {
    const speck: Position[] = [
      [10.001, 10.001],
      [10.002, 10.001],
      [10.002, 10.002],
      [10.001, 10.001],
    ];
    expect(cleanRing(speck, 2)).toBeNull();
  });

  it('removes the repeats that rounding creates and keeps the ring closed', () => {
    const ring: Position[] = [
      [0, 0],
      [0.001, 0],
      [1, 0],
      [1, 1],
      [0, 0],
    ];
    expect(cleanRing(ring, 2)).toEqual([
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 0],
    ]);
  });
});

describe('cleanPolygons and cleanLines', () => {
  it('drops a polygon with its holes when its exterior collapses', () => {
    const tiny: Position[] = [
      [5, 5],
      [5.001, 5],
      [5.001, 5.001],
      [5, 5],
    ];
    expect(cleanPolygons([[tiny, tiny]], 2)).toEqual([]);
  });

  it('drops a line that rounds to a single point', () => {
    expect(
      cleanLines(
        [
          [
            [1.001, 1],
            [1.002, 1],
          ],
        ],
        2,
      ),
    ).toEqual([]);
  });
});

describe('rewindToRfc7946', () => {
  it("turns d3's clockwise exterior and counter-clockwise hole into RFC 7946 winding", () => {
    const d3Polygon = squareWithHole();
    const [polygon] = rewindToRfc7946([d3Polygon]).coordinates;
    const [exterior, hole] = polygon ?? [];
    expect(booleanClockwise(exterior ?? [])).toBe(false);
    expect(booleanClockwise(hole ?? [])).toBe(true);
  });
});
