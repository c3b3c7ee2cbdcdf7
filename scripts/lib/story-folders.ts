/** Finding story folders on disk, shared by the build plugin and the validation scripts. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
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
      (entry) => entry.isDirectory() && existsSync(join(storiesDir, entry.name, 'story.json')),
    )
    .map((entry) => ({
      id: entry.name,
      title: readTitle(join(storiesDir, entry.name, 'story.json')) ?? entry.name,
    }))
    .sort((a, b) => a.id.localeCompare(b.id));
}

function readTitle(storyJsonPath: string): string | null {
  try {
    const parsed: unknown = JSON.parse(readFileSync(storyJsonPath, 'utf8'));
    if (
      parsed &&
      typeof parsed === 'object' &&
      'title' in parsed &&
      typeof parsed.title === 'string'
    ) {
      return parsed.title;
    }
  } catch {
    // A broken story.json is reported by the validator; the index only needs a label.
  }
  return null;
}
