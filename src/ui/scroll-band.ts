/**
 * The part of the page the reader sees, measured with IntersectionObserver on strips laid over the
 * page. Scroll events would not do: in an embed as tall as its content the article scrolls, not
 * the frame, and a cross-origin frame hears nothing of it; an observer with the implicit root does
 * see how much of each strip the article's viewport shows. One target would not do either: a tall
 * page scrolled past keeps the same visible share, so no threshold is crossed; strips of
 * STRIP_PX each change their share as the page moves.
 */
import type { VisibleBand } from './scroll-cards.ts';

/** Height of one strip, in pixels. */
export const STRIP_PX = 200;
/** A report each 5 % of a strip: the band is known to STRIP_PX / 20 = 10 px. */
const THRESHOLDS = Array.from({ length: 21 }, (_, i) => i / 20);

/** What the observer last said of one strip: where it is on the page and how much of it shows. */
export interface StripView {
  /** The strip's own top and bottom, in the document's pixels. */
  top: number;
  bottom: number;
  /** The share of it in view, 0–1. */
  ratio: number;
}

/**
 * The visible band from what the observer last said of each strip in view. The observer speaks of
 * a strip only when its share crosses a threshold, so a strip seen last at the bottom edge may now
 * be at the top edge with the same share and no new report: its last intersection rectangle is
 * then stale (it shows the strip's top part; its bottom part is what is in view). Its share is
 * not stale, so the band is taken from the shares: the topmost strip in view shows its bottom
 * part, the lowest its top part.
 */
export function bandOfStrips(strips: readonly StripView[]): VisibleBand | null {
  const inView = strips.filter((strip) => strip.ratio > 0).sort((a, b) => a.top - b.top);
  const first = inView[0];
  const last = inView.at(-1);
  if (!first || !last) return null;
  const height = (strip: StripView) => strip.bottom - strip.top;
  return {
    top: first.bottom - first.ratio * height(first),
    bottom: last.top + last.ratio * height(last),
  };
}

/**
 * Calls `onband` with the visible band, in this document's pixels (0 at its top), each time it
 * changes by a threshold, and null when none of the strips is visible; returns what stops it.
 */
export function watchVisibleBand(
  strips: readonly Element[],
  onband: (band: VisibleBand | null) => void,
): () => void {
  const views = new Map<Element, StripView>();
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        const box = entry.boundingClientRect;
        views.set(entry.target, {
          top: box.top + scrollY,
          bottom: box.bottom + scrollY,
          ratio: entry.isIntersecting ? entry.intersectionRatio : 0,
        });
      }
      onband(bandOfStrips([...views.values()]));
    },
    { threshold: THRESHOLDS },
  );
  for (const strip of strips) observer.observe(strip);
  return () => observer.disconnect();
}
