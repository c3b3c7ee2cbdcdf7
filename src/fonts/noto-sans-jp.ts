/** Noto Sans JP's kana and kanji slices (Latin comes from Noto Sans); see cjk-fonts.ts. */
import css400 from '@fontsource/noto-sans-jp/400.css?raw';
import type { CjkFont } from './cjk-fonts.ts';
import { fontsourceSlices } from './fontsource-slices.ts';

// Only the numbered slices: the package's latin, cyrillic and vietnamese files repeat Noto Sans.
const files = import.meta.glob<string>(
  '/node_modules/@fontsource/noto-sans-jp/files/noto-sans-jp-[0-9]*-{400,700}-normal.woff2',
  { query: '?url', import: 'default', eager: true },
);

export const NOTO_SANS_JP: CjkFont = fontsourceSlices(
  'ja',
  'Noto Sans JP',
  css400,
  files,
  '/node_modules/@fontsource/noto-sans-jp/',
);
