import { describe, expect, test } from 'vitest';
import { bandOfStrips, STRIP_PX } from '../../../src/ui/scroll-band.ts';

/** Strip `index` of a page of strips STRIP_PX tall from 0, showing `ratio` of itself. */
const strip = (index: number, ratio: number) => ({
  top: index * STRIP_PX,
  bottom: (index + 1) * STRIP_PX,
  ratio,
});

describe('the visible band from the strips in view', () => {
  test('is null when no strip is in view', () => {
    expect(bandOfStrips([])).toBeNull();
    expect(bandOfStrips([strip(0, 0), strip(1, 0)])).toBeNull();
  });

  test('runs from the visible part of the topmost strip to that of the lowest', () => {
    // A viewport from 250 to 730: strip 1 shows its lower 150 px, strip 3 its upper 130 px.
    expect(bandOfStrips([strip(3, 0.65), strip(1, 0.75), strip(2, 1), strip(4, 0)])).toEqual({
      top: 250,
      bottom: 730,
    });
  });

  test('stays right when a strip moved from the bottom edge to the top without a new report', () => {
    // Strip 3 (600–800) showed its top 128 px (0.64) at the bottom edge; scrolled on, it shows
    // its bottom 129 px (0.645) at the top edge: the same 5 % step, so no new report of it. Its
    // old rectangle (600–728) would put the band's top 71 px too high.
    const band = bandOfStrips([
      strip(3, 0.64),
      strip(4, 1),
      strip(5, 1),
      strip(6, 1),
      strip(7, 0.355),
    ]);
    expect(band?.top).toBe(672);
    expect(band?.bottom).toBe(1471);
  });
});
