/**
 * Korean and Japanese fonts (Noto Sans KR / JP from @fontsource, sliced by Unicode range), loaded
 * only for a page that shows that language: the modules holding their file lists are imported on
 * demand, so an English page never fetches them, and a Korean page fetches only the slices its
 * text uses.
 */
import type { LanguageCode } from '../story/types.ts';
import type { FontFace as MapFontFace } from '../style/build-style.ts';

export type CjkLanguage = 'ko' | 'ja';

/** One bundled CJK family: its CSS name and its woff2 slices per weight. */
export interface CjkFont {
  language: CjkLanguage;
  family: string;
  /** Slices of each weight; map labels use 400, the page 400 and 700. */
  faces: Record<400 | 700, MapFontFace[]>;
}

const LOADERS: Record<CjkLanguage, () => Promise<CjkFont>> = {
  ko: () => import('./noto-sans-kr.ts').then((module) => module.NOTO_SANS_KR),
  ja: () => import('./noto-sans-jp.ts').then((module) => module.NOTO_SANS_JP),
};

/**
 * The CJK languages a page needs fonts for: the reader's, then the story's (untranslated text is
 * shown in the story's language), without repeats; empty for an English page of an English story.
 */
export function cjkLanguagesFor(
  readerLanguage: LanguageCode,
  storyLanguage: LanguageCode,
): CjkLanguage[] {
  const wanted = [readerLanguage, storyLanguage].filter(
    (language): language is CjkLanguage => language === 'ko' || language === 'ja',
  );
  return [...new Set(wanted)];
}

/**
 * Loads the font lists of the given languages, in the same order. Never rejects: a list that fails
 * to load (a flaky connection) is left out, and that text falls back to the system's fonts.
 */
export async function loadCjkFonts(languages: readonly CjkLanguage[]): Promise<CjkFont[]> {
  const fonts = await Promise.all(
    languages.map((language) => LOADERS[language]().catch(() => null)),
  );
  return fonts.filter((font): font is CjkFont => font !== null);
}
