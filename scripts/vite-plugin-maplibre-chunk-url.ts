/**
 * `virtual:maplibre-chunk-url`: the URL of MapLibre's built chunk, so the page can ask for it
 * (`<link rel="modulepreload">`, src/boot/preload-maplibre.ts) the moment its preview has painted,
 * without evaluating it and without waiting for the prefetch chunk (docs/performance.md, "Map
 * ready, third round"). The chunk's name carries a content hash known only to the bundler, so the
 * bundler writes the URL: the plugin emits MapLibre as a chunk of its own (the same chunk the
 * app's `import('maplibre-gl')` loads) and exports `import.meta.ROLLUP_FILE_URL_<ref>`, which
 * becomes a URL relative to the importing chunk, right on every page the site serves.
 *
 * The dev server has no such chunk (Vite serves MapLibre from its dependency cache): there the
 * module exports null and nothing is preloaded.
 */
import type { Plugin } from 'vite';

const ID = 'virtual:maplibre-chunk-url';
const RESOLVED_ID = `\0${ID}`;

export function maplibreChunkUrl(): Plugin {
  let building = false;
  return {
    name: 'maplibre-chunk-url',
    configResolved(config) {
      building = config.command === 'build' && !config.build.ssr;
    },
    resolveId(id) {
      return id === ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      if (!building) return 'export default null;';
      const reference = this.emitFile({ type: 'chunk', id: 'maplibre-gl' });
      return `export default import.meta.ROLLUP_FILE_URL_${reference};`;
    },
  };
}
