/** A story as the app sees it (ncg-2024 by default), loaded from disk for tests of what uses it. */
import { basename } from 'node:path';
import { folderReader } from '../../scripts/lib/validate-cli.ts';
import { loadStory } from '../../src/story/load-story.ts';
import { indexStory, type StoryIndex } from '../../src/story/queries.ts';

/** Loads and indexes a story folder, failing the test run loudly if it does not validate. */
export async function loadStoryIndex(folder = 'geo/stories/ncg-2024'): Promise<StoryIndex> {
  const result = await loadStory(basename(folder), folderReader(folder));
  if (!result.story) {
    throw new Error(`${folder} did not load: ${JSON.stringify(result.problems)}`);
  }
  return indexStory(result.story);
}
