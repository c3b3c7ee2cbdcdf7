/** Turning a fontsource package's regular stylesheet into a `CjkFont` (see cjk-fonts.ts). */
import { parseFontFaceRules } from '../style/font-faces.ts';
import type { CjkFont, CjkLanguage } from './cjk-fonts.ts';

/**
 * The slices of a fontsource CJK family. `css400` is the package's `400.css`; `files` maps each
 * woff2 path under `packageDir` (e.g. `/node_modules/@fontsource/noto-sans-kr/`) to the URL the
 * app serves it at, for weights 400 and 700; a slice missing from `files` is left out. The bold
 * slices cover the same ranges as the regular ones, so only the regular stylesheet is shipped.
 */
export function fontsourceSlices(
  language: CjkLanguage,
  family: string,
  css400: string,
  files: Record<string, string>,
  packageDir: string,
): CjkFont {
  const path = (relativeUrl: string) => relativeUrl.replace(/^\.\//, packageDir);
  return {
    language,
    family,
    faces: {
      400: parseFontFaceRules(css400, (url) => files[path(url)]),
      700: parseFontFaceRules(css400, (url) => files[path(url).replace('-400-', '-700-')]),
    },
  };
}
