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
