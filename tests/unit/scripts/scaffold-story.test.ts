import { describe, expect, it } from 'vitest';
import { explainStoryId, scaffoldStory } from '../../../scripts/lib/scaffold-story.ts';
import { loadStory } from '../../../src/story/index.ts';
import { memoryReader } from '../story/fixtures.ts';

describe('new-story scaffold', () => {
  it('is a valid story with no warnings, dated today', async () => {
    const files = scaffoldStory('flood-2025', '2025-03-04');
    const { story, problems } = await loadStory('flood-2025', memoryReader(files));
    expect(problems).toEqual([]);
    expect(story?.updated).toBe('2025-03-04');
    expect(story?.events).toHaveLength(1);
  });

  it('accepts slugs and explains anything else with a suggestion', () => {
    expect(explainStoryId('flood-2025')).toBeNull();
    expect(explainStoryId('Flood 2025')).toContain('e.g. "flood-2025"');
    expect(explainStoryId('')).toContain('give the story an id');
    expect(explainStoryId('../etc')).toContain('lowercase letters');
  });
});
