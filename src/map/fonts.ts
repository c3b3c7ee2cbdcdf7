/**
 * The bundled fonts MapLibre draws labels with: no glyph server, the same letters on every machine.
 * Each file is fetched by MapLibre only when a label needs a character it covers.
 */
import notoSansCss from '@fontsource/noto-sans/400.css?raw';
import type { CjkFont } from '../fonts/cjk-fonts.ts';
import type { FontFace } from '../style/build-style.ts';
import { parseFontFaceRules } from '../style/font-faces.ts';

const notoSansFiles = import.meta.glob<string>(
  '/node_modules/@fontsource/noto-sans/files/noto-sans-{latin,latin-ext}-400-normal.woff2',
  { query: '?url', import: 'default', eager: true },
);

/**
 * Font files for map labels, with the Unicode ranges each covers: Noto Sans for Latin, then the
 * regular weight of each CJK font the page loaded, in the order given (MapLibre draws a character
 * with the first file that covers it, so the reader's language wins for shared kanji/hanja).
 */
export function mapFontFaces(cjkFonts: readonly CjkFont[] = []): FontFace[] {
  const latin = parseFontFaceRules(
    notoSansCss,
    (relativeUrl) =>
      notoSansFiles[relativeUrl.replace(/^\.\//, '/node_modules/@fontsource/noto-sans/')],
  );
  return [...latin, ...cjkFonts.flatMap((font) => font.faces[400])];
}
