import { describe, expect, it } from 'vitest';
import {
  byteFigures,
  embedFigures,
  lighthouseFigures,
  NOT_PRESENT,
  scaleFigures,
  timeFigures,
} from '../../../scripts/bench/figures.ts';
import type { LighthouseFigures } from '../../../scripts/bench/lighthouse.ts';
import type { PageMilestones } from '../../../scripts/bench/page-probes.ts';
import type { Asset } from '../../../scripts/bench/static-site.ts';
import type { VisitResult } from '../../../scripts/bench/visit.ts';
import { BASE, figureById, milestones, visitOf } from './visit-fixture.ts';

const ASSETS: Asset[] = [
  { path: 'index.html', rawBytes: 2_000, gzipBytes: 1_000 },
  { path: 'assets/preview.svg', rawBytes: 40_000, gzipBytes: 12_000 },
  { path: 'assets/index-a.js', rawBytes: 120_000, gzipBytes: 44_000 },
  { path: 'assets/maplibre-gl-b.js', rawBytes: 1_100_000, gzipBytes: 295_000 },
  { path: 'basemap/land-110m.geojson', rawBytes: 76_000, gzipBytes: 27_000 },
];

function visit(overrides: Partial<VisitResult> = {}, m: Partial<PageMilestones> = {}): VisitResult {
  const requests: [string, number][] = [
    ['', 5],
    ['assets/preview.svg', 40],
    ['assets/index-a.js', 90],
    ['assets/maplibre-gl-b.js', 800],
    ['basemap/land-110m.geojson', 1600],
  ];
  return visitOf(ASSETS, requests, { milestones: milestones(m), ...overrides });
}

const byId = figureById;

describe('byteFigures', () => {
  it('says n/a for the preview when the page has none, and still judges the map', () => {
    const figures = byteFigures([visit()], ASSETS, BASE);
    expect(byId(figures, 'preview-bytes')).toMatchObject({ verdict: 'n/a', missing: NOT_PRESENT });
    expect(byId(figures, 'interactive-bytes')).toMatchObject({
      value: 1_000 + 12_000 + 44_000 + 295_000 + 27_000,
      verdict: 'pass',
    });
    expect(byId(figures, 'basemap-first-view-bytes')).toMatchObject({ value: 27_000 });
  });

  it('counts what started before the preview painted, and how long MapLibre waited after it', () => {
    const figures = byteFigures(
      [visit({}, { previewPresent: true, previewPaintMs: 100 })],
      ASSETS,
      BASE,
    );
    expect(byId(figures, 'preview-bytes')).toMatchObject({
      value: 1_000 + 12_000 + 44_000,
      verdict: 'pass',
    });
    expect(byId(figures, 'preview-before-maplibre')).toMatchObject({ value: 700, verdict: 'pass' });
  });

  it('fails the preview when MapLibre was requested before the preview painted', () => {
    const figures = byteFigures(
      [visit({}, { previewPresent: true, previewPaintMs: 900 })],
      ASSETS,
      BASE,
    );
    expect(byId(figures, 'preview-bytes')?.verdict).toBe('fail');
    expect(byId(figures, 'preview-before-maplibre')).toMatchObject({
      value: -100,
      verdict: 'fail',
    });
  });

  it('says n/a for the map when it never went idle (no WebGL)', () => {
    const figures = byteFigures([visit({}, { mapIdleMs: null, mapState: 'failed' })], ASSETS, BASE);
    expect(byId(figures, 'interactive-bytes')).toMatchObject({
      verdict: 'n/a',
      missing: 'the map never went idle',
    });
  });
});

describe('timeFigures', () => {
  it('reports medians over visits and n/a for features this build does not have', () => {
    const figures = timeFigures(
      [
        visit({}, { mapIdleMs: 3000 }),
        visit({}, { mapIdleMs: 5000 }),
        visit({}, { mapIdleMs: 2000 }),
      ],
      { id: 'washington-pentagon', events: 2 },
    );
    expect(byId(figures, 'map-idle')).toMatchObject({ value: 3000, verdict: 'record' });
    expect(byId(figures, 'preview-paint')).toMatchObject({ verdict: 'n/a', missing: NOT_PRESENT });
    expect(byId(figures, 'date-filter')).toMatchObject({ verdict: 'n/a', missing: NOT_PRESENT });
    expect(byId(figures, 'popup-open')?.note).toContain('washington-pentagon, 2 events');
  });

  it('times the date filter when the page has one', () => {
    const figures = timeFigures(
      [visit({ filter: { drawnMs: 30, markMs: 12 } }, { dateFilterPresent: true })],
      null,
    );
    expect(byId(figures, 'date-filter')).toMatchObject({ value: 30, verdict: 'pass' });
  });

  it('names a missing mark when the filter is on the page but never says it is done', () => {
    const figures = timeFigures([visit({}, { dateFilterPresent: true })], null);
    expect(byId(figures, 'date-filter')?.missing).toBe('no filter-applied mark');
  });
});

