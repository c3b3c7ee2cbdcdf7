/**
 * Meaning checks on `media` (photos of events and places): each names a file inside the story
 * folder that really is a JPEG, PNG, WebP or AVIF image (by its first bytes, not its name) and is
 * not too large. The shape (alt text, credit, a list) is the schema's.
 *
 * The files are looked at through the caller's `InspectMediaFile` (Node: scripts/media/inspect.ts,
 * which refuses links and anything outside the folder). Without one (the app in a browser) only
 * the names are checked: the build has checked the files already.
 */
import { isPlainObject, itemsOf } from './json-values.ts';
import { formatMegabytes, MAX_MEDIA_FILE_BYTES } from './limits.ts';
import { toPointer } from './pointers.ts';
import type { ProblemReport } from './problems.ts';
import { MEDIA_FILE_PATTERN, STORY_FILE } from './read-files.ts';
import type { Place } from './types.ts';

/** What the reader found of a media file. `head` is its first bytes (at least 32 when it has them). */
export type MediaFileInfo =
  | { missing: true }
  | { refused: string }
  | { failure: string }
  | { bytes: number; head: Uint8Array };

/** Looks at file `name` of the story folder; never throws. */
export type InspectMediaFile = (name: string) => Promise<MediaFileInfo>;

/** Image formats a story may use, by what their bytes say. */
export type MediaFormat = 'jpeg' | 'png' | 'webp' | 'avif';

const FORMAT_NAMES: Record<MediaFormat, string> = {
  jpeg: 'JPEG',
  png: 'PNG',
  webp: 'WebP',
  avif: 'AVIF',
};

/** The file name ending each format is written with. */
const FORMAT_EXTENSIONS: Record<MediaFormat, readonly string[]> = {
  jpeg: ['.jpg', '.jpeg'],
  png: ['.png'],
  webp: ['.webp'],
  avif: ['.avif'],
};

/** One media entry to check, wherever it was written. */
export interface MediaEntryAt {
  /** The file that holds the entry: story.json or a layer file. */
  file: string;
  /** Where the entry is in that file. */
  at: (string | number)[];
  src: string;
}

function ascii(head: Uint8Array, from: number, to: number): string {
  return String.fromCharCode(...head.subarray(from, to));
}

/**
 * The image format the first bytes of a file announce (its "magic number"), or undefined when
 * they announce none of the four. AVIF is an ISO-BMFF file whose `ftyp` box names the `avif` or
 * `avis` brand, as major brand or among the compatible ones.
 */
export function sniffImageFormat(head: Uint8Array): MediaFormat | undefined {
  if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'jpeg';
  if (ascii(head, 0, 8) === '\x89PNG\r\n\x1a\n') return 'png';
  if (ascii(head, 0, 4) === 'RIFF' && ascii(head, 8, 12) === 'WEBP') return 'webp';
  if (ascii(head, 4, 8) === 'ftyp') {
    const boxSize =
      ((head[0] ?? 0) << 24) | ((head[1] ?? 0) << 16) | ((head[2] ?? 0) << 8) | (head[3] ?? 0);
    const end = Math.min(boxSize, head.length);
    // Major brand at 8, minor version at 12, compatible brands from 16, four bytes each.
    for (let at = 8; at + 4 <= end; at += at === 8 ? 8 : 4) {
      const brand = ascii(head, at, at + 4);
      if (brand === 'avif' || brand === 'avis') return 'avif';
    }
  }
  return undefined;
}

/** Why `src` cannot name a media file, with the fix; undefined when it can. */
export function explainMediaFileName(src: string): string | undefined {
  if (src.trim() === '') return undefined; // the schema reports it as empty
  if (/^[a-z][a-z0-9+.-]*:/i.test(src)) {
    return `"src" ${JSON.stringify(src)} is an address, not a file: save the photo in the story folder (with its licence checked) and write its file name`;
  }
  if (src.includes('..') || /[/\\]/.test(src)) {
    return `"src" ${JSON.stringify(src)} must be a file name next to story.json, without folders or "..": put the photo in the story folder`;
  }
  if (!MEDIA_FILE_PATTERN.test(src)) {
    return `"src" ${JSON.stringify(src)} must be a JPEG, PNG, WebP or AVIF file (.jpg, .jpeg, .png, .webp or .avif): save the photo in one of these formats`;
  }
  return undefined;
}

