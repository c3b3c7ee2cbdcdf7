/**
 * Reading a story folder's files through the caller's reader (Node fs in the CLI, fetch in the
 * app), so that a reader that fails, refuses or answers nonsense becomes a problem, never a throw.
 */
import { parseJsonText, type JsonTextResult } from './json-text.ts';
import type { ProblemDraft } from './problems.ts';
import { explainFileTooLarge, type StoryFileKind } from './limits.ts';

/**
 * Reads a file of the story folder by name; resolves to null when the file does not exist. A
 * reader that will not read a file (a link, a file too large) throws a `RefusedFile`.
 */
export type ReadStoryFile = (name: string) => Promise<string | null>;

/** The story's own file. */
export const STORY_FILE = 'story.json';

/**
 * Thrown by a reader that will not read a file, its message saying why and how to fix it (it must
 * never quote the file, or whatever a link points to).
 */
export class RefusedFile extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RefusedFile';
  }
}

/** `true` for a `RefusedFile`, also one made by another copy of this module (bundled configs). */
export function isRefusedFile(error: unknown): error is RefusedFile {
  return error instanceof Error && error.name === 'RefusedFile';
}

/** File name endings of photos (`media`); a layer file ends in .json or .geojson. */
export const MEDIA_FILE_PATTERN = /\.(jpe?g|png|webp|avif)$/i;

/** Which limit a file of the folder is held to. */
export function kindOf(name: string): StoryFileKind {
  if (name === STORY_FILE) return 'story';
  return MEDIA_FILE_PATTERN.test(name) ? 'media' : 'layer';
}

/** What came of reading one file. */
export type ReadOutcome =
  { text: string } | { missing: true } | { failure: string } | { refused: string };

/** Reads `name` through `readFile`; never throws. Text over the file's size limit is refused. */
export async function readSafely(readFile: ReadStoryFile, name: string): Promise<ReadOutcome> {
  let text: unknown;
  try {
    text = await readFile(name);
  } catch (error) {
    return isRefusedFile(error) ? { refused: error.message } : { failure: reasonOf(error) };
  }
  // A reader that answers something other than text (e.g. undefined) means "no such file".
  if (typeof text !== 'string') return { missing: true };
  // Length in UTF-16 units is at most the size in UTF-8 bytes, so this never refuses too much;
  // the Node reader checks the exact size before reading.
  const tooLarge = explainFileTooLarge(kindOf(name), text.length);
  return tooLarge ? { refused: tooLarge } : { text };
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

/**
 * Parses a file's text: its value and the keys that repeat in one object (problems, as readers
 * disagree on which one counts), or the one problem that it is not JSON.
 */
export function parseFileText(
  text: string,
): { value: unknown; drafts: ProblemDraft[] } | { notJson: string } {
  const parsed = parseJsonText(text);
  if (!parsed.ok) return { notJson: jsonErrorMessage(parsed) };
  const repeated = parsed.repeatedKeys;
  if (!repeated) return { value: parsed.value, drafts: [] };
  const drafts: ProblemDraft[] = repeated.listed.map(({ pointer, key, line, firstLine }) => ({
    pointer,
    message:
      `duplicate key ${JSON.stringify(key)} (${firstLine === line ? `twice on line ${line}` : `lines ${firstLine} and ${line}`}): ` +
      'programs disagree on which of the two counts, so keep one and remove the other',
    severity: 'error',
  }));
  const more = repeated.total - repeated.listed.length;
  if (more > 0) {
    drafts.push({
      pointer: '',
      message: `${more} more duplicate keys in this file: keep one of each and remove the others`,
      severity: 'error',
      count: more,
    });
  }
  return { value: parsed.value, drafts };
}

/** Files an operating system leaves in folders, not worth a warning. */
const SYSTEM_FILES = new Set(['.DS_Store', 'Thumbs.db', 'desktop.ini']);

/**
 * Warnings for the files of the folder that the story does not use: they are not published, and
 * the editor should know that they stay private (or that a layer is missing from story.json).
 */
export function unusedFileWarnings(
  names: readonly string[],
  used: ReadonlySet<string>,
): { file: string; draft: ProblemDraft }[] {
  return names
    .filter((name) => !used.has(name) && !SYSTEM_FILES.has(name))
    .sort()
    .map((name) => ({
      file: name,
      draft: {
        pointer: '',
        message:
          'is not used by story.json, so it is not published (it stays private): list it as a ' +
          'layer if the map should show it, or move it out of the folder',
        severity: 'warning',
      },
    }));
}
