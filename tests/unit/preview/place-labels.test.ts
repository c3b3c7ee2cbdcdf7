import { describe, expect, it } from 'vitest';
import { placeLabels, type LabelRequest } from '../../../scripts/preview/place-labels.ts';

const FRAME = { x: 0, y: 0, width: 400, height: 200 };
const request = (text: string, x: number, y: number, sides: LabelRequest['sides']) => ({
  text,
  x,
  y,
  fontSizePx: 20,
  offsetPx: 10,
  sides,
});

describe('placeLabels', () => {
  it('puts a label on its first side when that side is free', () => {
    const [label] = placeLabels([request('Seoul', 100, 100, ['right', 'left'])], [], FRAME);
    expect(label?.textAnchor).toBe('start');
    expect(label?.box.x).toBe(110);
  });

  it('moves a label to its next side when the first overlaps a label placed before it', () => {
    const placed = placeLabels(
      [request('Seoul', 100, 100, ['right']), request('Busan', 100, 110, ['right', 'left'])],
      [],
      FRAME,
    );
    expect(placed.map((label) => label.textAnchor)).toEqual(['start', 'end']);
  });

  it('avoids markers and keeps labels inside the frame, leaving out one that cannot fit', () => {
    const placed = placeLabels(
      [request('A very long label at the edge', 390, 100, ['right', 'left'])],
      [{ x: 0, y: 0, width: 380, height: 200 }],
      FRAME,
    );
    expect(placed).toEqual([]);
  });
});
