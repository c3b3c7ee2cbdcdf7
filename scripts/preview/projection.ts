/**
 * The projection of a story's static preview: Web Mercator (as the interactive map) rotated so the
 * story's short-way-round centre is in the middle, then fitted to the story's box. Washington,
 * Seoul and Singapore therefore sit across the Pacific, and the seam moves to the far side.
 */
import { geoMercator, type GeoProjection } from 'd3-geo';
import { centerOf, toCameraBounds, type Bbox } from '../../src/geo/bounds.ts';

/** Room kept round the story's box, in pixels of the image, so labels fit too. */
export interface PaddingPx {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** A box smaller than this many degrees each way is grown to it, as the map caps its zoom. */
export const MIN_SPAN_DEGREES = 1.5;

/** Mercator's usable latitude; beyond it the projection runs off to infinity. */
const MAX_LAT = 85;

/**
 * A d3 projection centred on the story's box (antimeridian-aware) that fits it into a
 * `widthPx` × `heightPx` image less `padding`, clipped to the image.
 */
export function previewProjection(
  bbox: Bbox,
  widthPx: number,
  heightPx: number,
  padding: PaddingPx,
): GeoProjection {
  const [[west, south], [east, north]] = toCameraBounds(bbox);
  const [centerLng] = centerOf(bbox);
  // Unwrapped east edge: the span is positive even across 180°.
  const halfLng = Math.max(east - west, MIN_SPAN_DEGREES) / 2;
  const midLat = (south + north) / 2;
  const halfLat = Math.max(north - south, MIN_SPAN_DEGREES) / 2;
  const lat = (value: number) => Math.max(-MAX_LAT, Math.min(MAX_LAT, value));
  // Corners and edge midpoints in rotated longitudes, so d3 never wraps them the long way.
  const frame = {
    type: 'MultiPoint' as const,
    coordinates: [-halfLng, 0, halfLng].flatMap((dLng) =>
      [midLat - halfLat, midLat, midLat + halfLat].map((y) => [centerLng + dLng, lat(y)]),
    ),
  };
  const projection = geoMercator()
    .rotate([-centerLng, 0])
    .fitExtent(
      [
        [padding.left, padding.top],
        [widthPx - padding.right, heightPx - padding.bottom],
      ],
      frame,
    );
  return projection.clipExtent([
    [0, 0],
    [widthPx, heightPx],
  ]);
}

/** The Web Mercator zoom level a d3 Mercator projection's scale matches (512-pixel tiles). */
export function zoomOfScale(scale: number): number {
  return Math.log2((2 * Math.PI * scale) / 512);
}
