/**
 * The host page's side of the protocol (docs/embedding.md, "Host-page messages"), as the embed
 * script's typed helper: `show(map, command)` and `onMessage(map, listener)`. A map is an iframe
 * of the story map, or an element holding one (a pym.js container, a `<side-chain>`). A command
 * waits until its map has said `storymap:ready`; only the latest waits.
 */
import {
  parseMapAnswer,
  parseShowCommand,
  type MapAnswer,
  type ShowCommand,
  type ShowFields,
} from './host-messages.ts';

export type { MapAnswer, ShowFields };

/** An iframe of the map, or an element holding one. */
export type MapTarget = Element;

/** What the page knows of one map's iframe. */
interface FrameState {
  ready: boolean;
  /** The latest command sent before the map was ready. */
  pending: ShowCommand | null;
}

const frames = new Map<HTMLIFrameElement, FrameState>();
/** Windows that said `storymap:ready` before anything here asked about their iframe. */
const readyWindows = new WeakSet<Window>();
let listening = false;

/** The map's iframe: `target` itself, a `<side-chain>`'s, or the first iframe inside `target`. */
export function frameOf(target: MapTarget | null | undefined): HTMLIFrameElement | null {
  if (!target) return null;
  if (target instanceof HTMLIFrameElement) return target;
  const sidechain = (target as Element & { iframe?: unknown }).iframe;
  if (sidechain instanceof HTMLIFrameElement) return sidechain;
  return target.querySelector('iframe');
}

/** The origin of the map in `frame` (from its `src`), where commands are posted; null if none. */
function originOf(frame: HTMLIFrameElement): string | null {
  try {
    const origin = new URL(frame.src, document.baseURI).origin;
    return origin === 'null' ? null : origin;
  } catch {
    return null;
  }
}

/** Every iframe of the page, those inside `<side-chain>` elements' shadow roots included. */
export function pageFrames(root: ParentNode = document): HTMLIFrameElement[] {
  return [...root.querySelectorAll('iframe, side-chain')].flatMap((element) => {
    const frame = frameOf(element);
    return frame ? [frame] : [];
  });
}

/** The iframe whose window sent `event`, if the message really comes from its map's origin. */
function frameOfMessage(event: MessageEvent): HTMLIFrameElement | null {
  if (!event.source) return null;
  const frame =
    [...frames.keys()].find((known) => known.contentWindow === event.source) ??
    pageFrames().find((other) => other.contentWindow === event.source);
  return frame && originOf(frame) === event.origin ? frame : null;
}

function stateOf(frame: HTMLIFrameElement): FrameState {
  let state = frames.get(frame);
  if (!state) {
    state = {
      ready: frame.contentWindow !== null && readyWindows.has(frame.contentWindow),
      pending: null,
    };
    frames.set(frame, state);
    // In case the map said ready before this page listened: it answers hello with ready again.
    post(frame, { type: 'storymap:hello' });
  }
  return state;
}

function post(frame: HTMLIFrameElement, message: ShowCommand | { type: 'storymap:hello' }): void {
  const origin = originOf(frame);
  if (origin) frame.contentWindow?.postMessage(message, origin);
}

function listen(): void {
  if (listening) return;
  listening = true;
  window.addEventListener('message', (event) => {
    const answer = parseMapAnswer(event.data);
    if (answer?.type !== 'storymap:ready') return;
    const frame = frameOfMessage(event);
    if (!frame) return;
    if (!frames.has(frame) && frame.contentWindow) {
      // Not asked about yet: remember, so a later command goes at once.
      readyWindows.add(frame.contentWindow);
      return;
    }
    const state = stateOf(frame);
    state.ready = true;
    const pending = state.pending;
    state.pending = null;
    if (pending) post(frame, pending);
  });
}

/**
 * Shows an event, a place, a date range or the whole story (`{ reset: true }`) in the map
 * `target`, at once if it is ready, else once it is. Returns false when the command is not one
 * (see `ShowFields`) or `target` holds no iframe.
 */
export function show(target: MapTarget | null | undefined, fields: ShowFields): boolean {
  const frame = frameOf(target);
  const command = parseShowCommand({ ...fields, type: 'storymap:show' });
  if (!frame || !command) return false;
  listen();
  const state = stateOf(frame);
  if (state.ready) post(frame, command);
  else state.pending = command;
  return true;
}

/**
 * Calls `listener` with each answer of the map `target` (any map when null): `ready`, `shown`,
 * `error`, `opened`. Returns the function that stops listening.
 */
export function onMessage(
  target: MapTarget | null,
  listener: (answer: MapAnswer, frame: HTMLIFrameElement) => void,
): () => void {
  listen();
  const wanted = frameOf(target);
  if (wanted) stateOf(wanted);
  const onAnswer = (event: MessageEvent) => {
    const answer = parseMapAnswer(event.data);
    if (!answer) return;
    const frame = frameOfMessage(event);
    if (frame && (wanted === null || frame === wanted)) listener(answer, frame);
  };
  window.addEventListener('message', onAnswer);
  return () => window.removeEventListener('message', onAnswer);
}

/** Starts watching `target`'s map for its answers (and readiness) before the first command. */
export function watch(target: MapTarget | null | undefined): void {
  const frame = frameOf(target);
  if (!frame) return;
  listen();
  stateOf(frame);
}
