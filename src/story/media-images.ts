/**
 * The photos of a story model (`media` of events and places) and the responsive files the build
 * made from them (`image`). Pure: the build, the dev server and the app use it alike.
 */
import type { MediaImage, Place, Story, StoryMedia } from './types.ts';

/** Every photo entry of the story: events first, then places. */
export function storyMediaItems(story: Story): StoryMedia[] {
  const items: StoryMedia[] = [];
  for (const event of story.events) items.push(...(event.media ?? []));
  for (const layer of story.layers) {
    for (const place of layer.features.features) items.push(...(place.properties.media ?? []));
  }
  return items;
}

/** `true` when the story has at least one photo (most do not: then nothing about photos loads). */
export function hasMedia(story: Story): boolean {
  return (
    story.events.some((event) => (event.media?.length ?? 0) > 0) ||
    story.layers.some((layer) =>
      layer.features.features.some((place) => (place.properties.media?.length ?? 0) > 0),
    )
  );
}

/** The image with `prefix` put before each of its URLs (e.g. `stories/ncg-2024/`). */
export function prefixImage(image: MediaImage, prefix: string): MediaImage {
  const prefixSrcset = (srcset: string) =>
    srcset
      .split(',')
      .map((candidate) => prefix + candidate.trim())
      .join(', ');
  return {
    width: image.width,
    height: image.height,
    sources: image.sources.map((source) => ({
      type: source.type,
      srcset: prefixSrcset(source.srcset),
    })),
    fallback: prefix + image.fallback,
  };
}

/**
 * The story with each photo's `image` taken from `images` (by `src`) or kept, its URLs prefixed
 * by `prefix`. The story given is not changed.
 */
export function withMediaImages(
  story: Story,
  images: Readonly<Record<string, MediaImage>>,
  prefix = '',
): Story {
  const attach = (items: StoryMedia[] | undefined) =>
    items?.map((item) => {
      const image = Object.hasOwn(images, item.src) ? images[item.src] : item.image;
      const rest: StoryMedia = { ...item };
      delete rest.image;
      return image ? { ...rest, image: prefixImage(image, prefix) } : rest;
    });
  const withPlace = (place: Place): Place =>
    place.properties.media
      ? { ...place, properties: { ...place.properties, media: attach(place.properties.media) } }
      : place;
  return {
    ...story,
    events: story.events.map((event) =>
      event.media ? { ...event, media: attach(event.media) } : event,
    ),
    layers: story.layers.map((layer) => ({
      ...layer,
      features: { ...layer.features, features: layer.features.features.map(withPlace) },
    })),
  };
}

/** A `media.json` value: photo file name → its image; anything else is ignored. */
export function readMediaManifest(value: unknown): Record<string, MediaImage> {
  const images: Record<string, MediaImage> = {};
  if (typeof value !== 'object' || value === null) return images;
  for (const [src, image] of Object.entries(value)) {
    if (isMediaImage(image)) images[src] = image;
  }
  return images;
}

function isMediaImage(value: unknown): value is MediaImage {
  const image = value as Partial<MediaImage> | null;
  return (
    typeof image === 'object' &&
    image !== null &&
    typeof image.width === 'number' &&
    typeof image.height === 'number' &&
    typeof image.fallback === 'string' &&
    Array.isArray(image.sources) &&
    image.sources.every((s) => typeof s?.type === 'string' && typeof s?.srcset === 'string')
  );
}
