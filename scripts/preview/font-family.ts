/**
 * The family name an OpenType font declares, as resvg's font database matches it. Needed because
 * @fontsource's Noto Sans KR / JP are instances of a variable font whose family name kept the
 * default instance's ("Noto Sans KR Thin"), so the name cannot be guessed from the package.
 * The name table: https://learn.microsoft.com/typography/opentype/spec/name
 */

const NAME_FAMILY = 1;
const NAME_TYPOGRAPHIC_FAMILY = 16;
const PLATFORM_WINDOWS = 3;

/** The table directory of an sfnt: tag to offset. */
function tableOffsets(sfnt: Buffer): Map<string, number> {
  const count = sfnt.readUInt16BE(4);
  const offsets = new Map<string, number>();
  for (let i = 0; i < count; i++) {
    const entry = 12 + i * 16;
    offsets.set(sfnt.toString('latin1', entry, entry + 4), sfnt.readUInt32BE(entry + 8));
  }
  return offsets;
}

/**
 * The typographic family name (name ID 16), else the family name (ID 1), from the Windows
 * (UTF-16BE) records; throws when the font has neither.
 */
export function fontFamilyName(sfnt: Buffer): string {
  const table = tableOffsets(sfnt).get('name');
  if (table === undefined) throw new Error('font has no name table');
  const count = sfnt.readUInt16BE(table + 2);
  const strings = table + sfnt.readUInt16BE(table + 4);
  const names = new Map<number, string>();
  for (let i = 0; i < count; i++) {
    const record = table + 6 + i * 12;
    if (sfnt.readUInt16BE(record) !== PLATFORM_WINDOWS) continue;
    const nameId = sfnt.readUInt16BE(record + 6);
    const start = strings + sfnt.readUInt16BE(record + 10);
    const bytes = Buffer.from(sfnt.subarray(start, start + sfnt.readUInt16BE(record + 8)));
    if (!names.has(nameId)) names.set(nameId, bytes.swap16().toString('utf16le'));
  }
  const family = names.get(NAME_TYPOGRAPHIC_FAMILY) ?? names.get(NAME_FAMILY);
  if (family === undefined) throw new Error('font names no family');
  return family;
}
