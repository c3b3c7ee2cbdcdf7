/**
 * Great-circle lines, checked against golden files (tests/fixtures/great-circle/in → out; run
 * with UPDATE_GOLDEN=1 to rewrite the out files, then look at the diff) and against properties
 * that hold for any great circle.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { distance, greatCircle as turfGreatCircle } from '@turf/turf';
import type { FeatureCollection, LineString, Point, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { greatCircle, unwrapLongitudes } from '../../../src/geo/great-circle.ts';

const FIXTURES = fileURLToPath(new URL('../../fixtures/great-circle/', import.meta.url));
const UPDATE = process.env['UPDATE_GOLDEN'] === '1';

interface GoldenInput extends FeatureCollection<Point, { name: string }> {
  description: string;
  options?: { stepDegrees?: number };
}

function readInput(name: string): GoldenInput {
  return JSON.parse(readFileSync(path.join(FIXTURES, 'in', name), 'utf8')) as GoldenInput;
}

function endsOf(input: GoldenInput): [Position, Position] {
  const [from, to] = input.features.map((feature) => feature.geometry.coordinates);
  if (!from || !to) throw new Error('a fixture has two points');
  return [from, to];
}

/** Six decimals (about 0.1 m): enough to see a change, stable across machines. */
function rounded(positions: Position[]): Position[] {
  return positions.map((position) => position.map((value) => Math.round(value * 1e6) / 1e6 + 0));
}

function goldenOutput(input: GoldenInput) {
  const [from, to] = endsOf(input);
  const coordinates = rounded(greatCircle(from, to, input.options));
  return {
    type: 'FeatureCollection',
    description: input.description,
    features: [
      {
        type: 'Feature',
        properties: { name: input.features.map((f) => f.properties.name).join(' → ') },
        geometry: { type: 'LineString', coordinates },
      },
      ...input.features,
    ],
  };
}

const inputs = readdirSync(path.join(FIXTURES, 'in')).filter((name) => name.endsWith('.json'));

describe('greatCircle golden files', () => {
  it('has a Seoul–Washington case across 180°, among others', () => {
    expect(inputs).toContain('seoul-washington.json');
    expect(inputs.length).toBeGreaterThanOrEqual(6);
  });

  for (const name of inputs) {
    it(`matches out/${name}`, () => {
      const output = goldenOutput(readInput(name));
      const outFile = path.join(FIXTURES, 'out', name);
      if (UPDATE) writeFileSync(outFile, `${JSON.stringify(output, null, 2)}\n`);
      expect(output).toEqual(JSON.parse(readFileSync(outFile, 'utf8')));
    });
  }
});

/** Longitude difference folded into (-180, 180]. */
function lngDelta(a: number, b: number): number {
  return ((((b - a) % 360) + 540) % 360) - 180;
}

describe('greatCircle', () => {
  const seoul: Position = [126.978, 37.5665];
  const washington: Position = [-77.0365, 38.8977];

  it('draws Seoul–Washington as one line across 180°, longitudes rising past 180 without a jump', () => {
    const line = greatCircle(seoul, washington);
    const lngs = line.map((position) => position[0] as number);
    expect(lngs[0]).toBe(126.978);
    expect(lngs[lngs.length - 1]).toBeCloseTo(-77.0365 + 360, 9);
    for (let i = 1; i < lngs.length; i++) {
      expect(lngs[i] as number).toBeGreaterThan(lngs[i - 1] as number);
      expect((lngs[i] as number) - (lngs[i - 1] as number)).toBeLessThan(5);
    }
    // It crosses 180° once, far north, as the flight path does (over the Bering Sea).
    const crossing = line.findIndex((position) => (position[0] as number) > 180);
    expect(line[crossing]?.[1]).toBeGreaterThan(55);
  });

  it('runs westward past -180 when drawn from Washington to Seoul', () => {
    const line = greatCircle(washington, seoul);
    const last = line[line.length - 1] as Position;
    expect(last[0]).toBeCloseTo(126.978 - 360, 9);
    expect(line.every((p, i) => i === 0 || (p[0] as number) < (line[i - 1]?.[0] as number))).toBe(
      true,
    );
  });

  it('keeps every position on the great circle: no detour, the same total distance', () => {
    for (const name of inputs.filter((n) => !['antipodes.json', 'same-place.json'].includes(n))) {
      const [from, to] = endsOf(readInput(name));
      const total = distance(from, to);
      for (const position of greatCircle(from, to)) {
        const wrapped: Position = [lngDelta(0, position[0] as number), position[1] as number];
        const via = distance(from, wrapped) + distance(wrapped, to);
        expect(via, `${name} at ${position.join(',')}`).toBeCloseTo(total, 3);
      }
    }
  });

  it('spaces positions no further apart than the step asked for', () => {
    const line = greatCircle(seoul, washington, { stepDegrees: 2 });
    const stepKm = (2 * Math.PI * 6371.0088 * 2) / 360;
    for (let i = 1; i < line.length; i++) {
      const a = line[i - 1] as Position;
      const b = line[i] as Position;
      expect(
        distance(
          [lngDelta(0, a[0] as number), a[1] as number],
          [lngDelta(0, b[0] as number), b[1] as number],
        ),
      ).toBeLessThanOrEqual(stepKm + 1e-6);
    }
  });

  it('agrees with turf where turf is right: a line that does not cross 180°', () => {
    const singapore: Position = [103.8198, 1.3521];
    const ours = greatCircle(singapore, seoul);
    const turf = turfGreatCircle(singapore, seoul, { npoints: ours.length });
    expect(turf.geometry.type).toBe('LineString');
    const theirs = (turf.geometry as LineString).coordinates;
    expect(theirs).toHaveLength(ours.length);
    ours.forEach((position, i) => {
      expect(position[0]).toBeCloseTo(theirs[i]?.[0] as number, 6);
      expect(position[1]).toBeCloseTo(theirs[i]?.[1] as number, 6);
    });
  });
});

describe('unwrapLongitudes', () => {
  it('moves a longitude past 180 instead of jumping to -180', () => {
    expect(
      unwrapLongitudes([
        [170, 0],
        [-170, 1],
        [-160, 2],
      ]),
    ).toEqual([
      [170, 0],
      [190, 1],
      [200, 2],
    ]);
  });

  it('moves a longitude below -180 going west', () => {
    expect(
      unwrapLongitudes([
        [-175, 5],
        [179, 5],
      ]),
    ).toEqual([
      [-175, 5],
      [-181, 5],
    ]);
  });

  it('undoes whole turns, leaves continuous lines and extra coordinates alone', () => {
    expect(
      unwrapLongitudes([
        [10, 0, 100],
        [10 + 720, 1, 200],
        [25, 2, 300],
      ]),
    ).toEqual([
      [10, 0, 100],
      [10, 1, 200],
      [25, 2, 300],
    ]);
    expect(unwrapLongitudes([])).toEqual([]);
  });
});
