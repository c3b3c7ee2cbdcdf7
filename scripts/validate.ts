/**
 * `npm run validate -- <story-folder>…`: checks story folders and prints one line per problem,
 * `<file>: <JSON pointer>: <message>`. Exit 0 with an `ok: …` summary, 1 on any error, 2 on
 * wrong usage. See docs/story-format.md.
 */
import { processOutput, runCli, validateFolders } from './lib/validate-cli.ts';

const USAGE = [
  'usage: npm run validate -- <story-folder>…',
  '  e.g. npm run validate -- geo/stories/ncg-2024',
  'Checks story.json and the GeoJSON layers of each folder; see docs/story-format.md.',
];

runCli(async () => {
  const args = process.argv.slice(2);
  if (args.includes('--help') || args.includes('-h')) {
    USAGE.forEach((line) => processOutput.out(line));
    return 0;
  }
  const folders = args.filter((arg) => arg !== '--');
  if (folders.length === 0) {
    USAGE.forEach((line) => processOutput.err(line));
    return 2;
  }
  return validateFolders(folders, processOutput);
}, 'validate');
