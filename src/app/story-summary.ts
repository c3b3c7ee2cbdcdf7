/**
 * What the map shows, as facts for its text alternative: how many places, in which of the story's
 * layers, and the span of its events. Pure, so it is tested in Node.
 */
import type { MapSummaryText } from '../i18n/strings.ts';
import { compareDates, formatDate } from '../story/dates.ts';
import type { StoryIndex } from '../story/queries.ts';
import { layerTitle, storyText } from '../story/text.ts';
import type { LanguageCode } from '../story/types.ts';

/** A list joined the way the language joins one ("A, B and C", "A, B 및 C", "A、B、C"). */
export function formatList(items: readonly string[], language: LanguageCode): string {
  return new Intl.ListFormat(language, { type: 'conjunction' }).format(items);
}

/** The facts of a story for `UiStrings.mapSummary`, in the reader's language. */
export function summarizeStory(index: StoryIndex, language: LanguageCode): MapSummaryText {
  const { story } = index;
  const events = story.events;
  const first = events[0];
  // Events are sorted by start; the last to end may be an earlier, longer one.
  const last = events
    .map((event) => event.end ?? event.date)
    .sort(compareDates)
    .at(-1);
  return {
    title: storyText(story, 'title', language).text,
    placeCount: index.places.length,
    areas: formatList(
      story.layers.map((layer) => layerTitle(layer, language, story.language).text),
      language,
    ),
    eventCount: events.length,
    ...(first && last
      ? { firstDate: formatDate(first.date, language), lastDate: formatDate(last, language) }
      : {}),
  };
}
