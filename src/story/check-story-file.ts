/** Checks of story.json as a whole: that it is a JSON object, its unknown fields, its `updated`. */
import { explainDateError } from './dates.ts';
import { isPlainObject, itemsOf } from './json-values.ts';
import { describeValue } from './messages.ts';
import { toPointer } from './pointers.ts';
import type { ProblemDraft, ProblemReport } from './problems.ts';
import { parseFileText, readSafely, STORY_FILE, type ReadStoryFile } from './read-files.ts';
import {
  DAY_PATTERN,
  EventSchema,
  LANGUAGES,
  LayerEntrySchema,
  MediaSchema,
  SourceSchema,
  StoryFileSchema,
} from './schema.ts';
import { closestMatch } from './suggestions.ts';

/**
 * Reads and parses story.json; undefined (with a problem) unless it holds a JSON object. Also
 * gives the length of its text, which counts towards the story's size limit.
 */
export async function readStoryFile(
  readFile: ReadStoryFile,
  report: ProblemReport,
): Promise<{ root: Record<string, unknown>; storyBytes: number } | undefined> {
  const outcome = await readSafely(readFile, STORY_FILE);
  if ('missing' in outcome) {
    report.add(
      STORY_FILE,
      '',
      `story.json not found: create it in ${report.path('')} (see docs/story-format.md)`,
    );
    return undefined;
  }
  if ('failure' in outcome) {
    report.add(STORY_FILE, '', `could not read the file (${outcome.failure})`);
    return undefined;
  }
  if ('refused' in outcome) {
    report.add(STORY_FILE, '', outcome.refused);
    return undefined;
  }
  const parsed = parseFileText(outcome.text);
  if ('notJson' in parsed) {
    report.add(STORY_FILE, '', parsed.notJson);
    return undefined;
  }
  report.addAll(STORY_FILE, parsed.drafts);
  if (!isPlainObject(parsed.value)) {
    report.add(
      STORY_FILE,
      '',
      `story.json must hold one object { "title": …, "layers": [ … ], "events": [ … ] }, not ${describeValue(parsed.value)}`,
    );
    return undefined;
  }
  return { root: parsed.value, storyBytes: outcome.text.length };
}

/** Warnings for fields story.json does not define, at every level of it. */
export function unknownFieldWarnings(root: Record<string, unknown>): ProblemDraft[] {
  const drafts = unknownFields(root, StoryFileSchema.entries, []);
  itemsOf(root.layers).forEach((layer, i) => {
    drafts.push(...unknownFields(layer, LayerEntrySchema.entries, ['layers', i]));
  });
  itemsOf(root.events).forEach((event, i) => {
    drafts.push(...unknownFields(event, EventSchema.entries, ['events', i]));
    itemsOf(isPlainObject(event) ? event.sources : undefined).forEach((source, j) => {
      drafts.push(...unknownFields(source, SourceSchema.entries, ['events', i, 'sources', j]));
    });
    itemsOf(isPlainObject(event) ? event.media : undefined).forEach((item, j) => {
      drafts.push(...unknownFields(item, MediaSchema.entries, ['events', i, 'media', j]));
    });
  });
  return drafts;
}

function unknownFields(
  value: unknown,
  entries: Record<string, unknown>,
  at: (string | number)[],
): ProblemDraft[] {
  if (!isPlainObject(value)) return [];
  const known = Object.keys(entries);
  return Object.keys(value)
    .filter((key) => !Object.hasOwn(entries, key))
    .map((key) => ({
      pointer: toPointer([...at, key]),
      message: `unknown field ${JSON.stringify(key)} is ignored: ${unknownFieldFix(key, known)}`,
      severity: 'warning' as const,
    }));
}

function unknownFieldFix(key: string, known: string[]): string {
  const translation = /^([a-z]+)_([a-z]{2,3})$/.exec(key);
  const field = translation?.[1];
  if (field && known.includes(`${field}_en`)) {
    return `translations exist for ${LANGUAGES.join(', ')} only`;
  }
  const near = closestMatch(key, known, 2);
  return near ? `did you mean "${near}"?` : 'remove it, or check its spelling';
}

/** `updated` must be a real calendar day (its format is the schema's). */
export function checkUpdated(updated: unknown, report: ProblemReport) {
  if (typeof updated !== 'string' || !DAY_PATTERN.test(updated)) return;
  const reason = explainDateError(updated);
  if (reason) report.add(STORY_FILE, '/updated', `"updated" ${JSON.stringify(updated)} ${reason}`);
}
