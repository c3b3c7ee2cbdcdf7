import { describe, expect, it } from 'vitest';
import {
  FIRST_VIEW_MAX_ZOOM,
  previewProjection,
  zoomOfScale,
} from '../../../scripts/preview/projection.ts';
import type { Bbox } from '../../../src/geo/bounds.ts';

const WIDTH = 1200;
const HEIGHT = 675;
const PADDING = { top: 70, right: 110, bottom: 70, left: 110 };
// Singapore east across the Pacific to Washington, as boundsOf gives it (RFC 7946: west > east).
const PACIFIC: Bbox = [103.85, 1.29, -77.04, 39.65];

const SEOUL: [number, number] = [126.98, 37.57];
const SINGAPORE: [number, number] = [103.85, 1.29];
const WASHINGTON: [number, number] = [-77.04, 38.9];

describe('previewProjection', () => {
  it('across the antimeridian: Asia on the left, Washington on the right, the Pacific between', () => {
    const projection = previewProjection(PACIFIC, WIDTH, HEIGHT, PADDING);
    const [seoulX] = projection(SEOUL) ?? [NaN];
    const [singaporeX] = projection(SINGAPORE) ?? [NaN];
    const [washingtonX] = projection(WASHINGTON) ?? [NaN];
    const [datelineX] = projection([180, 20]) ?? [NaN];
    expect(singaporeX).toBeCloseTo(PADDING.left, 0);
    expect(washingtonX).toBeCloseTo(WIDTH - PADDING.right, 0);
    expect(seoulX).toBeGreaterThan(singaporeX as number);
    expect(datelineX).toBeGreaterThan(seoulX as number);
    expect(datelineX).toBeLessThan(washingtonX as number);
  });

  it('never shows Europe for a Pacific story', () => {
    const projection = previewProjection(PACIFIC, WIDTH, HEIGHT, PADDING);
    const [parisX] = projection([2.35, 48.86]) ?? [NaN];
    expect((parisX as number) < 0 || (parisX as number) > WIDTH).toBe(true);
  });

  it('keeps every corner of an ordinary box inside the padding', () => {
    const box: Bbox = [126.8, 33.1, 129.2, 37.7];
    const projection = previewProjection(box, WIDTH, HEIGHT, PADDING);
    for (const corner of [
      [126.8, 33.1],
      [129.2, 37.7],
    ] as [number, number][]) {
      const [x, y] = projection(corner) ?? [NaN, NaN];
      expect(x).toBeGreaterThanOrEqual(PADDING.left - 0.5);
      expect(x).toBeLessThanOrEqual(WIDTH - PADDING.right + 0.5);
      expect(y).toBeGreaterThanOrEqual(PADDING.top - 0.5);
      expect(y).toBeLessThanOrEqual(HEIGHT - PADDING.bottom + 0.5);
    }
  });

  it('does not zoom in without end on a single point: it centres it at the first view’s cap', () => {
    const projection = previewProjection([126.98, 37.57, 126.98, 37.57], WIDTH, HEIGHT, PADDING);
    expect(Number.isFinite(projection.scale())).toBe(true);
    expect(zoomOfScale(projection.scale())).toBeCloseTo(FIRST_VIEW_MAX_ZOOM, 6);
    const [x, y] = projection(SEOUL) ?? [NaN, NaN];
    // Centred: exactly across, and within a few pixels up and down (Mercator stretches north).
    expect(x).toBeCloseTo(WIDTH / 2, 0);
    expect(Math.abs((y as number) - HEIGHT / 2)).toBeLessThan(3);
  });
  it('frames places a few streets apart at the cap, centred, all inside the padding', () => {
    const box: Bbox = [126.975, 37.531, 126.98, 37.534];
    const projection = previewProjection(box, WIDTH, HEIGHT, PADDING);
    expect(zoomOfScale(projection.scale())).toBeCloseTo(FIRST_VIEW_MAX_ZOOM, 6);
    const [westX, northY] = projection([126.975, 37.534]) ?? [NaN, NaN];
    const [eastX, southY] = projection([126.98, 37.534 - 0.003]) ?? [NaN, NaN];
    expect(((westX as number) + (eastX as number)) / 2).toBeCloseTo(WIDTH / 2, 0);
    expect(((northY as number) + (southY as number)) / 2).toBeCloseTo(HEIGHT / 2, 0);
    expect(westX).toBeGreaterThan(PADDING.left);
    expect(eastX).toBeLessThan(WIDTH - PADDING.right);
  });

  it('fits places across a city below the cap, filling the width or the height', () => {
    const box: Bbox = [126.9145, 37.5319, 126.9777, 37.5547];
    const projection = previewProjection(box, WIDTH, HEIGHT, PADDING);
    const zoom = zoomOfScale(projection.scale());
    expect(zoom).toBeGreaterThan(12);
    expect(zoom).toBeLessThan(FIRST_VIEW_MAX_ZOOM);
    const [westX] = projection([126.9145, 37.5319]) ?? [NaN];
    const [eastX] = projection([126.9777, 37.5547]) ?? [NaN];
    expect(westX).toBeCloseTo(PADDING.left, 0);
    expect(eastX).toBeCloseTo(WIDTH - PADDING.right, 0);
  });
});

describe('zoomOfScale', () => {
  it('matches Web Mercator: zoom 0 is one 512-pixel world', () => {
    expect(zoomOfScale(512 / (2 * Math.PI))).toBeCloseTo(0, 10);
    expect(zoomOfScale(1024 / (2 * Math.PI))).toBeCloseTo(1, 10);
  });
});
