/**
 * The page's start-up in stages, so that its map is made and draws its first view without the
 * rest of the page in the same long tasks (docs/performance.md, "Map ready: the critical path"):
 *
 * 1. the title, the map pane and the timeline, in the first render (the timeline sets the map's
 *    height on a wide screen, so it cannot come later without resizing the map);
 * 2. the side panel's lists, in a task of their own once the map has drawn its first view, or
 *    will not draw it now (no WebGL, a failed start, an embed far from the screen);
 * 3. the footer (credit, "Share / embed"), in the task after, below the lists, so nothing moves.
 *
 * Each comes into an empty part of the page (the side column, or below the timeline on a phone),
 * so no stage moves what is already drawn. A map that takes longer than LATEST_MS does not hold
 * the lists back any longer, and printing shows everything at once.
 */
import { flushSync } from 'svelte';

/** The longest the lists wait for the map's first view after the page's first render. */
export const LATEST_MS = 3000;

export class PageStages {
  /** The side panel's lists are shown. */
  lists = $state(false);
  /** The footer is shown. */
  footer = $state(false);

  #timers: ReturnType<typeof setTimeout>[] = [];
  #following = false;

  /** The map's first view is drawn, or will not be now: the next stages, each in its own task. */
  mapStarted(): void {
    if (this.#following) return;
    this.#following = true;
    this.#later(() => {
      this.lists = true;
      this.#later(() => (this.footer = true));
    });
  }

  /** Starts the wait's limit and the print hook; returns what stops them. */
  start(): () => void {
    const limit = setTimeout(() => this.mapStarted(), LATEST_MS);
    // Paper shows the whole page, at once (`beforeprint` comes before the print layout).
    const showAll = () => {
      this.lists = true;
      this.footer = true;
      flushSync();
    };
    addEventListener('beforeprint', showAll);
    return () => {
      clearTimeout(limit);
      for (const timer of this.#timers) clearTimeout(timer);
      removeEventListener('beforeprint', showAll);
    };
  }

  #later(work: () => void): void {
    this.#timers.push(setTimeout(work, 0));
  }
}
