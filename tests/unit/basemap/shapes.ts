/** Small hand-made shapes shared by the basemap tests. */
import type { Position } from 'geojson';

/**
 * A 10° square with a 6° square hole, wound as d3-geo winds them (exterior clockwise, hole
 * counter-clockwise), the opposite of RFC 7946.
 */
export function squareWithHole(): Position[][] {
  return [
    [
      [0, 0],
      [0, 10],
      [10, 10],
      [10, 0],
      [0, 0],
    ],
    [
      [2, 2],
      [8, 2],
      [8, 8],
      [2, 8],
      [2, 2],
    ],
  ];
}
