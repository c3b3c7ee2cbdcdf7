/**
 * Reading the build's inputs from disk: world-atlas's topologies, and everything whose change must
 * trigger a rebuild (package versions and this build's own source).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CountriesTopology } from './world-atlas.ts';

/** Natural Earth scales world-atlas ships; we use 110m for the first view and 50m for detail. */
export type Resolution = '110m' | '50m';

/**
 * Packages whose version changes the output: the data, and every library that transforms it.
 * (Their versions are pinned in package.json, so this only changes on a deliberate upgrade.)
 */
const OUTPUT_PACKAGES = [
  'world-atlas',
  'd3-geo',
  'topojson-client',
  'topojson-simplify',
  'polylabel',
  '@turf/turf',
  'i18n-iso-countries',
];

function packageVersion(root: string, name: string): string {
  const manifest = JSON.parse(
    readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8'),
  );
  return String((manifest as { version?: unknown }).version);
}

/** world-atlas's `countries-<resolution>.json` (countries and land on shared arcs). */
export function readCountriesTopology(root: string, resolution: Resolution): CountriesTopology {
  const path = join(root, 'node_modules', 'world-atlas', `countries-${resolution}.json`);
  return JSON.parse(readFileSync(path, 'utf8')) as CountriesTopology;
}

/** The world-atlas version, for the manifest's source line. */
export function worldAtlasVersion(root: string): string {
  return packageVersion(root, 'world-atlas');
}

/**
 * Named inputs to hash for the cache: the versions of `OUTPUT_PACKAGES`, plus the source of the
 * build script and of every module in `scripts/basemap/`.
 */
export function collectHashInputs(root: string): { name: string; content: string }[] {
  const versions = OUTPUT_PACKAGES.map((name) => ({
    name: `package:${name}`,
    content: packageVersion(root, name),
  }));
  const moduleDir = join(root, 'scripts', 'basemap');
  const sources = ['scripts/build-basemap.ts']
    .concat(
      readdirSync(moduleDir)
        .filter((file) => file.endsWith('.ts'))
        .map((file) => `scripts/basemap/${file}`),
    )
    .map((file) => ({ name: file, content: readFileSync(join(root, file), 'utf8') }));
  return [...versions, ...sources];
}
