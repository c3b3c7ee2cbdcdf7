/**
 * A small PMTiles v3 writer (https://github.com/protomaps/PMTiles/blob/main/spec/v3/spec.md) for
 * tests: one archive of uncompressed vector tiles with a root directory and no leaves, enough for
 * the few hundred tiles of a test. Read back with the `pmtiles` package in the unit tests.
 */
import { Compression, TileType, zxyToTileId } from 'pmtiles';

export interface ArchiveTile {
  z: number;
  x: number;
  y: number;
  data: Uint8Array;
}

export interface ArchiveOptions {
  /** `[west, south, east, north]` in degrees. */
  bounds: [number, number, number, number];
  metadata: Record<string, unknown>;
}

const HEADER_BYTES = 127;
/** The spec's limit: a reader fetches the header and root directory in one 16 KiB request. */
const ROOT_LIMIT_BYTES = 16_384 - HEADER_BYTES;

function varint(value: number, out: number[]): void {
  let rest = value;
  while (rest >= 0x80) {
    out.push((rest % 0x80) | 0x80);
    rest = Math.floor(rest / 0x80);
  }
  out.push(rest);
}

interface Entry {
  tileId: number;
  offset: number;
  length: number;
}

/** A directory as the spec encodes it: ids as deltas, run lengths, lengths, offsets. */
function directory(entries: readonly Entry[]): Uint8Array {
  const out: number[] = [];
  varint(entries.length, out);
  let lastId = 0;
  for (const entry of entries) {
    varint(entry.tileId - lastId, out);
    lastId = entry.tileId;
  }
  for (let i = 0; i < entries.length; i++) varint(1, out);
  for (const entry of entries) varint(entry.length, out);
  entries.forEach((entry, i) => {
    const previous = entries[i - 1];
    // 0 means "right after the previous tile"; otherwise the offset plus one.
    if (previous && entry.offset === previous.offset + previous.length) varint(0, out);
    else varint(entry.offset + 1, out);
  });
  return Uint8Array.from(out);
}

/** The archive's bytes. Throws when the root directory would not fit the first 16 KiB. */
export function writePmtiles(tiles: readonly ArchiveTile[], options: ArchiveOptions): Uint8Array {
  const sorted = tiles
    .map((tile) => ({ ...tile, tileId: zxyToTileId(tile.z, tile.x, tile.y) }))
    .sort((a, b) => a.tileId - b.tileId);
  const entries: Entry[] = [];
  let offset = 0;
  for (const tile of sorted) {
    entries.push({ tileId: tile.tileId, offset, length: tile.data.length });
    offset += tile.data.length;
  }
  const root = directory(entries);
  if (root.length > ROOT_LIMIT_BYTES) {
    throw new Error(
      `${tiles.length} tiles need leaf directories, which this writer does not write`,
    );
  }
  const metadata = new TextEncoder().encode(JSON.stringify(options.metadata));
  const rootOffset = HEADER_BYTES;
  const metadataOffset = rootOffset + root.length;
  const dataOffset = metadataOffset + metadata.length;
  const total = dataOffset + offset;
  const bytes = new Uint8Array(total);
  const view = new DataView(bytes.buffer);
  bytes.set(new TextEncoder().encode('PMTiles'), 0);
  view.setUint8(7, 3);
  const u64 = (at: number, value: number) => {
    view.setUint32(at, value % 2 ** 32, true);
    view.setUint32(at + 4, Math.floor(value / 2 ** 32), true);
  };
  u64(8, rootOffset);
  u64(16, root.length);
  u64(24, metadataOffset);
  u64(32, metadata.length);
  u64(40, dataOffset); // No leaf directories: an empty section where the tile data begins.
  u64(48, 0);
  u64(56, dataOffset);
  u64(64, offset);
  u64(72, sorted.length);
  u64(80, entries.length);
  u64(88, entries.length);
  view.setUint8(96, 1); // Clustered: tile data in tile-id order.
  view.setUint8(97, Compression.None);
  view.setUint8(98, Compression.None);
  view.setUint8(99, TileType.Mvt);
  const zooms = sorted.map((tile) => tile.z);
  const minZoom = Math.min(...zooms);
  view.setUint8(100, minZoom);
  view.setUint8(101, Math.max(...zooms));
  const [west, south, east, north] = options.bounds;
  const e7 = (degrees: number) => Math.round(degrees * 1e7);
  view.setInt32(102, e7(west), true);
  view.setInt32(106, e7(south), true);
  view.setInt32(110, e7(east), true);
  view.setInt32(114, e7(north), true);
  view.setUint8(118, minZoom);
  view.setInt32(119, e7((west + east) / 2), true);
  view.setInt32(123, e7((south + north) / 2), true);
  bytes.set(root, rootOffset);
  bytes.set(metadata, metadataOffset);
  let at = dataOffset;
  for (const tile of sorted) {
    bytes.set(tile.data, at);
    at += tile.data.length;
  }
  return bytes;
}
