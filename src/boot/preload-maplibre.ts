/**
 * Asks for MapLibre's chunk as soon as the page's preview has painted, without evaluating it: a
 * `<link rel="modulepreload">`, which downloads and compiles the module so that the app's
 * `import('maplibre-gl')` (src/map/load-maplibre.ts) finds it ready. Before, the request waited
 * for the prefetch chunk to arrive and run, and then for the WebGL2 probe; now only for the probe
 * (docs/performance.md, "Map ready, third round"). The probe stays first: a reader whose browser
 * cannot draw the map never downloads MapLibre (tests/browser/fallback.test.ts).
 */
import maplibreChunkUrl from 'virtual:maplibre-chunk-url';
import { supportsWebgl2 } from '../map/webgl.ts';

/** Starts the download; nothing in the dev server, which has no MapLibre chunk. */
export function preloadMaplibreChunk(doc: Document = document): void {
  if (!maplibreChunkUrl || !supportsWebgl2(doc)) return;
  const link = doc.createElement('link');
  link.rel = 'modulepreload';
  link.href = maplibreChunkUrl;
  doc.head.append(link);
}
