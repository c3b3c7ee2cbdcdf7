import { describe, expect, it } from 'vitest';
import { closestMatch, levenshtein, slugify, toPointer } from '../../../src/story/problems.ts';
import { explainLayerFileName, explainSourceUrl } from '../../../src/story/load-story.ts';
import { findJsonFault, lineAndColumn, parseJsonText } from '../../../src/story/json-text.ts';

describe('toPointer', () => {
  it('writes RFC 6901 pointers, escaping ~ and /', () => {
    expect(toPointer([])).toBe('');
    expect(toPointer(['features', 3, 'geometry'])).toBe('/features/3/geometry');
    expect(toPointer(['a/b', 'c~d'])).toBe('/a~1b/c~0d');
  });
});

describe('levenshtein and closestMatch', () => {
  it('counts edits', () => {
    expect(levenshtein('seoul', 'seul')).toBe(1);
    expect(levenshtein('', 'abc')).toBe(3);
    expect(levenshtein('kitten', 'sitting')).toBe(3);
  });

  it('suggests the nearest candidate within the limit only', () => {
    expect(closestMatch('seoul-mdn', ['seoul-mnd', 'singapore'], 3)).toBe('seoul-mnd');
    expect(closestMatch('tokyo', ['seoul-mnd', 'singapore'], 3)).toBeUndefined();
    expect(closestMatch('SEOUL', ['seoul'], 0)).toBe('seoul');
  });
});

describe('slugify', () => {
  it('makes lowercase hyphenated ids', () => {
    expect(slugify('Freedom Edge 2024!')).toBe('freedom-edge-2024');
    expect(slugify('Café_Zürich')).toBe('cafe-zurich');
    expect(slugify('서울')).toBe('');
  });
});

describe('explainLayerFileName', () => {
  it('accepts plain GeoJSON file names', () => {
    expect(explainLayerFileName('seoul.geojson')).toBeUndefined();
    expect(explainLayerFileName('seoul.json')).toBeUndefined();
  });

  it('rejects folders, parent references, addresses and other extensions', () => {
    expect(explainLayerFileName('../seoul.geojson')).toContain('must not contain ".."');
    expect(explainLayerFileName('data\\seoul.geojson')).toContain('write "seoul.geojson"');
    expect(explainLayerFileName('https://x.example/seoul.geojson')).toContain(
      'without folders or addresses',
    );
    expect(explainLayerFileName('seoul.kml')).toContain('must end in .geojson or .json');
    expect(explainLayerFileName('story.json')).toContain('story.json cannot be a layer');
  });
});

describe('explainSourceUrl', () => {
  it('accepts http and https addresses', () => {
    expect(explainSourceUrl('https://example.com/a?b=c#d')).toBeUndefined();
    expect(explainSourceUrl('http://example.com')).toBeUndefined();
  });

  it('rejects other schemes and relative addresses', () => {
    for (const url of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      'data:text/html,x',
      'ftp://example.com/a',
      'mailto:a@b.c',
    ]) {
      expect(explainSourceUrl(url), url).toContain('which is not allowed');
    }
    for (const url of ['/news/1', 'example.com/news', '', 'https://']) {
      expect(explainSourceUrl(url), url).toContain('is not a full web address');
    }
  });
});

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
