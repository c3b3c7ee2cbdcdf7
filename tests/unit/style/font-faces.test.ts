import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFontFaceRules } from '../../../src/style/font-faces.ts';

describe('parseFontFaceRules', () => {
  const css = readFileSync('node_modules/@fontsource/noto-sans/400.css', 'utf8');

  it('reads the woff2 file and Unicode ranges of each fontsource rule', () => {
    const faces = parseFontFaceRules(
      css,
      (url) => `https://example.org/${url.replace('./files/', '')}`,
    );
    const latin = faces.find((face) => face.url.endsWith('noto-sans-latin-400-normal.woff2'));
    expect(latin?.['unicode-range']?.[0]).toBe('U+0000-00FF');
  });

  it('leaves out rules whose file the app does not serve', () => {
    const faces = parseFontFaceRules(css, (url) => (url.includes('-latin-400') ? url : undefined));
    expect(faces.map((face) => face.url)).toEqual(['./files/noto-sans-latin-400-normal.woff2']);
  });
});
