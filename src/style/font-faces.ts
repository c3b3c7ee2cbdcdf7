/** Reading `@font-face` rules (as fontsource ships them) into MapLibre `font-faces` entries. */
import type { FontFace } from './build-style.ts';

/**
 * The woff2 file and Unicode ranges of each `@font-face` rule in `css`. `resolveUrl` maps the
 * rule's relative URL (e.g. `./files/noto-sans-latin-400-normal.woff2`) to the URL the app serves
 * it at, or undefined to leave that rule out.
 */
export function parseFontFaceRules(
  css: string,
  resolveUrl: (relativeUrl: string) => string | undefined,
): FontFace[] {
  const faces: FontFace[] = [];
  for (const [, body] of css.matchAll(/@font-face\s*{([^}]*)}/g)) {
    const woff2 = /url\(\s*['"]?([^'")]+\.woff2)['"]?\s*\)/.exec(body ?? '')?.[1];
    if (!woff2) continue;
    const url = resolveUrl(woff2);
    if (!url) continue;
    const ranges = /unicode-range:\s*([^;]+);/.exec(body ?? '')?.[1];
    faces.push({
      url,
      ...(ranges ? { 'unicode-range': ranges.split(',').map((range) => range.trim()) } : {}),
    });
  }
  return faces;
}
