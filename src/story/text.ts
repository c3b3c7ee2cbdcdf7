/**
 * Picking the text to show in the reader's language. Story text is written in the story's
 * language; `<field>_<lang>` fields translate it. Untranslated text falls back to the original and
 * says which language it is in, so the UI can set `lang` on it (screen readers pronounce it right).
 * Text is plain: callers put it in text nodes, never in innerHTML.
 */
import type { LanguageCode, Place, Story, StoryEvent, StoryLayer, StoryMedia } from './types.ts';

/** Text and the language it is written in. */
export interface LocalizedText {
  text: string;
  lang: LanguageCode;
}

/** The translation `<field>_<lang>` when present and not blank, else the original in `original`. */
function pick(
  record: object | undefined,
  field: string,
  fallback: string,
  lang: LanguageCode,
  original: LanguageCode,
): LocalizedText {
  if (lang !== original) {
    const translated: unknown = (record as Record<string, unknown> | undefined)?.[
      `${field}_${lang}`
    ];
    if (typeof translated === 'string' && translated.trim() !== '')
      return { text: translated, lang };
  }
  return { text: fallback, lang: original };
}

/** A place's name in `lang` (`name_<lang>`), falling back to `name`. */
export function placeName(place: Place, lang: LanguageCode): string {
  const translated = place.properties[`name_${lang}`];
  return translated !== undefined && translated.trim() !== '' ? translated : place.properties.name;
}

/** The names in `lang` of the places `placeIds` names, in that order; unknown ids are left out. */
export function placeNames(
  placeById: ReadonlyMap<string, Place>,
  placeIds: readonly string[],
  lang: LanguageCode,
): string[] {
  return placeIds.flatMap((id) => {
    const place = placeById.get(id);
    return place ? [placeName(place, lang)] : [];
  });
}

/** A place's name or description in `lang`, with its language; undefined for a missing description. */
export function placeText(
  place: Place,
  field: 'name' | 'description',
  lang: LanguageCode,
  storyLanguage: LanguageCode,
): LocalizedText | undefined {
  const original = place.properties[field];
  if (original === undefined) return undefined;
  return pick(place.properties, field, original, lang, storyLanguage);
}

/** An event's title or summary in `lang`, with the language it is actually in. */
export function eventText(
  event: StoryEvent,
  field: 'title' | 'summary',
  lang: LanguageCode,
  storyLanguage: LanguageCode,
): LocalizedText;
/** An event's note in `lang`, or undefined when the event has none. */
export function eventText(
  event: StoryEvent,
  field: 'note',
  lang: LanguageCode,
  storyLanguage: LanguageCode,
): LocalizedText | undefined;
export function eventText(
  event: StoryEvent,
  field: 'title' | 'summary' | 'note',
  lang: LanguageCode,
  storyLanguage: LanguageCode,
): LocalizedText | undefined {
  const original = event[field];
  if (original === undefined) return undefined;
  return pick(event.translations, field, original, lang, storyLanguage);
}

/** The story's title, summary or credit in `lang`, with the language it is actually in. */
export function storyText(
  story: Story,
  field: 'title' | 'summary' | 'credit',
  lang: LanguageCode,
): LocalizedText {
  return pick(story.translations, field, story[field], lang, story.language);
}

/** A layer's title in `lang`, with the language it is actually in. */
export function layerTitle(
  layer: StoryLayer,
  lang: LanguageCode,
  storyLanguage: LanguageCode,
): LocalizedText {
  return pick(layer.translations, 'title', layer.title, lang, storyLanguage);
}

/** A photo's alt text or credit in `lang`, with the language it is actually in. */
export function mediaText(
  media: StoryMedia,
  field: 'alt' | 'credit',
  lang: LanguageCode,
  storyLanguage: LanguageCode,
): LocalizedText;
/** A photo's caption in `lang`, or undefined when it has none. */
export function mediaText(
  media: StoryMedia,
  field: 'caption',
  lang: LanguageCode,
  storyLanguage: LanguageCode,
): LocalizedText | undefined;
export function mediaText(
  media: StoryMedia,
  field: 'alt' | 'credit' | 'caption',
  lang: LanguageCode,
  storyLanguage: LanguageCode,
): LocalizedText | undefined {
  const original = media[field];
  if (original === undefined) return undefined;
  return pick(media.translations, field, original, lang, storyLanguage);
}
