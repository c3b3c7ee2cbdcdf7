/**
 * From raw measurements to the figures the bench prints: medians over runs, judged against the
 * budgets, with ratios to the baseline measured in the same bench run. Pure.
 */
import { BUDGETS, judge, type Budget, type Figure, type Unit } from './budgets.ts';
import type { EmbedsResult } from './embeds.ts';
import type { LighthouseFigures } from './lighthouse.ts';
import { describeRuns, formatValue } from './report.ts';
import {
  BASEMAP_PATTERN,
  DETAIL_TILES_PATTERN,
  firstRequestMatching,
  otherOriginRequests,
  groupAssets,
  MAPLIBRE_PATTERN,
  transferredBytesOf,
  type GroupedAsset,
} from './requests.ts';
import type { Asset } from './static-site.ts';
import { median, ratio } from './stats.ts';
import type { VisitResult } from './visit.ts';

/** Why a figure of a feature that is not on this build is missing. */
export const NOT_PRESENT = 'feature not present';

/** The median of the values that exist, with a note on the runs; null when none exists. */
function medianOf(
  values: readonly (number | null)[],
  unit: Unit,
): { value: number | null; note: string } {
  const present = values.filter((v): v is number => v !== null && Number.isFinite(v));
  if (present.length === 0) return { value: null, note: '' };
  return { value: median(present), note: describeRuns(present, unit) };
}

/** A figure from per-run values: the median judged against `budget`, "n/a (missing)" if none. */
function figureOfRuns(
  id: string,
  label: string,
  unit: Unit,
  values: readonly (number | null)[],
  options: { budget?: Budget; missing: string; extraNote?: string },
): Figure {
  const { value, note } = medianOf(values, unit);
  const notes = [note, options.extraNote].filter((text) => text).join('; ');
  return judge(id, label, unit, value, {
    ...(options.budget && { budget: options.budget }),
    missing: options.missing,
    ...(notes && { note: notes }),
  });
}

/** The assets of the first visit, grouped by when they were requested. */
export function groupFirstVisit(
  visit: VisitResult,
  assets: readonly Asset[],
  baseUrl: string,
): GroupedAsset[] {
  return groupAssets(
    assets,
    visit.requests,
    {
      previewPaintMs: visit.milestones.previewPresent ? visit.milestones.previewPaintMs : null,
      mapIdleMs: visit.milestones.mapIdleMs,
    },
    baseUrl,
  );
}

/** Byte budgets of the story page: preview, interactive map, first-view basemap. */
export function byteFigures(
  visits: readonly VisitResult[],
  assets: readonly Asset[],
  baseUrl: string,
): Figure[] {
  const perVisit = visits.map((visit) => {
    const grouped = groupFirstVisit(visit, assets, baseUrl);
    const previewPresent =
      visit.milestones.previewPresent && visit.milestones.previewPaintMs !== null;
    const maplibreMs = firstRequestMatching(visit.requests, MAPLIBRE_PATTERN, baseUrl);
    const idle = visit.milestones.mapIdleMs !== null;
    return {
      preview: previewPresent ? transferredBytesOf(grouped, ['preview']) : null,
      previewMargin:
        previewPresent && maplibreMs !== null
          ? maplibreMs - (visit.milestones.previewPaintMs as number)
          : null,
      interactive: idle ? transferredBytesOf(grouped, ['preview', 'interactive']) : null,
      maplibre: idle
        ? transferredBytesOf(grouped, ['preview', 'interactive'], (a) =>
            MAPLIBRE_PATTERN.test(a.path),
          )
        : null,
      basemap: idle
        ? transferredBytesOf(grouped, ['preview', 'interactive'], (a) =>
            BASEMAP_PATTERN.test(a.path),
          )
        : null,
      previewPresent,
    };
  });
  const previewPresent = perVisit.some((v) => v.previewPresent);
  const maplibre = medianOf(
    perVisit.map((v) => v.maplibre),
    'bytes',
  ).value;
  return [
    figureOfRuns(
      'preview-bytes',
      BUDGETS.previewBytes.label,
      'bytes',
      perVisit.map((v) => v.preview),
      {
        budget: BUDGETS.previewBytes,
        missing: NOT_PRESENT,
      },
    ),
    figureOfRuns(
      'preview-before-maplibre',
      'static preview: MapLibre requested this long after it painted',
      'ms',
      perVisit.map((v) => v.previewMargin),
      {
        budget: {
          id: 'preview-before-maplibre',
          label: '',
          limit: 0,
          kind: 'at-least',
          unit: 'ms',
        },
        missing: previewPresent ? 'MapLibre never requested' : NOT_PRESENT,
      },
    ),
    figureOfRuns(
      'interactive-bytes',
      BUDGETS.interactiveBytes.label,
      'bytes',
      perVisit.map((v) => v.interactive),
      {
        budget: BUDGETS.interactiveBytes,
        missing: 'the map never went idle',
        ...(maplibre !== null && {
          extraNote: `MapLibre (JS, worker, CSS) ${formatValue(maplibre, 'bytes')} of it`,
        }),
      },
    ),
    figureOfRuns(
      'basemap-first-view-bytes',
      BUDGETS.basemapBytes.label,
      'bytes',
      perVisit.map((v) => v.basemap),
      {
        budget: BUDGETS.basemapBytes,
        missing: 'the map never went idle',
      },
    ),
  ];
}

