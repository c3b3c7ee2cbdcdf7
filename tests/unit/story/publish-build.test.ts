/**
 * What the build publishes of a story folder (issue 15): story.json, the layers it lists and what
 * the build makes from them, nothing else. Builds a copy of ncg-2024 with a stray private file and
 * a link out, through the story-assets plugin alone (no app bundle), into a temporary folder.
 */
import {
  cpSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoryIndexEntry } from '../../../src/app/fetch-story.ts';
import { REPO_ROOT } from './fixtures.ts';
import { buildSiteWithStories } from './story-assets-site.ts';

const PRIVATE = 'PRIVATE-NOTE-NOT-FOR-READERS';
const work = mkdtempSync(path.join(tmpdir(), 'publish-build-'));
const storiesDir = path.join(work, 'project', 'geo', 'stories');
const story = path.join(storiesDir, 'ncg-2024');
const outDir = path.join(work, 'dist');
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Every file under `folder`, as paths relative to it. */
function filesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)))
    .sort();
}

beforeAll(async () => {
  cpSync(path.join(REPO_ROOT, 'geo', 'stories', 'ncg-2024'), story, { recursive: true });
  writeFileSync(path.join(story, 'notes-private.json'), JSON.stringify({ note: PRIVATE }));
  writeFileSync(
    path.join(story, 'draft.geojson'),
    JSON.stringify({ type: 'FeatureCollection', features: [], name: PRIVATE }),
  );
  writeFileSync(path.join(work, 'outside.json'), JSON.stringify({ note: PRIVATE }));
  symlinkSync(path.join(work, 'outside.json'), path.join(story, 'linked.json'));
  await buildSiteWithStories(path.join(work, 'project', 'site'), storiesDir, outDir);
}, 60_000);

describe('the build, given a story folder with files the story does not use', () => {
  it('publishes story.json, the layers it lists and what it makes from them, nothing else', () => {
    const storyJson = JSON.parse(readFileSync(path.join(story, 'story.json'), 'utf8')) as {
      layers: { file: string }[];
    };
    const expected = [
      'index.html',
      'preview.png',
      'preview.svg',
      'story.checked.en.json',
      'story.checked.ja.json',
      'story.checked.ko.json',
      'story.json',
      ...storyJson.layers.map((layer) => layer.file),
    ].sort();
    expect(filesUnder(path.join(outDir, 'stories', 'ncg-2024'))).toEqual(expected);
  });

  it("names each language's checked copy in the index, holding only that language's text", () => {
    const index = JSON.parse(
      readFileSync(path.join(outDir, 'stories', 'index.json'), 'utf8'),
    ) as StoryIndexEntry[];
    const names = index.find((entry) => entry.id === 'ncg-2024')?.checked;
    expect(names).toEqual({
      en: 'story.checked.en.json',
      ko: 'story.checked.ko.json',
      ja: 'story.checked.ja.json',
    });
    const copy = (name: string) =>
      readFileSync(path.join(outDir, 'stories', 'ncg-2024', name), 'utf8');
    expect(copy('story.checked.en.json')).not.toMatch(/[\uac00-\ud7af\u3040-\u30ff]/);
    expect(copy('story.checked.ko.json')).toMatch(/[\uac00-\ud7af]/);
    expect(copy('story.checked.ko.json')).not.toMatch(/[\u3040-\u30ff]/);
    expect(copy('story.checked.ja.json')).toMatch(/[\u3040-\u30ff]/);
    expect(copy('story.checked.ja.json')).not.toMatch(/[\uac00-\ud7af]/);
  });

  it('publishes the story files as they are', () => {
    for (const name of ['story.json', 'seoul.geojson']) {
      expect(readFileSync(path.join(outDir, 'stories', 'ncg-2024', name), 'utf8')).toBe(
        readFileSync(path.join(story, name), 'utf8'),
      );
    }
  });

  it('leaves no trace of the private files anywhere in the output', () => {
    for (const file of filesUnder(outDir)) {
      expect(readFileSync(path.join(outDir, file), 'utf8'), file).not.toContain(PRIVATE);
      expect(file).not.toMatch(/notes-private|draft|linked/);
    }
  });
});
