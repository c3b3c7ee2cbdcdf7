/**
 * The projection of a story's static preview: Web Mercator (as the interactive map) rotated so the
 * story's short-way-round centre is in the middle, then fitted to the story's box. Washington,
 * Seoul and Singapore therefore sit across the Pacific, and the seam moves to the far side.
 */
import { geoMercator, type GeoProjection } from 'd3-geo';
import { centerOf, toCameraBounds, type Bbox } from '../../src/geo/bounds.ts';
import { FIRST_VIEW_MAX_ZOOM } from '../../src/geo/bounds.ts';

// The preview frames a story as the interactive map's first view does.
export { FIRST_VIEW_MAX_ZOOM };

/** Room kept round the story's box, in pixels of the image, so labels fit too. */
export interface PaddingPx {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** Mercator's usable latitude; beyond it the projection runs off to infinity. */
const MAX_LAT = 85;

/** The d3 Mercator scale of a Web Mercator zoom (512-pixel tiles). */
export function scaleOfZoom(zoom: number): number {
  return (512 * 2 ** zoom) / (2 * Math.PI);
}

/**
 * A d3 projection centred on the story's box (antimeridian-aware) that fits it into a
 * `widthPx` × `heightPx` image less `padding`, zoomed in no further than `maxZoom` (a single
 * place, or places a street apart, are centred at that zoom), clipped to the image.
 */
export function previewProjection(
  bbox: Bbox,
  widthPx: number,
  heightPx: number,
  padding: PaddingPx,
  maxZoom = FIRST_VIEW_MAX_ZOOM,
): GeoProjection {
  const [[west, south], [east, north]] = toCameraBounds(bbox);
  const [centerLng] = centerOf(bbox);
  const lat = (value: number) => Math.max(-MAX_LAT, Math.min(MAX_LAT, value));
  // Unwrapped east edge: the span is positive even across 180°.
  const halfLng = (east - west) / 2;
  const midLat = (south + north) / 2;
  const halfLat = (north - south) / 2;
  const projection = geoMercator().rotate([-centerLng, 0]);
  const hasExtent = halfLng > 0 || halfLat > 0;
  if (hasExtent) {
    // Corners and edge midpoints in rotated longitudes, so d3 never wraps them the long way.
    const frame = {
      type: 'MultiPoint' as const,
      coordinates: [-halfLng, 0, halfLng].flatMap((dLng) =>
        [midLat - halfLat, midLat, midLat + halfLat].map((y) => [centerLng + dLng, lat(y)]),
      ),
    };
    projection.fitExtent(
      [
        [padding.left, padding.top],
        [widthPx - padding.right, heightPx - padding.bottom],
      ],
      frame,
    );
  }
  const maxScale = scaleOfZoom(maxZoom);
  if (!hasExtent || !(projection.scale() <= maxScale)) {
    // Too close (or a single point, which fits at any scale): centre the box at `maxZoom`.
    projection.scale(maxScale).translate([0, 0]);
    const [, northY] = projection([centerLng, lat(north)]) ?? [0, 0];
    const [centreX, southY] = projection([centerLng, lat(south)]) ?? [0, 0];
    const targetX = padding.left + (widthPx - padding.left - padding.right) / 2;
    const targetY = padding.top + (heightPx - padding.top - padding.bottom) / 2;
    projection.translate([targetX - centreX, targetY - (northY + southY) / 2]);
  }
  return projection.clipExtent([
    [0, 0],
    [widthPx, heightPx],
  ]);
}

/** The Web Mercator zoom level a d3 Mercator projection's scale matches (512-pixel tiles). */
export function zoomOfScale(scale: number): number {
  return Math.log2((2 * Math.PI * scale) / 512);
}