describe('lighthouseFigures', () => {
  const run = (figures: Partial<LighthouseFigures>): LighthouseFigures => ({
    score: 97,
    lcpMs: 1400,
    tbtMs: 9000,
    cls: 0,
    fcpMs: 900,
    warnings: [],
    ...figures,
  });

  it('holds TBT and the score to budget only without WebGL, LCP and CLS always', () => {
    const figures = lighthouseFigures([
      { name: 'page, no WebGL', url: BASE, webgl: false, runs: [run({ tbtMs: 150 })] },
      { name: 'page, WebGL', url: BASE, webgl: true, runs: [run({ score: 41 })] },
    ]);
    expect(byId(figures, 'page, no WebGL-tbt')?.verdict).toBe('pass');
    expect(byId(figures, 'page, WebGL-tbt')?.verdict).toBe('record');
    expect(byId(figures, 'page, WebGL-score')?.verdict).toBe('record');
    expect(byId(figures, 'page, WebGL-lcp')?.verdict).toBe('pass');
    expect(byId(figures, 'page, WebGL-cls')?.verdict).toBe('pass');
  });

  it('takes the median of the runs', () => {
    const figures = lighthouseFigures([
      {
        name: 'embed, no WebGL',
        url: BASE,
        webgl: false,
        runs: [run({ lcpMs: 1600 }), run({ lcpMs: 1300 }), run({ lcpMs: 1450 })],
      },
    ]);
    expect(byId(figures, 'embed, no WebGL-lcp')).toMatchObject({ value: 1450, verdict: 'pass' });
  });
});

describe('embedFigures', () => {
  it('says n/a when the site has no page of eight embeds', () => {
    expect(embedFigures(null).map((f) => f.missing)).toEqual([
      NOT_PRESENT,
      NOT_PRESENT,
      NOT_PRESENT,
    ]);
  });

  const result = {
    page: 'article.html',
    embeds: 8,
    maxLive: 3,
    everAlive: 8,
    liveAtStops: [2, 3, 2],
    heapBytes: { loaded: 19e6, firstRoundTrip: 27e6, secondRoundTrip: 28e6 },
    contextWarnings: 0,
    errors: [],
  };

  it('judges the most live maps, the maps that started, and the heap growth', () => {
    const figures = embedFigures(result);
    expect(figures.map((f) => f.verdict)).toEqual(['pass', 'pass', 'pass']);
    expect(figures[2]?.value).toBeCloseTo(28 / 27);
  });

  it('fails a page whose maps never start, however few are alive at once', () => {
    const figures = embedFigures({ ...result, maxLive: 0, everAlive: 0, liveAtStops: [0, 0] });
    expect(figures.map((f) => f.verdict)).toEqual(['pass', 'fail', 'pass']);
  });
});

describe('scaleFigures', () => {
  it('sets each figure beside the ncg-2024 baseline measured in the same run', () => {
    const figures = scaleFigures({
      validationMs: [600, 650, 700],
      baselineValidationMs: [14, 15, 16],
      validationWallMs: [900, 1200, 800],
      errors: 0,
      warnings: 0,
      visits: [visit({}, { mapIdleMs: 6000 })],
      baselineVisits: [visit({}, { mapIdleMs: 3000 })],
      clicked: { id: 'site-0367', events: 225 },
    });
    expect(byId(figures, 'scale-validation')).toMatchObject({ value: 650, verdict: 'pass' });
    expect(byId(figures, 'scale-validation')?.note).toContain('43.33× ncg-2024');
    expect(byId(figures, 'scale-validation')?.note).toContain('wall-clock 900 ms');
    expect(byId(figures, 'scale-map-idle')?.note).toContain('2.00× ncg-2024 (3,000 ms)');
    expect(byId(figures, 'scale-popup-open')).toMatchObject({ value: 150, verdict: 'fail' });
  });
});
