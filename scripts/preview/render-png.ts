/**
 * The preview SVG as a PNG, drawn by resvg with the app's own Noto Sans so every machine makes
 * the same picture (no system fonts).
 */
import { Resvg } from '@resvg/resvg-js';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { woffToSfnt } from './woff.ts';

/** The WOFF files of the label fonts, regular and bold, as @fontsource ships them. */
export const PREVIEW_FONT_FILES = [
  'node_modules/@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff',
  'node_modules/@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff',
  'node_modules/@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff',
];

/** OpenType copies of the WOFF fonts in a cache folder (resvg takes file paths), by content. */
export function openTypeFonts(woffPaths: readonly string[]): string[] {
  const dir = join(tmpdir(), 'story-map-fonts');
  mkdirSync(dir, { recursive: true });
  return woffPaths.map((woffPath) => {
    const woff = readFileSync(woffPath);
    const hash = createHash('sha256').update(woff).digest('hex').slice(0, 16);
    const path = join(dir, `${hash}.otf`);
    if (!existsSync(path)) writeFileSync(path, woffToSfnt(woff));
    return path;
  });
}

/** Renders SVG text to PNG bytes at the SVG's own size, with only the given font files. */
export function renderPng(svg: string, fontFiles: readonly string[]): Buffer {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'original' },
    font: {
      loadSystemFonts: false,
      fontFiles: [...fontFiles],
      defaultFontFamily: 'Noto Sans',
      sansSerifFamily: 'Noto Sans',
    },
    logLevel: 'off',
  });
  return resvg.render().asPng();
}
