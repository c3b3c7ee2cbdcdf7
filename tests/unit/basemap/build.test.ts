import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  buildBasemapLayers,
  labelsInLanguage,
  serializeBasemap,
} from '../../../scripts/basemap/build.ts';
import { collectHashInputs } from '../../../scripts/basemap/inputs.ts';
import {
  buildManifest,
  checkBudgets,
  FIRST_VIEW_BUDGET_GZIP_BYTES,
  hashInputs,
  isManifestCurrent,
} from '../../../scripts/basemap/manifest.ts';
import { root, topology110m, topology50m } from './real-data.ts';

const files = serializeBasemap(buildBasemapLayers(topology110m, topology50m));
const gzipBytes = (name: string) => {
  const file = files.find((candidate) => candidate.name === name);
  return file ? gzipSync(Buffer.from(file.text), { level: 9 }).length : Infinity;
};

describe('basemap files (real world-atlas data, default options)', () => {
  it('writes the files the style expects, country labels once per language', () => {
    expect(files.map((file) => file.name).sort()).toEqual([
      'borders-110m.geojson',
      'borders-50m.geojson',
      'country-labels-en.geojson',
      'country-labels-ja.geojson',
      'country-labels-ko.geojson',
      'land-110m.geojson',
      'land-50m.geojson',
    ]);
  });

  it('keeps the first view (110m land and borders, one language of labels) within 120 KB gzip', () => {
    for (const language of ['en', 'ko', 'ja']) {
      const firstView =
        gzipBytes('land-110m.geojson') +
        gzipBytes('borders-110m.geojson') +
        gzipBytes(`country-labels-${language}.geojson`);
      expect(firstView).toBeLessThanOrEqual(FIRST_VIEW_BUDGET_GZIP_BYTES);
    }
  });

  it("names each country in the file's language, in English where no name is known", () => {
    const names = (language: string) =>
      new Map(
        (
          JSON.parse(
            files.find((file) => file.name === `country-labels-${language}.geojson`)?.text ?? '',
          ) as { features: { properties: { name: string; rank: number } }[] }
        ).features.map((feature) => [feature.properties.rank, feature.properties.name]),
      );
    const [en, ko, ja] = [names('en'), names('ko'), names('ja')];
    const rankOf = (name: string) => [...en].find(([, value]) => value === name)?.[0] ?? -1;
    expect(ko.get(rankOf('South Korea'))).toBe('대한민국');
    expect(ja.get(rankOf('Japan'))).toBe('日本');
    expect(ko.size).toBe(en.size);
    expect(ja.size).toBe(en.size);
  });

  it('falls back to the English name, and keeps only what the style reads', () => {
    const label = {
      type: 'Feature' as const,
      geometry: { type: 'Point' as const, coordinates: [20.9, 42.6] },
      properties: { name: 'Kosovo', name_ja: 'コソボ', id: null, rank: 150, minzoom: 6 },
    };
    const collection = { type: 'FeatureCollection' as const, features: [label] };
    expect(labelsInLanguage(collection, 'ko').features[0]?.properties).toEqual({
      name: 'Kosovo',
      rank: 150,
      minzoom: 6,
    });
    expect(labelsInLanguage(collection, 'ja').features[0]?.properties.name).toBe('コソボ');
  });

  it('keeps the 50m files within 400 KB gzip together', () => {
    expect(gzipBytes('land-50m.geojson') + gzipBytes('borders-50m.geojson')).toBeLessThanOrEqual(
      400_000,
    );
  });

  it('writes valid JSON FeatureCollections', () => {
    const types = files.map((file) => (JSON.parse(file.text) as { type: string }).type);
    expect(new Set(types)).toEqual(new Set(['FeatureCollection']));
  });
});

describe('manifest', () => {
  const manifest = buildManifest(files, 'sha256:test', 'Natural Earth via world-atlas 2.0.2');

  it('lists every file with its raw and gzip size', () => {
    const land = manifest.files.find((file) => file.name === 'land-110m.geojson');
    expect(land?.bytes).toBe(Buffer.byteLength(files[0]?.text ?? ''));
    expect(land?.gzipBytes).toBe(gzipBytes('land-110m.geojson'));
    expect(manifest.files).toHaveLength(files.length);
  });

  it('carries the Natural Earth attribution with its link', () => {
    expect(manifest.attribution.text).toBe('Natural Earth');
    expect(manifest.attribution.url).toBe('https://www.naturalearthdata.com/');
  });

  it('passes the budgets', () => {
    expect(checkBudgets(manifest)).toEqual([]);
  });

  it('reports a first view over budget', () => {
    const heavy = { ...manifest, firstViewGzipBytes: FIRST_VIEW_BUDGET_GZIP_BYTES + 1 };
    expect(checkBudgets(heavy)).toHaveLength(1);
  });
});

describe('build cache', () => {
  const sizes = new Map([
    ['a.geojson', 10],
    ['b.geojson', 20],
  ]);
  const manifest = {
    inputsHash: 'sha256:x',
    files: [...sizes].map(([name, bytes]) => ({ name, bytes })),
  };
  const sizeOf = (name: string) => sizes.get(name) ?? null;

  it('skips the build when the hash matches and every file is there with its size', () => {
    expect(isManifestCurrent(manifest, 'sha256:x', sizeOf)).toBe(true);
  });

  it('rebuilds when the inputs changed', () => {
    expect(isManifestCurrent(manifest, 'sha256:y', sizeOf)).toBe(false);
  });

  it('rebuilds when an output is missing or has another size', () => {
    expect(isManifestCurrent(manifest, 'sha256:x', () => null)).toBe(false);
    expect(isManifestCurrent(manifest, 'sha256:x', () => 11)).toBe(false);
  });

  it('rebuilds when there is no readable manifest', () => {
    expect(isManifestCurrent(null, 'sha256:x', sizeOf)).toBe(false);
    expect(isManifestCurrent({ files: 'nope' }, 'sha256:x', sizeOf)).toBe(false);
  });
});

describe('hashInputs', () => {
  it('does not depend on the order of the inputs', () => {
    const a = { name: 'a', content: '1' };
    const b = { name: 'b', content: '2' };
    expect(hashInputs([a, b])).toBe(hashInputs([b, a]));
  });

  it('changes when any content changes', () => {
    expect(hashInputs([{ name: 'a', content: '1' }])).not.toBe(
      hashInputs([{ name: 'a', content: '2' }]),
    );
  });

  it("covers world-atlas's version and the build's own source", () => {
    const names = collectHashInputs(root).map((input) => input.name);
    expect(names).toContain('package:world-atlas');
    expect(names).toContain('scripts/build-basemap.ts');
    expect(names).toContain('scripts/basemap/cut-antimeridian.ts');
  });
});
