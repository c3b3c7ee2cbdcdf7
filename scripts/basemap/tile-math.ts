/**
 * Web Mercator tile arithmetic (the XYZ scheme MapLibre requests: x from 180° W eastwards, y from
 * the north edge southwards), on plain lon/lat bounds `[west, south, east, north]`.
 */

/** `[west, south, east, north]` in degrees, west ≤ east (nothing here crosses ±180°). */
export type Bounds = [number, number, number, number];

/** A tile's address. */
export interface TileAddress {
  z: number;
  x: number;
  y: number;
}

/** Web Mercator's latitude limit: the top and bottom edge of tile 0/0/0. */
export const MAX_MERCATOR_LATITUDE = 85.0511287798066;

/** The tile column holding longitude `lng` at zoom `z` (180° belongs to the last column). */
export function tileX(lng: number, z: number): number {
  const n = 2 ** z;
  return Math.min(n - 1, Math.max(0, Math.floor(((lng + 180) / 360) * n)));
}

/** The tile row holding latitude `lat` at zoom `z` (clamped to Web Mercator's range). */
export function tileY(lat: number, z: number): number {
  const n = 2 ** z;
  const clamped = Math.max(-MAX_MERCATOR_LATITUDE, Math.min(MAX_MERCATOR_LATITUDE, lat));
  const rad = (clamped * Math.PI) / 180;
  const y = ((1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2) * n;
  return Math.min(n - 1, Math.max(0, Math.floor(y)));
}

/** Longitude of a tile column's west edge. */
export function tileWest(x: number, z: number): number {
  return (x / 2 ** z) * 360 - 180;
}

/** Latitude of a tile row's north edge. */
export function tileNorth(y: number, z: number): number {
  const k = Math.PI - (2 * Math.PI * y) / 2 ** z;
  return (180 / Math.PI) * Math.atan(Math.sinh(k));
}

/** A tile's own bounds. */
export function tileBounds({ z, x, y }: TileAddress): Bounds {
  return [tileWest(x, z), tileNorth(y + 1, z), tileWest(x + 1, z), tileNorth(y, z)];
}

/** The range of tile columns and rows at zoom `z` that touch `bounds`. */
export function tileRange(
  bounds: Bounds,
  z: number,
): { minX: number; maxX: number; minY: number; maxY: number } {
  const [west, south, east, north] = bounds;
  return {
    minX: tileX(west, z),
    maxX: tileX(east, z),
    minY: tileY(north, z),
    maxY: tileY(south, z),
  };
}

/** How many tiles at zoom `z` touch `bounds`. */
export function tileCount(bounds: Bounds, z: number): number {
  const { minX, maxX, minY, maxY } = tileRange(bounds, z);
  return (maxX - minX + 1) * (maxY - minY + 1);
}

/** `"z/x/y"`, the path of a tile below its pyramid's folder (without the extension). */
export function tileKey({ z, x, y }: TileAddress): string {
  return `${z}/${x}/${y}`;
}

/**
 * Every tile at zooms `minzoom`–`maxzoom` that touches at least one of `boundsList`, each once, in
 * zoom order (then x, then y).
 */
export function tilesTouching(
  boundsList: readonly Bounds[],
  minzoom: number,
  maxzoom: number,
): TileAddress[] {
  const tiles: TileAddress[] = [];
  for (let z = minzoom; z <= maxzoom; z++) {
    const seen = new Set<string>();
    const atZoom: TileAddress[] = [];
    for (const bounds of boundsList) {
      const { minX, maxX, minY, maxY } = tileRange(bounds, z);
      for (let x = minX; x <= maxX; x++) {
        for (let y = minY; y <= maxY; y++) {
          const key = `${x}/${y}`;
          if (seen.has(key)) continue;
          seen.add(key);
          atZoom.push({ z, x, y });
        }
      }
    }
    atZoom.sort((a, b) => a.x - b.x || a.y - b.y);
    tiles.push(...atZoom);
  }
  return tiles;
}

/** Whether two bounds overlap or touch. */
export function boundsIntersect(a: Bounds, b: Bounds): boolean {
  return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
}

/** The smallest bounds holding both. */
export function boundsUnion(a: Bounds, b: Bounds): Bounds {
  return [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])];
}

/** The bounds of the tiles at zoom `z` that touch `bounds`: `bounds` grown to tile edges. */
export function tileAlignedBounds(bounds: Bounds, z: number): Bounds {
  const { minX, maxX, minY, maxY } = tileRange(bounds, z);
  return [tileWest(minX, z), tileNorth(maxY + 1, z), tileWest(maxX + 1, z), tileNorth(minY, z)];
}
