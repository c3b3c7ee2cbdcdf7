import { describe, expect, it } from 'vitest';
import type { GeometryInput } from '../../../src/story/schema.ts';
import { checkGeometry, explainPosition } from '../../../src/story/check-geometry.ts';
import { MAX_KINK_CHECK_POSITIONS, signedArea } from '../../../src/story/check-polygon.ts';

describe('explainPosition', () => {
  it('accepts positions on the globe, with or without altitude', () => {
    expect(explainPosition([180, -90])).toBeUndefined();
    expect(explainPosition([-180, 90, 1200])).toBeUndefined();
  });

  it('suggests swapping when that would put the position on the globe', () => {
    expect(explainPosition([37.5, 126.9])).toContain('write [126.9, 37.5]');
  });

  it('suggests the wrapped longitude for a longitude just past 180', () => {
    expect(explainPosition([190, 10])).toContain('write -170');
    expect(explainPosition([-190, 10])).toContain('write 170');
  });

  it('rejects latitudes past the poles and non-finite numbers', () => {
    expect(explainPosition([200, 95])).toBe('latitude 95 is outside -90..90: fix the position');
    expect(explainPosition([Number.POSITIVE_INFINITY, 0])).toContain('too large');
    expect(explainPosition([Number.NaN, 0])).toContain('too large');
  });
});

describe('signedArea', () => {
  it('is positive for counter-clockwise rings', () => {
    expect(
      signedArea([
        [0, 0],
        [1, 0],
        [1, 1],
        [0, 0],
      ]),
    ).toBe(0.5);
    expect(
      signedArea([
        [0, 0],
        [1, 1],
        [1, 0],
        [0, 0],
      ]),
    ).toBe(-0.5);
  });
});

describe('checkGeometry', () => {
  it('does not report polygon halves that meet at the antimeridian', () => {
    const west = [
      [170, 0],
      [180, 0],
      [180, 10],
      [170, 10],
      [170, 0],
    ];
    const east = [
      [-180, 0],
      [-170, 0],
      [-170, 10],
      [-180, 10],
      [-180, 0],
    ];
    const result = checkGeometry({ type: 'MultiPolygon', coordinates: [[west], [east]] }, '');
    expect(result.drafts).toEqual([]);
    expect(result.geometry?.type).toBe('MultiPolygon');
  });

  it('ignores a repeated position in a ring instead of calling it a crossing', () => {
    const ring = [
      [0, 0],
      [1, 0],
      [1, 0],
      [1, 1],
      [0, 1],
      [0, 0],
    ];
    expect(checkGeometry({ type: 'Polygon', coordinates: [ring] }, '').drafts).toEqual([]);
  });

  it('reports a ring whose positions lie on one line', () => {
    const ring = [
      [0, 0],
      [1, 1],
      [2, 2],
      [0, 0],
    ];
    const result = checkGeometry({ type: 'Polygon', coordinates: [ring] }, '/g');
    expect(result.drafts).toEqual([
      {
        pointer: '/g/coordinates/0',
        message: expect.stringContaining('encloses no area') as string,
        severity: 'error',
      },
    ]);
  });

  it('warns instead of checking crossings on a very large polygon', () => {
    const n = MAX_KINK_CHECK_POSITIONS + 10;
    const ring = Array.from({ length: n }, (_, i) => [
      Math.cos((2 * Math.PI * i) / n),
      Math.sin((2 * Math.PI * i) / n),
    ]);
    ring.push(ring[0] ?? [1, 0]);
    const result = checkGeometry({ type: 'Polygon', coordinates: [ring] }, '');
    expect(result.drafts.map((d) => d.severity)).toEqual(['warning']);
    expect(result.geometry).toBeDefined();
  });

  it('copies the geometry without foreign members', () => {
    const input = {
      type: 'Point',
      coordinates: [1, 2],
      bbox: [1, 2, 1, 2],
      style: 'x',
    } as GeometryInput;
    expect(checkGeometry(input, '').geometry).toEqual({ type: 'Point', coordinates: [1, 2] });
  });
});
