/**
 * What the page's head (Masthead), its foot (StoryFooter) and "Share / embed" (SharePanel) are
 * drawn from. App builds it once and hands the same value to each.
 */
import type { QueryState } from '../app/url-state.ts';
import type { UiStrings } from '../i18n/strings.ts';
import type { LanguageCode, Story } from '../story/types.ts';

export interface StoryFrame {
  story: Story;
  language: LanguageCode;
  strings: UiStrings;
  /** Embed mode: "Share / embed" and "open full map" sit at the foot instead of the head. */
  embed: boolean;
  /** The language the URL names, pinned in embed code; undefined leaves it to the reader's own. */
  pinnedLanguage: LanguageCode | undefined;
  /** The page's URL as it is now (`PageUrl.href`): links and embed code follow the view. */
  href: string;
}

/** The frame of a story page whose query is `query` (embed mode, the language it names). */
export function storyFrame(
  story: Story,
  language: LanguageCode,
  strings: UiStrings,
  query: Pick<QueryState, 'embed' | 'language'>,
  href: string,
): StoryFrame {
  return { story, language, strings, embed: query.embed, pinnedLanguage: query.language, href };
}
