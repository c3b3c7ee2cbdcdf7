/**
 * Serves the basemap's vector tiles (`geo/basemap/world/` and `geo/basemap/detail/`, built by
 * `scripts/build-detail-tiles.ts`) at `basemap/world/…` and `basemap/detail/…` during `vite dev`,
 * and copies them to `dist/basemap/` at build: the same URLs from the app's own origin in both.
 * Only `{z}/{x}/{y}.pbf` and `index.json` are served; the build record stays behind.
 */
import { cpSync, existsSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type { Plugin } from 'vite';

/** The tile pyramids, by their folder name under `geo/basemap/` and `basemap/`. */
export const TILE_PYRAMIDS = ['world', 'detail'] as const;

/** A tile or a pyramid's index, below `basemap/`; anything else is not ours. */
const TILE_PATH =
  /^\/basemap\/(world|detail)\/(?:(\d{1,2})\/(\d{1,7})\/(\d{1,7})\.pbf|index\.json)$/;

export interface BasemapTileOptions {
  /** Folder the tile build writes to (`geo/basemap`). */
  basemapDir?: string;
}

/** The file on disk for a URL path below the base, or null when it is not a tile path. */
export function tileFileForPath(basemapDir: string, urlPath: string): string | null {
  const match = TILE_PATH.exec(urlPath);
  if (!match) return null;
  const [, pyramid, z, x, y] = match;
  if (!pyramid) return null;
  return z === undefined
    ? join(basemapDir, pyramid, 'index.json')
    : join(basemapDir, pyramid, z, x as string, `${y as string}.pbf`);
}

export function basemapTiles(options: BasemapTileOptions = {}): Plugin {
  const basemapDir = resolve(options.basemapDir ?? 'geo/basemap');
  let outDir = resolve('dist');
  return {
    name: 'basemap-tiles',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const base = server.config.base === './' ? '/' : server.config.base;
        const url = new URL(req.url ?? '/', 'http://localhost');
        if (!url.pathname.startsWith(base)) return next();
        const file = tileFileForPath(basemapDir, '/' + url.pathname.slice(base.length));
        if (!file) return next();
        if (!existsSync(file)) {
          // Outside the tiled area: MapLibre treats a 404 as an empty tile.
          res.statusCode = 404;
          res.end();
          return;
        }
        res.setHeader(
          'Content-Type',
          file.endsWith('.pbf') ? 'application/x-protobuf' : 'application/json; charset=utf-8',
        );
        res.setHeader('Cache-Control', 'no-cache');
        res.end(readFileSync(file));
      });
    },
    writeBundle() {
      for (const pyramid of TILE_PYRAMIDS) {
        const from = join(basemapDir, pyramid);
        if (!existsSync(from)) {
          this.error(`${from} is missing: run "npm run prepare-data" before building.`);
        }
        cpSync(from, join(outDir, 'basemap', pyramid), {
          recursive: true,
          filter: (source) => basename(source) !== 'build.json',
        });
      }
    },
  };
}
