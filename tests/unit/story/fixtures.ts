/** Helpers shared by the story tests: where the fixture stories are, and how to load one. */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { folderReader } from '../../../scripts/lib/validate-cli.ts';
import { loadStory } from '../../../src/story/index.ts';
import type { StoryLoadResult } from '../../../src/story/index.ts';

/** The repository root. */
export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** tests/fixtures/stories, absolute. */
export const FIXTURE_STORIES = path.join(REPO_ROOT, 'tests', 'fixtures', 'stories');

/**
 * Loads the fixture story `name` from disk; problem files read `<name>/<file>`. With `listFiles`,
 * files of the folder the story does not use are warned about, as the CLI does.
 */
export function loadFixture(
  name: string,
  { listFiles = false }: { listFiles?: boolean } = {},
): Promise<StoryLoadResult> {
  const folder = path.join(FIXTURE_STORIES, name);
  return loadStory(name, folderReader(folder), {
    ...(listFiles && { listFiles: () => readdir(folder) }),
  });
}

/** A reader over in-memory files, for stories built inside a test. */
export function memoryReader(files: Record<string, string>) {
  return async (name: string): Promise<string | null> => files[name] ?? null;
}
