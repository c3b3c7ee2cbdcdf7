/**
 * What the map host shares with its children (story layers, connections, popup, picking…): the
 * MapLibre map while it exists, and the screen-side facts they need. Children are rendered only
 * while there is a map, and each sets up and tears down its own part of it in its own `$effect`.
 */
import type * as Maplibre from 'maplibre-gl';
import { createContext } from 'svelte';

export class MapHostState {
  /** The live map; null while asleep, loading, or after its WebGL context was lost. */
  map = $state.raw<Maplibre.Map | null>(null);
  /** The maplibre-gl module, for children that create controls or popups. */
  maplibre = $state.raw<typeof Maplibre | null>(null);
  /** The map's size in CSS pixels (a ResizeObserver's, never a forced layout). */
  size = $state({ width: 0, height: 0 });
  /** Bumped on every camera `move`, so what follows the camera (the popup) is placed again. */
  cameraVersion = $state(0);
  /** The map is within a few hundred pixels of the screen. */
  near = $state(false);
  /** The reader asked for less motion: camera moves jump instead of flying. */
  reducedMotion = $state(false);
}

const [getMapHost, setMapHost] = createContext<MapHostState>();

export { getMapHost, setMapHost };
