/**
 * The story-assets plugin on a bare site of its own, as the build and the dev server run it: the
 * shared setup of the publish, media and dev-server tests.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build, createServer, type ViteDevServer } from 'vite';
import { storyAssets } from '../../../scripts/vite-plugin-story-assets.ts';
import { REPO_ROOT } from './fixtures.ts';

const plugins = (storiesDir: string) => [
  storyAssets({ storiesDir, basemapDir: path.join(REPO_ROOT, 'geo', 'basemap') }),
];

/** Builds a one-page site in `siteDir` (made here) with the stories of `storiesDir` into `outDir`. */
export async function buildSiteWithStories(
  siteDir: string,
  storiesDir: string,
  outDir: string,
): Promise<void> {
  mkdirSync(siteDir);
  writeFileSync(
    path.join(siteDir, 'index.html'),
    '<!doctype html>\n<html lang="en">\n<head><meta charset="utf-8" /><title>t</title></head>\n<body><div id="app"></div>\n</body>\n</html>\n',
  );
  await build({
    root: siteDir,
    configFile: false,
    logLevel: 'silent',
    plugins: plugins(storiesDir),
    build: { outDir, emptyOutDir: true },
  });
}

/**
 * A dev server of a one-page project in `projectDir` serving the stories of `storiesDir`, on any
 * free port and the default host (what is tested); returns it listening, and its port.
 */
export async function serveStories(
  projectDir: string,
  storiesDir: string,
): Promise<{ server: ViteDevServer; port: number }> {
  mkdirSync(path.join(projectDir, 'src'));
  writeFileSync(path.join(projectDir, 'index.html'), '<!doctype html><title>t</title>');
  const server = await createServer({
    root: projectDir,
    configFile: false,
    logLevel: 'silent',
    server: { port: 0, strictPort: true },
    plugins: plugins(storiesDir),
  });
  await server.listen();
  const { port } = server.httpServer?.address() as { port: number };
  return { server, port };
}
