import { describe, expect, it } from 'vitest';
import {
  tileAlignedBounds,
  tileBounds,
  tilesTouching,
  tileX,
  tileY,
} from '../../../scripts/basemap/tile-math.ts';

describe('tile arithmetic', () => {
  it('finds the tile MapLibre asks for at a place (Seoul at zoom 10 is 872/396)', () => {
    // 126.9777°E: (126.9777 + 180) / 360 × 1024 = 873.18; 37.5335°N in Web Mercator: row 396.
    expect(tileX(126.9777, 10)).toBe(873);
    expect(tileY(37.5335, 10)).toBe(396);
  });

  it('puts 180° in the last column and clamps the poles to the first and last rows', () => {
    expect(tileX(180, 3)).toBe(7);
    expect(tileX(-180, 3)).toBe(0);
    expect(tileY(90, 3)).toBe(0);
    expect(tileY(-90, 3)).toBe(7);
  });

  it('gives tile bounds that contain the point the tile was found for', () => {
    const [west, south, east, north] = tileBounds({
      z: 14,
      x: tileX(-77.056, 14),
      y: tileY(38.871, 14),
    });
    expect(west).toBeLessThanOrEqual(-77.056);
    expect(east).toBeGreaterThan(-77.056);
    expect(south).toBeLessThanOrEqual(38.871);
    expect(north).toBeGreaterThan(38.871);
  });

  it('lists each tile touching several overlapping bounds once', () => {
    const tiles = tilesTouching(
      [
        [0.1, 0.1, 0.2, 0.2],
        [0.15, 0.15, 0.3, 0.3],
      ],
      0,
      2,
    );
    expect(tiles).toEqual([
      { z: 0, x: 0, y: 0 },
      { z: 1, x: 1, y: 0 },
      { z: 2, x: 2, y: 1 },
    ]);
  });

  it('grows bounds to the edges of the tiles that touch them', () => {
    expect(tileAlignedBounds([1, 1, 2, 2], 1)).toEqual([0, 0, 180, expect.closeTo(85.0511, 4)]);
  });
});
