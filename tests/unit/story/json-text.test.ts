import { describe, expect, it } from 'vitest';
import { findJsonFault, lineAndColumn, parseJsonText } from '../../../src/story/json-text.ts';

describe('parseJsonText', () => {
  it('parses valid JSON, with or without a byte-order mark', () => {
    expect(parseJsonText('\uFEFF{"a": 1}')).toEqual({ ok: true, value: { a: 1 } });
  });

  it('locates common editor mistakes', () => {
    const cases: [string, number, number, string][] = [
      ['{"a": 1,}', 1, 8, 'trailing comma'],
      ['{\n  "a": 1\n  "b": 2\n}', 3, 3, 'expected "," or "}"'],
      ["{'a': 1}", 1, 2, 'double quotes'],
      ['{"a": // note\n 1}', 1, 7, 'comments are not allowed'],
      ['{"a": "x\ny"}', 1, 9, 'line break'],
      ['{"a": 01}', 1, 7, 'invalid number'],
      ['{"a": NaN}', 1, 7, '"NaN" is not a JSON value'],
      ['{"a": 1} x', 1, 10, 'after the end'],
      ['', 1, 1, 'the file is empty'],
      ['{"a": [1, 2', 1, 12, 'ends in the middle'],
    ];
    for (const [text, line, column, reason] of cases) {
      const result = parseJsonText(text);
      expect(result, text).toMatchObject({ ok: false, line, column });
      expect(result.ok ? '' : result.reason, text).toContain(reason);
    }
  });

  it('finds no fault in valid JSON', () => {
    expect(findJsonFault('{"a": [1, -2.5e3, "x\\u00e9", true, false, null, {}]}')).toBeUndefined();
  });
});

describe('lineAndColumn', () => {
  it('counts lines from 1 and columns from 1', () => {
    expect(lineAndColumn('ab\ncd', 0)).toEqual({ line: 1, column: 1 });
    expect(lineAndColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });
});

describe('repeated keys', () => {
  it('names each key that repeats in one object, with its pointer and lines', () => {
    const text = '{\n "a": 1,\n "list": [{}, {"b": 1, "b": 2}],\n "a": 3\n}';
    const result = parseJsonText(text);
    expect(result).toEqual({
      ok: true,
      value: { a: 3, list: [{}, { b: 2 }] },
      repeatedKeys: {
        listed: [
          { pointer: '/list/1/b', key: 'b', line: 3, firstLine: 3 },
          { pointer: '/a', key: 'a', line: 4, firstLine: 2 },
        ],
        total: 2,
      },
    });
  });

  it('compares keys as JSON reads them, escapes decoded', () => {
    const result = parseJsonText('{"a": 1, "\\u0061": 2}');
    expect(result.ok && result.repeatedKeys?.listed[0]?.key).toBe('a');
  });

  it('is not fooled by equal keys in different objects, or by quotes and brackets in text', () => {
    const text = '{"a": {"k": 1}, "b": {"k": "\\"k\\": {[,"}, "c": ["k", "k"], "k\\\\": 1, "k": 2}';
    expect(parseJsonText(text)).toEqual({ ok: true, value: JSON.parse(text) as unknown });
  });

  it('escapes ~ and / in the pointer', () => {
    const result = parseJsonText('{"a/b": {"~": 1, "~": 2}}');
    expect(result.ok && result.repeatedKeys?.listed[0]?.pointer).toBe('/a~1b/~0');
  });

  it('lists the first 100 and counts them all', () => {
    const members = Array.from({ length: 150 }, (_, i) => `"k${i}": 1, "k${i}": 2`).join(', ');
    const result = parseJsonText(`{${members}}`);
    expect(result.ok && result.repeatedKeys?.listed).toHaveLength(100);
    expect(result.ok && result.repeatedKeys?.total).toBe(150);
  });

  it('scans deep nesting without overflowing the stack', () => {
    const depth = 100_000;
    const text = '['.repeat(depth) + ']'.repeat(depth);
    expect(parseJsonText(text).ok).toBe(true);
  });
});
