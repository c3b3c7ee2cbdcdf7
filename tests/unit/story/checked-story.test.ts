/**
 * The checked story per page language (src/story/checked-story.ts): each copy holds the text its
 * page shows and no other language's, and the reader's text functions read it as they read the
 * whole story. Run on ncg-2024 (translated in full) and on copies of it with translations removed.
 */
import { describe, expect, it } from 'vitest';
import { folderReader } from '../../../scripts/lib/validate-cli.ts';
import { LANGUAGES } from '../../../src/i18n/languages.ts';
import { checkedStoryFiles, storyInLanguage } from '../../../src/story/checked-story.ts';
import { loadStory } from '../../../src/story/load-story.ts';
import {
  eventText,
  layerTitle,
  mediaText,
  placeName,
  placeText,
  storyText,
} from '../../../src/story/text.ts';
import type { LanguageCode, Story, StoryMedia } from '../../../src/story/types.ts';
import { FIXTURE_STORIES } from './fixtures.ts';

const HANGUL = /[\uac00-\ud7af]/;
const KANA = /[\u3040-\u30ff]/;
/** A key of another language's translation, e.g. `"summary_ko":`. */
const translationKey = (language: LanguageCode) => new RegExp(`"[a-z]+_${language}":`);

async function load(folder: string): Promise<Story> {
  const id = folder.split('/').pop() ?? '';
  const { story, problems } = await loadStory(id, folderReader(folder));
  if (!story) throw new Error(`${folder} did not load: ${JSON.stringify(problems)}`);
  return story;
}

const ncg = await load('geo/stories/ncg-2024');
const withMedia = await load(`${FIXTURE_STORIES}/valid-media`);

/** ncg-2024 with some Korean missing: an event summary, a place name (blank) and a layer title. */
function partlyTranslated(): Story {
  const story = structuredClone(ncg);
  const event = story.events[0];
  const layer = story.layers[0];
  const place = layer?.features.features[0];
  if (!event?.translations || !layer?.translations || !place) throw new Error('ncg-2024 changed');
  delete event.translations.summary_ko;
  delete layer.translations.title_ko;
  place.properties.name_ko = '  ';
  return story;
}

/** A photo's texts as a page in `language` shows them (the functions' overloads, one by one). */
function photoTexts(photo: StoryMedia, language: LanguageCode, own: LanguageCode) {
  return {
    alt: mediaText(photo, 'alt', language, own),
    credit: mediaText(photo, 'credit', language, own),
    caption: mediaText(photo, 'caption', language, own),
  };
}

/** Every text a page shows of `story` in `language`, with the language it is in, by where. */
function shownTexts(story: Story, language: LanguageCode): Record<string, unknown> {
  const own = story.language;
  const shown: Record<string, unknown> = {};
  for (const field of ['title', 'summary', 'credit'] as const) {
    shown[`story/${field}`] = storyText(story, field, language);
  }
  for (const layer of story.layers) {
    shown[`layer/${layer.id}`] = layerTitle(layer, language, own);
    for (const place of layer.features.features) {
      shown[`place/${place.id}/label`] = placeName(place, language);
      shown[`place/${place.id}/name`] = placeText(place, 'name', language, own);
      shown[`place/${place.id}/description`] = placeText(place, 'description', language, own);
      for (const [i, photo] of (place.properties.media ?? []).entries()) {
        shown[`place/${place.id}/media/${i}`] = photoTexts(photo, language, own);
      }
    }
  }
  for (const event of story.events) {
    shown[`event/${event.id}/title`] = eventText(event, 'title', language, own);
    shown[`event/${event.id}/summary`] = eventText(event, 'summary', language, own);
    shown[`event/${event.id}/note`] = eventText(event, 'note', language, own);
    for (const [i, photo] of (event.media ?? []).entries()) {
      shown[`event/${event.id}/media/${i}`] = photoTexts(photo, language, own);
    }
  }
  return shown;
}

