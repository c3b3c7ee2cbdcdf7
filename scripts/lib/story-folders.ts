/** Finding story folders on disk, shared by the build plugin and the validation scripts. */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { explainLayerFileName } from '../../src/story/check-layers.ts';
import { parseJsonText } from '../../src/story/json-text.ts';
import { isPlainObject, itemsOf } from '../../src/story/json-values.ts';
import { STORY_FILE } from '../../src/story/read-files.ts';
import { checkStoryFile, readStoryFileBytes } from './safe-read.ts';
import type { StoryIndexEntry } from '../../src/app/fetch-story.ts';

// One shape for the index the build writes and the app reads.
export type { StoryIndexEntry };

/** Name of the generated list of stories served beside the story folders. */
export const STORY_INDEX_FILE = 'index.json';

/**
 * The stories the app serves: every sub-folder of `storiesDir` that holds a story.json, sorted by
 * id (a folder without one is skipped here; `npm run build` fails on it in validate-all).
 */
export function readStoryIndex(storiesDir: string): StoryIndexEntry[] {
  if (!existsSync(storiesDir)) return [];
  return readdirSync(storiesDir, { withFileTypes: true })
    .filter(
      // A linked folder is not a Dirent directory, so it is never served (validate-all says why).
      (entry) => entry.isDirectory() && existsSync(join(storiesDir, entry.name, STORY_FILE)),
    )
    .map((entry) => ({
      id: entry.name,
      title: readTitle(join(storiesDir, entry.name)) ?? entry.name,
    }))
    .sort((a, b) => a.id.localeCompare(b.id));
}

/** The parsed story.json of a story folder, read as untrusted input; undefined when unreadable. */
function readStoryRoot(storyDir: string): Record<string, unknown> | undefined {
  try {
    const bytes = readStoryFileBytes(storyDir, STORY_FILE);
    const parsed = bytes ? parseJsonText(bytes.toString('utf8')) : undefined;
    return parsed?.ok && isPlainObject(parsed.value) ? parsed.value : undefined;
  } catch {
    // A refused or broken story.json is reported by the validator.
    return undefined;
  }
}

function readTitle(storyDir: string): string | null {
  const title = readStoryRoot(storyDir)?.title;
  return typeof title === 'string' ? title : null;
}

/**
 * The files of a story folder that are published (by the build) and served (by the dev server):
 * story.json and the layer files it lists, each only when it may be read (not a link, not over
 * its size limit). Anything else in the folder stays private.
 */
export function publishedFileNames(storyDir: string): string[] {
  const root = readStoryRoot(storyDir);
  if (!root) return [];
  const layers = itemsOf(root.layers).flatMap((entry) => {
    const file = isPlainObject(entry) ? entry.file : undefined;
    return typeof file === 'string' && explainLayerFileName(file) === undefined ? [file] : [];
  });
  return [STORY_FILE, ...new Set(layers)].filter((name) => {
    try {
      return checkStoryFile(storyDir, name) !== null;
    } catch {
      return false;
    }
  });
}
