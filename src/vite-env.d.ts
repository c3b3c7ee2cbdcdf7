/// <reference types="svelte" />
/// <reference types="vite/client" />

/** scripts/vite-plugin-maplibre-chunk-url.ts: MapLibre's built chunk, null in the dev server. */
declare module 'virtual:maplibre-chunk-url' {
  const url: string | null;
  export default url;
}
