/**
 * A story folder with photos as a build publishes it, made in memory and served to one page
 * through request routes: for the browser tests and the bench, which use the fixture story
 * valid-media beside the built site (ncg-2024 has no photos). The files come from the same
 * functions the build uses, so what a page gets is what `npm run build` would write.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { folderReader } from '../lib/validate-cli.ts';
import { storyPageHtml } from '../preview/story-outputs.ts';
import { checkedStoryFiles } from '../../src/story/checked-story.ts';
import { loadStory } from '../../src/story/load-story.ts';
import type { LanguageCode } from '../../src/story/types.ts';
import { makeStoryMedia } from './story-media.ts';

/** A built story: its id, title and published files by path below `stories/<id>/`. */
export interface BuiltStory {
  id: string;
  title: string;
  /** The checked copy's file name for each page language, as `stories/index.json` names them. */
  checked: Record<LanguageCode, string>;
  files: Map<string, Buffer | string>;
}

/** A blank preview: the bench and tests do not need the story's picture, only a file there. */
const BLANK_PREVIEW = '<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="675"/>';

/** Builds the story folder `folder` (its id is the folder's name) in memory; throws on errors. */
export async function buildStoryInMemory(folder: string): Promise<BuiltStory> {
  const id = path.basename(folder);
  const { story } = await loadStory(id, folderReader(folder));
  if (!story) throw new Error(`${folder} does not validate: run npm run validate -- ${folder}`);
  const media = await makeStoryMedia(folder, story);
  const checked = checkedStoryFiles(media.story, []);
  return {
    id,
    title: story.title,
    checked: checked.names,
    files: new Map<string, Buffer | string>([
      ...checked.files,
      ['media.json', JSON.stringify(media.images)],
      ['index.html', storyPageHtml(media.story)],
      ['preview.svg', BLANK_PREVIEW],
      ...media.files,
    ]),
  };
}

const CONTENT_TYPES: Record<string, string> = {
  '.json': 'application/json',
  '.html': 'text/html; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.webp': 'image/webp',
  '.jpg': 'image/jpeg',
};

/** Serves `built` to `page` beside the site's own stories (listed in stories/index.json). */
export async function serveBuiltStory(page: Page, built: BuiltStory): Promise<void> {
  const { id, title, checked, files } = built;
  await page.route('**/stories/index.json', async (route) => {
    const response = await route.fetch();
    const stories = (await response.json()) as object[];
    await route.fulfill({
      response,
      json: [...stories, { id, title, checked }],
    });
  });
  await page.route(`**/stories/${id}/**`, (route) => {
    const name = new URL(route.request().url()).pathname.split(`/stories/${id}/`)[1] ?? '';
    const body = files.get(name);
    if (body === undefined) return route.fulfill({ status: 404, body: 'not found' });
    return route.fulfill({ body, contentType: CONTENT_TYPES[path.extname(name)] ?? 'text/plain' });
  });
}