describe('storyInLanguage', () => {
  it('leaves no Korean or Japanese text in the English copy', () => {
    const json = JSON.stringify(storyInLanguage(ncg, 'en'));
    expect(JSON.stringify(ncg)).toMatch(HANGUL);
    expect(json).not.toMatch(HANGUL);
    expect(json).not.toMatch(KANA);
    expect(json).not.toMatch(translationKey('ko'));
    expect(json).not.toMatch(translationKey('ja'));
    expect(storyInLanguage(ncg, 'en').events.map((event) => event.summary)).toEqual(
      ncg.events.map((event) => event.summary),
    );
  });

  it('shows the Korean text in the Korean copy, and the English original where there is none', () => {
    const story = partlyTranslated();
    const ko = storyInLanguage(story, 'ko');
    const json = JSON.stringify(ko);
    expect(json).not.toMatch(KANA);
    expect(json).not.toMatch(translationKey('ja'));

    const [first, second] = ko.events;
    const original = story.events;
    // Translated: the Korean text, marked as Korean.
    expect(second?.title).toBe(original[1]?.translations?.title_ko);
    expect(second?.title).toMatch(HANGUL);
    expect(second && eventText(second, 'title', 'ko', 'en')).toEqual({
      text: second?.title,
      lang: 'ko',
    });
    expect(first?.title).toMatch(HANGUL);
    // Untranslated: the English original, marked as English.
    expect(first?.summary).toBe(original[0]?.summary);
    expect(first && eventText(first, 'summary', 'ko', 'en')).toEqual({
      text: original[0]?.summary,
      lang: 'en',
    });
    const layer = ko.layers[0];
    expect(layer?.title).toBe(story.layers[0]?.title);
    expect(layer && layerTitle(layer, 'ko', 'en').lang).toBe('en');
    const place = layer?.features.features[0];
    expect(place && placeName(place, 'ko')).toBe(
      story.layers[0]?.features.features[0]?.properties.name,
    );
    expect(ko.layers[1]?.title).toMatch(HANGUL);
    expect(storyText(ko, 'title', 'ko')).toEqual({
      text: story.translations?.title_ko,
      lang: 'ko',
    });
  });

  it('gives every text the page shows, in the same language, as the whole story does', () => {
    for (const story of [ncg, partlyTranslated(), withMedia]) {
      for (const language of LANGUAGES) {
        const copy = JSON.parse(JSON.stringify(storyInLanguage(story, language))) as Story;
        expect(shownTexts(copy, language), `${story.id} in ${language}`).toEqual(
          shownTexts(story, language),
        );
      }
    }
  });

  it("translates a photo's caption and keeps the rest of the story as it is", () => {
    const ko = storyInLanguage(withMedia, 'ko');
    const photos = (story: Story) =>
      story.events.flatMap((event) => event.media ?? []).filter((photo) => photo.caption);
    const translated = photos(withMedia).find((photo) => photo.translations?.caption_ko);
    expect(translated).toBeDefined();
    expect(photos(ko).map((photo) => photo.caption)).toContain(
      translated?.translations?.caption_ko,
    );
    const shape = (story: Story) => ({
      id: story.id,
      language: story.language,
      updated: story.updated,
      narrative: story.narrative,
      events: story.events.map(({ id, date, end, places, sources }) => ({
        id,
        date,
        end,
        places,
        sources,
      })),
      places: story.layers.map((layer) =>
        layer.features.features.map(({ id, geometry, properties }) => ({
          id,
          geometry,
          layer: properties.layer,
          approximate: properties.approximate,
        })),
      ),
    });
    for (const story of [ncg, withMedia]) {
      for (const language of LANGUAGES) {
        expect(shape(storyInLanguage(story, language))).toEqual(shape(story));
      }
    }
  });
});

describe('checkedStoryFiles', () => {
  it('writes one file per page language, each naming its language, with the warnings', () => {
    const problems = [
      { file: 'ncg-2024/story.json', pointer: '', message: 'a warning', severity: 'warning' },
    ] as const;
    const { names, files } = checkedStoryFiles(ncg, [...problems]);
    expect(Object.keys(names).sort()).toEqual([...LANGUAGES].sort());
    expect([...files.keys()].sort()).toEqual(Object.values(names).sort());
    for (const language of LANGUAGES) {
      const checked = JSON.parse(files.get(names[language]) ?? '') as unknown;
      expect(checked).toEqual({
        language,
        story: JSON.parse(JSON.stringify(storyInLanguage(ncg, language))),
        problems,
      });
    }
  });
});
