/**
 * Validates one story folder the way `npm run validate` does and prints how long `loadStory`
 * took, as one JSON line: `{"ms":412.3,"errors":0,"warnings":0}`. The bench runs it in a fresh
 * Node process each time, so every figure includes a cold start of the validator's code (what an
 * editor waits for), but not Node's own start-up.
 */
import { validateFolder } from '../lib/validate-cli.ts';

const folder = process.argv[2];
if (!folder) {
  process.stderr.write('usage: tsx scripts/bench/validate-timed.ts <story-folder>\n');
  process.exit(2);
}
const startMs = performance.now();
const result = await validateFolder(folder);
const ms = performance.now() - startMs;
const count = (severity: string) => result.problems.filter((p) => p.severity === severity).length;
process.stdout.write(
  `${JSON.stringify({ ms, errors: count('error'), warnings: count('warning') })}\n`,
);
