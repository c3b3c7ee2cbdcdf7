/** Screen-side decisions of the map, kept free of MapLibre so they are tested in Node. */
import type { GeometryKind } from '../style/story-sources.ts';

/** A story feature under the pointer, as MapLibre reports it. */
export interface PlaceHit {
  id: string;
  kind: unknown;
}

const KIND_PRIORITY: Record<GeometryKind, number> = { point: 0, line: 1, area: 2 };

/**
 * The places a click means, without duplicates: markers and lines win over the area they sit in
 * (a reader who taps a port inside an exercise area means the port), and every place of the
 * winning kind is kept, since markers of one city can overlap at a world view.
 */
export function pickPlaceIds(hits: readonly PlaceHit[]): string[] {
  const ranked = hits.map((hit) => ({
    id: hit.id,
    priority: KIND_PRIORITY[hit.kind as GeometryKind] ?? KIND_PRIORITY.area,
  }));
  const best = Math.min(...ranked.map((hit) => hit.priority));
  return [...new Set(ranked.filter((hit) => hit.priority === best).map((hit) => hit.id))];
}

/**
 * The copy of a longitude (±360°) nearest the camera's centre, so a popup opened for a place in
 * Washington while the camera looks across the Pacific points at the copy on screen.
 */
export function nearestWorldCopy(
  [lng, lat]: [number, number],
  centerLng: number,
): [number, number] {
  const shift = Math.round((centerLng - lng) / 360) * 360;
  return [lng + shift, lat];
}

export interface PopupPlacement {
  /** Horizontal centre of the popup and the tip's vertical position, in map pixels. */
  x: number;
  y: number;
  side: 'above' | 'below';
  /** On small maps the popup becomes a sheet along the bottom edge instead. */
  sheet: boolean;
  maxHeightPx: number;
}

const POPUP_WIDTH_PX = 352;
const EDGE_MARGIN_PX = 12;
const TIP_GAP_PX = 14;
/** Below this width or height a floating popup would hide the place it points at. */
const SHEET_BELOW_WIDTH_PX = 560;
const SHEET_BELOW_HEIGHT_PX = 360;

/**
 * Where the popup goes for a place at `point` on a map of `size`: above the place when it is in
 * the lower half, below otherwise, kept inside the map horizontally, and never taller than the
 * room on its side.
 */
export function popupPlacement(
  point: { x: number; y: number },
  size: { width: number; height: number },
): PopupPlacement {
  if (size.width < SHEET_BELOW_WIDTH_PX || size.height < SHEET_BELOW_HEIGHT_PX) {
    return {
      x: size.width / 2,
      y: size.height,
      side: 'above',
      sheet: true,
      maxHeightPx: Math.max(120, Math.round(size.height * 0.6)),
    };
  }
  const y = Math.min(Math.max(point.y, 0), size.height);
  const side = y > size.height / 2 ? 'above' : 'below';
  const halfWidth = Math.min(POPUP_WIDTH_PX, size.width - 2 * EDGE_MARGIN_PX) / 2;
  const x = Math.min(
    Math.max(point.x, halfWidth + EDGE_MARGIN_PX),
    size.width - halfWidth - EDGE_MARGIN_PX,
  );
  const room = side === 'above' ? y : size.height - y;
  return {
    x,
    y,
    side,
    sheet: false,
    maxHeightPx: Math.max(120, Math.round(room - TIP_GAP_PX - EDGE_MARGIN_PX)),
  };
}
