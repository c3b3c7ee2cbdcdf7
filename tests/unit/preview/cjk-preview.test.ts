/**
 * The PNG preview draws Korean and Japanese: a Korean fixture story's labels come out as Hangul
 * drawn with the bundled Noto Sans KR (bold where the SVG says bold), not as the empty boxes
 * ("tofu") resvg draws when no font has the letter. The PNG is saved under test-output/ to look at.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PNG } from 'pngjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { fontFamilyName } from '../../../scripts/preview/font-family.ts';
import {
  CJK_PREVIEW_FONT_FILES,
  cjkLanguagesOf,
  openTypeFonts,
  PREVIEW_FONT_FILES,
  preferFontFamilies,
  renderPng,
} from '../../../scripts/preview/render-png.ts';
import {
  readPreviewBasemap,
  readStory,
  storyPreviewPng,
  storyPreviewSvg,
} from '../../../scripts/preview/story-outputs.ts';
import { LIGHT_PALETTE } from '../../../src/style/palettes.ts';
import { REPO_ROOT } from '../story/fixtures.ts';

interface Label {
  text: string;
  x: number;
  y: number;
  size: number;
  anchor: string;
}

let svg: string;
let png: PNG;
/** The same SVG drawn with Noto Sans alone: what the preview looked like before. */
let withoutCjk: PNG;
let labels: Label[];

const inRepo = (files: readonly string[]) => files.map((file) => path.join(REPO_ROOT, file));

/** The labels the SVG draws, with where and how big. */
function labelsOf(picture: string): Label[] {
  return [...picture.matchAll(/<text ([^>]*)>([^<]*)<\/text>/g)].map(([, attributes, text]) => {
    const attribute = (name: string) => attributes?.match(new RegExp(`${name}="([^"]*)"`))?.[1];
    return {
      text: text ?? '',
      x: Number(attribute('x')),
      y: Number(attribute('y')),
      size: Number(attribute('font-size')),
      anchor: attribute('text-anchor') ?? 'start',
    };
  });
}

/** The pixels of a label's box (generous: a CJK letter is about one em wide) that are ink. */
function inkIn(image: PNG, label: Label, ink = LIGHT_PALETTE.placeLabel): boolean[] {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(ink.slice(i, i + 2), 16)) as number[];
  const width = Math.ceil(label.size * [...label.text].length * 1.1);
  const left = Math.round(label.anchor === 'end' ? label.x - width : label.x);
  const top = Math.round(label.y - label.size * 1.1);
  const bottom = Math.round(label.y + label.size * 0.35);
  const pixels: boolean[] = [];
  for (let y = top; y < bottom; y++) {
    for (let x = left; x < left + width; x++) {
      const i = (y * image.width + x) * 4;
      pixels.push(
        Math.abs((image.data[i] ?? 0) - (r ?? 0)) < 60 &&
          Math.abs((image.data[i + 1] ?? 0) - (g ?? 0)) < 60 &&
          Math.abs((image.data[i + 2] ?? 0) - (b ?? 0)) < 60,
      );
    }
  }
  return pixels;
}

const count = (pixels: boolean[]) => pixels.filter(Boolean).length;

beforeAll(async () => {
  const story = await readStory(path.join(REPO_ROOT, 'tests/fixtures/preview'), 'korean-story');
  if (!story) throw new Error('tests/fixtures/preview/korean-story does not load');
  svg = storyPreviewSvg(story, readPreviewBasemap(path.join(REPO_ROOT, 'geo/basemap')));
  const bytes = storyPreviewPng(svg, REPO_ROOT);
  mkdirSync(path.join(REPO_ROOT, 'test-output'), { recursive: true });
  writeFileSync(path.join(REPO_ROOT, 'test-output', 'preview-korean.png'), bytes);
  png = PNG.sync.read(bytes);
  withoutCjk = PNG.sync.read(renderPng(svg, openTypeFonts(inRepo(PREVIEW_FONT_FILES))));
  labels = labelsOf(svg).filter((label) => /\p{Script=Hangul}/u.test(label.text));
});

