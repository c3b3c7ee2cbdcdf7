/**
 * Serves story folders (`geo/stories/<id>/`) and the built basemap (`geo/basemap/`) at
 * `stories/…` and `basemap/…` during `vite dev`, and copies them into `dist/` at build, so the
 * app fetches plain files from its own origin in both cases and a new story folder needs no code.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { readStoryIndex, STORY_INDEX_FILE, type StoryIndexEntry } from './lib/story-folders.ts';

const DATA_EXTENSIONS = new Set(['.json', '.geojson']);
const CONTENT_TYPES: Record<string, string> = {
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
};

interface StoryAssetOptions {
  /** Folder holding one sub-folder per story. */
  storiesDir?: string;
  /** Folder the basemap build writes to. */
  basemapDir?: string;
}

/** Vite plugin: exposes story and basemap data files under `stories/` and `basemap/`. */
export function storyAssets(options: StoryAssetOptions = {}): Plugin {
  const storiesDir = resolve(options.storiesDir ?? 'geo/stories');
  const basemapDir = resolve(options.basemapDir ?? 'geo/basemap');

  /** Maps a URL path below the base to a file on disk, or null when it is not ours to serve. */
  function fileForUrl(urlPath: string): string | null {
    const match = /^\/(stories|basemap)\/(.+)$/.exec(urlPath);
    if (!match) return null;
    const [, root, rest] = match as unknown as [string, string, string];
    // Only plain data files, never anything above the data folders.
    if (rest.split('/').some((part) => part === '..' || part === '')) return null;
    if (!DATA_EXTENSIONS.has(extname(rest))) return null;
    return join(root === 'stories' ? storiesDir : basemapDir, rest);
  }

  function storyIndex(): StoryIndexEntry[] {
    return readStoryIndex(storiesDir);
  }

  return {
    name: 'story-assets',
    configureServer(server) {
      server.watcher.add([storiesDir, basemapDir]);
      server.middlewares.use((req, res, next) => {
        const base = server.config.base === './' ? '/' : server.config.base;
        const url = new URL(req.url ?? '/', 'http://localhost');
        if (!url.pathname.startsWith(base)) return next();
        const path = '/' + url.pathname.slice(base.length);
        if (path === `/stories/${STORY_INDEX_FILE}`) {
          res.setHeader('Content-Type', CONTENT_TYPES['.json'] ?? '');
          res.setHeader('Cache-Control', 'no-cache');
          res.end(JSON.stringify(storyIndex()));
          return;
        }
        const file = fileForUrl(decodeURIComponent(path));
        if (!file) return next();
        if (!existsSync(file) || !statSync(file).isFile()) {
          res.statusCode = 404;
          res.end('not found');
          return;
        }
        res.setHeader('Content-Type', CONTENT_TYPES[extname(file)] ?? 'application/octet-stream');
        res.setHeader('Cache-Control', 'no-cache');
        res.end(readFileSync(file));
      });
    },
    generateBundle() {
      const index = storyIndex();
      this.emitFile({
        type: 'asset',
        fileName: `stories/${STORY_INDEX_FILE}`,
        source: JSON.stringify(index),
      });
      for (const { id } of index) {
        for (const name of readdirSync(join(storiesDir, id))) {
          if (!DATA_EXTENSIONS.has(extname(name))) continue;
          this.emitFile({
            type: 'asset',
            fileName: `stories/${id}/${name}`,
            source: readFileSync(join(storiesDir, id, name)),
          });
        }
      }
      if (!existsSync(basemapDir)) {
        this.error(`${basemapDir} is missing: run "npm run prepare-data" before building.`);
      }
      for (const name of readdirSync(basemapDir)) {
        if (!DATA_EXTENSIONS.has(extname(name))) continue;
        this.emitFile({
          type: 'asset',
          fileName: `basemap/${name}`,
          source: readFileSync(join(basemapDir, name)),
        });
      }
    },
  };
}
