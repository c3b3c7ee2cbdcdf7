import { booleanPointInPolygon } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { labelPoint } from '../../../src/geo/label-point.ts';

describe('labelPoint', () => {
  it('labels a point at the point', () => {
    expect(labelPoint({ type: 'Point', coordinates: [129.1062, 35.0982] })).toEqual([
      129.1062, 35.0982,
    ]);
  });

  it('labels a polygon inside it, even a concave one', () => {
    // An L shape whose centroid falls outside the shape.
    const polygon = {
      type: 'Polygon' as const,
      coordinates: [
        [
          [0, 0],
          [10, 0],
          [10, 2],
          [2, 2],
          [2, 10],
          [0, 10],
          [0, 0],
        ],
      ],
    };
    const point = labelPoint(polygon);
    expect(booleanPointInPolygon(point, polygon)).toBe(true);
  });

  it('labels the larger half of a polygon split at the antimeridian', () => {
    const multi = {
      type: 'MultiPolygon' as const,
      coordinates: [
        [
          [
            [170, -10],
            [180, -10],
            [180, 10],
            [170, 10],
            [170, -10],
          ],
        ],
        [
          [
            [-180, -10],
            [-178, -10],
            [-178, 10],
            [-180, 10],
            [-180, -10],
          ],
        ],
      ],
    };
    const [lng] = labelPoint(multi);
    expect(lng).toBeGreaterThan(170);
    expect(lng).toBeLessThan(180);
  });

  it('labels a line half way along it', () => {
    const [lng, lat] = labelPoint({
      type: 'LineString',
      coordinates: [
        [0, 0],
        [0, 10],
      ],
    });
    expect(lng).toBeCloseTo(0, 6);
    expect(lat).toBeCloseTo(5, 1);
  });

  it('labels points spread across the antimeridian between them, not on the far side', () => {
    const [lng] = labelPoint({
      type: 'MultiPoint',
      coordinates: [
        [170, 0],
        [-170, 0],
      ],
    });
    expect(Math.abs(lng)).toBeCloseTo(180, 6);
  });
});
