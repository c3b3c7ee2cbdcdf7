/**
 * Part of `npm run prepare-data`: subsets Noto Sans KR and JP to the letters of the language
 * switcher's names ("한국어", "日本語"), so every page can show them without loading a whole CJK
 * font (an English page fetches about 1 KB per name instead). Writes src/fonts/generated/.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import subsetFont from 'subset-font';
import { LANGUAGE_OPTIONS } from '../src/i18n/languages.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'src', 'fonts', 'generated');

/** The full-script file of each CJK font package; the subset keeps only the names' letters. */
const SOURCES = {
  ko: 'node_modules/@fontsource/noto-sans-kr/files/noto-sans-kr-korean-400-normal.woff2',
  ja: 'node_modules/@fontsource/noto-sans-jp/files/noto-sans-jp-japanese-400-normal.woff2',
} as const;

mkdirSync(outDir, { recursive: true });
const written: string[] = [];
for (const option of LANGUAGE_OPTIONS) {
  if (option.code === 'en') continue;
  const subset = await subsetFont(readFileSync(join(root, SOURCES[option.code])), option.endonym, {
    targetFormat: 'woff2',
  });
  const name = `language-names-${option.code}.woff2`;
  writeFileSync(join(outDir, name), subset);
  written.push(`${name} ${subset.length} B`);
}
console.log(`language font: ${written.join(', ')}`);
