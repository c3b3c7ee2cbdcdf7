/**
 * What the reader is looking at, and the actions that change it: the selection (a place, an event,
 * or a choice among places under one tap), the dates shown, and what follows from them for the
 * map and the lists. Plain state (Svelte runes, no DOM), so Node tests drive it; the page wires it
 * to the components, the URL (`record`) and focus.
 */
import { boundsOf, type Bbox } from '../geo/bounds.ts';
import type { StoryIndex } from '../story/queries.ts';
import { eventsInRangeIndexed, isRangeActive, type DateRange } from '../story/timeline.ts';
import {
  boundsOfSelection,
  dimmedPlaceIds,
  hashOfSelection,
  highlightedEventIds,
  NO_SELECTION,
  selectEvent,
  selectionFromHash,
  selectPicked,
  selectPlace,
  type Selection,
} from './selection.ts';
import { sameParams, type HashSelection } from './url-state.ts';

/** Where the reader's choices are recorded: the URL (`PageUrl.record`), or a stand-in in tests. */
export interface ChoiceRecorder {
  /** `replace`: in the current history entry instead of a new one. */
  record(values: Record<string, string | undefined>, options?: { replace?: boolean }): void;
}

/**
 * A camera move asked of the map: `frame` fits a box (the short way round), `reveal` brings it
 * into view only if it is not, never zooming out.
 */
export interface CameraRequest {
  kind: 'frame' | 'reveal';
  bounds: Bbox;
  maxZoom?: number;
}

/** Where the map hears of camera moves while it exists (see `ReaderState.onCameraRequest`). */
export interface CameraRequests {
  onCameraRequest(listener: (request: CameraRequest) => void): () => void;
}

/** How close to a place "choose among places" zooms, so overlapping markers come apart. */
const CHOOSE_AMONG_MAX_ZOOM = 10;

export class ReaderState implements CameraRequests {
  readonly index: StoryIndex;
  /** What the map shows first: the linked selection, or the whole story. */
  readonly initialBounds: Bbox | null;
  /** Whether those bounds are a linked place or event, framed as a click would frame it. */
  readonly initialFramesSelection: boolean;
  selection = $state.raw<Selection>(NO_SELECTION);
  /** The dates shown; `{}` for all of them. */
  range = $state.raw<DateRange>({});
  /** Whether the next popup takes focus: not when the reader steps from the timeline. */
  popupTakesFocus = $state(true);

  /** The events in the chosen dates, in story order. */
  readonly shownEvents = $derived.by(() =>
    eventsInRangeIndexed(this.index.story.events, this.index.eventSpans, this.range),
  );
  /** Places with no event in the chosen dates, drawn faint; none when every date is shown. */
  readonly dimmedPlaceIds = $derived.by(() =>
    dimmedPlaceIds(this.index, this.shownEvents, isRangeActive(this.range)),
  );
  /** The events the lists mark: those of the chosen place(s). */
  readonly highlighted = $derived.by(() => highlightedEventIds(this.index, this.selection));
  /** The places the popup shows: the first selected, or all of them to choose from. */
  readonly popupPlaces = $derived.by(() =>
    this.selection.placeIds
      .slice(0, this.selection.choosing ? undefined : 1)
      .flatMap((id) => this.index.placeById.get(id) ?? []),
  );

  readonly #recorder: ChoiceRecorder;
  #cameraListeners: readonly ((request: CameraRequest) => void)[] = [];

  /** Starts from what a link asks for (`#place=`/`#event=`, `from`/`to`), unknown ids ignored. */
  constructor(
    index: StoryIndex,
    recorder: ChoiceRecorder,
    start: { selection: HashSelection; range: DateRange },
  ) {
    this.index = index;
    this.#recorder = recorder;
    this.selection = selectionFromHash(index, start.selection);
    this.range = start.range;
    const linked = boundsOfSelection(index, this.selection);
    this.initialFramesSelection = linked !== null;
    this.initialBounds = linked ?? boundsOf(index.places.map((place) => place.geometry));
  }

