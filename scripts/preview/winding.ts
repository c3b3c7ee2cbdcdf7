/**
 * RFC 7946 winds outer rings counter-clockwise; d3-geo reads rings the other way round (a
 * counter-clockwise ring is the whole globe minus the shape). These flip a geometry for d3.
 */
import type { Geometry, Position } from 'geojson';

const reversed = (ring: Position[]): Position[] => [...ring].reverse();

/** The geometry with every polygon ring reversed; other geometries unchanged. */
export function toD3Winding(geometry: Geometry): Geometry {
  switch (geometry.type) {
    case 'Polygon':
      return { ...geometry, coordinates: geometry.coordinates.map(reversed) };
    case 'MultiPolygon':
      return {
        ...geometry,
        coordinates: geometry.coordinates.map((polygon) => polygon.map(reversed)),
      };
    case 'GeometryCollection':
      return { ...geometry, geometries: geometry.geometries.map(toD3Winding) };
    default:
      return geometry;
  }
}