/**
 * Budgets of the detail basemap (issue 10): a shared link that opens at zoom 12 on a place, the
 * basemap a move from the first view to zoom 12 costs (the visits' camera move onto the busiest
 * place, after the first idle), requests to other origins in every visit, and the detail tiles'
 * weight on disk.
 */
export function detailFigures(
  visits: readonly VisitResult[],
  linkVisits: readonly VisitResult[],
  assets: readonly Asset[],
  baseUrl: string,
  zoomTarget: string | null,
): Figure[] {
  const everything = ['preview', 'interactive', 'later'] as const;
  const linkBytes = linkVisits.map((visit) =>
    visit.milestones.mapIdleMs === null
      ? null
      : transferredBytesOf(groupFirstVisit(visit, assets, baseUrl), everything),
  );
  const zoomBytes = visits.map((visit) =>
    visit.popup === null
      ? null
      : transferredBytesOf(groupFirstVisit(visit, assets, baseUrl), ['later'], (a) =>
          BASEMAP_PATTERN.test(a.path),
        ),
  );
  const foreign = [...visits, ...linkVisits].flatMap((visit) =>
    otherOriginRequests(visit.requests, baseUrl),
  );
  const tiles = assets.filter((asset) => DETAIL_TILES_PATTERN.test(asset.path));
  const tileBytes = tiles.reduce((sum, asset) => sum + asset.rawBytes, 0);
  const tileGzip = tiles.reduce((sum, asset) => sum + asset.gzipBytes, 0);
  return [
    figureOfRuns(BUDGETS.sharedLinkBytes.id, BUDGETS.sharedLinkBytes.label, 'bytes', linkBytes, {
      budget: BUDGETS.sharedLinkBytes,
      missing: 'the map never went idle',
      ...(zoomTarget && { extraNote: zoomTarget }),
    }),
    figureOfRuns(BUDGETS.zoomBasemapBytes.id, BUDGETS.zoomBasemapBytes.label, 'bytes', zoomBytes, {
      budget: BUDGETS.zoomBasemapBytes,
      missing: 'the camera never moved onto a place',
    }),
    judge(BUDGETS.otherOrigins.id, BUDGETS.otherOrigins.label, 'count', foreign.length, {
      budget: BUDGETS.otherOrigins,
      note:
        foreign.length === 0
          ? `${visits.length + linkVisits.length} visits`
          : [...new Set(foreign)].slice(0, 3).join(', '),
    }),
    judge(
      BUDGETS.detailTilesBytes.id,
      BUDGETS.detailTilesBytes.label,
      'bytes',
      tiles.length === 0 ? null : tileBytes,
      {
        budget: BUDGETS.detailTilesBytes,
        missing: NOT_PRESENT,
        note: `${tiles.length.toLocaleString('en-US')} tiles, ${formatValue(tileGzip, 'bytes')} gzip`,
      },
    ),
  ];
}

