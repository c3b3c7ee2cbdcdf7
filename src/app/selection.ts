/**
 * What the reader has selected: one place (its popup), an event (its places, and the popup of the
 * first), or several places under one tap (a popup to choose from). Pure, so URL round trips are
 * tested in Node.
 */
import type { Geometry } from 'geojson';
import { boundsOf, type Bbox } from '../geo/bounds.ts';
import { labelPoint } from '../geo/label-point.ts';
import type { StoryIndex } from '../story/queries.ts';
import { placeIdsOf } from '../story/timeline.ts';
import type { StoryEvent } from '../story/types.ts';
import { eventConnections } from '../style/connections.ts';
import type { HashSelection } from './url-state.ts';

export interface Selection {
  /** Places drawn as selected; the popup shows the first, or all to choose from when `choosing`. */
  placeIds: readonly string[];
  /** Set when the selection came from an event. */
  eventId?: string;
  /** Several places under one tap: the popup asks which one. */
  choosing: boolean;
  /** Where the popup points, `[lng, lat]`; null when no popup is open. */
  anchor: [number, number] | null;
}

export const NO_SELECTION: Selection = { placeIds: [], choosing: false, anchor: null };

/** Selects one place, its popup pointing at the place's label point (or at `at`, if given). */
export function selectPlace(index: StoryIndex, placeId: string, at?: [number, number]): Selection {
  const place = index.placeById.get(placeId);
  if (!place) return NO_SELECTION;
  return { placeIds: [placeId], choosing: false, anchor: at ?? labelPoint(place.geometry) };
}

/** Selects an event: all its places, with the popup of the first. */
export function selectEvent(index: StoryIndex, eventId: string): Selection {
  const event = index.eventById.get(eventId);
  const first = event?.places[0];
  if (!event || !first) return NO_SELECTION;
  return { ...selectPlace(index, first), placeIds: [...event.places], eventId };
}

/** What a click or tap on the map selects: nothing, one place, or a choice among several. */
export function selectPicked(
  index: StoryIndex,
  placeIds: readonly string[],
  at: [number, number],
): Selection {
  const known = placeIds.filter((id) => index.placeById.has(id));
  if (known.length === 0) return NO_SELECTION;
  if (known.length === 1) return selectPlace(index, known[0] as string, at);
  return { placeIds: known, choosing: true, anchor: at };
}

/** The selection a URL hash asks for; unknown ids are ignored (an event wins over a place). */
export function selectionFromHash(index: StoryIndex, hash: HashSelection): Selection {
  if (hash.event && index.eventById.has(hash.event)) return selectEvent(index, hash.event);
  if (hash.place && index.placeById.has(hash.place)) return selectPlace(index, hash.place);
  return NO_SELECTION;
}

/** The hash parameters that reproduce a selection (a choice among places is not kept). */
export function hashOfSelection(selection: Selection): HashSelection {
  if (selection.eventId) return { event: selection.eventId };
  if (!selection.choosing && selection.placeIds.length === 1)
    return { place: selection.placeIds[0] };
  return {};
}

/**
 * The box round the selected places, the short way round, and round the lines drawn between an
 * event's places (a great circle bows towards the pole, past both its ends); null when nothing is
 * selected.
 */
export function boundsOfSelection(index: StoryIndex, selection: Selection): Bbox | null {
  const geometries: Geometry[] = selection.placeIds.flatMap((id) => {
    const place = index.placeById.get(id);
    return place ? [place.geometry] : [];
  });
  for (const line of eventConnections(index, selection.eventId).features) {
    geometries.push(line.geometry);
  }
  return boundsOf(geometries);
}

/**
 * The events the list highlights: those of the selected place(s). An event selection highlights
 * nothing more (the event itself is the current one), so its places' other events stay plain.
 */
export function highlightedEventIds(index: StoryIndex, selection: Selection): Set<string> {
  if (selection.eventId) return new Set();
  return new Set(
    selection.placeIds.flatMap((id) => (index.eventsByPlace.get(id) ?? []).map((e) => e.id)),
  );
}

/** Places no shown event names, drawn faint; none when every date is shown (`active` false). */
export function dimmedPlaceIds(
  index: StoryIndex,
  shownEvents: readonly StoryEvent[],
  active: boolean,
): ReadonlySet<string> {
  if (!active) return new Set();
  const shown = placeIdsOf(shownEvents);
  return new Set(index.places.filter((place) => !shown.has(place.id)).map((place) => place.id));
}
