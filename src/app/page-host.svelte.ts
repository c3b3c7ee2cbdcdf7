/**
 * The map's side of the host-page protocol (docs/embedding.md, "Host-page messages"). In an
 * article's iframe it takes `storymap:show` commands from the parent page only, shows them with
 * the reader's own actions (so a command only ever changes the view), and answers the parent at
 * the parent's origin: `ready` once the map can take commands, `shown` once a command is on
 * screen, `error` for an id the story does not have, `opened` when the reader opens a place.
 * Anything else that arrives is ignored: pym.js, AMP and other scripts share the channel.
 */
import { tick, untrack } from 'svelte';
import {
  parentOrigin,
  parseHostCommand,
  showFields,
  type MapAnswer,
  type ShowCommand,
} from '../embed/host-messages.ts';
import { isPartialDate } from '../story/dates.ts';
import { normalizeRange } from '../story/timeline.ts';
import type { ReaderState } from './reader.svelte.ts';
import type { Selection } from './selection.ts';

/** Where the map hears "tell me when you have settled" (src/map/SettleWatch.svelte). */
export interface SettleRequests {
  onSettleRequest(listener: (done: () => void) => void): () => void;
}

/** What a started host connection needs from the page. */
export interface HostedPage {
  reader: ReaderState;
  storyId: string;
  /** The map cannot run here (no WebGL, a lost context): commands show in the lists only. */
  mapUnavailable: () => boolean;
  /** The map pane's element: where it sits in the page is told to the host (`mapTop`). */
  mapPane: () => HTMLElement | undefined;
}

export class PageHost implements SettleRequests {
  /** The map exists and listens for settle requests. */
  mapAttached = $state(false);

  readonly #window: Window;
  /** The parent's origin, where every answer goes; null until known (then nothing is sent). */
  #origin: string | null;
  #settleListeners: readonly ((done: () => void) => void)[] = [];
  #page: HostedPage | null = null;
  #ready = false;
  /** The map pane's distance from the page's top, as last told to the host. */
  #mapTop: number | undefined;
  /** The last command that came before the map could take it, shown once it can. */
  #pending: ShowCommand | null = null;
  /** The selection the last command made: opening it was not the reader's doing. */
  #commanded: Selection | null = null;

  constructor(win: Window = window) {
    this.#window = win;
    this.#origin = parentOrigin(win.location.ancestorOrigins, win.document.referrer);
  }

  onSettleRequest(listener: (done: () => void) => void): () => void {
    this.#settleListeners = [...this.#settleListeners, listener];
    this.mapAttached = true;
    return () => {
      this.#settleListeners = this.#settleListeners.filter((other) => other !== listener);
      this.mapAttached = this.#settleListeners.length > 0;
    };
  }

  /** Starts listening to the parent page for `page`; returns the function that stops. */
  start(page: HostedPage): () => void {
    this.#page = page;
    const onMessage = (event: MessageEvent) => this.#receive(event);
    this.#window.addEventListener('message', onMessage);
    let seen = untrack(() => page.reader.selection);
    const stopEffects = $effect.root(() => {
      $effect(() => {
        if (this.mapAttached || page.mapUnavailable()) untrack(() => this.#becomeReady());
      });
      $effect(() => {
        const selection = page.reader.selection;
        if (selection === seen) return;
        seen = selection;
        untrack(() => this.#reportOpened(selection));
      });
    });
    // The map moves within the page only when the page's width changes (the layout follows the
    // width alone): tell the host again, so a sticky map keeps its masthead out of view.
    const layout = new ResizeObserver(() => {
      if (this.#ready && this.#mapTop !== this.#measureMapTop()) this.#sendReady();
    });
    layout.observe(this.#window.document.documentElement);
    return () => {
      layout.disconnect();
      this.#window.removeEventListener('message', onMessage);
      stopEffects();
      this.#page = null;
    };
  }

  #receive(event: MessageEvent): void {
    // Only the page that holds this iframe commands it: never a sibling frame or a popup.
    if (event.source !== this.#window.parent || event.source === this.#window) return;
    const command = parseHostCommand(event.data);
    if (!command) return;
    if (event.origin !== 'null') this.#origin = event.origin;
    if (command.type === 'storymap:hello') {
      if (this.#ready) this.#sendReady();
    } else if (this.#ready) {
      void this.#show(command);
    } else {
      this.#pending = command;
    }
  }

  #becomeReady(): void {
    if (this.#ready) return;
    this.#ready = true;
    this.#sendReady();
    const pending = this.#pending;
    this.#pending = null;
    if (pending) void this.#show(pending);
  }

  #sendReady(): void {
    if (!this.#page) return;
    this.#mapTop = this.#measureMapTop();
    const mapTop = this.#mapTop === undefined ? {} : { mapTop: this.#mapTop };
    this.#send({ type: 'storymap:ready', story: this.#page.storyId, ...mapTop });
  }

  #measureMapTop(): number | undefined {
    const pane = this.#page?.mapPane();
    if (!pane) return undefined;
    return Math.max(0, Math.round(pane.getBoundingClientRect().top + this.#window.scrollY));
  }

  async #show(command: ShowCommand): Promise<void> {
    const page = this.#page;
    if (!page) return;
    const problem = this.#problemWith(command, page);
    if (problem) {
      this.#send({ type: 'storymap:error', message: problem, command });
      return;
    }
    const { reader } = page;
    if ('event' in command) reader.chooseEvent(command.event, { fromTimeline: true });
    else if ('place' in command) reader.choosePlace(command.place, { takeFocus: false });
    else if ('reset' in command) reader.reset();
    else reader.setRange(normalizeRange(command.from, command.to));
    this.#commanded = reader.selection;
    await this.#settled();
    this.#send({ type: 'storymap:shown', ...showFields(command) });
  }

  /** What is wrong with a well-formed command for this story, or null. */
  #problemWith(command: ShowCommand, page: HostedPage): string | null {
    const { index } = page.reader;
    if ('event' in command) {
      return index.eventById.has(command.event)
        ? null
        : `story "${page.storyId}" has no event with the id "${command.event}"`;
    }
    if ('place' in command) {
      return index.placeById.has(command.place)
        ? null
        : `story "${page.storyId}" has no place with the id "${command.place}"`;
    }
    if ('reset' in command) return null;
    const bad = [command.from, command.to].find(
      (date) => date !== undefined && !isPartialDate(date),
    );
    return bad === undefined ? null : `"${bad}" is not a date: use YYYY, YYYY-MM or YYYY-MM-DD`;
  }

  /** Resolves once what the last action changed is on screen: drawn, and the camera still. */
  async #settled(): Promise<void> {
    await tick();
    const listeners = this.#settleListeners;
    if (listeners.length === 0) return;
    await Promise.all(listeners.map((listener) => new Promise<void>((done) => listener(done))));
    // The popup follows the camera's last move into place.
    await tick();
  }

  #reportOpened(selection: Selection): void {
    if (selection === this.#commanded || selection.choosing) return;
    const [place] = selection.placeIds;
    if (place !== undefined) this.#send({ type: 'storymap:opened', place });
  }

  #send(answer: MapAnswer): void {
    if (this.#origin) this.#window.parent.postMessage(answer, this.#origin);
  }
}