/** Times of the story page in Chromium; `popupEvents` is the clicked place's event count. */
export function timeFigures(
  visits: readonly VisitResult[],
  clicked: { id: string; events: number } | null,
): Figure[] {
  const m = visits.map((visit) => visit.milestones);
  const previewPresent = m.some((milestones) => milestones.previewPresent);
  const filterPresent = m.some((milestones) => milestones.dateFilterPresent);
  const popups = visits.map((visit) => visit.popup);
  const markMedian = medianOf(
    popups.map((p) => p?.markMs ?? null),
    'ms',
  ).value;
  return [
    figureOfRuns(
      'preview-paint',
      'static preview painted',
      'ms',
      m.map((x) => x.previewPaintMs),
      {
        missing: previewPresent ? 'no preview-painted mark or element timing' : NOT_PRESENT,
      },
    ),
    figureOfRuns(
      'fcp',
      'first contentful paint',
      'ms',
      m.map((x) => x.firstContentfulPaintMs),
      {
        missing: 'no paint recorded',
      },
    ),
    figureOfRuns(
      'lcp-chromium',
      'largest contentful paint',
      'ms',
      m.map((x) => x.largestContentfulPaintMs),
      {
        missing: 'no paint recorded',
      },
    ),
    figureOfRuns(
      'story-loaded',
      'story fetched and validated',
      'ms',
      m.map((x) => x.storyLoadedMs),
      {
        missing: 'no story-loaded mark',
      },
    ),
    figureOfRuns(
      'map-idle',
      'map idle (first view drawn)',
      'ms',
      m.map((x) => x.mapIdleMs),
      {
        missing: 'the map never went idle',
      },
    ),
    figureOfRuns(
      'popup-open',
      'popup open: click → popup drawn',
      'ms',
      popups.map((p) => p?.drawnMs ?? null),
      {
        missing: 'no popup opened',
        ...(clicked && {
          extraNote: `${clicked.id}, ${clicked.events} events${markMedian === null ? '' : `; popup-open mark at ${formatValue(markMedian, 'ms')}`}`,
        }),
      },
    ),
    figureOfRuns(
      'date-filter',
      'date-range filter: hash → drawn',
      'ms',
      visits.map((v) => v.filter?.drawnMs ?? null),
      {
        budget: BUDGETS.filterMs,
        missing: filterPresent ? 'no filter-applied mark' : NOT_PRESENT,
      },
    ),
  ];
}

/** One Lighthouse configuration's runs: the page or its embed mode, with or without WebGL. */
export interface LighthouseConfig {
  name: string;
  url: string;
  webgl: boolean;
  runs: LighthouseFigures[];
}

/**
 * Lighthouse's figures per configuration. LCP and CLS budgets apply to both; TBT and the score
 * only without WebGL (with SwiftShader the GPU's work is billed to the main thread).
 */
export function lighthouseFigures(configs: readonly LighthouseConfig[]): Figure[] {
  return configs.flatMap((config) => {
    const budgeted = !config.webgl;
    const values = (pick: (run: LighthouseFigures) => number | null) => config.runs.map(pick);
    const missing = config.runs[0]?.warnings[0] ?? 'Lighthouse gave no value';
    const label = (metric: string) => `${config.name}: ${metric}`;
    return [
      figureOfRuns(
        `${config.name}-lcp`,
        label('LCP'),
        'ms',
        values((r) => r.lcpMs),
        {
          budget: BUDGETS.lcpMs,
          missing,
        },
      ),
      figureOfRuns(
        `${config.name}-tbt`,
        label('TBT'),
        'ms',
        values((r) => r.tbtMs),
        {
          ...(budgeted && { budget: BUDGETS.tbtMs }),
          missing,
        },
      ),
      figureOfRuns(
        `${config.name}-cls`,
        label('CLS'),
        'score',
        values((r) => r.cls),
        {
          budget: BUDGETS.cls,
          missing,
        },
      ),
      figureOfRuns(
        `${config.name}-score`,
        label('performance score'),
        'score',
        values((r) => r.score),
        {
          ...(budgeted && { budget: BUDGETS.score }),
          missing,
        },
      ),
    ];
  });
}

