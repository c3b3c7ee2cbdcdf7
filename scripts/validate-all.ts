/**
 * Validates every story folder under geo/stories/ (or under the folder given as the only
 * argument); `npm run build` runs it before vite. Same output and exit codes as validate.ts.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { processOutput, runCli, validateAll } from './lib/validate-cli.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

runCli(async () => {
  const [given, ...extra] = process.argv.slice(2).filter((arg) => arg !== '--');
  if (extra.length > 0) {
    processOutput.err(
      'usage: tsx scripts/validate-all.ts [stories-folder]  (default: geo/stories)',
    );
    return 2;
  }
  // Paths print relative to where the command runs, as the editor would type them.
  const root =
    given ?? (path.relative(process.cwd(), path.join(repoRoot, 'geo', 'stories')) || '.');
  return validateAll(root, processOutput);
}, 'validate-all');
