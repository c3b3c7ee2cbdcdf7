/** Reads a story folder's files (story.json and every layer) as the editor's server sends them. */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parseStoryFiles, type StoryDocument } from '../../../src/editor/core/index.ts';

export const NCG_FOLDER = path.resolve(import.meta.dirname, '../../../geo/stories/ncg-2024');

export function readFolder(folder: string = NCG_FOLDER): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of readdirSync(folder).sort())
    files[name] = readFileSync(path.join(folder, name), 'utf8');
  return files;
}

export function ncgDocument(): StoryDocument {
  const parsed = parseStoryFiles(readFolder());
  if (!('doc' in parsed))
    throw new Error(`ncg-2024 does not parse: ${JSON.stringify(parsed.problems)}`);
  return parsed.doc;
}

/** The lines of `after` that differ from `before`, by position (the files keep their line count). */
export function changedLines(before: string, after: string): string[] {
  const a = before.split('\n');
  const b = after.split('\n');
  return b.filter((line, i) => line !== a[i]);
}

/** `value`, or a failed test saying what was missing. */
export function must<T>(value: T | undefined, what = 'value'): T {
  if (value === undefined) throw new Error(`${what} is missing`);
  return value;
}
