import { describe, expect, it } from 'vitest';
import { nearestWorldCopy, pickPlaceIds, popupPlacement } from '../../../src/map/map-math.ts';

describe('pickPlaceIds', () => {
  it('prefers a marker over the area it sits in', () => {
    expect(
      pickPlaceIds([
        { id: 'area', kind: 'area' },
        { id: 'port', kind: 'point' },
      ]),
    ).toEqual(['port']);
  });

  it('keeps every overlapping marker once', () => {
    expect(
      pickPlaceIds([
        { id: 'white-house', kind: 'point' },
        { id: 'pentagon', kind: 'point' },
        { id: 'white-house', kind: 'point' },
      ]),
    ).toEqual(['white-house', 'pentagon']);
  });

  it('returns nothing for a click on empty map', () => {
    expect(pickPlaceIds([])).toEqual([]);
  });
});

describe('nearestWorldCopy', () => {
  it('moves Washington to the copy east of the date line when the camera looks across the Pacific', () => {
    expect(nearestWorldCopy([-77, 38.9], 193)).toEqual([283, 38.9]);
  });

  it('leaves a place alone when it is on the copy in view', () => {
    expect(nearestWorldCopy([126.98, 37.5], 120)).toEqual([126.98, 37.5]);
  });
});

describe('popupPlacement', () => {
  const size = { width: 900, height: 700 };

  it('opens above a place in the lower half of the map', () => {
    expect(popupPlacement({ x: 450, y: 600 }, size)).toMatchObject({ side: 'above', sheet: false });
  });

  it('opens below a place in the upper half, with the room below as its height', () => {
    expect(popupPlacement({ x: 450, y: 100 }, size)).toEqual({
      x: 450,
      y: 100,
      side: 'below',
      sheet: false,
      maxHeightPx: 700 - 100 - 14 - 12,
    });
  });

  it('keeps the popup inside the map near the left edge', () => {
    expect(popupPlacement({ x: 5, y: 600 }, size).x).toBe(176 + 12);
  });

  it('becomes a bottom sheet on a phone-sized map', () => {
    expect(popupPlacement({ x: 100, y: 100 }, { width: 390, height: 500 }).sheet).toBe(true);
  });
});
