/**
 * The story validator's command-line side, shared by `validate.ts` (folders given) and
 * `validate-all.ts` (every folder under geo/stories/). Reads folders with Node fs, runs the same
 * `loadStory` as the app, and prints one line per problem.
 *
 * Output contract: every problem line goes to stdout as `<file>: <JSON pointer>: <message>`
 * (a warning's message starts with "warning: "); the `ok: …` summary goes to stdout; usage text,
 * the `failed: …` summary and internal failures go to stderr. Exit 0 = no error (warnings allowed),
 * 1 = at least one error, 2 = wrong usage. Never a stack trace.
 */
import { lstat, readdir } from 'node:fs/promises';
import path from 'node:path';
import {
  countProblems,
  loadStory,
  type Problem,
  type ReadStoryFile,
  type StoryLoadResult,
} from '../../src/story/index.ts';
import { folderMediaInspector } from '../media/inspect.ts';
import { LINKED_FOLDER_MESSAGE, safeFolderReader } from './safe-read.ts';

/** Where the CLI writes; tests pass their own. */
export interface CliOutput {
  out: (line: string) => void;
  err: (line: string) => void;
}

/** Writes to the process's stdout and stderr. */
export const processOutput: CliOutput = {
  out: (line) => process.stdout.write(line + '\n'),
  err: (line) => process.stderr.write(line + '\n'),
};

/**
 * Reads files of `folder` as UTF-8 text; a missing file is null. Links, files that are not regular
 * files and files over their size limit are refused (see safe-read.ts); other failures throw.
 */
export function folderReader(folder: string): ReadStoryFile {
  return safeFolderReader(folder);
}

function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** A folder argument as the editor typed it, tidied: `./geo/stories/x/` → `geo/stories/x`. */
export function displayPathOf(folder: string): string {
  const normal = path.normalize(folder);
  const trimmed = normal.replace(/[\\/]+$/, '');
  return trimmed === '' ? normal : trimmed;
}

function folderProblem(display: string, message: string): StoryLoadResult {
  return { problems: [{ file: display, pointer: '', message, severity: 'error' }] };
}

/** Validates one story folder on disk; the id is the folder's name. Never throws. */
export async function validateFolder(folder: string): Promise<StoryLoadResult> {
  const display = displayPathOf(folder);
  try {
    const info = await lstat(path.resolve(folder));
    if (info.isSymbolicLink()) return folderProblem(display, LINKED_FOLDER_MESSAGE);
    if (!info.isDirectory()) {
      const fix =
        path.basename(folder) === 'story.json'
          ? `give the folder that holds it: ${displayPathOf(path.dirname(folder))}`
          : 'give a story folder, e.g. geo/stories/ncg-2024';
      return folderProblem(display, `is a file, not a folder: ${fix}`);
    }
  } catch (error) {
    const code = errorCode(error);
    return folderProblem(
      display,
      code === 'ENOENT'
        ? 'folder not found: check the path (stories live in geo/stories/<story-id>)'
        : `could not open the folder (${code ?? String(error)})`,
    );
  }
  const id = path.basename(path.resolve(folder));
  return loadStory(id, folderReader(folder), {
    displayPath: display,
    listFiles: () => readdir(folder),
    inspectMedia: folderMediaInspector(folder),
  });
}

