/**
 * Reading a story folder's files through the caller's reader (Node fs in the CLI, fetch in the
 * app), so that a reader that fails or answers nonsense becomes a problem, never a throw.
 */
import type { JsonTextResult } from './json-text.ts';

/** Reads a file of the story folder by name; resolves to null when the file does not exist. */
export type ReadStoryFile = (name: string) => Promise<string | null>;

/** The story's own file. */
export const STORY_FILE = 'story.json';

/** What came of reading one file. */
export type ReadOutcome = { text: string } | { missing: true } | { failure: string };

/** Reads `name` through `readFile`; never throws. */
export async function readSafely(readFile: ReadStoryFile, name: string): Promise<ReadOutcome> {
  try {
    const text: unknown = await readFile(name);
    // A reader that answers something other than text (e.g. undefined) means "no such file".
    return typeof text === 'string' ? { text } : { missing: true };
  } catch (error) {
    return { failure: reasonOf(error) };
  }
}

/** The message of anything thrown. */
export function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The problem message for JSON that does not parse. */
export function jsonErrorMessage(result: Extract<JsonTextResult, { ok: false }>): string {
  const where = result.line === undefined ? '' : ` at line ${result.line}, column ${result.column}`;
  return `not valid JSON${where}: ${result.reason}`;
}
