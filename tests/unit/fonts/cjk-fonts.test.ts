import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cjkLanguagesFor } from '../../../src/fonts/cjk-fonts.ts';
import { fontsourceSlices } from '../../../src/fonts/fontsource-slices.ts';

describe('cjkLanguagesFor', () => {
  it('loads no CJK font for an English reader of an English story', () => {
    expect(cjkLanguagesFor('en', 'en')).toEqual([]);
  });

  it('loads the reader’s font first, then the story’s for its untranslated text', () => {
    expect(cjkLanguagesFor('ja', 'ko')).toEqual(['ja', 'ko']);
    expect(cjkLanguagesFor('en', 'ko')).toEqual(['ko']);
    expect(cjkLanguagesFor('ko', 'ko')).toEqual(['ko']);
  });
});

describe('fontsourceSlices (real @fontsource/noto-sans-kr)', () => {
  const dir = '/node_modules/@fontsource/noto-sans-kr/';
  const css = readFileSync('node_modules/@fontsource/noto-sans-kr/400.css', 'utf8');
  const served = (name: string) => `${dir}files/${name}`;
  const files = Object.fromEntries(
    ['noto-sans-kr-0-400-normal.woff2', 'noto-sans-kr-0-700-normal.woff2'].map((name) => [
      served(name),
      `/assets/${name}`,
    ]),
  );
  const font = fontsourceSlices('ko', 'Noto Sans KR', css, files, dir);

  it('keeps only the slices the app serves, with their Unicode ranges', () => {
    expect(font.faces[400].map((face) => face.url)).toEqual([
      '/assets/noto-sans-kr-0-400-normal.woff2',
    ]);
    expect(font.faces[400][0]?.['unicode-range']?.[0]).toMatch(/^U\+/);
  });

  it('gives the bold slice the same ranges as the regular one', () => {
    expect(font.faces[700].map((face) => face.url)).toEqual([
      '/assets/noto-sans-kr-0-700-normal.woff2',
    ]);
    expect(font.faces[700][0]?.['unicode-range']).toEqual(font.faces[400][0]?.['unicode-range']);
  });
});
