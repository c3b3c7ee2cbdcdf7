/**
 * The languages this app speaks, the one list of them: each with its name in itself for the
 * language switcher. The URL's `lang` accepts these codes, and the page picks among them.
 */
import type { LanguageCode } from '../story/types.ts';

export interface LanguageOption {
  code: LanguageCode;
  /** The language's name in the language itself ("한국어"), as a switcher shows it. */
  endonym: string;
}

export const LANGUAGE_OPTIONS: readonly LanguageOption[] = [
  { code: 'en', endonym: 'English' },
  { code: 'ko', endonym: '한국어' },
  { code: 'ja', endonym: '日本語' },
];

/** The codes alone, in the switcher's order. */
export const LANGUAGES: readonly LanguageCode[] = LANGUAGE_OPTIONS.map((option) => option.code);

/** Whether `code` (lower case) is one of these languages. */
export function isLanguage(code: string | undefined): code is LanguageCode {
  return (LANGUAGES as readonly (string | undefined)[]).includes(code);
}
