/**
 * Validates one story folder the way `npm run validate` does and prints how long `loadStory`
 * took, as one JSON line: `{"ms":612.3,"cpuMs":431.0,"errors":0,"warnings":0}`: `ms` is wall-clock
 * time, `cpuMs` the CPU time the process spent (user + system). The bench runs it in a fresh Node
 * process each time, so every figure includes a cold start of the validator's code (what an editor
 * waits for), but not Node's own start-up.
 */
import { validateFolder } from '../lib/validate-cli.ts';

const folder = process.argv[2];
if (!folder) {
  process.stderr.write('usage: tsx scripts/bench/validate-timed.ts <story-folder>\n');
  process.exit(2);
}
const startMs = performance.now();
const startCpu = process.cpuUsage();
const result = await validateFolder(folder);
const ms = performance.now() - startMs;
const cpu = process.cpuUsage(startCpu);
const cpuMs = (cpu.user + cpu.system) / 1000;
const count = (severity: string) => result.problems.filter((p) => p.severity === severity).length;
process.stdout.write(
  `${JSON.stringify({ ms, cpuMs, errors: count('error'), warnings: count('warning') })}\n`,
);
