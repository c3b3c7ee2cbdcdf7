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

/**
 * Calls `onband` with the visible band, in this document's pixels (0 at its top), each time it
 * changes by a threshold, and null when none of the strips is visible; returns what stops it.
 */
export function watchVisibleBand(
  strips: readonly Element[],
  onband: (band: VisibleBand | null) => void,
): () => void {
  const visible = new Map<Element, VisibleBand>();
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        const rect = entry.intersectionRect;
        if (entry.isIntersecting && rect.height > 0) {
          visible.set(entry.target, { top: rect.top + scrollY, bottom: rect.bottom + scrollY });
        } else visible.delete(entry.target);
      }
      let band: VisibleBand | null = null;
      for (const part of visible.values()) {
        band = band
          ? { top: Math.min(band.top, part.top), bottom: Math.max(band.bottom, part.bottom) }
          : part;
      }
      onband(band);
    },
    { threshold: THRESHOLDS },
  );
  for (const strip of strips) observer.observe(strip);
  return () => observer.disconnect();
}
