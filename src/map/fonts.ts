/**
 * The bundled fonts MapLibre draws labels with: no glyph server, the same letters on every machine.
 * Each file is fetched by MapLibre only when a label needs a character it covers.
 */
import notoSansCss from '@fontsource/noto-sans/400.css?raw';
import type { FontFace } from '../style/build-style.ts';
import { parseFontFaceRules } from '../style/font-faces.ts';

const notoSansFiles = import.meta.glob<string>(
  '/node_modules/@fontsource/noto-sans/files/noto-sans-{latin,latin-ext}-400-normal.woff2',
  { query: '?url', import: 'default', eager: true },
);

/** Font files for map labels, with the Unicode ranges each covers. */
export function mapFontFaces(): FontFace[] {
  return parseFontFaceRules(
    notoSansCss,
    (relativeUrl) =>
      notoSansFiles[relativeUrl.replace(/^\.\//, '/node_modules/@fontsource/noto-sans/')],
  );
}
