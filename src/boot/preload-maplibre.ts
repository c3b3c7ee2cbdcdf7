/**
 * Asks for MapLibre's chunk as soon as the page's preview has painted, without evaluating it: a
 * `<link rel="modulepreload">`, which downloads and compiles the module so that the app's
 * `import('maplibre-gl')` (src/map/load-maplibre.ts) finds it ready. Before, the request waited
 * for the prefetch chunk and then for the WebGL2 probe (about 150 ms while the browser starts
 * WebGL), both on the way to the map's first view; now the probe runs while MapLibre downloads.
 *
 * The cost: a browser whose WebGL2 fails only when asked (blocklisted GPU, WebGL turned off)
 * downloads the chunk and never runs it. One without WebGL2 at all does not: it has no
 * `WebGL2RenderingContext` (docs/performance.md, "Map ready, third round").
 */
import maplibreChunkUrl from 'virtual:maplibre-chunk-url';

/** Starts the download; nothing in the dev server, which has no MapLibre chunk. */
export function preloadMaplibreChunk(doc: Document = document): void {
  if (!maplibreChunkUrl || typeof WebGL2RenderingContext === 'undefined') return;
  const link = doc.createElement('link');
  link.rel = 'modulepreload';
  link.href = maplibreChunkUrl;
  doc.head.append(link);
}
