/**
 * A story's photos for publishing: the renditions of every file its `media` names (each once),
 * read from the story folder as untrusted input, and the story model with their `image`s.
 * The build writes the files and `media.json`; the dev server serves the same from memory.
 */
import { readStoryFileBytes } from '../lib/safe-read.ts';
import { storyMediaItems, withMediaImages } from '../../src/story/media-images.ts';
import type { MediaImage, Story } from '../../src/story/types.ts';
import { DEFAULT_CACHE_DIR, makeRenditions } from './renditions.ts';

/** The published list of a story's photos: `stories/<id>/media.json` (src → image). */
export const MEDIA_MANIFEST_FILE = 'media.json';

export interface StoryMediaOutputs {
  /** The story with each photo's `image` (URLs relative to the story's folder). */
  story: Story;
  /** src → image, as written to `media.json`. */
  images: Record<string, MediaImage>;
  /** Made files by path relative to the story's folder (`media/…`). */
  files: Map<string, Buffer>;
}

/**
 * Makes the renditions of the photos of `story`, whose folder is `folder`. Throws an Error whose
 * message names the file and says what to do when a photo cannot be read or decoded (the
 * validator has checked names, links, formats and sizes before).
 */
export async function makeStoryMedia(
  folder: string,
  story: Story,
  cacheDir: string | undefined = DEFAULT_CACHE_DIR,
): Promise<StoryMediaOutputs> {
  const images: Record<string, MediaImage> = {};
  const files = new Map<string, Buffer>();
  const sources = [...new Set(storyMediaItems(story).map((item) => item.src))];
  for (const src of sources) {
    const bytes = readStoryFileBytes(folder, src);
    if (!bytes) throw new Error(`${src}: not found in the story folder: run npm run validate`);
    let made;
    try {
      made = await makeRenditions(src, bytes, cacheDir);
    } catch (error) {
      const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
      throw new Error(
        `${src}: the photo could not be decoded (${reason}): open it in an image editor and export it again as JPEG`,
      );
    }
    images[src] = made.image;
    for (const [name, data] of made.files) files.set(name, data);
  }
  return { story: withMediaImages(story, images), images, files };
}
