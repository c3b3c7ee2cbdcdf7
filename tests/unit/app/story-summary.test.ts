import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { summarizeStory } from '../../../src/app/story-summary.ts';
import { uiStrings } from '../../../src/i18n/all-strings.ts';
import { loadStory } from '../../../src/story/load-story.ts';
import { indexStory } from '../../../src/story/queries.ts';

async function loadIndex(folder: string) {
  const result = await loadStory('story', async (name) => {
    try {
      return await readFile(join(folder, name), 'utf8');
    } catch {
      return null;
    }
  });
  if (!result.story) throw new Error(JSON.stringify(result.problems));
  return indexStory(result.story);
}

describe('summarizeStory (the map’s text alternative)', async () => {
  const index = await loadIndex('geo/stories/ncg-2024');

  it('names the places, the layers and the span of the events in English', () => {
    const text = uiStrings('en').mapSummary(summarizeStory(index, 'en'));
    expect(text).toContain('10 places in Seoul, Washington, Singapore, and Freedom Edge');
    expect(text).toContain('13 events from April 26, 2023 to January 10, 2025');
  });

  it('gives the same facts in Korean and Japanese, with dates as those readers write them', () => {
    const ko = uiStrings('ko').mapSummary(summarizeStory(index, 'ko'));
    expect(ko).toContain('장소 10곳');
    expect(ko).toContain('2023년 4월 26일부터 2025년 1월 10일까지의 사건 13건');
    const ja = uiStrings('ja').mapSummary(summarizeStory(index, 'ja'));
    expect(ja).toContain('10か所');
    expect(ja).toContain('2023年4月26日から2025年1月10日までの出来事13件');
  });

  it('leaves out the dates of a story without events', async () => {
    const minimal = await loadIndex('tests/fixtures/stories/valid-minimal');
    const facts = summarizeStory({ ...minimal, story: { ...minimal.story, events: [] } }, 'en');
    expect(facts.firstDate).toBeUndefined();
    expect(uiStrings('en').mapSummary(facts)).not.toContain(' from ');
  });
});
