import { describe, expect, it } from 'vitest';
import {
  eventText,
  layerTitle,
  placeName,
  placeNames,
  placeText,
  storyText,
} from '../../../src/story/text.ts';
import { indexStory } from '../../../src/story/queries.ts';
import { loadFixture } from './fixtures.ts';

async function minimal() {
  const { story } = await loadFixture('valid-minimal');
  if (!story) throw new Error('valid-minimal must load');
  return story;
}

describe('placeName', () => {
  it('uses the translated name when there is one', async () => {
    const seoul = (await minimal()).layers[0]?.features.features[0];
    expect(seoul && placeName(seoul, 'ko')).toBe('서울');
    expect(seoul && placeName(seoul, 'ja')).toBe('ソウル');
  });

  it('falls back to name', async () => {
    const washington = (await minimal()).layers[0]?.features.features[1];
    expect(washington && placeName(washington, 'ko')).toBe('Washington');
  });
});

describe('placeNames', () => {
  it('names the places in the order given, in the language, leaving out unknown ids', async () => {
    const index = indexStory(await minimal());
    const [seoul, washington] = index.places;
    if (!seoul || !washington) throw new Error('valid-minimal has two places');
    expect(placeNames(index.placeById, [washington.id, 'nowhere', seoul.id], 'ko')).toEqual([
      'Washington',
      '서울',
    ]);
  });
});

describe('placeText', () => {
  it('says an untranslated description is in the story language', async () => {
    const washington = (await minimal()).layers[0]?.features.features[1];
    expect(washington && placeText(washington, 'description', 'ja', 'en')).toEqual({
      text: 'Capital of the United States.',
      lang: 'en',
    });
  });

  it('returns undefined for a place without description', async () => {
    const seoul = (await minimal()).layers[0]?.features.features[0];
    expect(seoul && placeText(seoul, 'description', 'en', 'en')).toBeUndefined();
  });
});

describe('eventText', () => {
  it('returns the translation with its language', async () => {
    const meeting = (await minimal()).events.find((e) => e.id === 'meeting');
    expect(meeting && eventText(meeting, 'title', 'ko', 'en')).toEqual({
      text: '서울 회의',
      lang: 'ko',
    });
  });

  it('returns the original with the story language when untranslated', async () => {
    const meeting = (await minimal()).events.find((e) => e.id === 'meeting');
    expect(meeting && eventText(meeting, 'summary', 'ja', 'en')).toEqual({
      text: 'Officials meet in Seoul.',
      lang: 'en',
    });
  });

  it('returns undefined for a missing note', async () => {
    const meeting = (await minimal()).events.find((e) => e.id === 'meeting');
    expect(meeting && eventText(meeting, 'note', 'en', 'en')).toBeUndefined();
  });
});

describe('storyText and layerTitle', () => {
  it('translate the story title and layer titles', async () => {
    const story = await minimal();
    expect(storyText(story, 'title', 'ko')).toEqual({ text: '최소 스토리', lang: 'ko' });
    expect(storyText(story, 'credit', 'ko').lang).toBe('en');
    expect(story.layers[0] && layerTitle(story.layers[0], 'ja', story.language)).toEqual({
      text: '都市',
      lang: 'ja',
    });
  });

  it('keep the story language text when the reader reads that language', async () => {
    const story = await minimal();
    expect(storyText(story, 'title', 'en')).toEqual({ text: 'Minimal story', lang: 'en' });
  });
});
