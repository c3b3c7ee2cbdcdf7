import { describe, expect, it } from 'vitest';
import { PMTiles, TileType, type RangeResponse, type Source } from 'pmtiles';
import { writePmtiles } from '../../browser/pmtiles-archive.ts';

/** The archive as a `pmtiles` source, answering range requests from memory. */
function memorySource(bytes: Uint8Array): Source {
  return {
    getKey: () => 'memory',
    getBytes: async (offset: number, length: number): Promise<RangeResponse> => ({
      data: bytes.slice(offset, offset + length).buffer,
    }),
  };
}

describe('writePmtiles (the tests’ archive writer)', () => {
  const tiles = [
    { z: 6, x: 54, y: 25, data: Uint8Array.from([1, 2, 3]) },
    { z: 0, x: 0, y: 0, data: Uint8Array.from([9]) },
    { z: 14, x: 13980, y: 6505, data: new Uint8Array(300).fill(7) },
  ];
  const bytes = writePmtiles(tiles, {
    bounds: [128.9, 35.0, 129.3, 35.3],
    metadata: { name: 'test', vector_layers: [{ id: 'earth', fields: {} }] },
  });
  const archive = new PMTiles(memorySource(bytes));

  it('has a header the pmtiles package reads', async () => {
    const header = await archive.getHeader();
    expect(header).toMatchObject({
      specVersion: 3,
      tileType: TileType.Mvt,
      minZoom: 0,
      maxZoom: 14,
      numAddressedTiles: 3,
      minLon: 128.9,
      maxLat: 35.3,
    });
    expect(await archive.getMetadata()).toMatchObject({ name: 'test' });
  });

  it('gives back every tile’s bytes, and nothing for a tile it does not hold', async () => {
    for (const tile of tiles) {
      const got = await archive.getZxy(tile.z, tile.x, tile.y);
      expect(new Uint8Array(got?.data ?? new ArrayBuffer(0))).toEqual(tile.data);
    }
    expect(await archive.getZxy(6, 54, 26)).toBeUndefined();
  });
});
