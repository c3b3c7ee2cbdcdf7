/**
 * What the bench reads on a reference page, written as the app writes it (docs/performance.md,
 * "Hooks"), so the same visit code measures both: `data-state`, `data-idle-count` and
 * `data-camera` on `.story-map`, the `map-idle` and `popup-open` marks, and a camera that follows
 * `#map=zoom/lat/lng`.
 */
import type * as Maplibre from 'maplibre-gl';
import type { Map as MaplibreMap } from 'maplibre-gl';
import { cameraParamOf, parseCameraParam } from '../../../src/app/url-state.ts';

/** The map's element, sized like the app's map pane when the bench passes `width` and `height`. */
export function mapElement(): HTMLElement {
  const element = document.querySelector<HTMLElement>('.story-map');
  if (!element) throw new Error('the reference page has no .story-map');
  const query = new URLSearchParams(location.search);
  for (const side of ['width', 'height'] as const) {
    const px = Number(query.get(side));
    if (px > 0) element.style.setProperty(`--map-${side}`, `${px}px`);
  }
  return element;
}

/** The built site's root: the reference pages sit one folder below it. */
export function siteRoot(): string {
  return new URL('/', location.href).href;
}

/** Writes the hooks as the map lives: state, idles, camera; follows `#map=` as the app does. */
export function watchMap(map: MaplibreMap, element: HTMLElement): void {
  let idles = 0;
  element.dataset['state'] = 'ready';
  const writeCamera = () => {
    const center = map.getCenter().wrap();
    element.dataset['camera'] =
      `${map.getZoom().toFixed(3)}/${center.lat.toFixed(5)}/${center.lng.toFixed(5)}`;
  };
  writeCamera();
  map.on('move', writeCamera);
  map.on('idle', () => {
    if (idles === 0) performance.mark('map-idle');
    element.dataset['idleCount'] = String(++idles);
  });
  addEventListener('hashchange', () => {
    const camera = parseCameraParam(cameraParamOf(location.href));
    if (camera) map.jumpTo({ center: [camera.lng, camera.lat], zoom: camera.zoom });
  });
}

/** The map could not start (no WebGL): the state the bench waits for, and why, in the console. */
export function failMap(element: HTMLElement, error: unknown): void {
  console.warn('The reference map could not start:', error);
  element.dataset['state'] = 'failed';
}

/**
 * Opens a popup at `lngLat` as the bench checks it (a dialog whose heading is the place's name)
 * and marks `popup-open` once it is in the page.
 */
export function openPopup(
  maplibre: Pick<typeof Maplibre, 'Popup'>,
  map: MaplibreMap,
  lngLat: [number, number],
  name: string,
): void {
  const dialog = document.createElement('div');
  dialog.setAttribute('role', 'dialog');
  const heading = document.createElement('h2');
  heading.textContent = name;
  dialog.append(heading);
  new maplibre.Popup({ closeOnClick: true }).setLngLat(lngLat).setDOMContent(dialog).addTo(map);
  performance.mark('popup-open');
}
