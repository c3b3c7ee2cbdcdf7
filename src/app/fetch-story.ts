/** Fetching stories from the app's own origin (`stories/…`, written by the build). */
import { loadStory } from '../story/load-story.ts';
import type { StoryLoadResult } from '../story/types.ts';

export interface StoryIndexEntry {
  id: string;
  title: string;
  /**
   * The story's static preview image, relative to the site (e.g. `stories/<id>/preview.svg`),
   * when the build made one: printed in place of the interactive map.
   */
  preview?: string;
}

/** The stories this site serves, in their default order; empty when the list is unavailable. */
export async function fetchStoryIndex(baseUrl: string): Promise<StoryIndexEntry[]> {
  try {
    const response = await fetch(new URL('stories/index.json', baseUrl));
    if (!response.ok) return [];
    const entries: unknown = await response.json();
    return Array.isArray(entries)
      ? entries.filter(
          (entry): entry is StoryIndexEntry =>
            typeof entry?.id === 'string' && typeof entry?.title === 'string',
        )
      : [];
  } catch {
    return [];
  }
}

/** Fetches and validates one story; a missing file comes back as a problem, never a throw. */
export function fetchStory(baseUrl: string, storyId: string): Promise<StoryLoadResult> {
  return loadStory(storyId, async (name) => {
    try {
      const url = new URL(
        `stories/${encodeURIComponent(storyId)}/${encodeURIComponent(name)}`,
        baseUrl,
      );
      const response = await fetch(url);
      return response.ok ? await response.text() : null;
    } catch {
      return null;
    }
  });
}
