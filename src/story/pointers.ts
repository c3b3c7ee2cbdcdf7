/** RFC 6901 JSON pointers: how every problem says where in a file it is. */

/** An RFC 6901 JSON pointer from path segments (`[]` → `""`, the whole document). */
export function toPointer(segments: readonly (string | number)[]): string {
  return segments.map((segment) => '/' + escapePointerSegment(String(segment))).join('');
}

/** `base` extended by more segments. */
export function childPointer(base: string, ...segments: (string | number)[]): string {
  return base + toPointer(segments);
}

function escapePointerSegment(segment: string): string {
  return segment.replaceAll('~', '~0').replaceAll('/', '~1');
}

/** Orders JSON pointers segment by segment, numbers numerically, so `/2` comes before `/10`. */
export function comparePointers(a: string, b: string): number {
  const as = a.split('/');
  const bs = b.split('/');
  for (let i = 0; i < Math.min(as.length, bs.length); i++) {
    const x = as[i] ?? '';
    const y = bs[i] ?? '';
    if (x === y) continue;
    const nx = Number(x);
    const ny = Number(y);
    if (x !== '' && y !== '' && Number.isInteger(nx) && Number.isInteger(ny)) return nx - ny;
    return x < y ? -1 : 1;
  }
  return as.length - bs.length;
}
