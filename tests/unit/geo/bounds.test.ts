import { describe, expect, it } from 'vitest';
import {
  boundsOf,
  centerOf,
  shortestLngSpan,
  toCameraBounds,
  wrapLng,
} from '../../../src/geo/bounds.ts';

const point = (lng: number, lat: number) => ({ type: 'Point' as const, coordinates: [lng, lat] });

describe('wrapLng', () => {
  it('wraps longitudes past the antimeridian into [-180, 180]', () => {
    expect([wrapLng(190), wrapLng(-190), wrapLng(540), wrapLng(0)]).toEqual([-170, 170, 180, 0]);
  });
});

describe('shortestLngSpan', () => {
  it('spans the Pacific for Singapore, Seoul and Washington, not Europe', () => {
    expect(shortestLngSpan([103.8, 126.98, -77.04])).toEqual({ west: 103.8, east: -77.04 });
  });

  it('spans the Atlantic for Washington and London', () => {
    expect(shortestLngSpan([-77.04, -0.13])).toEqual({ west: -77.04, east: -0.13 });
  });

  it('keeps a single longitude as a zero-width span', () => {
    expect(shortestLngSpan([42])).toEqual({ west: 42, east: 42 });
  });

  it('joins the two halves of a shape split at 180° across the antimeridian', () => {
    expect(shortestLngSpan([178, 180, -180, -179])).toEqual({ west: 178, east: -179 });
  });
});

describe('boundsOf', () => {
  it('frames the ncg-2024 places across the Pacific', () => {
    const bbox = boundsOf([
      point(126.9777, 37.5335),
      point(103.8265, 1.3112),
      point(-77.465, 39.648),
      point(-77.0365, 38.8977),
    ]);
    expect(bbox).toEqual([103.8265, 1.3112, -77.0365, 39.648]);
  });

  it('returns null when there is nothing to frame', () => {
    expect(boundsOf([])).toBeNull();
  });

  it('reads every ring of a polygon', () => {
    const polygon = {
      type: 'Polygon' as const,
      coordinates: [
        [
          [125.8, 31.8],
          [127.8, 31.8],
          [127.8, 32.85],
          [125.8, 32.85],
          [125.8, 31.8],
        ],
      ],
    };
    expect(boundsOf([polygon])).toEqual([125.8, 31.8, 127.8, 32.85]);
  });
});

describe('toCameraBounds', () => {
  it('unwraps the east edge past 180° when the box crosses the antimeridian', () => {
    expect(toCameraBounds([103.8, 1.3, -77, 39.6])).toEqual([
      [103.8, 1.3],
      [283, 39.6],
    ]);
  });

  it('leaves a box that does not cross the antimeridian as it is', () => {
    expect(toCameraBounds([-10, 30, 20, 50])).toEqual([
      [-10, 30],
      [20, 50],
    ]);
  });
});

describe('centerOf', () => {
  it('puts the centre of a trans-Pacific box over the Pacific', () => {
    const [lng, lat] = centerOf([103.8, 1.3, -77, 39.6]);
    expect(lng).toBeCloseTo(-166.6, 5);
    expect(lat).toBeCloseTo(20.45, 5);
  });
});
