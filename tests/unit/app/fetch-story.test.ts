/**
 * Fetching a story: the build's checked copy when the index names one, else the story's own files,
 * validated in the page. `fetch` is a stand-in serving files from disk or from memory.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchStory, isCheckedStory } from '../../../src/app/fetch-story.ts';
import { FIXTURE_STORIES, loadFixture } from '../story/fixtures.ts';

const BASE = 'https://maps.example.org/';

/** Serves `files` (path below the site → text) and records what was asked for. */
function serve(files: Record<string, string>): string[] {
  const asked: string[] = [];
  vi.stubGlobal('fetch', async (url: URL) => {
    const name = decodeURIComponent(url.href.slice(BASE.length));
    asked.push(name);
    const text = files[name];
    return text === undefined ? new Response('', { status: 404 }) : new Response(text);
  });
  return asked;
}

function storyFiles(id: string, folder: string): Record<string, string> {
  const read = (name: string) => readFileSync(path.join(folder, name), 'utf8');
  const story = JSON.parse(read('story.json')) as { layers: { file: string }[] };
  return Object.fromEntries(
    ['story.json', ...story.layers.map((layer) => layer.file)].map((name) => [
      `stories/${id}/${name}`,
      read(name),
    ]),
  );
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('fetchStory', () => {
  it('reads the checked copy alone when the index names one, and returns it as it is', async () => {
    const checked = await loadFixture('valid-minimal');
    const asked = serve({ 'stories/valid-minimal/story.checked.json': JSON.stringify(checked) });
    const result = await fetchStory(BASE, {
      id: 'valid-minimal',
      title: 'Valid',
      checked: 'story.checked.json',
    });
    expect(result).toEqual(checked);
    expect(asked).toEqual(['stories/valid-minimal/story.checked.json']);
  });

  it("validates the story's own files when there is no checked copy, or it is not this story's", async () => {
    const files = storyFiles('valid-minimal', path.join(FIXTURE_STORIES, 'valid-minimal'));
    const expected = await loadFixture('valid-minimal');
    serve(files);
    expect(await fetchStory(BASE, { id: 'valid-minimal', title: 'Valid' })).toEqual(expected);
    const other = { ...expected, story: { ...expected.story, id: 'another-story' } };
    const asked = serve({
      ...files,
      'stories/valid-minimal/story.checked.json': JSON.stringify(other),
    });
    const entry = { id: 'valid-minimal', title: 'Valid', checked: 'story.checked.json' };
    expect(await fetchStory(BASE, entry)).toEqual(expected);
    expect(asked).toContain('stories/valid-minimal/story.json');
  });

  it('reports a missing story as problems, never a throw', async () => {
    serve({});
    const result = await fetchStory(BASE, { id: 'gone', title: 'Gone' });
    expect(result.story).toBeUndefined();
    expect(result.problems[0]?.file).toBe('gone/story.json');
  });
});

describe('isCheckedStory', () => {
  it('accepts what the build writes and nothing of another shape', async () => {
    const checked = await loadFixture('valid-minimal');
    expect(isCheckedStory(JSON.parse(JSON.stringify(checked)), 'valid-minimal')).toBe(true);
    expect(isCheckedStory(checked, 'other')).toBe(false);
    expect(isCheckedStory({ problems: [] }, 'valid-minimal')).toBe(false);
    expect(isCheckedStory({ story: checked.story }, 'valid-minimal')).toBe(false);
    expect(isCheckedStory(null, 'valid-minimal')).toBe(false);
  });
});