/** Figures of the many-embeds page, or "n/a" rows when the site has none. */
export function embedFigures(result: EmbedsResult | null): Figure[] {
  if (!result) {
    return [
      judge(BUDGETS.liveMaps.id, BUDGETS.liveMaps.label, 'count', null, {
        budget: BUDGETS.liveMaps,
        missing: NOT_PRESENT,
      }),
      judge(BUDGETS.everAlive.id, BUDGETS.everAlive.label, 'count', null, {
        budget: BUDGETS.everAlive,
        missing: NOT_PRESENT,
      }),
      judge(BUDGETS.heapGrowth.id, BUDGETS.heapGrowth.label, 'ratio', null, {
        budget: BUDGETS.heapGrowth,
        missing: NOT_PRESENT,
      }),
    ];
  }
  const { heapBytes } = result;
  const growth = ratio(heapBytes.secondRoundTrip, heapBytes.firstRoundTrip);
  return [
    judge(BUDGETS.liveMaps.id, BUDGETS.liveMaps.label, 'count', result.maxLive, {
      budget: BUDGETS.liveMaps,
      note: `${result.page}: ${result.embeds} embeds; alive at each stop ${result.liveAtStops.join(' ')}; ${result.contextWarnings} lost-context warnings`,
    }),
    // Few maps alive at once is only good if each one starts when the reader reaches it.
    judge(BUDGETS.everAlive.id, BUDGETS.everAlive.label, 'count', result.everAlive, {
      budget: BUDGETS.everAlive,
      note: `of ${result.embeds} embeds on the page`,
    }),
    judge(BUDGETS.heapGrowth.id, BUDGETS.heapGrowth.label, 'ratio', growth, {
      budget: BUDGETS.heapGrowth,
      missing: 'no heap figures',
      note: `JS heap loaded ${formatValue(heapBytes.loaded, 'bytes')}, after round trips ${formatValue(heapBytes.firstRoundTrip, 'bytes')} → ${formatValue(heapBytes.secondRoundTrip, 'bytes')}`,
    }),
  ];
}

/** What the scale section measured. */
export interface ScaleMeasurements {
  /** CPU times of the validations of the synthetic story and of ncg-2024 (the baseline), ms. */
  validationMs: number[];
  baselineValidationMs: number[];
  /** Wall-clock times of the same validations of the synthetic story, ms. */
  validationWallMs: number[];
  /** Problems found in the synthetic story (it is generated valid: both should be 0). */
  errors: number;
  warnings: number;
  visits: VisitResult[];
  baselineVisits: VisitResult[];
  clicked: { id: string; events: number } | null;
}

/** "2.31× ncg-2024" from two medians. */
function ratioNote(value: number | null, baseline: number | null): string {
  const r = ratio(value, baseline);
  return r === null
    ? ''
    : `${r.toFixed(2)}× ncg-2024 (${formatValue(baseline as number, 'ms')}) in this run`;
}

/** Figures of the synthetic story, each with its ratio to ncg-2024 measured alongside. */
export function scaleFigures(s: ScaleMeasurements): Figure[] {
  const milestone = (visits: readonly VisitResult[], pick: (v: VisitResult) => number | null) =>
    medianOf(visits.map(pick), 'ms').value;
  const row = (
    id: string,
    label: string,
    pick: (v: VisitResult) => number | null,
    options: { budget?: Budget; missing: string; extraNote?: string },
  ) =>
    figureOfRuns(id, label, 'ms', s.visits.map(pick), {
      ...options,
      extraNote: [
        ratioNote(milestone(s.visits, pick), milestone(s.baselineVisits, pick)),
        options.extraNote,
      ]
        .filter((text) => text)
        .join('; '),
    });
  const filterPresent = s.visits.some((v) => v.milestones.dateFilterPresent);
  const validation = medianOf(s.validationMs, 'ms').value;
  return [
    figureOfRuns('scale-validation', BUDGETS.validationMs.label, 'ms', s.validationMs, {
      budget: BUDGETS.validationMs,
      missing: 'not measured',
      extraNote: [
        'CPU time, a fresh Node process each',
        `wall-clock ${formatValue(median(s.validationWallMs), 'ms')}`,
        ratioNote(validation, medianOf(s.baselineValidationMs, 'ms').value),
        `${s.errors} errors, ${s.warnings} warnings`,
      ]
        .filter((text) => text)
        .join('; '),
    }),
    row(
      'scale-story-loaded',
      'story fetched and validated in Chromium',
      (v) => v.milestones.storyLoadedMs,
      {
        missing: 'no story-loaded mark',
      },
    ),
    row('scale-map-idle', 'map idle after load', (v) => v.milestones.mapIdleMs, {
      missing: 'the map never went idle',
    }),
    row('scale-popup-open', 'popup open: click → popup drawn', (v) => v.popup?.drawnMs ?? null, {
      budget: BUDGETS.popupMs,
      missing: 'no popup opened',
      ...(s.clicked && { extraNote: `busiest place ${s.clicked.id}, ${s.clicked.events} events` }),
    }),
    row('scale-date-filter', 'date-range filter: hash → drawn', (v) => v.filter?.drawnMs ?? null, {
      budget: BUDGETS.filterMs,
      missing: filterPresent ? 'no filter-applied mark' : NOT_PRESENT,
    }),
  ];
}
