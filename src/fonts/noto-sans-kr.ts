/** Noto Sans KR's Hangul and hanja slices (Latin comes from Noto Sans); see cjk-fonts.ts. */
import css400 from '@fontsource/noto-sans-kr/400.css?raw';
import type { CjkFont } from './cjk-fonts.ts';
import { fontsourceSlices } from './fontsource-slices.ts';

// Only the numbered slices: the package's latin, cyrillic and vietnamese files repeat Noto Sans.
const files = import.meta.glob<string>(
  '/node_modules/@fontsource/noto-sans-kr/files/noto-sans-kr-[0-9]*-{400,700}-normal.woff2',
  { query: '?url', import: 'default', eager: true },
);

export const NOTO_SANS_KR: CjkFont = fontsourceSlices(
  'ko',
  'Noto Sans KR',
  css400,
  files,
  '/node_modules/@fontsource/noto-sans-kr/',
);
