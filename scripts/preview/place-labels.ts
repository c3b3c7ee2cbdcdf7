/**
 * Label placement for the static preview: each label tries its anchors in turn and is left out
 * when none fits inside the image without overlapping a label or marker already placed, as
 * MapLibre does on the map. Text width is estimated, which is enough to keep labels apart.
 */

/** A box in image pixels. */
export interface BoxPx {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Which side of its point a label sits on: `right` = the text starts right of the point. */
export type LabelSide = 'right' | 'left' | 'above' | 'below' | 'center';

export interface LabelRequest {
  text: string;
  /** The point labelled, in image pixels. */
  x: number;
  y: number;
  fontSizePx: number;
  /** Sides to try, best first. */
  sides: readonly LabelSide[];
  /** Gap between the point and the text, in pixels. */
  offsetPx: number;
  /** Extra width per character, in pixels (letter spacing). */
  letterSpacingPx?: number;
}

export interface PlacedLabel {
  text: string;
  /** Where SVG `<text>` goes: its anchor point and `text-anchor`. */
  x: number;
  y: number;
  textAnchor: 'start' | 'middle' | 'end';
  fontSizePx: number;
  box: BoxPx;
}

/** Average advance of Noto Sans per character, as a share of the font size. */
const AVERAGE_ADVANCE_EM = 0.56;

/** The estimated width of `text` in pixels. */
export function estimateTextWidthPx(text: string, fontSizePx: number, letterSpacingPx = 0): number {
  const chars = [...text].length;
  return chars * (fontSizePx * AVERAGE_ADVANCE_EM + letterSpacingPx);
}

function overlaps(a: BoxPx, b: BoxPx): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

function inside(box: BoxPx, frame: BoxPx): boolean {
  return (
    box.x >= frame.x &&
    box.y >= frame.y &&
    box.x + box.width <= frame.x + frame.width &&
    box.y + box.height <= frame.y + frame.height
  );
}

function candidate(request: LabelRequest, side: LabelSide): PlacedLabel {
  const width = estimateTextWidthPx(request.text, request.fontSizePx, request.letterSpacingPx);
  const height = request.fontSizePx * 1.2;
  const { x, y, offsetPx, fontSizePx } = request;
  // Baseline sits about 0.35 em below the middle of the text's box.
  const baseline = (middleY: number) => middleY + fontSizePx * 0.35;
  switch (side) {
    case 'right':
      return place(x + offsetPx, baseline(y), 'start', { x: x + offsetPx, y: y - height / 2 });
    case 'left':
      return place(x - offsetPx, baseline(y), 'end', {
        x: x - offsetPx - width,
        y: y - height / 2,
      });
    case 'above':
      return place(x, baseline(y - offsetPx - height / 2), 'middle', {
        x: x - width / 2,
        y: y - offsetPx - height,
      });
    case 'below':
      return place(x, baseline(y + offsetPx + height / 2), 'middle', {
        x: x - width / 2,
        y: y + offsetPx,
      });
    case 'center':
      return place(x, baseline(y), 'middle', { x: x - width / 2, y: y - height / 2 });
  }
  function place(
    textX: number,
    textY: number,
    textAnchor: PlacedLabel['textAnchor'],
    corner: { x: number; y: number },
  ): PlacedLabel {
    return {
      text: request.text,
      x: textX,
      y: textY,
      textAnchor,
      fontSizePx,
      box: { ...corner, width, height },
    };
  }
}

/**
 * Places labels in the order given (most important first). `obstacles` (markers) are avoided;
 * labels that find no free spot inside `frame` are left out. Returns the placed labels.
 */
export function placeLabels(
  requests: readonly LabelRequest[],
  obstacles: readonly BoxPx[],
  frame: BoxPx,
): PlacedLabel[] {
  const taken: BoxPx[] = [...obstacles];
  const placed: PlacedLabel[] = [];
  for (const request of requests) {
    for (const side of request.sides) {
      const label = candidate(request, side);
      if (!inside(label.box, frame) || taken.some((box) => overlaps(box, label.box))) continue;
      taken.push(label.box);
      placed.push(label);
      break;
    }
  }
  return placed;
}