describe('the preview of a Korean story', () => {
  it('labels its places in Korean', () => {
    const texts = labels.map((label) => label.text);
    expect(texts).toEqual(expect.arrayContaining(['부산항', '목포항']));
    // The credit is in Korean too, whichever basemap levels the picture draws.
    expect(texts.some((text) => text.startsWith('배경 지도: Natural Earth'))).toBe(true);
  });

  it('draws the Hangul of every place label, not the boxes of a missing font', () => {
    for (const label of labels.filter((each) => each.text.endsWith('항'))) {
      const drawn = inkIn(png, label);
      const boxes = inkIn(withoutCjk, label);
      // Text is there either way (boxes are ink too) ...
      expect(count(drawn), label.text).toBeGreaterThan(label.size * 3);
      expect(count(boxes), label.text).toBeGreaterThan(label.size * 3);
      // ... but the letters differ from the boxes in a large share of the label's ink.
      const differing = drawn.filter((pixel, i) => pixel !== boxes[i]).length;
      expect(differing / Math.max(count(drawn), count(boxes)), label.text).toBeGreaterThan(0.5);
    }
  });

  it('draws the bold labels bold: the Korean font is matched by weight, not just fallen back to', () => {
    const label = labels.find((each) => each.text === '부산항');
    if (!label) throw new Error('no label 부산항');
    const regular = PNG.sync.read(
      storyPreviewPng(svg.replace(/ font-weight="700"/g, ''), REPO_ROOT),
    );
    expect(count(inkIn(png, label))).toBeGreaterThan(count(inkIn(regular, label)) * 1.15);
  });
});

describe('Japanese text beside Korean', () => {
  it('draws the Japanese forms a Korean font lacks', () => {
    // 浜 and 駅 are Japanese simplified forms that Noto Sans KR does not have. A font without them
    // draws the same empty box for each, so "浜駅" and "駅浜" at the same sub-pixel offset would
    // come out alike; drawn, they differ.
    const ink = LIGHT_PALETTE.placeLabel;
    const picture = [
      `<svg xmlns="http://www.w3.org/2000/svg" width="300" height="300" font-family="'Noto Sans', sans-serif">`,
      '<rect width="300" height="300" fill="#ffffff"/>',
      `<text x="20" y="100" font-size="40" fill="${ink}">浜駅</text>`,
      `<text x="20" y="200" font-size="40" fill="${ink}">駅浜</text>`,
      `<text x="20" y="280" font-size="20" fill="${ink}">서울</text>`,
      '</svg>',
    ].join('');
    expect(cjkLanguagesOf(picture)).toEqual(['ko', 'ja']);
    const image = PNG.sync.read(storyPreviewPng(picture, REPO_ROOT));
    const [first, second] = labelsOf(picture).map((label) => inkIn(image, label)) as [
      boolean[],
      boolean[],
    ];
    expect(count(first)).toBeGreaterThan(200);
    const differing = first.filter((pixel, i) => pixel !== second[i]).length;
    expect(differing / Math.max(count(first), count(second))).toBeGreaterThan(0.5);
  });
});

describe('choosing the fonts', () => {
  const text = (content: string) => `<svg font-family="x"><text x="1">${content}</text></svg>`;

  it('adds Noto Sans KR for Hangul, JP for kana and Han, nothing for Latin', () => {
    expect(cjkLanguagesOf(text('Seoul, Washington'))).toEqual([]);
    expect(cjkLanguagesOf(text('서울'))).toEqual(['ko']);
    expect(cjkLanguagesOf(text('ソウル'))).toEqual(['ja']);
    expect(cjkLanguagesOf(text('東京'))).toEqual(['ja']);
    expect(cjkLanguagesOf(text('ソウル 서울'))).toEqual(['ja', 'ko']);
    expect(cjkLanguagesOf(text('서울 浜駅'))).toEqual(['ko', 'ja']);
    // Only drawn text counts, not the title element or attributes.
    expect(cjkLanguagesOf('<svg aria-label="서울"><title>서울</title></svg>')).toEqual([]);
  });

  it('names the CJK family first in the root element, whatever @fontsource called it', () => {
    const family = fontFamilyName(
      readFileSync(openTypeFonts(inRepo(CJK_PREVIEW_FONT_FILES.ko))[0] as string),
    );
    expect(family).toMatch(/^Noto Sans KR/);
    expect(preferFontFamilies(`<svg a="1" font-family="'Noto Sans'"><g/></svg>`, [family])).toBe(
      `<svg a="1" font-family="'${family}', 'Noto Sans'"><g/></svg>`,
    );
    expect(preferFontFamilies('<svg a="1"><g/></svg>', [family])).toBe(
      `<svg font-family="'${family}'" a="1"><g/></svg>`,
    );
  });
});
