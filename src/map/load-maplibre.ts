/**
 * Loads MapLibre on demand. It is the heaviest part of the app, so the page (title, places, events)
 * renders without it, and only this module pulls it in.
 */
import type * as Maplibre from 'maplibre-gl';

let loading: Promise<typeof Maplibre> | null = null;

/**
 * Starts loading MapLibre now, for a page whose map will be on screen as soon as the app has
 * drawn it: the download then overlaps fetching the story and the app's first render instead of
 * following them (docs/performance.md). Not for embeds, which load it only near the screen.
 */
export function preloadMaplibre(): void {
  loadMaplibre().catch(() => {
    // The map reports the failure itself when it asks for MapLibre again.
    loading = null;
  });
}

/** The maplibre-gl module with its worker and CSS set up; loaded once, shared by every map. */
export function loadMaplibre(): Promise<typeof Maplibre> {
  loading ??= (async () => {
    const [maplibre, worker] = await Promise.all([
      import('maplibre-gl'),
      // MapLibre 6 does not find its worker by itself in a bundled build: hand it the URL.
      import('maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url'),
      import('maplibre-gl/dist/maplibre-gl.css'),
    ]);
    maplibre.setWorkerUrl(worker.default);
    return maplibre;
  })();
  return loading;
}
