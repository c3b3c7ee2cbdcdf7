/**
 * JSON parsing that explains failures the way an editor needs them: a line, a column and a fix.
 * `JSON.parse` does the parsing; only when it fails does a small scanner walk the text to find
 * where and why, because engines word their errors differently and V8 often gives no position.
 * Text that parses is scanned once more for keys that repeat in one object, which `JSON.parse`
 * would resolve silently.
 */
import { findDuplicateKeys } from './json-duplicate-keys.ts';

/** A key that repeats in one object; lines are 1-based. */
export interface RepeatedKey {
  pointer: string;
  key: string;
  line: number;
  firstLine: number;
}

/** The outcome of `parseJsonText`. Line and column are 1-based; column counts UTF-16 units. */
export type JsonTextResult =
  | {
      ok: true;
      value: unknown;
      /** Present when keys repeat: the first ones in full, and how many there are in all. */
      repeatedKeys?: { listed: RepeatedKey[]; total: number };
    }
  | { ok: false; line?: number; column?: number; reason: string };

interface SyntaxFault {
  offset: number;
  reason: string;
}

/** Parses JSON text (a leading byte-order mark is allowed) and never throws. */
export function parseJsonText(text: string): JsonTextResult {
  // Windows editors save a byte-order mark that JSON.parse rejects; it carries no meaning.
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  let value: unknown;
  try {
    value = JSON.parse(body) as unknown;
  } catch (error) {
    const fault = findJsonFault(body);
    if (!fault) return { ok: false, reason: engineReason(error) };
    const { line, column } = lineAndColumn(body, fault.offset);
    return { ok: false, line, column, reason: fault.reason };
  }
  const { duplicates, total } = findDuplicateKeys(body);
  if (total === 0) return { ok: true, value };
  const lines = linesAt(
    body,
    duplicates.flatMap((d) => [d.offset, d.firstOffset]),
  );
  const listed = duplicates.map(({ pointer, key, offset, firstOffset }) => ({
    pointer,
    key,
    line: lines.get(offset) ?? 0,
    firstLine: lines.get(firstOffset) ?? 0,
  }));
  return { ok: true, value, repeatedKeys: { listed, total } };
}

/** The 1-based line of each offset, in one pass over the text. */
function linesAt(text: string, offsets: readonly number[]): Map<number, number> {
  const sorted = [...new Set(offsets)].sort((a, b) => a - b);
  const lines = new Map<number, number>();
  let line = 1;
  let from = 0;
  for (const offset of sorted) {
    for (let i = from; i < offset; i++) if (text.charCodeAt(i) === 10) line++;
    from = offset;
    lines.set(offset, line);
  }
  return lines;
}

/** The 1-based line and column of a character offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** The engine's message without the text snippet V8 appends (it can be the whole file). */
function engineReason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/,\s*".*$/s, '').slice(0, 200);
}

const END_REASON =
  'the file ends in the middle of a value (was it cut short?): close every open " { and [, or restore the full file';

type State =
  | 'value'
  | 'value-or-close'
  | 'value-after-comma'
  | 'key-or-close'
  | 'key-after-comma'
  | 'colon'
  | 'after-value';

/** Finds the first syntax error in JSON text, or undefined when the scanner finds none. */
export function findJsonFault(text: string): SyntaxFault | undefined {
  // Iterative on purpose: deeply nested input must not overflow the call stack.
  const stack: ('{' | '[')[] = [];
  let state: State = 'value';
  let lastComma = -1;
  let i = 0;
  for (;;) {
    i = skipWhiteSpace(text, i);
    if (i >= text.length) {
      if (state === 'after-value' && stack.length === 0) return undefined;
      if (text.trim() === '')
        return { offset: i, reason: 'the file is empty: write a JSON object { … }' };
      return { offset: i, reason: END_REASON };
    }
    const c = text.charAt(i);
    switch (state) {
      case 'value':
      case 'value-or-close':
      case 'value-after-comma': {
        if (c === ']' && state === 'value-or-close') {
          stack.pop();
          i++;
          state = 'after-value';
          break;
        }
        if (c === ']' && state === 'value-after-comma') return trailingComma(lastComma, ']');
        const scanned = scanValueStart(text, i, stack);
        if (typeof scanned !== 'number') return scanned;
        const opened = text.charAt(i);
        i = scanned;
        state = opened === '{' ? 'key-or-close' : opened === '[' ? 'value-or-close' : 'after-value';
        break;
      }
      case 'key-or-close':
      case 'key-after-comma': {
        if (c === '}') {
          if (state === 'key-after-comma') return trailingComma(lastComma, '}');
          stack.pop();
          i++;
          state = 'after-value';
          break;
        }
        if (c !== '"') return { offset: i, reason: badKeyReason(c) };
        const end = scanString(text, i);
        if (typeof end !== 'number') return end;
        i = end;
        state = 'colon';
        break;
      }
      case 'colon': {
        if (c !== ':') return { offset: i, reason: 'expected ":" after the property name' };
        i++;
        state = 'value';
        break;
      }
      case 'after-value': {
        const top = stack.at(-1);
        if (top === undefined) {
          return {
            offset: i,
            reason:
              'unexpected text after the end of the JSON value: remove it (a file holds one value)',
          };
        }
        const close = top === '{' ? '}' : ']';
        if (c === ',') {
          lastComma = i;
          i++;
          state = top === '{' ? 'key-after-comma' : 'value-after-comma';
        } else if (c === close) {
          stack.pop();
          i++;
        } else {
          return {
            offset: i,
            reason: `expected "," or "${close}" after a value: add the missing comma, or close the ${top === '{' ? 'object' : 'list'}`,
          };
        }
        break;
      }
    }
  }
}