  /**
   * Calls `listener` with each camera move the reader's choices ask for, until the returned
   * function is called. At once, not through state and an effect: under reduced motion a jump then
   * ends within the click that asked for it, and a map asleep misses the moves, as it should.
   */
  onCameraRequest(listener: (request: CameraRequest) => void): () => void {
    this.#cameraListeners = [...this.#cameraListeners, listener];
    return () => {
      this.#cameraListeners = this.#cameraListeners.filter((other) => other !== listener);
    };
  }

  /**
   * A place from the list: its popup, and the camera moves only if the place is out of view. A
   * host page's command (`takeFocus: false`) leaves focus in the article.
   */
  choosePlace(placeId: string, { takeFocus = true } = {}): void {
    const next = selectPlace(this.index, placeId);
    this.#select(next, { takeFocus });
    this.#moveCamera('reveal', next);
  }

  /**
   * An event: its places selected and framed, the popup of the first. From the list the popup
   * takes focus; stepping from the timeline leaves focus where it is.
   */
  chooseEvent(eventId: string, { fromTimeline = false } = {}): void {
    const next = selectEvent(this.index, eventId);
    this.#select(next, { takeFocus: !fromTimeline });
    this.#moveCamera('frame', next);
  }

  /** A step from the timeline (buttons, arrow keys, a mark): the event, focus left alone. */
  stepTo(eventId: string): void {
    this.chooseEvent(eventId, { fromTimeline: true });
  }

  /**
   * The scrolling page's card in view: the event as a step shows it (focus left alone), recorded
   * in the current history entry, not a new one per card scrolled past.
   */
  followCard(eventId: string): void {
    const next = selectEvent(this.index, eventId);
    this.#select(next, { takeFocus: false, replace: true });
    this.#moveCamera('frame', next);
  }

  /** From the "several places here" popup: that place, zoomed in until the markers come apart. */
  chooseAmongPlaces(placeId: string): void {
    const next = selectPlace(this.index, placeId);
    this.#select(next);
    this.#moveCamera('frame', next, CHOOSE_AMONG_MAX_ZOOM);
  }

  /** A click or tap on the map: nothing, one place, or a choice among several, at `at`. */
  pick(placeIds: readonly string[], at: [number, number]): void {
    this.#select(selectPicked(this.index, placeIds, at));
  }

  /** The popup closed. */
  close(): void {
    this.#select(NO_SELECTION);
  }

  /** The whole story again: no selection, every date, all its places framed (a host's reset). */
  reset(): void {
    this.range = {};
    this.popupTakesFocus = false;
    this.selection = NO_SELECTION;
    this.#recorder.record({ place: undefined, event: undefined, from: undefined, to: undefined });
    const bounds = boundsOf(this.index.places.map((place) => place.geometry));
    if (bounds) for (const listener of this.#cameraListeners) listener({ kind: 'frame', bounds });
  }

  /** Shows other dates (`{}` for all), as a new history entry like a selection. */
  setRange(range: DateRange): void {
    this.range = range;
    this.#recorder.record({ from: range.from, to: range.to });
  }

  /**
   * Back, Forward or an edited link: takes what the URL now says. Only what changed is replaced:
   * new dates must not reopen the popup, and the same dates must not redraw the lists.
   */
  follow(selection: HashSelection, range: DateRange): void {
    this.popupTakesFocus = false;
    if (this.selection.choosing || !sameParams(hashOfSelection(this.selection), selection)) {
      this.selection = selectionFromHash(this.index, selection);
    }
    if (!sameParams(this.range, range)) this.range = range;
  }

  /** Changes the selection and records it as a new history entry, so Back returns to the last. */
  #select(next: Selection, { takeFocus = true, replace = false } = {}): void {
    this.popupTakesFocus = takeFocus;
    this.selection = next;
    const { place, event } = hashOfSelection(next);
    this.#recorder.record({ place, event }, replace ? { replace } : undefined);
  }

  #moveCamera(kind: CameraRequest['kind'], selection: Selection, maxZoom?: number): void {
    const bounds = boundsOfSelection(this.index, selection);
    if (!bounds) return;
    const request = { kind, bounds, ...(maxZoom === undefined ? {} : { maxZoom }) };
    for (const listener of this.#cameraListeners) listener(request);
  }
}
