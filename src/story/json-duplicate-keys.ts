/**
 * Duplicate keys in JSON text. `JSON.parse` keeps the last of two equal keys without a word, and
 * other readers (QGIS, GDAL, a browser's map library) may keep the first: the same file would then
 * mean two things. RFC 8259 says names SHOULD be unique; a story holds them to it.
 */
import { toPointer } from './pointers.ts';

/** One key met again in the same object. */
export interface DuplicateKey {
  /** The pointer of the member (the same for both; their places in the text tell them apart). */
  pointer: string;
  key: string;
  /** Offsets of the repeated key and of its first use, in UTF-16 units. */
  offset: number;
  firstOffset: number;
}

/** Duplicates described in full; the rest are only counted, as the report lists 100 anyway. */
const MAX_DESCRIBED = 100;

interface Frame {
  isObject: boolean;
  /** Keys met so far in an object, with the offset where each was first met. */
  keys: Map<string, number> | undefined;
  /** The current key (object) or index (list). */
  at: string | number;
  expectingKey: boolean;
}

/**
 * Every key that repeats within one object of `text`, which must be valid JSON (it is scanned,
 * not checked). Iterative, so deep nesting cannot overflow the stack; linear in the text's length.
 */
export function findDuplicateKeys(text: string): { duplicates: DuplicateKey[]; total: number } {
  const stack: Frame[] = [];
  const duplicates: DuplicateKey[] = [];
  let total = 0;
  const length = text.length;
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    if (code === 34 /* " */) {
      const end = stringEnd(text, i);
      const top = stack.at(-1);
      if (top?.isObject && top.expectingKey) {
        const raw = text.slice(i + 1, end);
        const key = raw.includes('\\') ? (JSON.parse(`"${raw}"`) as string) : raw;
        const keys = (top.keys ??= new Map());
        const first = keys.get(key);
        top.at = key;
        top.expectingKey = false;
        if (first === undefined) keys.set(key, i);
        else if (total++ < MAX_DESCRIBED) {
          duplicates.push({ pointer: pointerOf(stack), key, offset: i, firstOffset: first });
        }
      }
      i = end;
    } else if (code === 123 /* { */) {
      stack.push({ isObject: true, keys: undefined, at: '', expectingKey: true });
    } else if (code === 91 /* [ */) {
      stack.push({ isObject: false, keys: undefined, at: 0, expectingKey: false });
    } else if (code === 125 /* } */ || code === 93 /* ] */) {
      stack.pop();
    } else if (code === 44 /* , */) {
      const top = stack.at(-1);
      if (top?.isObject) top.expectingKey = true;
      else if (top) top.at = (top.at as number) + 1;
    }
  }
  return { duplicates, total };
}

/** The offset of the closing quote of the string opening at `start`. */
function stringEnd(text: string, start: number): number {
  let i = start + 1;
  for (;;) {
    const quote = text.indexOf('"', i);
    if (quote < 0) return text.length;
    let backslashes = 0;
    while (text.charCodeAt(quote - 1 - backslashes) === 92) backslashes++;
    if (backslashes % 2 === 0) return quote;
    i = quote + 1;
  }
}

function pointerOf(stack: readonly Frame[]): string {
  return toPointer(stack.map((frame) => frame.at));
}
