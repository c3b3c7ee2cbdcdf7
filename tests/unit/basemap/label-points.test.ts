import { booleanPointInPolygon, multiPolygon } from '@turf/turf';
import type { Feature, Point } from 'geojson';
import { describe, expect, it } from 'vitest';
import { buildLabels, DEFAULT_BASEMAP_OPTIONS } from '../../../scripts/basemap/build.ts';
import { cutPolygonsAtAntimeridian } from '../../../scripts/basemap/cut-antimeridian.ts';
import {
  labelMinZoom,
  largestPart,
  type CountryLabelProperties,
} from '../../../scripts/basemap/label-points.ts';
import { countriesOf, type CountriesTopology } from '../../../scripts/basemap/world-atlas.ts';
import { latOf, lngOf, topology110m, topology50m } from './real-data.ts';

const labels = buildLabels(topology50m, DEFAULT_BASEMAP_OPTIONS.labels);
const labelOf = (name: string): Feature<Point, CountryLabelProperties> | undefined =>
  labels.features.find((feature) => feature.properties.name === name);

/** Countries of a topology, cut at the antimeridian, by English name. */
function cutCountries(topology: CountriesTopology) {
  return new Map(
    countriesOf(topology).map((country) => [
      country.name,
      multiPolygon(cutPolygonsAtAntimeridian(country.geometry)),
    ]),
  );
}
const countries50m = cutCountries(topology50m);
const countries110m = cutCountries(topology110m);

const CHECKED = [
  'United States of America',
  'France',
  'Russia',
  'Norway',
  'Indonesia',
  'Fiji',
  'Japan',
  'South Korea',
  'Singapore',
];

describe('country labels (real world-atlas 50m countries)', () => {
  it('has one label per 50m country, with a unique rank from 1', () => {
    expect(labels.features).toHaveLength(countries50m.size);
    const ranks = labels.features.map((feature) => feature.properties.rank);
    expect(ranks).toEqual(ranks.map((_, index) => index + 1));
  });

  it('puts every label inside its own country at 50m', () => {
    const outside = labels.features
      .filter((label) => {
        const country = countries50m.get(label.properties.name);
        return !country || !booleanPointInPolygon(label, country);
      })
      .map((label) => label.properties.name);
    expect(outside).toEqual([]);
  });

  it.each(CHECKED)('puts the %s label inside that country at 110m too, if 110m has it', (name) => {
    const label = labelOf(name);
    const country = countries110m.get(name);
    expect(label).toBeDefined();
    if (label && country) expect(booleanPointInPolygon(label, country)).toBe(true);
  });

  it('labels the USA in the lower 48, not Alaska or between the parts', () => {
    const [lng, lat] = labelOf('United States of America')?.geometry.coordinates ?? [];
    expect(lng).toBeGreaterThan(-125);
    expect(lng).toBeLessThan(-67);
    expect(lat).toBeGreaterThan(25);
    expect(lat).toBeLessThan(49);
  });

  it('labels France in metropolitan France, not French Guiana', () => {
    const [lng, lat] = labelOf('France')?.geometry.coordinates ?? [];
    expect(lng).toBeGreaterThan(-5);
    expect(lng).toBeLessThan(8);
    expect(lat).toBeGreaterThan(42);
    expect(lat).toBeLessThan(51);
  });

  it('labels Russia in its western part, not on Chukotka across 180°', () => {
    const [lng] = labelOf('Russia')?.geometry.coordinates ?? [];
    expect(lng).toBeGreaterThan(30);
    expect(lng).toBeLessThan(150);
  });

  it('shows big countries from zoom 0 and Singapore only when zoomed in', () => {
    expect(labelOf('Russia')?.properties.minzoom).toBe(0);
    expect(labelOf('United States of America')?.properties.minzoom).toBe(0);
    expect(labelOf('France')?.properties.minzoom).toBeLessThanOrEqual(2);
    expect(labelOf('Singapore')?.properties.minzoom).toBeGreaterThanOrEqual(5);
  });

  it("places no label south of 60°S except Antarctica's", () => {
    const farSouth = labels.features.filter((label) => latOf(label.geometry.coordinates) < -60);
    expect(farSouth.map((label) => label.properties.name)).toEqual(['Antarctica']);
  });

  it("keeps world-atlas's ISO numeric ids as strings, and null where it has none", () => {
    expect(labelOf('South Korea')?.properties.id).toBe('410');
    expect(labelOf('Afghanistan')?.properties.id).toBe('004');
    expect(labelOf('Kosovo')?.properties.id).toBeNull();
  });
});

describe('largestPart', () => {
  it('picks the bigger half of a shape cut at 180° (Russia: the west, not Chukotka)', () => {
    const russia = countriesOf(topology110m).find((country) => country.name === 'Russia');
    const part = largestPart(russia ? cutPolygonsAtAntimeridian(russia.geometry) : []);
    const lngs = (part?.polygon[0] ?? []).map(lngOf);
    expect(Math.min(...lngs)).toBeGreaterThan(0);
    expect(part?.areaKm2).toBeGreaterThan(10e6);
  });

  it('returns null for a country with no polygon', () => {
    expect(largestPart([])).toBeNull();
  });
});

describe('labelMinZoom', () => {
  it('gets larger as the area shrinks', () => {
    const zooms = [1e7, 1e6, 1e5, 1e4, 1e3, 10].map((areaKm2) => labelMinZoom(areaKm2, 0));
    expect(zooms).toEqual([...zooms].sort((a, b) => a - b));
    expect(zooms[0]).toBe(0);
    expect(zooms[zooms.length - 1]).toBeGreaterThan(6);
  });

  it('shows a high-latitude country earlier, since Web Mercator enlarges it', () => {
    expect(labelMinZoom(3e5, 65)).toBeLessThan(labelMinZoom(3e5, 0));
  });

  it('stays within 0 and maxMinzoom', () => {
    expect(labelMinZoom(1e9, 0)).toBe(0);
    expect(labelMinZoom(0, 0)).toBe(DEFAULT_BASEMAP_OPTIONS.labels.maxMinzoom);
  });
});
