/**
 * Fonts of the page (not the map): the CJK families registered with the CSS Font Loading API,
 * which fetches a slice only when text on the page needs a character in its range, and a tiny
 * font with the language switcher's names so that "한국어" and "日本語" render on any page.
 */
import languageNamesJa from './generated/language-names-ja.woff2?url';
import languageNamesKo from './generated/language-names-ko.woff2?url';
import { LANGUAGE_OPTIONS } from '../i18n/languages.ts';
import type { CjkFont } from './cjk-fonts.ts';

/** The family the switcher's language names are drawn with (see global.css). */
export const LANGUAGE_NAMES_FAMILY = 'Story Map Language Names';

/** `U+XXXX` entries for the characters of a text, for a `unicode-range` descriptor. */
export function unicodeRangeOf(text: string): string {
  const codePoints = [...new Set([...text].map((char) => char.codePointAt(0) ?? 0))];
  return codePoints.map((code) => `U+${code.toString(16).toUpperCase()}`).join(',');
}

function addFace(family: string, url: string, weight: string, unicodeRange?: string): FontFace {
  const face = new FontFace(family, `url("${url}") format("woff2")`, {
    weight,
    display: 'swap',
    ...(unicodeRange ? { unicodeRange } : {}),
  });
  document.fonts.add(face);
  return face;
}

/** Registers the CJK families for the page; nothing is downloaded until text needs it. */
export function registerPageFonts(fonts: readonly CjkFont[]): void {
  for (const font of fonts) {
    for (const weight of [400, 700] as const) {
      for (const slice of font.faces[weight]) {
        addFace(font.family, slice.url, String(weight), slice['unicode-range']?.join(','));
      }
    }
  }
}

/**
 * Registers the switcher's font (a few hundred bytes per language, only its own letters) and
 * loads it: resolves when it is ready, or has failed. The page starts the app after it, so the
 * names do not change width, a layout shift, when the font arrives after the switcher is drawn.
 */
export async function loadLanguageNamesFont(): Promise<void> {
  const files = { ko: languageNamesKo, ja: languageNamesJa } as const;
  const faces = LANGUAGE_OPTIONS.flatMap((option) =>
    option.code === 'en'
      ? []
      : [
          addFace(
            LANGUAGE_NAMES_FAMILY,
            files[option.code],
            '100 900',
            unicodeRangeOf(option.endonym),
          ),
        ],
  );
  await Promise.allSettled(faces.map((face) => face.load()));
}
