import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contrastRatio, relativeLuminance } from '../../../src/style/contrast.ts';
import { DARK_PALETTE, LIGHT_PALETTE, type Palette } from '../../../src/style/palettes.ts';

/** WCAG 2.2 AA: 4.5:1 for text, 3:1 for graphics and focus indicators (1.4.3, 1.4.11). */
const TEXT = 4.5;
const GRAPHIC = 3;

/** The custom properties declared in the first CSS block that `selector` opens. */
function cssVariables(css: string, selector: string): Record<string, string> {
  const start = css.indexOf(`${selector} {`);
  if (start < 0) throw new Error(`no "${selector}" block in global.css`);
  const body = css.slice(start, css.indexOf('}', start));
  return Object.fromEntries(
    [...body.matchAll(/--([\w-]+):\s*(#[0-9a-f]{3,6})\s*;/gi)].map((m) => [m[1], m[2]]),
  );
}

const css = readFileSync('src/ui/global.css', 'utf8');
const light = cssVariables(css, ':root');
const themes: { name: string; ui: Record<string, string>; map: Palette }[] = [
  { name: 'light', ui: light, map: LIGHT_PALETTE },
  {
    name: 'dark',
    ui: { ...light, ...cssVariables(css, ":root[data-theme='dark']") },
    map: DARK_PALETTE,
  },
];

describe('contrastRatio', () => {
  it('is 21 for black on white and 1 for a colour on itself', () => {
    expect(contrastRatio('#000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#b3261e', '#b3261e')).toBe(1);
  });

  it('matches the WCAG luminance of a mid grey', () => {
    // #777777 is the well-known 4.48:1 grey on white, just short of AA.
    expect(relativeLuminance('#777777')).toBeCloseTo(0.1845, 3);
    expect(contrastRatio('#777777', '#fff')).toBeCloseTo(4.48, 2);
  });
});

for (const { name, ui, map } of themes) {
  const v = (key: string): string => {
    const value = ui[key];
    if (!value) throw new Error(`--${key} is not defined for the ${name} theme`);
    return value;
  };

  describe(`${name} theme: page colours meet WCAG 2.2 AA`, () => {
    const textPairs: [string, string][] = [
      ['text', 'page'],
      ['text', 'surface'],
      ['text', 'note-bg'],
      ['text', 'selected-bg'],
      ['muted', 'page'],
      ['muted', 'surface'],
      ['muted', 'selected-bg'],
      ['accent-text', 'surface'],
      ['link', 'page'],
      ['link', 'surface'],
    ];
    for (const [fg, bg] of textPairs) {
      it(`--${fg} text on --${bg} is at least 4.5:1`, () => {
        expect(contrastRatio(v(fg), v(bg))).toBeGreaterThanOrEqual(TEXT);
      });
    }

    for (const bg of ['page', 'surface', 'selected-bg']) {
      it(`the focus ring and the place markers stand out from --${bg} by 3:1`, () => {
        expect(contrastRatio(v('focus'), v(bg))).toBeGreaterThanOrEqual(GRAPHIC);
        expect(contrastRatio(v('accent'), v(bg))).toBeGreaterThanOrEqual(GRAPHIC);
      });
    }

    it('the focus ring on the map canvas stands out from land and ocean by 3:1', () => {
      expect(contrastRatio(v('focus'), map.land)).toBeGreaterThanOrEqual(GRAPHIC);
      expect(contrastRatio(v('focus'), map.ocean)).toBeGreaterThanOrEqual(GRAPHIC);
    });
  });

  describe(`${name} theme: map colours meet WCAG 2.2 AA`, () => {
    it('place labels are 4.5:1 against their halo, the land and the ocean', () => {
      for (const bg of [map.placeLabelHalo, map.land, map.ocean]) {
        expect(contrastRatio(map.placeLabel, bg)).toBeGreaterThanOrEqual(TEXT);
      }
    });

    it('country labels are 4.5:1 against their halo and the land', () => {
      for (const bg of [map.countryLabelHalo, map.land]) {
        expect(contrastRatio(map.countryLabel, bg)).toBeGreaterThanOrEqual(TEXT);
      }
    });

    it('markers, lines and outlines are 3:1 against land and ocean', () => {
      for (const bg of [map.land, map.ocean]) {
        expect(contrastRatio(map.accent, bg)).toBeGreaterThanOrEqual(GRAPHIC);
      }
    });

    it('the selection ring is 3:1 against land and ocean', () => {
      for (const bg of [map.land, map.ocean]) {
        expect(contrastRatio(map.selected, bg)).toBeGreaterThanOrEqual(GRAPHIC);
      }
    });
  });
}
