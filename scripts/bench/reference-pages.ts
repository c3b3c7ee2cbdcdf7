/**
 * The bench's reference pages (`reference/bare.ts`, `reference/minimal.ts`): built with Vite into
 * the bench's copy of the site, beside the app but never into `dist/`, and served by the same
 * server, so they read the same story files and basemap over the same wire.
 */
import { readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';

/** The folder of the site the reference pages are built into. */
export const REFERENCE_FOLDER = 'bench-reference';

/** The two references: MapLibre with the app's style, and a hand-written page. */
export const REFERENCE_PAGES = ['bare', 'minimal'] as const;
export type ReferencePage = (typeof REFERENCE_PAGES)[number];

const SOURCE_DIR = 'scripts/bench/reference';

/**
 * Builds both pages into `<siteDir>/bench-reference/` (`bare.html`, `minimal.html` and their
 * assets); returns the paths of the pages below the site root.
 */
export async function buildReferencePages(siteDir: string): Promise<Record<ReferencePage, string>> {
  const outDir = join(siteDir, REFERENCE_FOLDER);
  rmSync(outDir, { recursive: true, force: true });
  await build({
    // The project's root, so the app's modules resolve as in its own build (fonts' glob included).
    root: process.cwd(),
    configFile: false,
    logLevel: 'warn',
    // Absolute: the pages' HTML moves to the folder's top after the build.
    base: `/${REFERENCE_FOLDER}/`,
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      // MapLibre is one chunk of about 1 MB, as in the app's build.
      chunkSizeWarningLimit: 2000,
      assetsInlineLimit: (file: string) => (file.endsWith('.woff2') ? false : undefined),
      rollupOptions: {
        input: Object.fromEntries(
          REFERENCE_PAGES.map((page) => [page, join(SOURCE_DIR, `${page}.html`)]),
        ),
      },
    },
  });
  // Vite keeps the inputs' folders (scripts/bench/reference/); the pages go to the top.
  const builtDir = join(outDir, SOURCE_DIR);
  for (const name of readdirSync(builtDir)) renameSync(join(builtDir, name), join(outDir, name));
  rmSync(join(outDir, 'scripts'), { recursive: true, force: true });
  return Object.fromEntries(
    REFERENCE_PAGES.map((page) => [page, `${REFERENCE_FOLDER}/${page}.html`]),
  ) as Record<ReferencePage, string>;
}
