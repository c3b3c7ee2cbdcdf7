/**
 * Focus and scrolling around the popup: where focus returns when it closes, and bringing the map
 * back into view after a choice made in the lists below it (on a phone).
 */

/** Remembers the control that opened a popup, and gives focus back to it when it closes. */
export class FocusReturn {
  #to: HTMLElement | null = null;

  remember(): void {
    const active = document.activeElement;
    this.#to = active instanceof HTMLElement ? active : null;
  }

  restore(): void {
    this.#to?.focus({ preventScroll: true });
    this.#to = null;
  }
}

/**
 * On a phone the lists sit below the map: after choosing from them, scroll this page (never the
 * article around an embed, which `window.scrollTo` inside an iframe cannot reach) to the map,
 * unless its top is already near the top of the screen.
 */
export function bringIntoView(pane: HTMLElement | undefined): void {
  const box = pane?.getBoundingClientRect();
  if (!box || (box.top >= -box.height / 3 && box.top <= window.innerHeight / 3)) return;
  const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
  window.scrollTo({ top: window.scrollY + box.top, behavior: reduce ? 'instant' : 'smooth' });
}
