/**
 * `npm run import -- <file.csv> --story <id>`: adds a table's rows to a story as events, the same
 * import as the editor's (src/editor/core/import-table.ts). All or nothing: when any row is wrong,
 * every problem is printed as `<file.csv>: row <n>: <message>` (the validator's line format, the
 * row standing for the pointer) and nothing is written. Exit 0 = added, 1 = problems, 2 = usage.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import {
  parseEventsTable,
  parseStoryFiles,
  serializeStoryJson,
  STORY_JSON,
  validateDocument,
} from '../../src/editor/core/index.ts';
import { writeFileAtomic } from '../editor/story-store.ts';
import { SLUG_PATTERN } from '../../src/story/schema.ts';
import { folderReader, formatProblem, type CliOutput } from './validate-cli.ts';

export const IMPORT_USAGE = [
  'usage: npm run import -- <events.csv> --story <story-id>',
  '  e.g. npm run import -- timeline.csv --story ncg-2024',
  'Columns (first row, any case): date, end, title, summary, note, places, source title, source url.',
  'Places are ids or exact names separated by ";". Tab-separated files work too.',
];

interface ImportArgs {
  table: string;
  story: string;
  storiesRoot: string;
}

/** The arguments, or the reason they are wrong. `--stories <folder>` replaces geo/stories. */
export function parseImportArgs(args: readonly string[], defaultRoot: string): ImportArgs | string {
  const rest = args.filter((a) => a !== '--');
  let story: string | undefined;
  let storiesRoot = defaultRoot;
  const positional: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] ?? '';
    if (arg === '--story' || arg === '--stories') {
      const value = rest[++i];
      if (!value) return `${arg} needs a value`;
      if (arg === '--story') story = value;
      else storiesRoot = value;
    } else if (arg.startsWith('--story=')) story = arg.slice('--story='.length);
    else if (arg.startsWith('-')) return `unknown option ${arg}`;
    else positional.push(arg);
  }
  if (positional.length !== 1) return 'give exactly one table file';
  if (!story) return 'say which story with --story <story-id>';
  if (!SLUG_PATTERN.test(story))
    return `story id "${story}" must use only lowercase letters, digits and hyphens`;
  return { table: positional[0] ?? '', story, storiesRoot };
}

/** Runs the import; resolves to the exit code. */
export async function runImport(
  args: readonly string[],
  defaultRoot: string,
  output: CliOutput,
): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    IMPORT_USAGE.forEach((line) => output.out(line));
    return 0;
  }
  const parsedArgs = parseImportArgs(args, defaultRoot);
  if (typeof parsedArgs === 'string') {
    output.err(`import: ${parsedArgs}`);
    IMPORT_USAGE.forEach((line) => output.err(line));
    return 2;
  }
  const { table, story, storiesRoot } = parsedArgs;
  let text: string;
  try {
    text = await readFile(table, 'utf8');
  } catch (error) {
    const code = (error as { code?: string }).code;
    output.out(
      `${table}: : ${code === 'ENOENT' ? 'file not found: check the path' : `could not read the file (${code ?? String(error)})`}`,
    );
    return 1;
  }

  const folder = path.join(storiesRoot, story);
  const display = path.relative(process.cwd(), folder) || folder;
  const read = folderReader(folder);
  const storyText = await read(STORY_JSON).catch(() => null);
  if (storyText === null) {
    output.out(
      `${display}/${STORY_JSON}: : story not found: make it first with npm run new-story -- ${story}`,
    );
    return 1;
  }
  const files: Record<string, string> = { [STORY_JSON]: storyText };
  const layerNames = layerFilesOf(storyText);
  for (const name of layerNames) {
    const layer = await read(name).catch(() => null);
    if (layer !== null) files[name] = layer;
  }
  const parsed = parseStoryFiles(files);
  const before =
    'doc' in parsed ? await validateDocument(parsed.doc, story, display) : parsed.problems;
  if (!('doc' in parsed) || before.some((p) => p.severity === 'error')) {
    before.forEach((p) => output.out(formatProblem(p)));
    output.err(`import: fix the story first (npm run validate -- ${display}); nothing was added`);
    return 1;
  }
  const doc = parsed.doc;

  const { rows, tableProblems } = parseEventsTable(text, doc);
  tableProblems.forEach((message) => output.out(`${table}: : warning: ${message}`));
  const wrong = rows.filter((row) => row.problems.length > 0);
  for (const row of wrong)
    for (const message of row.problems) output.out(`${table}: row ${row.line}: ${message}`);
  if (rows.length === 0 || wrong.length > 0) {
    output.err(
      rows.length === 0
        ? `import: ${table} has no event rows; nothing was added`
        : `import: ${wrong.length} of ${rows.length} rows have problems; nothing was added`,
    );
    return 1;
  }

  const events = Array.isArray(doc.story.events) ? doc.story.events : [];
  const updated = {
    ...doc,
    story: { ...doc.story, events: [...events, ...rows.map((r) => r.event)] },
  };
  const after = (await validateDocument(updated, story, display)).filter(
    (p) => p.severity === 'error',
  );
  if (after.length > 0) {
    after.forEach((p) => output.out(formatProblem(p)));
    output.err('import: the story would not validate with these rows; nothing was added');
    return 1;
  }
  await writeFileAtomic(path.join(folder, STORY_JSON), serializeStoryJson(updated.story));
  output.out(
    `import: added ${rows.length} event${rows.length === 1 ? '' : 's'} to ${display}/${STORY_JSON}`,
  );
  return 0;
}

function layerFilesOf(storyText: string): string[] {
  try {
    const layers = (JSON.parse(storyText.replace(/^\uFEFF/, '')) as { layers?: unknown }).layers;
    if (!Array.isArray(layers)) return [];
    return layers.flatMap((l: unknown) => {
      const file = (l as { file?: unknown } | null)?.file;
      return typeof file === 'string' && !file.includes('/') && !file.includes('\\') ? [file] : [];
    });
  } catch {
    return [];
  }
}