/** One output line for a problem: `<file>: <pointer>: <message>`, warnings marked "warning: ". */
export function formatProblem(problem: Problem): string {
  const message = problem.severity === 'warning' ? `warning: ${problem.message}` : problem.message;
  return `${problem.file}: ${problem.pointer}: ${message}`;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** Problems of `severity` in all the results, counting those a summing-up line stands for. */
function countAll(results: readonly StoryLoadResult[], severity: Problem['severity']): number {
  return results.reduce((sum, r) => sum + countProblems(r.problems, severity), 0);
}

/** The success line: `ok: 2 stories, 8 layers, 27 places, 13 events (1 warning)`. */
export function formatSummary(results: readonly StoryLoadResult[]): string {
  const stories = results.flatMap((r) => (r.story ? [r.story] : []));
  const layers = stories.flatMap((s) => s.layers);
  const places = layers.reduce((sum, layer) => sum + layer.features.features.length, 0);
  const events = stories.reduce((sum, s) => sum + s.events.length, 0);
  const warnings = countAll(results, 'warning');
  const counts = [
    plural(stories.length, 'story').replace('storys', 'stories'),
    plural(layers.length, 'layer'),
    plural(places, 'place'),
    plural(events, 'event'),
  ].join(', ');
  return `ok: ${counts}${warnings > 0 ? ` (${plural(warnings, 'warning')})` : ''}`;
}

/** The failure line: `failed: 3 errors, 1 warning in 2 stories`. */
export function formatFailure(results: readonly StoryLoadResult[]): string {
  const errors = countAll(results, 'error');
  const warnings = countAll(results, 'warning');
  const stories = plural(results.length, 'story').replace('storys', 'stories');
  return `failed: ${plural(errors, 'error')}, ${plural(warnings, 'warning')} in ${stories}`;
}

/** Validates the folders and prints the report; resolves to the exit code (0 or 1). */
export async function validateFolders(
  folders: readonly string[],
  output: CliOutput,
): Promise<number> {
  const results: StoryLoadResult[] = [];
  for (const folder of folders) {
    const result = await validateFolder(folder);
    results.push(result);
    for (const problem of result.problems) output.out(formatProblem(problem));
  }
  if (results.some((r) => r.problems.some((p) => p.severity === 'error'))) {
    output.err(formatFailure(results));
    return 1;
  }
  output.out(formatSummary(results));
  return 0;
}

/** Every story folder (non-hidden subfolder) of `root`, sorted, as display paths. */
export async function listStoryFolders(root: string): Promise<string[] | Problem> {
  const display = displayPathOf(root);
  try {
    const entries = await readdir(root, { withFileTypes: true });
    const folders = entries
      // A linked folder is listed too, so that validateFolder says it is refused.
      .filter(
        (entry) => (entry.isDirectory() || entry.isSymbolicLink()) && !entry.name.startsWith('.'),
      )
      .map((entry) => entry.name)
      .sort();
    if (folders.length > 0) return folders.map((name) => displayPathOf(path.join(display, name)));
    return {
      file: display,
      pointer: '',
      message: 'no story folders found: add one, e.g. geo/stories/<story-id>/story.json',
      severity: 'error',
    };
  } catch (error) {
    const code = errorCode(error);
    return {
      file: display,
      pointer: '',
      message:
        code === 'ENOENT'
          ? 'folder not found: create it and put story folders in it'
          : `could not list the folder (${code ?? String(error)})`,
      severity: 'error',
    };
  }
}

/** Validates every story folder under `root`; resolves to the exit code. */
export async function validateAll(root: string, output: CliOutput): Promise<number> {
  const folders = await listStoryFolders(root);
  if (!Array.isArray(folders)) {
    output.out(formatProblem(folders));
    output.err(formatFailure([{ problems: [folders] }]));
    return 1;
  }
  return validateFolders(folders, output);
}

/**
 * Runs a CLI body and exits with its code. Anything thrown becomes one line on stderr and exit 1:
 * editors must never see a stack trace.
 */
export function runCli(body: () => Promise<number>, name: string): void {
  const fail = (error: unknown) => {
    const reason = error instanceof Error ? error.message : String(error);
    process.stderr.write(`${name}: internal error: ${reason}\n`);
    process.exit(1);
  };
  // A closed pipe (`… | head`) is not a failure worth a trace.
  process.stdout.on('error', () => process.exit(process.exitCode ?? 0));
  process.on('uncaughtException', fail);
  process.on('unhandledRejection', fail);
  body().then((code) => {
    process.exitCode = code;
  }, fail);
}
