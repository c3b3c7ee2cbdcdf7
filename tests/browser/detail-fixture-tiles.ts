/**
 * Builds the detail tiles of one story folder, for browser tests of a story that is not in
 * geo/stories/ (`buildDetailTiles`, as `npm run prepare-data` builds them). Run in its own Node
 * process with a larger heap (the 10 m land is a 168 MB JSON):
 * `node --max-old-space-size=4096 --import tsx tests/browser/detail-fixture-tiles.ts <story> <out>`.
 * The tiles are kept in test-output/ with a hash of what they were built from, and built again
 * only when that changes: building them took 15–30 s of every test run.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDetailTiles } from '../../scripts/basemap/detail-tiles.ts';
import { collectHashInputs } from '../../scripts/basemap/inputs.ts';
import { hashInputs } from '../../scripts/basemap/manifest.ts';

const CACHE_DIR = 'test-output/detail-fixture-tiles';

/** What the tiles are made from: the story's files, the tile code, and the package versions. */
function inputsHashOf(storyDir: string): string {
  const story = readdirSync(storyDir)
    .sort()
    .map((name) => ({
      name: `story:${name}`,
      content: readFileSync(join(storyDir, name), 'utf8'),
    }));
  const own = fileURLToPath(import.meta.url);
  return hashInputs([
    ...collectHashInputs(resolve('.')),
    ...story,
    { name: 'package.json', content: readFileSync('package.json', 'utf8') },
    { name: 'detail-fixture-tiles.ts', content: readFileSync(own, 'utf8') },
  ]);
}

/**
 * The folder of `storyDir`'s detail tiles (`{z}/{x}/{y}.pbf`), built unless the copy in
 * test-output/ was built from the same inputs; throws when the build fails.
 */
export function fixtureTiles(storyDir: string): string {
  const outDir = join(CACHE_DIR, basename(storyDir));
  const hash = inputsHashOf(storyDir);
  if (builtFrom(outDir) === hash) return outDir;
  // Built beside the old copy and renamed into place: an interrupted build leaves no half copy.
  mkdirSync(CACHE_DIR, { recursive: true });
  const building = `${outDir}.building-${process.pid}`;
  rmSync(building, { recursive: true, force: true });
  buildInChild(storyDir, building, hash);
  rmSync(outDir, { recursive: true, force: true });
  renameSync(building, outDir);
  return outDir;
}

/** The inputs hash in `dir`'s build.json, or undefined when there is none. */
function builtFrom(dir: string): string | undefined {
  const file = join(dir, 'build.json');
  if (!existsSync(file)) return undefined;
  return (JSON.parse(readFileSync(file, 'utf8')) as { inputsHash?: string }).inputsHash;
}

/** Builds `storyDir`'s detail tiles into `outDir` in a child process; throws on failure. */
function buildInChild(storyDir: string, outDir: string, hash: string): void {
  const run = spawnSync(
    process.execPath,
    [
      '--max-old-space-size=4096',
      '--import',
      'tsx',
      fileURLToPath(import.meta.url),
      storyDir,
      outDir,
      hash,
    ],
    { encoding: 'utf8' },
  );
  if (run.status !== 0) {
    throw new Error(`building the detail tiles of ${storyDir} failed: ${run.stderr.trim()}`);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [storyDir, outDir, hash] = process.argv.slice(2);
  if (!storyDir || !outDir || !hash)
    throw new Error('usage: detail-fixture-tiles.ts <story folder> <out> <inputs hash>');
  const { summary, warnings } = buildDetailTiles({
    storyDirs: [resolve(storyDir)],
    outDir: resolve(outDir),
    root: resolve('.'),
    extraJson: () => ({ 'build.json': { inputsHash: hash } }),
  });
  for (const warning of warnings) console.warn(warning);
  console.log(`${summary.tiles} tiles`);
}
