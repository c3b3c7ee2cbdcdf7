/**
 * Fetching a story: the build's checked copy when the index names one, else the story's own files,
 * validated in the page. `fetch` is a stand-in serving files from disk or from memory.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchStory, isCheckedStory } from '../../../src/app/fetch-story.ts';
import { checkedStoryFiles, storyInLanguage } from '../../../src/story/checked-story.ts';
import type { StoryLoadResult } from '../../../src/story/types.ts';
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

/** The checked copies the build writes of a loaded story, served under `stories/<id>/`. */
function checkedCopies(id: string, loaded: StoryLoadResult) {
  const { story } = loaded;
  if (!story) throw new Error(`${id} does not load`);
  const { names, files } = checkedStoryFiles(story, loaded.problems);
  const served = Object.fromEntries(
    [...files].map(([name, text]) => [`stories/${id}/${name}`, text]),
  );
  return { story, names, served };
}

describe('fetchStory', () => {
  it("reads only the page language's checked copy when the index names them", async () => {
    const loaded = await loadFixture('valid-minimal');
    const { story, names, served } = checkedCopies('valid-minimal', loaded);
    const entry = { id: 'valid-minimal', title: 'Valid', checked: names };
    for (const language of ['en', 'ko', 'ja'] as const) {
      const asked = serve(served);
      const result = await fetchStory(BASE, entry, language);
      expect(result).toEqual({
        story: storyInLanguage(story, language),
        problems: loaded.problems,
      });
      expect(asked).toEqual([`stories/valid-minimal/story.checked.${language}.json`]);
    }
  });

  it("validates the story's own files without a checked copy, or one of another story or language", async () => {
    const files = storyFiles('valid-minimal', path.join(FIXTURE_STORIES, 'valid-minimal'));
    const expected = await loadFixture('valid-minimal');
    serve(files);
    expect(await fetchStory(BASE, { id: 'valid-minimal', title: 'Valid' }, 'ko')).toEqual(expected);
    const own = checkedCopies('valid-minimal', expected);
    const other = checkedCopies('another-story', {
      ...expected,
      story: { ...own.story, id: 'another-story' },
    });
    const wrongCopies = {
      // Another story's copy, and the English copy where the Korean one should be.
      'stories/valid-minimal/story.checked.en.json':
        other.served['stories/another-story/story.checked.en.json'] ?? '',
      'stories/valid-minimal/story.checked.ko.json':
        own.served['stories/valid-minimal/story.checked.en.json'] ?? '',
    };
    const entry = { id: 'valid-minimal', title: 'Valid', checked: own.names };
    for (const language of ['en', 'ko'] as const) {
      const asked = serve({ ...files, ...wrongCopies });
      expect(await fetchStory(BASE, entry, language)).toEqual(expected);
      expect(asked).toContain('stories/valid-minimal/story.json');
    }
  });

  it('reports a missing story as problems, never a throw', async () => {
    serve({});
    const result = await fetchStory(BASE, { id: 'gone', title: 'Gone' }, 'en');
    expect(result.story).toBeUndefined();
    expect(result.problems[0]?.file).toBe('gone/story.json');
  });
});

describe('isCheckedStory', () => {
  it('accepts what the build writes for this story and language, nothing else', async () => {
    const loaded = await loadFixture('valid-minimal');
    const { served } = checkedCopies('valid-minimal', loaded);
    const ko: unknown = JSON.parse(served['stories/valid-minimal/story.checked.ko.json'] ?? '');
    expect(isCheckedStory(ko, 'valid-minimal', 'ko')).toBe(true);
    expect(isCheckedStory(ko, 'valid-minimal', 'en')).toBe(false);
    expect(isCheckedStory(ko, 'other', 'ko')).toBe(false);
    // The whole-story shape of earlier builds names no language.
    expect(isCheckedStory(loaded, 'valid-minimal', 'en')).toBe(false);
    expect(isCheckedStory({ language: 'ko', problems: [] }, 'valid-minimal', 'ko')).toBe(false);
    const { story } = loaded;
    expect(isCheckedStory({ language: 'ko', story }, 'valid-minimal', 'ko')).toBe(false);
    expect(isCheckedStory(null, 'valid-minimal', 'ko')).toBe(false);
  });
});