/** The media entries of story.json's events that have a string `src`. */
export function eventMediaEntries(events: unknown): MediaEntryAt[] {
  const entries: MediaEntryAt[] = [];
  itemsOf(events).forEach((event, i) => {
    if (!isPlainObject(event)) return;
    itemsOf(event.media).forEach((item, j) => {
      if (isPlainObject(item) && typeof item.src === 'string') {
        entries.push({ file: STORY_FILE, at: ['events', i, 'media', j], src: item.src });
      }
    });
  });
  return entries;
}

/** The media entries of a layer file's places (their `properties.media`). */
export function placeMediaEntries(file: string, places: readonly Place[]): MediaEntryAt[] {
  return places.flatMap((place, k) =>
    (place.properties.media ?? []).map((item, j) => ({
      file,
      at: ['features', k, 'properties', 'media', j],
      src: item.src,
    })),
  );
}

/**
 * Checks each entry's file: a file name in the folder, present, readable (not a link), an image
 * of an allowed format whose name matches its bytes, at most `maxBytes`. Each file is inspected
 * once, however many entries name it; each entry gets its own problem.
 */
export async function checkMediaFiles(
  entries: readonly MediaEntryAt[],
  inspect: InspectMediaFile | undefined,
  report: ProblemReport,
  maxBytes = MAX_MEDIA_FILE_BYTES,
): Promise<void> {
  const verdicts = new Map<string, Promise<string | undefined>>();
  for (const entry of entries) {
    // A blank name is the schema's problem ("is empty"): one problem, not two.
    if (entry.src.trim() === '') continue;
    const pointer = toPointer([...entry.at, 'src']);
    const badName = explainMediaFileName(entry.src);
    if (badName) {
      report.add(entry.file, pointer, badName);
      continue;
    }
    if (!inspect) continue;
    let verdict = verdicts.get(entry.src);
    if (!verdict) {
      verdict = inspectSafely(inspect, entry.src).then((info) =>
        explainMediaFile(entry.src, info, maxBytes, report.path('')),
      );
      verdicts.set(entry.src, verdict);
    }
    const problem = await verdict;
    if (problem) report.add(entry.file, pointer, problem);
  }
}

async function inspectSafely(inspect: InspectMediaFile, name: string): Promise<MediaFileInfo> {
  try {
    return await inspect(name);
  } catch (error) {
    return { failure: error instanceof Error ? error.message : String(error) };
  }
}

/** What is wrong with the file `src`, with the fix; undefined when it is a usable image. */
export function explainMediaFile(
  src: string,
  info: MediaFileInfo,
  maxBytes: number,
  folder: string,
): string | undefined {
  const name = JSON.stringify(src);
  if ('missing' in info) {
    return `"src" ${name} is not in the story folder: put the photo in ${folder || 'the folder'}, or correct the name`;
  }
  if ('refused' in info) return `"src" ${name} ${info.refused}`;
  if ('failure' in info) return `"src" ${name} could not be read (${info.failure})`;
  if (info.bytes > maxBytes) {
    return `"src" ${name} is ${formatMegabytes(info.bytes)}, over the ${formatMegabytes(maxBytes)} limit for a photo: save it smaller (e.g. a JPEG 3000 pixels wide at quality 85)`;
  }
  const format = sniffImageFormat(info.head);
  if (!format) {
    return `"src" ${name} is not a JPEG, PNG, WebP or AVIF image (its bytes say otherwise, whatever its name): open it in an image editor and export it as JPEG`;
  }
  const ending = (/\.[^.]+$/.exec(src)?.[0] ?? '').toLowerCase();
  if (!FORMAT_EXTENSIONS[format].includes(ending)) {
    const fixed = src.replace(/\.[^.]+$/, FORMAT_EXTENSIONS[format][0] ?? '');
    return `"src" ${name} is a ${FORMAT_NAMES[format]} image named as ${ending}: rename the file to ${JSON.stringify(fixed)} (and "src" with it)`;
  }
  return undefined;
}
