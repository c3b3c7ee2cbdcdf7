/**
 * Builds the detail tiles of one story folder into a folder, for browser tests of a story that is
 * not in geo/stories/ (`buildDetailTiles`, as `npm run prepare-data` builds them). Run in its own
 * Node process with a larger heap (the 10 m land is a 168 MB JSON):
 * `node --max-old-space-size=4096 --import tsx tests/browser/detail-fixture-tiles.ts <story> <out>`.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDetailTiles } from '../../scripts/basemap/detail-tiles.ts';

/** Builds `storyDir`'s detail tiles into `outDir` in a child process; throws on failure. */
export function buildFixtureTiles(storyDir: string, outDir: string): void {
  const run = spawnSync(
    process.execPath,
    [
      '--max-old-space-size=4096',
      '--import',
      'tsx',
      fileURLToPath(import.meta.url),
      storyDir,
      outDir,
    ],
    { encoding: 'utf8' },
  );
  if (run.status !== 0) {
    throw new Error(`building the detail tiles of ${storyDir} failed: ${run.stderr.trim()}`);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [storyDir, outDir] = process.argv.slice(2);
  if (!storyDir || !outDir) throw new Error('usage: detail-fixture-tiles.ts <story folder> <out>');
  const { summary, warnings } = buildDetailTiles({
    storyDirs: [resolve(storyDir)],
    outDir: resolve(outDir),
    root: resolve('.'),
  });
  for (const warning of warnings) console.warn(warning);
  console.log(`${summary.tiles} tiles`);
}
