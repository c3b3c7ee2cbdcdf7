/**
 * The page's colour theme: the URL's `theme`, else the reader's `prefers-color-scheme`, followed
 * live, and written to `<html data-theme>` for the stylesheets (src/boot/early.ts writes it first,
 * before any paint).
 */
import type { Theme } from '../style/palettes.ts';
import { pickTheme } from './url-state.ts';

export class PageTheme {
  #prefersDark = $state(false);
  readonly #requested: Theme | undefined;
  /** The theme shown now. */
  readonly theme = $derived.by(() => pickTheme(this.#requested, this.#prefersDark));

  constructor(requested: Theme | undefined) {
    this.#requested = requested;
  }

  /** Follows the system's scheme and keeps `<html data-theme>` current; returns what stops it. */
  start(): () => void {
    const query = matchMedia('(prefers-color-scheme: dark)');
    const update = () => {
      this.#prefersDark = query.matches;
      document.documentElement.dataset['theme'] = this.theme;
    };
    update();
    query.addEventListener('change', update);
    return () => query.removeEventListener('change', update);
  }
}
