/**
 * Writing a tile pyramid (`z/x/y.pbf` plus small JSON files) as a whole: into a temporary folder
 * beside the target, then renamed over it, so a reader (or an interrupted build) never sees half
 * of one pyramid and half of another.
 */
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { TileAddress } from './tile-math.ts';

/** What was written. */
export interface PyramidSummary {
  tiles: number;
  bytes: number;
  largestTileBytes: number;
}

/**
 * Writes `tiles` and the JSON files `jsonFiles` makes of the summary into `outDir`, replacing what
 * was there in one rename.
 */
export function writePyramid(
  outDir: string,
  tiles: Iterable<{ tile: TileAddress; bytes: Uint8Array }>,
  jsonFiles: (summary: PyramidSummary) => Record<string, unknown>,
): PyramidSummary {
  const parent = dirname(outDir);
  mkdirSync(parent, { recursive: true });
  const temp = `${outDir}.tmp-${process.pid}`;
  rmSync(temp, { recursive: true, force: true });
  const summary: PyramidSummary = { tiles: 0, bytes: 0, largestTileBytes: 0 };
  const madeDirs = new Set<string>();
  try {
    for (const { tile, bytes } of tiles) {
      const dir = join(temp, String(tile.z), String(tile.x));
      if (!madeDirs.has(dir)) {
        mkdirSync(dir, { recursive: true });
        madeDirs.add(dir);
      }
      writeFileSync(join(dir, `${tile.y}.pbf`), bytes);
      summary.tiles++;
      summary.bytes += bytes.length;
      summary.largestTileBytes = Math.max(summary.largestTileBytes, bytes.length);
    }
    mkdirSync(temp, { recursive: true });
    for (const [name, value] of Object.entries(jsonFiles(summary))) {
      writeFileSync(join(temp, name), `${JSON.stringify(value, null, 2)}\n`);
    }
    const old = `${outDir}.old-${process.pid}`;
    if (existsSync(outDir)) renameSync(outDir, old);
    renameSync(temp, outDir);
    rmSync(old, { recursive: true, force: true });
  } catch (error) {
    rmSync(temp, { recursive: true, force: true });
    throw error;
  }
  return summary;
}
