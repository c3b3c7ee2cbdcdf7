/**
 * The preview SVG as a PNG, drawn by resvg with the app's own Noto Sans so every machine makes
 * the same picture (no system fonts), Korean and Japanese text with the bundled Noto Sans KR / JP.
 */
import { Resvg } from '@resvg/resvg-js';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fontFamilyName } from './font-family.ts';
import { woffToSfnt } from './woff.ts';

/** The WOFF files of the label fonts, regular and bold, as @fontsource ships them. */
export const PREVIEW_FONT_FILES = [
  'node_modules/@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff',
  'node_modules/@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff',
  'node_modules/@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff',
];

/**
 * Noto Sans KR and JP as @fontsource subsets them: the Korean and the Japanese character sets
 * (Hangul, kana, the Han characters each language uses), regular and bold like the labels.
 */
export const CJK_PREVIEW_FONT_FILES = {
  ko: [
    'node_modules/@fontsource/noto-sans-kr/files/noto-sans-kr-korean-400-normal.woff',
    'node_modules/@fontsource/noto-sans-kr/files/noto-sans-kr-korean-700-normal.woff',
  ],
  ja: [
    'node_modules/@fontsource/noto-sans-jp/files/noto-sans-jp-japanese-400-normal.woff',
    'node_modules/@fontsource/noto-sans-jp/files/noto-sans-jp-japanese-700-normal.woff',
  ],
} as const;

type CjkLanguage = keyof typeof CJK_PREVIEW_FONT_FILES;

/**
 * The CJK fonts a preview's text needs: KR for Hangul, JP for kana and for Han characters (after
 * KR in Korean text, for the Japanese forms a Korean font lacks); none for an English preview.
 * The text's own script comes first.
 */
export function cjkLanguagesOf(svg: string): CjkLanguage[] {
  const text = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((match) => match[1]).join('');
  const languages: CjkLanguage[] = [];
  if (/[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(text)) languages.push('ja');
  if (/\p{Script=Hangul}/u.test(text)) languages.push('ko');
  if (!languages.includes('ja') && /\p{Script=Han}/u.test(text)) languages.push('ja');
  return languages;
}

/** The SVG with `families` ahead of those its root element names. */
export function preferFontFamilies(svg: string, families: readonly string[]): string {
  if (families.length === 0) return svg;
  const names = families.map((family) => `'${family}'`).join(', ');
  const rooted = svg.replace(/^(<svg\b[^>]*?\sfont-family=")/, `$1${names}, `);
  return rooted !== svg ? rooted : svg.replace(/^<svg\b/, `<svg font-family="${names}"`);
}

/** OpenType copies of the WOFF fonts in a cache folder (resvg takes file paths), by content. */
export function openTypeFonts(woffPaths: readonly string[]): string[] {
  const dir = join(tmpdir(), 'story-map-fonts');
  mkdirSync(dir, { recursive: true });
  return woffPaths.map((woffPath) => {
    const woff = readFileSync(woffPath);
    const hash = createHash('sha256').update(woff).digest('hex').slice(0, 16);
    const path = join(dir, `${hash}.otf`);
    if (!existsSync(path)) {
      // Written whole, then renamed: a build running beside this one never reads half a font.
      const partial = `${path}.${process.pid}.partial`;
      writeFileSync(partial, woffToSfnt(woff));
      renameSync(partial, path);
    }
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

/**
 * A story's preview SVG as PNG: Noto Sans, and Noto Sans KR / JP when the text is Korean or
 * Japanese. The CJK families are named first in the copy resvg draws (the published SVG keeps its
 * own list): resvg matches the weight within the named families, but its fallback for a letter
 * the named fonts lack takes the first font holding it, whatever its weight, so bold labels would
 * come out regular.
 */
export function renderPreviewPng(svg: string, repoRoot: string): Buffer {
  const inRepo = (files: readonly string[]) => files.map((file) => join(repoRoot, file));
  const cjk = openTypeFonts(
    inRepo(cjkLanguagesOf(svg).flatMap((language) => CJK_PREVIEW_FONT_FILES[language])),
  );
  const families = [...new Set(cjk.map((path) => fontFamilyName(readFileSync(path))))];
  return renderPng(preferFontFamilies(svg, families), [
    ...openTypeFonts(inRepo(PREVIEW_FONT_FILES)),
    ...cjk,
  ]);
}
