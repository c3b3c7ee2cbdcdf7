/**
 * `geo/basemap/manifest.json`: what was built (files, raw and gzip sizes), the attribution the map
 * must show, and a hash of the inputs so that an unchanged build is skipped.
 */
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { BasemapFile } from './build.ts';

/** Natural Earth asks for no attribution, but we credit it on the map anyway. */
export const NATURAL_EARTH_ATTRIBUTION = {
  text: 'Natural Earth',
  url: 'https://www.naturalearthdata.com/',
  /** Ready for a MapLibre source's `attribution` (MapLibre renders it as HTML). */
  html: '<a href="https://www.naturalearthdata.com/">Natural Earth</a>',
} as const;

/** First-view budget: land-110m + borders-110m + country-labels, gzip bytes. */
export const FIRST_VIEW_BUDGET_GZIP_BYTES = 120_000;
/** Budget for the 50m files together, gzip bytes. */
export const DETAIL_BUDGET_GZIP_BYTES = 400_000;

/** One built file: its sizes, whether the first view loads it, and its zoom range. */
export interface ManifestFile {
  name: string;
  bytes: number;
  gzipBytes: number;
  firstView: boolean;
  /** For readers of this language only (country labels): a page loads one such file. */
  language?: string;
  minzoom: number;
  maxzoom?: number;
}

/** The contents of `geo/basemap/manifest.json`. */
export interface BasemapManifest {
  /** Bumped when the manifest's shape changes. */
  version: 1;
  inputsHash: string;
  source: string;
  attribution: typeof NATURAL_EARTH_ATTRIBUTION;
  files: ManifestFile[];
  firstViewGzipBytes: number;
  detailGzipBytes: number;
}

/** Size of a text in bytes as UTF-8 and gzipped at level 9 (what a static host would serve). */
export function measureText(text: string): { bytes: number; gzipBytes: number } {
  const raw = Buffer.from(text, 'utf8');
  return { bytes: raw.length, gzipBytes: gzipSync(raw, { level: 9 }).length };
}

/** A SHA-256 over named inputs (order-independent: sorted by name), as `sha256:<hex>`. */
export function hashInputs(inputs: readonly { name: string; content: string }[]): string {
  const hash = createHash('sha256');
  for (const { name, content } of [...inputs].sort((a, b) => (a.name < b.name ? -1 : 1))) {
    hash.update(`${name}\0${content.length}\0${content}\0`);
  }
  return `sha256:${hash.digest('hex')}`;
}

/** The manifest for a set of built files. */
export function buildManifest(
  files: readonly BasemapFile[],
  inputsHash: string,
  source: string,
): BasemapManifest {
  const entries = files.map((file): ManifestFile => ({
    name: file.name,
    ...measureText(file.text),
    firstView: file.firstView,
    ...(file.language ? { language: file.language } : {}),
    ...file.zoom,
  }));
  const sum = (list: ManifestFile[]) => list.reduce((total, file) => total + file.gzipBytes, 0);
  return {
    version: 1,
    inputsHash,
    source,
    attribution: NATURAL_EARTH_ATTRIBUTION,
    files: entries,
    // What one reader loads: the shared files and the largest of the per-language ones.
    firstViewGzipBytes:
      sum(entries.filter((file) => file.firstView && !file.language)) +
      Math.max(0, ...entries.filter((f) => f.firstView && f.language).map((f) => f.gzipBytes)),
    detailGzipBytes: sum(entries.filter((file) => !file.firstView)),
  };
}

/** Problems with a manifest's sizes against the budgets; empty when within them. */
export function checkBudgets(manifest: BasemapManifest): string[] {
  const problems: string[] = [];
  if (manifest.firstViewGzipBytes > FIRST_VIEW_BUDGET_GZIP_BYTES) {
    problems.push(
      `first view is ${manifest.firstViewGzipBytes} B gzip, over the ${FIRST_VIEW_BUDGET_GZIP_BYTES} B budget`,
    );
  }
  if (manifest.detailGzipBytes > DETAIL_BUDGET_GZIP_BYTES) {
    problems.push(
      `50m files are ${manifest.detailGzipBytes} B gzip, over the ${DETAIL_BUDGET_GZIP_BYTES} B budget`,
    );
  }
  return problems;
}

/**
 * Whether an existing manifest still describes the outputs: same inputs hash, and every file it
 * lists exists with the size it records (`sizeOf` returns null for a missing file).
 */
export function isManifestCurrent(
  manifest: unknown,
  inputsHash: string,
  sizeOf: (name: string) => number | null,
): boolean {
  if (typeof manifest !== 'object' || manifest === null) return false;
  const { inputsHash: hash, files } = manifest as Partial<BasemapManifest>;
  if (hash !== inputsHash || !Array.isArray(files) || files.length === 0) return false;
  return files.every((file) => sizeOf(file.name) === file.bytes);
}
