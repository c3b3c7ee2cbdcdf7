/**
 * Reading built vector tiles back, as MapLibre would: which layers a tile has, and whether a
 * lon/lat point falls inside a polygon layer (even-odd over each feature's rings, so holes count).
 */
import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { tileX, tileY } from '../../../scripts/basemap/tile-math.ts';

/** The point's position in tile `z/x/y`'s coordinates (0..extent, y down). */
export function tilePosition(
  lng: number,
  lat: number,
  z: number,
  extent: number,
): { x: number; y: number; tx: number; ty: number } {
  const n = 2 ** z;
  const wx = ((lng + 180) / 360) * n;
  const rad = (lat * Math.PI) / 180;
  const wy = ((1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2) * n;
  const tx = tileX(lng, z);
  const ty = tileY(lat, z);
  return { tx, ty, x: (wx - tx) * extent, y: (wy - ty) * extent };
}

export function decodeTile(bytes: Uint8Array): VectorTile {
  return new VectorTile(new PbfReader(bytes));
}

/** Whether `layer` of the decoded tile `z/tx/ty` covers the point (false when it has no such layer). */
export function layerCovers(
  tile: VectorTile,
  layerName: string,
  z: number,
  lng: number,
  lat: number,
): boolean {
  const layer = tile.layers[layerName];
  if (!layer) return false;
  const { x, y } = tilePosition(lng, lat, z, layer.extent);
  for (let i = 0; i < layer.length; i++) {
    const feature = layer.feature(i);
    if (feature.type !== 3) continue;
    let inside = false;
    for (const ring of feature.loadGeometry()) {
      for (let a = 0, b = ring.length - 1; a < ring.length; b = a++) {
        const p = ring[a];
        const q = ring[b];
        if (!p || !q) continue;
        if (p.y > y !== q.y > y && x < ((q.x - p.x) * (y - p.y)) / (q.y - p.y) + p.x) {
          inside = !inside;
        }
      }
    }
    if (inside) return true;
  }
  return false;
}
