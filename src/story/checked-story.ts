/**
 * The checked story as the build publishes it: one file per page language, each holding only the
 * text that language's page shows. Every reader used to download the story's text in all three
 * languages; a page shows one (docs/performance.md, "One checked story per language").
 *
 * A language's copy keeps the story's shape, so the reader's own text functions (`text.ts`) read
 * it exactly as they read the whole story: each text field holds what that function would show in
 * the language (the translation, or the original where there is none or it is blank), and the
 * language's own `<field>_<lang>` entries stay, so the page still knows which text is translated
 * and which is the original (its `lang` attribute). Other languages' entries are left out.
 */
import { LANGUAGES } from '../i18n/languages.ts';
import { eventText, layerTitle, mediaText, placeText, storyText } from './text.ts';
import type {
  LanguageCode,
  Place,
  PlaceProperties,
  Problem,
  Story,
  StoryEvent,
  StoryLayer,
  StoryMedia,
} from './types.ts';

/** What a checked story file holds: the story in one page language, and its warnings. */
export interface CheckedStory {
  /** The page language this copy is for; the app checks it got the copy it asked for. */
  language: LanguageCode;
  story: Story;
  problems: Problem[];
}

/** The file name of the checked copy for `language`, in the story's published folder. */
export function checkedStoryFileName(language: LanguageCode): string {
  return `story.checked.${language}.json`;
}

/** Only the entries of `translations` in `language`, or undefined when there are none. */
function ownTranslations<T extends object>(
  translations: T | undefined,
  language: LanguageCode,
): T | undefined {
  if (!translations) return undefined;
  const kept = Object.entries(translations).filter(([key]) => key.endsWith(`_${language}`));
  return kept.length > 0 ? (Object.fromEntries(kept) as T) : undefined;
}

/** `value` with `translations` replaced by `kept`, or without it when `kept` is undefined. */
function withTranslations<T extends { translations?: object }>(
  value: T,
  kept: T['translations'] | undefined,
): T {
  const rest = { ...value };
  delete rest.translations;
  return kept ? { ...rest, translations: kept } : rest;
}

function mediaInLanguage(
  media: StoryMedia,
  language: LanguageCode,
  storyLanguage: LanguageCode,
): StoryMedia {
  const caption = mediaText(media, 'caption', language, storyLanguage);
  return withTranslations(
    {
      ...media,
      alt: mediaText(media, 'alt', language, storyLanguage).text,
      credit: mediaText(media, 'credit', language, storyLanguage).text,
      ...(caption && { caption: caption.text }),
    },
    ownTranslations(media.translations, language),
  );
}

function eventInLanguage(
  event: StoryEvent,
  language: LanguageCode,
  storyLanguage: LanguageCode,
): StoryEvent {
  const note = eventText(event, 'note', language, storyLanguage);
  return withTranslations(
    {
      ...event,
      title: eventText(event, 'title', language, storyLanguage).text,
      summary: eventText(event, 'summary', language, storyLanguage).text,
      ...(note && { note: note.text }),
      ...(event.media && {
        media: event.media.map((media) => mediaInLanguage(media, language, storyLanguage)),
      }),
    },
    ownTranslations(event.translations, language),
  );
}

/** Place properties whose `_<lang>` keys are another language's translations. */
const TRANSLATED_PLACE_KEY = /^(name|description)_([a-z]{2})$/;

function placeInLanguage(place: Place, language: LanguageCode, storyLanguage: LanguageCode): Place {
  const properties: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(place.properties)) {
    const translated = TRANSLATED_PLACE_KEY.exec(key);
    if (translated && translated[2] !== language) continue;
    properties[key] = value;
  }
  const name = placeText(place, 'name', language, storyLanguage);
  const description = placeText(place, 'description', language, storyLanguage);
  const { media } = place.properties;
  return {
    ...place,
    properties: {
      ...(properties as unknown as PlaceProperties),
      ...(name && { name: name.text }),
      ...(description && { description: description.text }),
      ...(media && {
        media: media.map((photo) => mediaInLanguage(photo, language, storyLanguage)),
      }),
    },
  };
}

function layerInLanguage(
  layer: StoryLayer,
  language: LanguageCode,
  storyLanguage: LanguageCode,
): StoryLayer {
  const places: Place[] = layer.features.features;
  return withTranslations(
    {
      ...layer,
      title: layerTitle(layer, language, storyLanguage).text,
      features: {
        ...layer.features,
        features: places.map((place) => placeInLanguage(place, language, storyLanguage)),
      },
    },
    ownTranslations(layer.translations, language),
  );
}

/**
 * `story` as the page in `language` shows it: every text field in that language where the story
 * translates it, the original elsewhere, and no other language's text. The reader's text functions
 * give the same text, in the same language, for this copy as for the whole story.
 */
export function storyInLanguage(story: Story, language: LanguageCode): Story {
  const storyLanguage = story.language;
  return withTranslations(
    {
      ...story,
      title: storyText(story, 'title', language).text,
      summary: storyText(story, 'summary', language).text,
      credit: storyText(story, 'credit', language).text,
      layers: story.layers.map((layer) => layerInLanguage(layer, language, storyLanguage)),
      events: story.events.map((event) => eventInLanguage(event, language, storyLanguage)),
    },
    ownTranslations(story.translations, language),
  );
}

/**
 * The checked files of a story, one per page language, by file name, and the names by language
 * for `stories/index.json` (the app fetches only its language's file).
 */
export function checkedStoryFiles(
  story: Story,
  problems: Problem[],
): { names: Record<LanguageCode, string>; files: Map<string, string> } {
  const names = {} as Record<LanguageCode, string>;
  const files = new Map<string, string>();
  for (const language of LANGUAGES) {
    const name = checkedStoryFileName(language);
    const checked: CheckedStory = {
      language,
      story: storyInLanguage(story, language),
      problems,
    };
    names[language] = name;
    files.set(name, JSON.stringify(checked));
  }
  return { names, files };
}
