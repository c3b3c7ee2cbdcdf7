import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PREVIEW_FONT_FILES } from '../../../scripts/preview/render-png.ts';
import { woffToSfnt } from '../../../scripts/preview/woff.ts';
import { REPO_ROOT } from '../story/fixtures.ts';

describe('woffToSfnt', () => {
  it('unpacks the bundled Noto Sans into an OpenType file with every table', () => {
    const woff = readFileSync(path.join(REPO_ROOT, PREVIEW_FONT_FILES[0] as string));
    const sfnt = woffToSfnt(woff);
    expect(sfnt.readUInt32BE(0)).toBe(woff.readUInt32BE(4)); // the flavour, e.g. 0x00010000
    expect(sfnt.readUInt16BE(4)).toBe(woff.readUInt16BE(12)); // number of tables
    expect(sfnt.length).toBeGreaterThanOrEqual(woff.readUInt32BE(16) - 3); // totalSfntSize
    const tags = Array.from({ length: sfnt.readUInt16BE(4) }, (_, i) =>
      sfnt.toString('latin1', 12 + i * 16, 16 + i * 16),
    );
    expect(tags).toEqual(expect.arrayContaining(['cmap', 'glyf', 'head', 'hmtx', 'name']));
  });

  it('refuses a file that is not WOFF 1.0', () => {
    expect(() => woffToSfnt(Buffer.from('wOF2 is not supported here, nor is text'))).toThrow(
      'not a WOFF 1.0 font',
    );
  });
});
