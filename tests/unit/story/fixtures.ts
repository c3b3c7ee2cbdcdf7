/** Helpers shared by the story tests: where the fixture stories are, and how to load one. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { folderReader } from '../../../scripts/lib/validate-cli.ts';
import { loadStory } from '../../../src/story/index.ts';
import type { StoryLoadResult } from '../../../src/story/index.ts';

/** The repository root. */
export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** tests/fixtures/stories, absolute. */
export const FIXTURE_STORIES = path.join(REPO_ROOT, 'tests', 'fixtures', 'stories');

/** Loads the fixture story `name` from disk; problem files read `<name>/<file>`. */
export function loadFixture(name: string): Promise<StoryLoadResult> {
  return loadStory(name, folderReader(path.join(FIXTURE_STORIES, name)));
}

/** A reader over in-memory files, for stories built inside a test. */
export function memoryReader(files: Record<string, string>) {
  return async (name: string): Promise<string | null> => files[name] ?? null;
}
