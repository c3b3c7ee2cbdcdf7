/**
 * Loads a story folder into the validated model, or explains every problem found.
 *
 * Pure: the caller passes a reader (Node fs in the CLI, fetch in the app), so the same checks run
 * everywhere. Order of work: parse story.json, check its shape (valibot), read and check each layer
 * file, then check what the values mean (dates, ids, references, URLs, geometry). Meaning checks
 * run on every part whose own shape is right, so one run reports as much as it can.
 *
 * The parts: `read-files.ts` (reading), `check-story-file.ts`, `check-layers.ts`,
 * `check-events.ts` and `check-narrative.ts` (checks), `build-story.ts` (the model), `problems.ts` (the report).
 */
import * as v from 'valibot';
import { buildStory } from './build-story.ts';
import { checkEvents } from './check-events.ts';
import { checkNarrative } from './check-narrative.ts';
import {
  checkMediaFiles,
  eventMediaEntries,
  placeMediaEntries,
  type InspectMediaFile,
  type MediaEntryAt,
} from './check-media.ts';
import {
  checkLayerFile,
  listLayerFiles,
  type FeatureTally,
  type LayerToRead,
} from './check-layers.ts';
import { checkUpdated, readStoryFile, unknownFieldWarnings } from './check-story-file.ts';
import { issuesToDrafts } from './issue-messages.ts';
import { itemsOf } from './json-values.ts';
import { ProblemReport } from './problems.ts';
import { formatMegabytes, MAX_EVENTS, MAX_STORY_BYTES } from './limits.ts';
import {
  readSafely,
  reasonOf,
  STORY_FILE,
  type ReadOutcome,
  type ReadStoryFile,
  unusedFileWarnings,
} from './read-files.ts';
import { SLUG_PATTERN, StoryFileSchema } from './schema.ts';
import { slugify } from './suggestions.ts';
import type { Place, Story, StoryLoadResult } from './types.ts';

// Kept so that code importing these from here keeps working; their homes are the modules named.
export { sortEvents } from './build-story.ts';
export { explainLayerFileName } from './check-layers.ts';
export { explainSourceUrl } from './source-urls.ts';
export { MAX_PROBLEMS_PER_FILE } from './problems.ts';
export { STORY_FILE, type ReadStoryFile } from './read-files.ts';

export interface LoadStoryOptions {
  /**
   * What `Problem.file` starts with, e.g. the folder path as the editor typed it
   * (`geo/stories/ncg-2024`). Default: the story id.
   */
  displayPath?: string;
  /**
   * Lists the names in the story folder, to warn about files the story does not use (they are
   * not published). Without it, no such warning.
   */
  listFiles?: () => Promise<readonly string[]>;
  /**
   * Looks at a photo named in `media` (its size and first bytes), to check it is an image inside
   * the folder. Without it, only the names are checked (the app, reading a built site).
   */
  inspectMedia?: InspectMediaFile;
}

/**
 * Loads and validates the story folder `id` through `readFile`. Never throws: the result holds the
 * story when there is no error (warnings allowed), and every problem found either way.
 */
export async function loadStory(
  id: string,
  readFile: ReadStoryFile,
  options: LoadStoryOptions = {},
): Promise<StoryLoadResult> {
  const report = new ProblemReport(options.displayPath ?? id);
  let story: Story | undefined;
  try {
    story = await loadChecked(id, readFile, report, options);
  } catch (error) {
    // A bug of ours must still come out as a problem, not as a crash of the caller.
    report.add(
      STORY_FILE,
      '',
      `internal error while checking the story (${reasonOf(error)}): please report it`,
    );
  }
  const problems = report.problems();
  return report.hasErrors() || !story ? { problems } : { story, problems };
}

async function loadChecked(
  id: string,
  readFile: ReadStoryFile,
  report: ProblemReport,
  options: LoadStoryOptions,
): Promise<Story | undefined> {
  if (!SLUG_PATTERN.test(id)) {
    const suggestion = slugify(id) || 'my-story';
    report.add(
      STORY_FILE,
      '',
      `story id ${JSON.stringify(id)} (the folder name) appears in links as ?story=…, so it must use ` +
        `only lowercase letters, digits and hyphens: rename the folder to "${suggestion}"`,
    );
  }
  const read = await readStoryFile(readFile, report);
  if (read === undefined) return undefined;
  const { root, storyBytes } = read;
  const events = itemsOf(root.events).length;
  if (events > MAX_EVENTS) {
    report.add(
      STORY_FILE,
      '/events',
      `the story has ${events} events, over the limit of ${MAX_EVENTS}, so it was not checked: ` +
        'split it into several stories',
    );
    return undefined;
  }

  const shape = v.safeParse(StoryFileSchema, root);
  report.addAll(STORY_FILE, issuesToDrafts(shape.issues ?? [], ''));
  report.addAll(STORY_FILE, unknownFieldWarnings(root));
  checkUpdated(root.updated, report);

  const layers = listLayerFiles(root.layers, report);
  const tally: FeatureTally = { origins: new Map(), count: 0 };
  const texts = await readLayerFiles(readFile, layers, storyBytes);
  const places: (Place[] | undefined)[] = [];
  // Places can only be called unknown once every layer's feature list has been read.
  let allLayersRead = layers.length > 0 && layers.length === itemsOf(root.layers).length;
  layers.forEach((layer, i) => {
    const outcome = texts[i] ?? { missing: true };
    const loaded = checkLayerFile(layer, outcome, tally, report);
    places[layer.index] = loaded.places;
    allLayersRead &&= loaded.complete;
  });
  checkEvents(root.events, allLayersRead ? tally.origins : undefined, report);
  checkNarrative(root.narrative, root.events, report);
  const media: MediaEntryAt[] = [
    ...eventMediaEntries(root.events),
    ...layers.flatMap((layer) => placeMediaEntries(layer.file, places[layer.index] ?? [])),
  ];
  await checkMediaFiles(media, options.inspectMedia, report);
  if (options.listFiles) {
    const used = new Set([
      STORY_FILE,
      ...layers.map((layer) => layer.file),
      ...media.map((entry) => entry.src),
    ]);
    const names = await options.listFiles().catch(() => []);
    for (const { file, draft } of unusedFileWarnings(names, used)) report.addAll(file, [draft]);
  }

  if (report.hasErrors() || !shape.success) return undefined;
  return buildStory(id, shape.output, places);
}

/**
 * Reads the layer files one after another, so that a story whose files together pass
 * `MAX_STORY_BYTES` stops being read there instead of filling the memory.
 */
async function readLayerFiles(
  readFile: ReadStoryFile,
  layers: readonly LayerToRead[],
  storyBytes: number,
): Promise<ReadOutcome[]> {
  const outcomes: ReadOutcome[] = [];
  let total = storyBytes;
  for (const layer of layers) {
    if (total > MAX_STORY_BYTES) {
      outcomes.push({
        refused: `not read: the story's files before it already come to more than the ${formatMegabytes(MAX_STORY_BYTES)} a story may hold: simplify the layers, or split the story`,
      });
      continue;
    }
    const outcome = await readSafely(readFile, layer.file);
    if ('text' in outcome) total += outcome.text.length;
    outcomes.push(outcome);
  }
  return outcomes;
}
