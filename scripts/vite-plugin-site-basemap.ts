/**
 * Writes the site's basemap setting, `basemap.json`, beside `index.html` (and serves it in
 * `vite dev`): `{}` for the embedded basemap, or the newsroom's own basemap named at build time
 * with `BASEMAP_PMTILES=<url>` (and optionally `BASEMAP_ATTRIBUTION=<html>`) or
 * `BASEMAP_STYLE=<url>`. The file is plain JSON so a newsroom can edit it on its host afterwards
 * without rebuilding (docs/basemap.md, "Bring your own basemap").
 */
import type { Plugin } from 'vite';
import { parseSiteBasemap, SITE_BASEMAP_FILE } from '../src/map/site-basemap.ts';

/** The setting file's text from the environment; throws a one-line message on a bad value. */
export function siteBasemapJson(env: NodeJS.ProcessEnv = process.env): string {
  const setting: Record<string, string> = {};
  if (env['BASEMAP_PMTILES']) setting['pmtiles'] = env['BASEMAP_PMTILES'];
  if (env['BASEMAP_STYLE']) setting['style'] = env['BASEMAP_STYLE'];
  if (env['BASEMAP_ATTRIBUTION']) setting['attribution'] = env['BASEMAP_ATTRIBUTION'];
  const checked = parseSiteBasemap(setting, `https://site.invalid/${SITE_BASEMAP_FILE}`);
  if (typeof checked === 'string') {
    throw new Error(
      `BASEMAP_PMTILES / BASEMAP_STYLE: ${checked.replace(/^\S+: /, '')} (give absolute URLs)`,
    );
  }
  return `${JSON.stringify(setting, null, 2)}\n`;
}

/** Vite plugin: `basemap.json` in dev and in `dist/`. */
export function siteBasemap(): Plugin {
  return {
    name: 'site-basemap',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const base = server.config.base === './' ? '/' : server.config.base;
        if (
          new URL(req.url ?? '/', 'http://localhost').pathname !== `${base}${SITE_BASEMAP_FILE}`
        ) {
          return next();
        }
        res.setHeader('Content-Type', 'application/json; charset=utf-8');
        res.setHeader('Cache-Control', 'no-cache');
        res.end(siteBasemapJson());
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: SITE_BASEMAP_FILE, source: siteBasemapJson() });
    },
  };
}
