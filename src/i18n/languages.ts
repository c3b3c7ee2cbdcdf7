/** The languages the UI speaks, each named in itself for the language switcher. */
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
