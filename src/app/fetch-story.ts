/** Fetching stories from the app's own origin (`stories/…`, written by the build). */
import {
  hasMedia,
  readMediaManifest,
  storyMediaItems,
  withMediaImages,
} from '../story/media-images.ts';
import type { CheckedStory } from '../story/checked-story.ts';
import type { LanguageCode, MediaImage, Story, StoryLoadResult } from '../story/types.ts';

/** One story in `stories/index.json`, as the build writes it and the app reads it. */
export interface StoryIndexEntry {
  /** The story's folder name. */
  id: string;
  /** The story's title, or its id when story.json cannot be read (the app then shows the errors). */
  title: string;
  /**
   * The story as the build checked it, one file per page language (`story.checked.<lang>.json`:
   * the validated story with only that language's text, and any warnings), by language, present
   * in a built site. Without it (the dev server, a story added to a built site by hand) the app
   * fetches the story's own files and validates them itself.
   */
  checked?: Partial<Record<LanguageCode, string>>;
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

function storyFileUrl(baseUrl: string, storyId: string, name: string): URL {
  return new URL(`stories/${encodeURIComponent(storyId)}/${encodeURIComponent(name)}`, baseUrl);
}

/**
 * Fetches one story for a page in `language`: the build's checked copy in that language when the
 * index names one, else its files, validated here (the validator is loaded only then). A missing
 * file comes back as a problem, never a throw. Either way the reader's text functions show the
 * same text in `language`; only the checked copy leaves out the other languages' text.
 */
export async function fetchStory(
  baseUrl: string,
  entry: StoryIndexEntry,
  language: LanguageCode,
): Promise<StoryLoadResult> {
  const result = await fetchStoryFiles(baseUrl, entry, language);
  return result.story && hasMedia(result.story)
    ? { ...result, story: await withPublishedMedia(baseUrl, result.story) }
    : result;
}

async function fetchStoryFiles(
  baseUrl: string,
  entry: StoryIndexEntry,
  language: LanguageCode,
): Promise<StoryLoadResult> {
  const name = entry.checked?.[language];
  if (typeof name === 'string') {
    const url = storyFileUrl(baseUrl, entry.id, name);
    const checked = await fetchChecked(url, entry.id, language);
    if (checked) return { story: checked.story, problems: checked.problems };
  }
  const { loadStory } = await import('../story/load-story.ts');
  return loadStory(entry.id, async (name) => {
    try {
      const response = await fetch(storyFileUrl(baseUrl, entry.id, name));
      return response.ok ? await response.text() : null;
    } catch {
      return null;
    }
  });
}

/**
 * The story with its photos' files addressed from the page. The build's checked copy names them
 * already; a story read from its own files (the dev server) gets them from `media.json`, asked
 * for only then. A photo without files is left out of the page, never an error.
 */
async function withPublishedMedia(baseUrl: string, story: Story): Promise<Story> {
  const folder = new URL(`stories/${encodeURIComponent(story.id)}/`, baseUrl).href;
  const named = storyMediaItems(story).every((item) => item.image);
  let images: Record<string, MediaImage> = {};
  if (!named) {
    try {
      const response = await fetch(new URL('media.json', folder));
      if (response.ok) images = readMediaManifest(await response.json());
    } catch {
      // No photos then; the story itself is fine.
    }
  }
  return withMediaImages(story, images, folder);
}

/** The checked copy, or null when it cannot be had (then the story's own files are read). */
async function fetchChecked(
  url: URL,
  storyId: string,
  language: LanguageCode,
): Promise<CheckedStory | null> {
  try {
    const response = await fetch(url);
    if (!response.ok) return null;
    const result: unknown = await response.json();
    return isCheckedStory(result, storyId, language) ? result : null;
  } catch {
    return null;
  }
}

/**
 * The shape the build writes (src/story/checked-story.ts), for this story in this language: a
 * copy in another language would show the page in the wrong one.
 */
export function isCheckedStory(
  value: unknown,
  storyId: string,
  language: LanguageCode,
): value is CheckedStory {
  if (typeof value !== 'object' || value === null) return false;
  const { story, problems, language: copyLanguage } = value as Partial<CheckedStory>;
  return (
    copyLanguage === language &&
    Array.isArray(problems) &&
    typeof story === 'object' &&
    story !== null &&
    story.id === storyId &&
    Array.isArray(story.layers) &&
    Array.isArray(story.events)
  );
}

/** What a page shows: the site's stories, the one it asked for (or the first), and that story. */
export interface PageStory {
  stories: StoryIndexEntry[];
  storyId: string;
  /** The story and its warnings, or what is wrong with it (no problems: no such story). */
  result: StoryLoadResult;
}

/**
 * Fetches the index and the story `requestedId` names (the first story when none), for a page in
 * `language`.
 */
export async function fetchPageStory(
  baseUrl: string,
  requestedId: string | undefined,
  language: LanguageCode,
): Promise<PageStory> {
  const stories = await fetchStoryIndex(baseUrl);
  const storyId = requestedId ?? stories[0]?.id ?? '';
  const entry = stories.find((candidate) => candidate.id === storyId);
  if (!entry) return { stories, storyId, result: { problems: [] } };
  const result = await fetchStory(baseUrl, entry, language);
  // The benchmark's hook (docs/performance.md): the story is fetched and validated.
  performance.mark('story-loaded');
  return { stories, storyId, result };
}
