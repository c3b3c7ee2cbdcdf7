/**
 * Every language's UI strings at once, for the build's static pages and previews and for tests,
 * which run in Node and need them synchronously. The app loads them one language at a time
 * (`loadUiStrings`).
 */
import type { LanguageCode } from '../story/types.ts';
import { en, type UiStrings } from './strings.ts';
import { ja } from './strings-ja.ts';
import { ko } from './strings-ko.ts';

const STRINGS: Record<LanguageCode, UiStrings> = { en, ko, ja };

/** The UI strings of a language. */
export function uiStrings(language: LanguageCode): UiStrings {
  return STRINGS[language];
}
