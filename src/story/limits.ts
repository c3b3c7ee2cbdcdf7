/**
 * How big a story may be. A story folder is untrusted input: past these sizes the validator, the
 * build and the dev server stop at once with a clear error instead of hanging or running out of
 * memory. docs/story-format.md lists the same figures.
 */
/** Largest story.json, in bytes (10,000 events take about 3 MB). */
export const MAX_STORY_FILE_BYTES = 10_000_000;
/** Largest layer file, in bytes. */
export const MAX_LAYER_FILE_BYTES = 50_000_000;
/** Largest photo (a `media` file), in bytes: a camera's full-size JPEG is 5 to 15 MB. */
export const MAX_MEDIA_FILE_BYTES = 20_000_000;
/** Largest story.json and layer files together, in bytes. */
export const MAX_STORY_BYTES = 100_000_000;
/** Most features in all the layers of a story. */
export const MAX_FEATURES = 20_000;
/** Most events in a story. */
export const MAX_EVENTS = 20_000;

/** story.json, or one of the files it names. */
export type StoryFileKind = 'story' | 'layer' | 'media';

/** The size limit of a file of the story folder. */
export function maxBytesOf(kind: StoryFileKind): number {
  if (kind === 'media') return MAX_MEDIA_FILE_BYTES;
  return kind === 'story' ? MAX_STORY_FILE_BYTES : MAX_LAYER_FILE_BYTES;
}

/** `12.3 MB`, as the limits are written. */
export function formatMegabytes(bytes: number): string {
  return `${Math.round(bytes / 100_000) / 10} MB`;
}

/** Why a file of `bytes` is not read, with the fix; undefined when it is within its limit. */
export function explainFileTooLarge(kind: StoryFileKind, bytes: number): string | undefined {
  const limit = maxBytesOf(kind);
  if (bytes <= limit) return undefined;
  const size = `is ${formatMegabytes(bytes)}, over the ${formatMegabytes(limit)} limit`;
  if (kind === 'media') {
    return `${size} for a photo, so it was not read: save it smaller (e.g. a JPEG 3000 pixels wide at quality 85)`;
  }
  return kind === 'story'
    ? `${size} for story.json, so it was not read: split the story into several stories`
    : `${size} for a layer file, so it was not read: simplify its shapes (e.g. mapshaper ` +
        '-simplify 10%) or split it into several layers';
}
