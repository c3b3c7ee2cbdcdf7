/** Joining a story's photos with the files the build made, and picking their text by language. */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { validateFolder } from '../../../scripts/lib/validate-cli.ts';
import {
  hasMedia,
  readMediaManifest,
  storyMediaItems,
  withMediaImages,
} from '../../../src/story/media-images.ts';
import { mediaText } from '../../../src/story/text.ts';
import type { MediaImage, Story } from '../../../src/story/types.ts';
import { FIXTURE_STORIES } from './fixtures.ts';

const IMAGE: MediaImage = {
  width: 1024,
  height: 640,
  sources: [{ type: 'image/webp', srcset: 'media/a-1-320.webp 320w, media/a-1-1024.webp 1024w' }],
  fallback: 'media/a-1-640.jpg',
};

let withPhotos: Story;
let withoutPhotos: Story;
beforeAll(async () => {
  const photos = await validateFolder(path.join(FIXTURE_STORIES, 'valid-media'));
  const none = await validateFolder(path.join(FIXTURE_STORIES, 'valid-minimal'));
  if (!photos.story || !none.story) throw new Error('fixture stories do not load');
  withPhotos = photos.story;
  withoutPhotos = none.story;
});

describe('hasMedia and storyMediaItems', () => {
  it("finds events' and places' photos, and none in a story without", () => {
    expect(hasMedia(withPhotos)).toBe(true);
    // Events in date order (the meeting comes first), then places.
    expect(storyMediaItems(withPhotos).map((item) => item.src)).toEqual([
      'meeting-hall.png',
      'ship-at-sea.jpg',
      'meeting-hall.png',
    ]);
    expect(hasMedia(withoutPhotos)).toBe(false);
  });
});

describe('withMediaImages', () => {
  it('gives each photo its image with every URL prefixed, leaving the story given alone', () => {
    const images = { 'ship-at-sea.jpg': IMAGE, 'meeting-hall.png': IMAGE };
    const joined = withMediaImages(withPhotos, images, 'stories/valid-media/');
    const ship = joined.events.find((event) => event.id === 'exercise')?.media?.[0];
    expect(ship?.image).toEqual({
      width: 1024,
      height: 640,
      sources: [
        {
          type: 'image/webp',
          srcset:
            'stories/valid-media/media/a-1-320.webp 320w, stories/valid-media/media/a-1-1024.webp 1024w',
        },
      ],
      fallback: 'stories/valid-media/media/a-1-640.jpg',
    });
    const place = joined.layers[0]?.features.features.find((p) => p.id === 'washington');
    expect(place?.properties.media?.[0]?.image?.fallback).toBe(
      'stories/valid-media/media/a-1-640.jpg',
    );
    expect(storyMediaItems(withPhotos).every((item) => item.image === undefined)).toBe(true);
  });

  it('keeps an image already there, prefixed, for a photo the manifest does not name', () => {
    const built = withMediaImages(withPhotos, { 'ship-at-sea.jpg': IMAGE });
    const again = withMediaImages(built, {}, 'https://maps.example/stories/valid-media/');
    const ship = again.events.find((event) => event.id === 'exercise')?.media?.[0];
    expect(ship?.image?.fallback).toBe(
      'https://maps.example/stories/valid-media/media/a-1-640.jpg',
    );
    const hall = again.events.find((event) => event.id === 'meeting')?.media?.[0];
    expect(hall?.image).toBeUndefined();
  });
});

describe('readMediaManifest', () => {
  it('keeps well-formed images and drops anything else', () => {
    expect(
      readMediaManifest({
        'a.jpg': IMAGE,
        'b.jpg': { width: '1024', height: 640, sources: [], fallback: 'x.jpg' },
        'c.jpg': { ...IMAGE, sources: [{ type: 'image/webp' }] },
        'd.jpg': null,
      }),
    ).toEqual({ 'a.jpg': IMAGE });
    expect(readMediaManifest('not an object')).toEqual({});
    expect(readMediaManifest(null)).toEqual({});
  });
});

describe('mediaText', () => {
  it('gives the translation in the reader language, else the original in the story language', () => {
    const ship = withPhotos.events.find((event) => event.id === 'exercise')?.media?.[0];
    if (!ship) throw new Error('no photo');
    expect(mediaText(ship, 'caption', 'ko', 'en')).toEqual({
      text: '제주 남쪽을 항해하는 함정들.',
      lang: 'ko',
    });
    expect(mediaText(ship, 'alt', 'ko', 'en')).toEqual({ text: ship.alt, lang: 'en' });
    const hall = withPhotos.events.find((event) => event.id === 'meeting')?.media?.[0];
    if (!hall) throw new Error('no photo');
    expect(mediaText(hall, 'caption', 'en', 'en')).toBeUndefined();
  });
});
