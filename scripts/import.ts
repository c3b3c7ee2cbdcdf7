/**
 * `npm run import -- <events.csv> --story <story-id>`: adds a CSV/TSV table's rows to a story as
 * events, all or nothing. See scripts/lib/import-cli.ts and README.md ("Other commands").
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runImport } from './lib/import-cli.ts';
import { processOutput, runCli } from './lib/validate-cli.ts';

const storiesRoot = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  'geo',
  'stories',
);
runCli(() => runImport(process.argv.slice(2), storiesRoot, processOutput), 'import');
