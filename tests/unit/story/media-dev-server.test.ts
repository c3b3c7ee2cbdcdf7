/**
 * What `npm run dev` serves of a story's photos: the same `media.json` and made files a build
 * writes, never the original photos or anything else under `media/`. Asks a real Vite dev server
 * started here with the story-assets plugin.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildStoryInMemory, type BuiltStory } from '../../../scripts/media/built-story.ts';
import { FIXTURE_STORIES } from './fixtures.ts';
import { serveStories } from './story-assets-site.ts';

const work = mkdtempSync(path.join(tmpdir(), 'media-dev-server-'));
const project = path.join(work, 'project');
const storiesDir = path.join(project, 'geo', 'stories');
let server: ViteDevServer;
let base = '';
let built: BuiltStory;

beforeAll(async () => {
  cpSync(path.join(FIXTURE_STORIES, 'valid-media'), path.join(storiesDir, 'valid-media'), {
    recursive: true,
  });
  built = await buildStoryInMemory(path.join(storiesDir, 'valid-media'));
  const serving = await serveStories(project, storiesDir);
  server = serving.server;
  base = `http://localhost:${serving.port}/stories/valid-media/`;
}, 60_000);

afterAll(async () => {
  await server?.close();
  rmSync(work, { recursive: true, force: true });
});

// A dev server on two shared cores answers slowly while other work runs: no timing is tested here.
describe('the dev server, given a story with photos', { timeout: 30_000 }, () => {
  it('serves media.json as the build writes it', async () => {
    const response = await fetch(`${base}media.json`);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(built.files.get('media.json'));
  });

  it('serves every made file, the same bytes as the build, with its image type', async () => {
    const made = [...built.files.keys()].filter((name) => name.startsWith('media/'));
    expect(made.length).toBeGreaterThan(0);
    for (const name of made) {
      const response = await fetch(`${base}${name}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe(
        name.endsWith('.webp') ? 'image/webp' : 'image/jpeg',
      );
      expect(
        Buffer.from(await response.arrayBuffer()).equals(built.files.get(name) as Buffer),
      ).toBe(true);
    }
  });

  it('answers 404 for the original photos and any other name under media/', async () => {
    for (const name of [
      'ship-at-sea.jpg',
      'meeting-hall.png',
      'media/ship-at-sea.jpg',
      'media/ship-at-sea-00000000-640.webp',
      'media/%2e%2e/ship-at-sea.jpg',
    ]) {
      expect((await fetch(`${base}${name}`)).status, name).toBe(404);
    }
  });
});
