/**
 * Moving the camera to frame a box: the short way round the globe, with room for labels, and above
 * the popup's bottom sheet on a small map. Jumps when the reader asked for less motion.
 */
import type { Map as MaplibreMap } from 'maplibre-gl';
import { toCameraBounds, type Bbox } from '../geo/bounds.ts';
import { nearestWorldCopy, popupPlacement } from './map-math.ts';

/** Room round the framed places, so their labels fit inside the map too. */
const FIT_PADDING_PX = 72;
/** The closest a frame zooms unless told otherwise. */
export const FRAME_MAX_ZOOM = 9;

export interface MapScreen {
  size: { width: number; height: number };
  reducedMotion: boolean;
}

/** Padding round a framed box: a sixth of the map's shorter side, at most FIT_PADDING_PX. */
export function fitPadding(size: MapScreen['size']): number {
  return Math.min(FIT_PADDING_PX, Math.round(Math.min(size.width, size.height) / 6));
}

/**
 * Padding for framing a selection: on a small map the popup is a sheet over the lower part, so
 * the places are framed in the part above it (they would be hidden under it otherwise).
 */
function framePadding(
  size: MapScreen['size'],
): number | { top: number; right: number; bottom: number; left: number } {
  const padding = fitPadding(size);
  const sheet = popupPlacement({ x: 0, y: 0 }, size);
  if (!sheet.sheet) return padding;
  const bottom = Math.min(sheet.maxHeightPx, size.height - 3 * padding) + padding;
  return { top: padding, right: padding, bottom, left: padding };
}

/** Moves the camera to frame a box (antimeridian-aware); jumps when motion is reduced. */
export function frame(map: MaplibreMap, screen: MapScreen, bbox: Bbox, maxZoom = FRAME_MAX_ZOOM) {
  map.fitBounds(toCameraBounds(bbox), {
    padding: framePadding(screen.size),
    maxZoom,
    animate: !screen.reducedMotion,
  });
}

/**
 * Brings a box into view if it is not already, never zooming out: choosing a place from the
 * list should not throw away the reader's zoom.
 */
export function reveal(map: MaplibreMap, screen: MapScreen, bbox: Bbox): void {
  const view = map.getBounds();
  const centerLng = map.getCenter().lng;
  const [southWest, northEast] = toCameraBounds(bbox);
  const visible = [southWest, northEast].every((corner) =>
    view.contains(nearestWorldCopy(corner, centerLng)),
  );
  if (!visible) frame(map, screen, bbox, Math.max(map.getZoom(), 4));
}
