import { describe, expect, it } from 'vitest';
import {
  BASEMAP_PATTERN,
  firstRequestMatching,
  groupAssets,
  groupOf,
  MAPLIBRE_PATTERN,
  sitePath,
  transferredBytesOf,
  type RequestRecord,
} from '../../../scripts/bench/requests.ts';
import type { Asset } from '../../../scripts/bench/static-site.ts';
import { BASE } from './visit-fixture.ts';

/** The assets of a build, sizes as the bench measured them on one build of ncg-2024. */
const ASSETS: Asset[] = [
  { path: 'index.html', rawBytes: 693, gzipBytes: 410 },
  { path: 'assets/index-D3FRi6xb.js', rawBytes: 121_300, gzipBytes: 43_600 },
  { path: 'assets/maplibre-gl-BUwiJpK_.js', rawBytes: 1_106_500, gzipBytes: 295_400 },
  { path: 'assets/maplibre-gl-worker-DTh23QKw.js', rawBytes: 519_800, gzipBytes: 148_100 },
  { path: 'basemap/land-110m.geojson', rawBytes: 76_600, gzipBytes: 27_400 },
  { path: 'basemap/land-50m.geojson', rawBytes: 746_500, gzipBytes: 224_800 },
  { path: 'assets/noto-sans-greek-400-normal-x.woff2', rawBytes: 9_000, gzipBytes: 9_100 },
];

const request = (path: string, startMs: number, transferredBytes: number | null = null) =>
  ({ url: `${BASE}${path}`, startMs, transferredBytes }) satisfies RequestRecord;

const VISIT: RequestRecord[] = [
  request('?story=ncg-2024', 4, 410),
  request('assets/index-D3FRi6xb.js', 97, 43_600),
  request('assets/maplibre-gl-BUwiJpK_.js', 819, 295_400),
  request('assets/maplibre-gl-worker-DTh23QKw.js', 1276),
  request('basemap/land-110m.geojson', 1649, 27_400),
  request('basemap/land-50m.geojson', 3097, 224_800),
];

describe('sitePath', () => {
  it('names the page itself index.html and drops the query and hash', () => {
    expect(sitePath(`${BASE}?story=ncg-2024#place=seoul-mnd`, BASE)).toBe('index.html');
    expect(sitePath(`${BASE}basemap/land-110m.geojson?v=1`, BASE)).toBe(
      'basemap/land-110m.geojson',
    );
  });

  it('works for a site served from a folder', () => {
    expect(sitePath('https://cdn.example/maps/assets/a.js', 'https://cdn.example/maps/')).toBe(
      'assets/a.js',
    );
  });

  it('leaves out other origins and data: and blob: URLs, which the site does not serve', () => {
    expect(sitePath('https://tiles.example/0/0/0.pbf', BASE)).toBeNull();
    expect(sitePath('data:,', BASE)).toBeNull();
    expect(sitePath('blob:http://127.0.0.1:4000/1234', BASE)).toBeNull();
  });
});

describe('groupOf', () => {
  it('puts what started before the preview painted with the preview', () => {
    const milestones = { previewPaintMs: 300, mapIdleMs: 2000 };
    expect([100, 300, 301, 2000, 2001].map((ms) => groupOf(ms, milestones))).toEqual([
      'preview',
      'preview',
      'interactive',
      'interactive',
      'later',
    ]);
  });

  it('has no preview group on a page without a preview', () => {
    expect(groupOf(10, { previewPaintMs: null, mapIdleMs: 2000 })).toBe('interactive');
  });

  it('counts everything as later when the map never went idle', () => {
    expect(groupOf(10, { previewPaintMs: null, mapIdleMs: null })).toBe('later');
  });
});

describe('groupAssets', () => {
  const grouped = groupAssets(ASSETS, VISIT, { previewPaintMs: null, mapIdleMs: 2900 }, BASE);
  const groupOfPath = (path: string) => grouped.find((asset) => asset.path === path)?.group;

  it('lists every asset of the site, requested or not', () => {
    expect(grouped.map((asset) => asset.path)).toEqual(ASSETS.map((asset) => asset.path));
  });

  it('sorts the first view into interactive and the finer basemap into later', () => {
    expect(groupOfPath('basemap/land-110m.geojson')).toBe('interactive');
    expect(groupOfPath('basemap/land-50m.geojson')).toBe('later');
  });

  it('marks fonts for scripts the story does not use as not requested', () => {
    expect(grouped.find((a) => a.path.includes('greek'))).toMatchObject({
      group: 'not requested',
      firstRequestMs: null,
      transferredBytes: null,
    });
  });

  it('takes the first request of an asset requested twice', () => {
    const twice = groupAssets(
      ASSETS,
      [...VISIT, request('basemap/land-110m.geojson', 5000, 0)],
      { previewPaintMs: null, mapIdleMs: 2900 },
      BASE,
    );
    expect(twice.find((a) => a.path === 'basemap/land-110m.geojson')).toMatchObject({
      firstRequestMs: 1649,
      transferredBytes: 27_400,
    });
  });
});

describe('transferredBytesOf', () => {
  const grouped = groupAssets(ASSETS, VISIT, { previewPaintMs: null, mapIdleMs: 2900 }, BASE);

  it('sums what went over the wire, the gzip size standing in where that is unknown', () => {
    // The worker's transfer size is unknown in VISIT: its gzip size counts instead.
    expect(transferredBytesOf(grouped, ['interactive'])).toBe(
      410 + 43_600 + 295_400 + 148_100 + 27_400,
    );
  });

  it('sums only the assets a filter keeps, e.g. the basemap', () => {
    expect(
      transferredBytesOf(grouped, ['preview', 'interactive'], (a) => BASEMAP_PATTERN.test(a.path)),
    ).toBe(27_400);
  });
});

describe('firstRequestMatching', () => {
  it('finds when MapLibre was first requested, by the names Vite gives its chunks', () => {
    expect(firstRequestMatching(VISIT, MAPLIBRE_PATTERN, BASE)).toBe(819);
  });

  it('gives null when nothing matched', () => {
    expect(firstRequestMatching(VISIT.slice(0, 2), MAPLIBRE_PATTERN, BASE)).toBeNull();
  });
});