function skipWhiteSpace(text: string, from: number): number {
  let i = from;
  while (i < text.length) {
    const c = text.charAt(i);
    if (c !== ' ' && c !== '\t' && c !== '\n' && c !== '\r') break;
    i++;
  }
  return i;
}

function trailingComma(offset: number, close: string): SyntaxFault {
  return { offset, reason: `trailing comma before "${close}": remove this comma` };
}

function badKeyReason(c: string): string {
  if (c === "'") return 'property names need double quotes, not single quotes: write "name"';
  if (c === '/') return 'comments are not allowed in JSON: remove the comment';
  return 'expected a property name in double quotes, e.g. "title"';
}

/** Scans a value's first token: a whole scalar, or one opening bracket pushed on `stack`. */
function scanValueStart(text: string, i: number, stack: ('{' | '[')[]): number | SyntaxFault {
  const c = text.charAt(i);
  if (c === '{' || c === '[') {
    stack.push(c);
    return i + 1;
  }
  if (c === '"') return scanString(text, i);
  if (c === '-' || (c >= '0' && c <= '9')) return scanNumber(text, i);
  for (const word of ['true', 'false', 'null']) {
    if (text.startsWith(word, i)) return i + word.length;
  }
  return { offset: i, reason: badValueReason(text, i) };
}

function badValueReason(text: string, i: number): string {
  const c = text.charAt(i);
  if (c === "'") return 'text needs double quotes, not single quotes: write "…"';
  if (c === '/') return 'comments are not allowed in JSON: remove the comment';
  if (c === '}' || c === ']' || c === ',' || c === ':') {
    return `expected a value before "${c}": write a value, or remove the extra "${c}"`;
  }
  const word = /^[A-Za-z_]\w*/.exec(text.slice(i, i + 40))?.[0];
  if (word) {
    return `"${word}" is not a JSON value: put text in double quotes; numbers, true, false and null go without`;
  }
  return `unexpected character "${c}" where a value should be`;
}

/** Scans a string starting at its opening quote; returns the offset after the closing quote. */
function scanString(text: string, start: number): number | SyntaxFault {
  let i = start + 1;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code === 34) return i + 1; // "
    if (code < 32) {
      return {
        offset: i,
        reason: 'line break or control character inside text: close the quote, or write \\n',
      };
    }
    if (code === 92) {
      // backslash
      const next = text.charAt(i + 1);
      if (next === 'u') {
        if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
          return { offset: i, reason: 'invalid \\u escape: write four hex digits, e.g. \\u00e9' };
        }
        i += 6;
        continue;
      }
      if (next === '') break;
      if (!'"\\/bfnrt'.includes(next)) {
        return {
          offset: i,
          reason: `invalid escape "\\${next}" in text: write \\\\ for a backslash`,
        };
      }
      i += 2;
      continue;
    }
    i++;
  }
  return { offset: text.length, reason: END_REASON };
}

const NUMBER_PATTERN = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/** Scans a number; returns the offset after it. */
function scanNumber(text: string, start: number): number | SyntaxFault {
  NUMBER_PATTERN.lastIndex = start;
  const match = NUMBER_PATTERN.exec(text);
  const end = start + (match?.[0].length ?? 0);
  const next = text.charAt(end);
  if (!match || /[\d.eE+-]/.test(next)) {
    return {
      offset: start,
      reason:
        'invalid number: write numbers like 12, -0.5 or 1.5e3 (no leading zeros, no trailing dot)',
    };
  }
  return end;
}
