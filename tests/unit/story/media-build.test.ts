/**
 * What the build makes of a story's photos: WebP sizes and a JPEG fallback with width and height
 * written out, never the originals or their metadata, named in the checked story, `media.json`
 * and the prerendered page; and a story without photos gets none of it. Builds valid-media and
 * valid-minimal through the story-assets plugin alone (no app bundle) into a temporary folder.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeRenditions } from '../../../scripts/media/renditions.ts';
import type { StoryIndexEntry } from '../../../src/app/fetch-story.ts';
import type { LanguageCode, MediaImage, Story, StoryLoadResult } from '../../../src/story/types.ts';
import { FIXTURE_STORIES } from './fixtures.ts';
import { buildSiteWithStories } from './story-assets-site.ts';

const work = mkdtempSync(path.join(tmpdir(), 'media-build-'));
const storiesDir = path.join(work, 'project', 'geo', 'stories');
const outDir = path.join(work, 'dist');
const published = path.join(outDir, 'stories', 'valid-media');
afterAll(() => rmSync(work, { recursive: true, force: true }));

beforeAll(async () => {
  for (const name of ['valid-media', 'valid-minimal']) {
    cpSync(path.join(FIXTURE_STORIES, name), path.join(storiesDir, name), { recursive: true });
  }
  await buildSiteWithStories(path.join(work, 'project', 'site'), storiesDir, outDir);
}, 120_000);

/** The story of `id` as the page in `language` reads it: the checked copy the index names. */
function checkedStory(id: string, language: LanguageCode = 'en'): Story {
  const index = JSON.parse(
    readFileSync(path.join(outDir, 'stories', 'index.json'), 'utf8'),
  ) as StoryIndexEntry[];
  const name = index.find((entry) => entry.id === id)?.checked?.[language];
  if (!name) throw new Error(`the index names no ${language} copy of ${id}`);
  const checked = JSON.parse(
    readFileSync(path.join(outDir, 'stories', id, name), 'utf8'),
  ) as StoryLoadResult;
  if (!checked.story) throw new Error(`the build checked no story ${id}`);
  return checked.story;
}

/** The image the build made for the first photo of the event `eventId`. */
function imageOf(story: Story, eventId: string): MediaImage {
  const image = story.events.find((event) => event.id === eventId)?.media?.[0]?.image;
  if (!image) throw new Error(`no image for the photo of ${eventId}`);
  return image;
}

describe('the build, given a story with photos', () => {
  it('publishes the made files and media.json, never the original photos', () => {
    const files = readdirSync(published).sort();
    expect(files).toContain('media.json');
    expect(files).toContain('media');
    expect(files).not.toContain('ship-at-sea.jpg');
    expect(files).not.toContain('meeting-hall.png');
    const made = readdirSync(path.join(published, 'media'));
    // ship-at-sea.jpg is 1600 wide: three WebP widths and a 640 JPEG; meeting-hall.png 900: two.
    expect(
      made
        .filter((name) => name.startsWith('ship-at-sea-'))
        .map((n) => n.replace(/-[0-9a-f]{8}-/, '-'))
        .sort(),
    ).toEqual([
      'ship-at-sea-1024.webp',
      'ship-at-sea-320.webp',
      'ship-at-sea-640.jpg',
      'ship-at-sea-640.webp',
    ]);
    expect(made.filter((name) => name.startsWith('meeting-hall-'))).toHaveLength(3);
  });

  it('writes each photo with the width and height of its files, which are what they say', async () => {
    const image = imageOf(checkedStory('valid-media'), 'exercise');
    expect(image.width).toBe(1024);
    // 1600 × 1000 scaled to 1024 wide.
    expect(image.height).toBe(640);
    const candidates = image.sources[0]?.srcset.split(', ') ?? [];
    expect(candidates).toHaveLength(3);
    for (const candidate of candidates) {
      const [url = '', width] = candidate.split(' ');
      const meta = await sharp(path.join(published, url)).metadata();
      expect(meta.format).toBe('webp');
      expect(`${meta.width}w`).toBe(width);
      expect(meta.height).toBe(Math.round((meta.width * 1000) / 1600));
    }
    const fallback = await sharp(path.join(published, image.fallback)).metadata();
    expect(fallback.format).toBe('jpeg');
    expect(fallback.width).toBe(640);
  });

  it("names the place's photo too, and media.json lists every photo by its file name", () => {
    const story = checkedStory('valid-media');
    const places = story.layers.flatMap((layer) => layer.features.features);
    const hall = places.find((place) => place.id === 'washington')?.properties.media?.[0]?.image;
    expect(hall?.width).toBe(640);
    expect(hall?.height).toBe(427);
    const manifest = JSON.parse(readFileSync(path.join(published, 'media.json'), 'utf8')) as object;
    expect(Object.keys(manifest).sort()).toEqual(['meeting-hall.png', 'ship-at-sea.jpg']);
  });

  it('drops the metadata of the original (EXIF: camera, position)', async () => {
    const withExif = await sharp({
      create: { width: 400, height: 300, channels: 3, background: '#888' },
    })
      .jpeg()
      .withExif({ IFD0: { Artist: 'Someone private', Copyright: 'GPS 37.5N 127E' } })
      .toBuffer();
    expect((await sharp(withExif).metadata()).exif).toBeDefined();
    const made = await makeRenditions('private.jpg', withExif, undefined);
    for (const bytes of made.files.values())
      expect((await sharp(bytes).metadata()).exif).toBeUndefined();
  });

  it('shows the photos in the prerendered page with sizes, alt text, credit and caption', () => {
    const html = readFileSync(path.join(published, 'index.html'), 'utf8');
    const image = imageOf(checkedStory('valid-media'), 'exercise');
    expect(html).toContain(
      `<source type="image/webp" srcset="${image.sources[0]?.srcset ?? ''}" sizes="(max-width: 44rem) calc(100vw - 2rem), 40rem">`,
    );
    expect(html).toContain(
      `<img src="${image.fallback}" width="1024" height="640" alt="A grey warship on a dark sea under an orange evening sky" loading="lazy" decoding="async">`,
    );
    expect(html).toContain(
      '<figcaption><span class="caption">Ships sail south of Jeju.</span> <span class="credit">Test drawing, made with sharp for this fixture</span></figcaption>',
    );
  });

  it("addresses the photos from the site's root in index.html's <noscript> (valid-media is first)", () => {
    const html = readFileSync(path.join(outDir, 'index.html'), 'utf8');
    const image = imageOf(checkedStory('valid-media'), 'exercise');
    expect(html).toContain(`<img src="stories/valid-media/${image.fallback}" width="1024"`);
  });
});

describe('the build, given a story without photos', () => {
  it('writes nothing about photos for it', () => {
    const files = readdirSync(path.join(outDir, 'stories', 'valid-minimal'));
    expect(files).not.toContain('media.json');
    expect(files).not.toContain('media');
    const html = readFileSync(path.join(outDir, 'stories', 'valid-minimal', 'index.html'), 'utf8');
    expect(html).not.toContain('<picture>');
    for (const language of ['en', 'ko', 'ja'] as const) {
      expect(JSON.stringify(checkedStory('valid-minimal', language))).not.toContain('"media"');
    }
  });
});
