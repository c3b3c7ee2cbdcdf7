/**
 * The responsive files made from one photo with sharp: WebP at a few widths for `srcset` and a
 * JPEG fallback, each named by the photo's content hash (so a changed photo gets new URLs and a
 * host may cache them for ever), with the size written out so the page keeps its place for them.
 * sharp drops the photo's metadata (EXIF: camera, GPS position) unless asked to keep it, which is
 * what a story folder from many hands wants.
 *
 * Outputs are cached on disk by input hash, so the dev server and the tests do not redo them.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import type { MediaImage } from '../../src/story/types.ts';

/** Widths made for `srcset`, in CSS pixels of a 1x screen; never wider than the photo itself. */
export const RENDITION_WIDTHS_PX = [320, 640, 1024] as const;
/** Width of the JPEG fallback (the `<img src>`), at most. */
export const FALLBACK_WIDTH_PX = 640;
const WEBP_QUALITY = 72;
const JPEG_QUALITY = 75;
/** Bumped whenever the settings above change, so cached outputs of old settings are not reused. */
const SETTINGS_VERSION = 1;

/** Folder under the published story folder that holds the made files. */
export const MEDIA_FOLDER = 'media';

/** Where made files are cached between runs (git-ignored with node_modules). */
export const DEFAULT_CACHE_DIR = join('node_modules', '.cache', 'story-media');

/** The files made from one photo and how the page refers to them. */
export interface PhotoRenditions {
  /** URLs relative to the story's folder (`media/talks-1a2b3c4d-640.webp`). */
  image: MediaImage;
  /** Each made file by its path relative to the story's folder. */
  files: Map<string, Buffer>;
}

interface CachedManifest {
  image: MediaImage;
  files: string[];
}

/** A name part from the photo's file name: lowercase letters, digits and hyphens. */
function stemOf(src: string): string {
  const stem = src
    .replace(/\.[^.]+$/, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return stem.slice(0, 40) || 'photo';
}

/** The widths to make for a photo `widthPx` wide: those it reaches, or its own width when small. */
export function renditionWidths(widthPx: number): number[] {
  const widths = RENDITION_WIDTHS_PX.filter((width) => width <= widthPx);
  return widths.length > 0 ? widths : [widthPx];
}

/** Writes `bytes` to `file` through a temporary file, so a reader never sees half a file. */
function writeAtomically(file: string, bytes: Buffer | string) {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, bytes);
  renameSync(temporary, file);
}

/**
 * The renditions of the photo `bytes` (named `src` in the story). Throws when sharp cannot decode
 * it (the caller words the message). With `cacheDir`, reads and writes the cache there.
 */
export async function makeRenditions(
  src: string,
  bytes: Buffer,
  cacheDir: string | undefined = DEFAULT_CACHE_DIR,
): Promise<PhotoRenditions> {
  const hash = createHash('sha256')
    .update(`v${SETTINGS_VERSION}\0`)
    .update(bytes)
    .digest('hex')
    .slice(0, 16);
  const base = `${MEDIA_FOLDER}/${stemOf(src)}-${hash.slice(0, 8)}`;
  const cached = cacheDir ? readCache(cacheDir, hash, base) : undefined;
  if (cached) return cached;

  // `rotate()` applies the camera's orientation before the metadata that holds it is dropped.
  const source = sharp(bytes, { failOn: 'error' }).rotate();
  const { width: originalWidth = 0 } = await source
    .clone()
    .metadata()
    .then((meta) => ({
      width: (meta.autoOrient?.width ?? meta.width) || 0,
    }));
  const files = new Map<string, Buffer>();
  const srcset: string[] = [];
  let largest = { width: 0, height: 0 };
  for (const width of renditionWidths(originalWidth)) {
    const { data, info } = await source
      .clone()
      .resize({ width, withoutEnlargement: true })
      .webp({ quality: WEBP_QUALITY })
      .toBuffer({ resolveWithObject: true });
    const name = `${base}-${info.width}.webp`;
    files.set(name, data);
    srcset.push(`${name} ${info.width}w`);
    if (info.width > largest.width) largest = { width: info.width, height: info.height };
  }
  const fallbackWidth = Math.min(FALLBACK_WIDTH_PX, originalWidth);
  const jpeg = await source
    .clone()
    .resize({ width: fallbackWidth, withoutEnlargement: true })
    .flatten({ background: '#ffffff' })
    .jpeg({ quality: JPEG_QUALITY, mozjpeg: true })
    .toBuffer({ resolveWithObject: true });
  const fallback = `${base}-${jpeg.info.width}.jpg`;
  files.set(fallback, jpeg.data);
  const image: MediaImage = {
    width: largest.width,
    height: largest.height,
    sources: [{ type: 'image/webp', srcset: srcset.join(', ') }],
    fallback,
  };
  if (cacheDir) writeCache(cacheDir, hash, { image, files });
  return { image, files };
}

function readCache(cacheDir: string, hash: string, base: string): PhotoRenditions | undefined {
  try {
    const folder = join(cacheDir, hash);
    const manifest = JSON.parse(
      readFileSync(join(folder, 'manifest.json'), 'utf8'),
    ) as CachedManifest;
    // The same bytes under another file name: names follow the story's `src`, so redo them.
    if (!manifest.image.fallback.startsWith(base)) return undefined;
    const files = new Map<string, Buffer>();
    for (const name of manifest.files) {
      files.set(name, readFileSync(join(folder, name.replace(`${MEDIA_FOLDER}/`, ''))));
    }
    return { image: manifest.image, files };
  } catch {
    return undefined;
  }
}

function writeCache(cacheDir: string, hash: string, renditions: PhotoRenditions) {
  try {
    const folder = join(cacheDir, hash);
    mkdirSync(folder, { recursive: true });
    for (const [name, data] of renditions.files) {
      writeAtomically(join(folder, name.replace(`${MEDIA_FOLDER}/`, '')), data);
    }
    const manifest: CachedManifest = {
      image: renditions.image,
      files: [...renditions.files.keys()],
    };
    // Written last: a cache entry counts only once all its files are there.
    writeAtomically(join(folder, 'manifest.json'), JSON.stringify(manifest));
  } catch {
    // A cache that cannot be written only costs time next run.
  }
}
