/**
 * `npm run prepare-data`: builds `geo/basemap/` (land, borders and country labels as GeoJSON, cut
 * at the antimeridian) from world-atlas, unless the outputs are already there for the same inputs.
 * Prints one line either way. `--force` rebuilds regardless. See docs/basemap.md.
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBasemapLayers, serializeBasemap } from './basemap/build.ts';
import { collectHashInputs, readCountriesTopology, worldAtlasVersion } from './basemap/inputs.ts';
import {
  buildManifest,
  checkBudgets,
  hashInputs,
  isManifestCurrent,
  type BasemapManifest,
} from './basemap/manifest.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'geo', 'basemap');
const manifestPath = join(outDir, 'manifest.json');

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

function readManifest(): unknown {
  try {
    return JSON.parse(readFileSync(manifestPath, 'utf8'));
  } catch {
    return null; // Missing or half-written: rebuild.
  }
}

const inputsHash = hashInputs(collectHashInputs(root));
const existing = readManifest();
const sizeOf = (name: string) => {
  const path = join(outDir, name);
  return existsSync(path) ? statSync(path).size : null;
};

if (!process.argv.includes('--force') && isManifestCurrent(existing, inputsHash, sizeOf)) {
  const { firstViewGzipBytes, files } = existing as BasemapManifest;
  console.log(
    `basemap: up to date (${files.length} files, first view ${kb(firstViewGzipBytes)} gzip)`,
  );
} else {
  const startMs = performance.now();
  const layers = buildBasemapLayers(
    readCountriesTopology(root, '110m'),
    readCountriesTopology(root, '50m'),
  );
  const files = serializeBasemap(layers);
  const source = `Natural Earth via world-atlas ${worldAtlasVersion(root)}`;
  const manifest = buildManifest(files, inputsHash, source);
  const problems = checkBudgets(manifest);
  if (problems.length > 0) {
    console.error(`basemap: over budget: ${problems.join('; ')}`);
    process.exit(1);
  }
  mkdirSync(outDir, { recursive: true });
  for (const file of files) writeFileSync(join(outDir, file.name), file.text);
  // Written last, so an interrupted build is never mistaken for a current one.
  writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
  const seconds = ((performance.now() - startMs) / 1000).toFixed(1);
  console.log(
    `basemap: built ${files.length} files in ${seconds} s: first view ${kb(manifest.firstViewGzipBytes)} gzip, 50m ${kb(manifest.detailGzipBytes)} gzip`,
  );
}
