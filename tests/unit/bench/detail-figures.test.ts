import { describe, expect, it } from 'vitest';
import { detailFigures, NOT_PRESENT } from '../../../scripts/bench/figures.ts';
import { otherOriginRequests } from '../../../scripts/bench/requests.ts';
import type { Asset } from '../../../scripts/bench/static-site.ts';
import type { VisitResult } from '../../../scripts/bench/visit.ts';
import { BASE, figureById, visitOf } from './visit-fixture.ts';

const ASSETS: Asset[] = [
  { path: 'index.html', rawBytes: 2_000, gzipBytes: 1_000 },
  { path: 'assets/maplibre-gl-b.js', rawBytes: 1_100_000, gzipBytes: 295_000 },
  { path: 'basemap/land-110m.geojson', rawBytes: 76_000, gzipBytes: 27_000 },
  { path: 'basemap/world/5/9/12.pbf', rawBytes: 30_000, gzipBytes: 20_000 },
  { path: 'basemap/detail/12/1171/1567.pbf', rawBytes: 3_000, gzipBytes: 2_000 },
  { path: 'basemap/detail/12/1171/1568.pbf', rawBytes: 2_500, gzipBytes: 1_500 },
  { path: 'basemap/detail/6/18/24.pbf', rawBytes: 9_000, gzipBytes: 6_000 },
];

const visit = (paths: [string, number][], overrides: Partial<VisitResult> = {}) =>
  visitOf(ASSETS, paths, overrides);
const byId = figureById;

describe('detailFigures', () => {
  const firstView = visit([
    ['', 5],
    ['assets/maplibre-gl-b.js', 800],
    ['basemap/land-110m.geojson', 1600],
    // After the first idle: the camera moved onto the place at zoom 12.
    ['basemap/world/5/9/12.pbf', 3500],
    ['basemap/detail/12/1171/1567.pbf', 3600],
    ['basemap/detail/12/1171/1568.pbf', 3600],
  ]);
  const sharedLink = visit(
    [
      ['', 5],
      ['assets/maplibre-gl-b.js', 800],
      ['basemap/land-110m.geojson', 1600],
      ['basemap/world/5/9/12.pbf', 1700],
      ['basemap/detail/12/1171/1567.pbf', 1700],
    ],
    { popup: null },
  );

  it('sums everything a shared link loads, and the basemap a move to zoom 12 loads', () => {
    const figures = detailFigures([firstView], [sharedLink], ASSETS, BASE, 'pentagon at zoom 12');
    expect(byId(figures, 'shared-link-bytes')).toMatchObject({
      value: 1_000 + 295_000 + 27_000 + 20_000 + 2_000,
      verdict: 'pass',
    });
    expect(byId(figures, 'zoom-basemap-bytes')).toMatchObject({
      value: 20_000 + 2_000 + 1_500,
      verdict: 'pass',
    });
  });

  it('fails the move when its basemap passes 60 KB (gzip size where the transfer is unknown)', () => {
    const sized = (gzipBytes: number) =>
      ASSETS.map((a) => (a.path.includes('world') ? { ...a, gzipBytes } : a));
    const unknownSize = visit([['basemap/world/5/9/12.pbf', 3500]]);
    unknownSize.requests.forEach((r) => (r.transferredBytes = null));
    const judged = (gzipBytes: number) =>
      byId(detailFigures([unknownSize], [], sized(gzipBytes), BASE, null), 'zoom-basemap-bytes');
    expect(judged(60_000)).toMatchObject({ value: 60_000, verdict: 'pass' });
    expect(judged(60_001)).toMatchObject({ value: 60_001, verdict: 'fail' });
  });

  it('counts requests to other origins and names them', () => {
    const leaky = visit([
      ['', 5],
      ['https://tiles.example.com/seoul.pmtiles', 900],
    ]);
    const figure = byId(detailFigures([leaky], [], ASSETS, BASE, null), 'other-origin-requests');
    expect(figure).toMatchObject({ value: 1, verdict: 'fail' });
    expect(figure?.note).toContain('https://tiles.example.com/seoul.pmtiles');
  });

  it('weighs the detail tiles on disk, n/a on a build without them', () => {
    expect(byId(detailFigures([], [], ASSETS, BASE, null), 'detail-tiles-disk')).toMatchObject({
      value: 3_000 + 2_500 + 9_000,
      verdict: 'pass',
    });
    const without = ASSETS.filter((a) => !a.path.startsWith('basemap/detail/'));
    expect(byId(detailFigures([], [], without, BASE, null), 'detail-tiles-disk')).toMatchObject({
      verdict: 'n/a',
      missing: NOT_PRESENT,
    });
  });
});

describe('otherOriginRequests', () => {
  it('keeps http(s) URLs of other origins only', () => {
    expect(
      otherOriginRequests(
        [
          { url: `${BASE}index.html`, startMs: 0, transferredBytes: 1 },
          { url: 'data:image/svg+xml,<svg/>', startMs: 0, transferredBytes: null },
          { url: 'blob:http://127.0.0.1:4000/abc', startMs: 0, transferredBytes: null },
          { url: 'http://127.0.0.1:4001/x.js', startMs: 0, transferredBytes: null },
        ],
        BASE,
      ),
    ).toEqual(['http://127.0.0.1:4001/x.js']);
  });
});
