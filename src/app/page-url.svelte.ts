/**
 * The one door to the address bar: the only code that reads or writes `location` and `history`
 * (src/boot/early.ts, which runs before any module, aside). It keeps the page's URL as one reactive
 * value, `href`, which everything that shows a link to this view (share panel, language links, the
 * "open full map" link) reads, and it writes the hash in two ways:
 *
 * - `record`: a selection or dates the reader chose, as a new history entry (replaced in an embed,
 *   which shares the article's history), with the camera written into the entry being left and the
 *   new one, so Back returns to the view as it was;
 * - `writeCamera`: the camera after a move, into the current entry (`history.replaceState`), at most
 *   once per CAMERA_WRITE_MS while it moves, as MapLibre's own `hash` option did.
 *
 * Back, Forward and a hash changed by hand reach `onNavigate` subscribers once each.
 */
import { hashOf, parseQuery, searchOf, withHashParams, type QueryState } from './url-state.ts';

/** What this module needs of `window`, so Node tests can hand it a stand-in. */
export interface UrlWindow {
  readonly location: { readonly href: string };
  readonly history: Pick<History, 'pushState' | 'replaceState' | 'state'>;
  addEventListener(type: 'popstate' | 'hashchange', listener: () => void): void;
  removeEventListener(type: 'popstate' | 'hashchange', listener: () => void): void;
}

/** Hash parameters to set (`undefined` removes one), e.g. `{ place: 'seoul-mnd', event: undefined }`. */
export type HashValues = Record<string, string | undefined>;

/** Called after Back, Forward or a new hash, with the URL before and after. */
export type NavigationListener = (from: string, to: string) => void;

/** The camera is written at most this often while it moves (MapLibre's `hash` option's pace). */
export const CAMERA_WRITE_MS = 300;

export class PageUrl {
  /** The page's URL as it is now, camera included. */
  href = $state('');
  /** The query, read once: `story`, `lang`, `theme` and `embed` hold for the page's whole life. */
  readonly query: QueryState;

  readonly #window: UrlWindow;
  #liveCamera: (() => string | undefined) | null = null;
  #cameraTimer: ReturnType<typeof setTimeout> | null = null;
  #cameraPending = false;
  #listeners: readonly NavigationListener[] = [];

  constructor(window: UrlWindow) {
    this.#window = window;
    this.href = window.location.href;
    this.query = parseQuery(searchOf(this.href));
  }

  /** The query string as it is, `?story=…` or `''`. */
  get search(): string {
    return searchOf(this.href);
  }

  /** The hash as it is, `#…` or `''`. */
  get hash(): string {
    return hashOf(this.href);
  }

  /**
   * Listens for Back, Forward and hash changes until the returned function is called. Both
   * `popstate` and `hashchange` come for one step back; listeners hear of it once.
   */
  start(): () => void {
    const onChange = () => {
      const to = this.#window.location.href;
      const from = this.href;
      if (to === from) return;
      this.href = to;
      for (const listener of this.#listeners) listener(from, to);
    };
    this.#window.addEventListener('popstate', onChange);
    this.#window.addEventListener('hashchange', onChange);
    return () => {
      this.#window.removeEventListener('popstate', onChange);
      this.#window.removeEventListener('hashchange', onChange);
      this.#cancelCameraWrite();
    };
  }

  /** Calls `listener` after each navigation; returns what stops it. */
  onNavigate(listener: NavigationListener): () => void {
    this.#listeners = [...this.#listeners, listener];
    return () => {
      this.#listeners = this.#listeners.filter((other) => other !== listener);
    };
  }

  /**
   * Where the camera is read from when it is written (`zoom/lat/lng`, see `cameraParam`): the map
   * while it exists. Returns what disconnects it.
   */
  connectCamera(read: () => string | undefined): () => void {
    this.#liveCamera = read;
    return () => {
      if (this.#liveCamera !== read) return;
      this.#liveCamera = null;
      this.#cancelCameraWrite();
    };
  }

  /**
   * Records what the reader chose as a new history entry (replacing it in an embed), or, with
   * `replace`, in the current one: the scrolling page follows the card in view without making
   * Back walk through every card.
   */
  record(values: HashValues, { replace = false } = {}): void {
    const camera = this.#liveCamera?.();
    const current = this.#currentHash();
    const next = withHashParams(current, camera ? { ...values, map: camera } : values);
    if (next === current) return;
    if (this.query.embed || replace) {
      // An embed shares the article's history: Back should leave the article, not close a popup.
      this.#write('replace', next);
      return;
    }
    if (camera) this.#write('replace', withHashParams(current, { map: camera }));
    this.#write('push', next);
  }

  /**
   * The camera moved: write it into the current entry now, or once the last write is
   * CAMERA_WRITE_MS old, so a long flight costs a few writes instead of one per frame.
   */
  writeCamera(): void {
    this.#cameraPending = true;
    if (this.#cameraTimer === null) this.#flushCamera();
  }

  #flushCamera = (): void => {
    this.#cameraTimer = null;
    if (!this.#cameraPending) return;
    this.#cameraPending = false;
    const camera = this.#liveCamera?.();
    if (camera) {
      const current = this.#currentHash();
      const next = withHashParams(current, { map: camera });
      if (next !== current) this.#write('replace', next);
    }
    this.#cameraTimer = setTimeout(this.#flushCamera, CAMERA_WRITE_MS);
  };

  #cancelCameraWrite(): void {
    if (this.#cameraTimer !== null) clearTimeout(this.#cameraTimer);
    this.#cameraTimer = null;
    this.#cameraPending = false;
  }

  #currentHash(): string {
    return hashOf(this.#window.location.href);
  }

  #write(how: 'push' | 'replace', hash: string): void {
    const url = `${this.#window.location.href.split('#')[0] ?? ''}${hash}`;
    const { history } = this.#window;
    if (how === 'push') history.pushState(history.state, '', url);
    else history.replaceState(history.state, '', url);
    this.href = this.#window.location.href;
  }
}
