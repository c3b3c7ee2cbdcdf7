import { describe, expect, it } from 'vitest';
import { ReaderState, type CameraRequest } from '../../../src/app/reader.svelte.ts';
import { labelPoint } from '../../../src/geo/label-point.ts';
import { firstDay, lastDay } from '../../../src/story/dates.ts';
import type { DateRange } from '../../../src/story/timeline.ts';
import type { StoryEvent } from '../../../src/story/types.ts';
import { loadStoryIndex } from '../ncg-story.ts';

const index = await loadStoryIndex();
const events = index.story.events;

/** A reader with a recorder that keeps what it was asked to write into the URL. */
function readerAt(
  start: { selection?: { place?: string; event?: string }; range?: DateRange } = {},
) {
  const recorded: Record<string, string | undefined>[] = [];
  const reader = new ReaderState(
    index,
    { record: (values) => recorded.push(values) },
    { selection: start.selection ?? {}, range: start.range ?? {} },
  );
  const moves: CameraRequest[] = [];
  reader.onCameraRequest((request) => moves.push(request));
  return { reader, recorded, moves };
}

/** Whether an event has a day within `from`…`to` (whole days), worked out from its dates alone. */
function overlaps(event: StoryEvent, from: string, to: string): boolean {
  return firstDay(event.date) <= to && lastDay(event.end ?? event.date) >= from;
}

/** An event with at least two places, and a place named by exactly one event's list. */
const twoPlaceEvent = events.find((event) => event.places.length >= 2) as StoryEvent;
const [firstPlace, secondPlace] = twoPlaceEvent.places as [string, string];

describe('ReaderState', () => {
  it('starts from what a link names, and ignores what it does not know', () => {
    const { reader, recorded } = readerAt({ selection: { event: twoPlaceEvent.id } });
    expect(reader.selection.eventId).toBe(twoPlaceEvent.id);
    expect(reader.selection.placeIds).toEqual(twoPlaceEvent.places);
    expect(reader.popupPlaces.map((place) => place.id)).toEqual([firstPlace]);
    expect(recorded).toEqual([]);
    expect(readerAt({ selection: { place: 'no-such-place' } }).reader.selection.placeIds).toEqual(
      [],
    );
  });

  it('frames a linked place as a click would, and the whole story when the link names none', () => {
    const linked = readerAt({ selection: { place: firstPlace } }).reader;
    expect(linked.initialFramesSelection).toBe(true);
    const place = index.placeById.get(firstPlace);
    if (!place) throw new Error(`${firstPlace} is not a place of the story`);
    const [lng, lat] = labelPoint(place.geometry);
    const [west, south, east, north] = linked.initialBounds ?? [NaN, NaN, NaN, NaN];
    expect([lng >= west && lng <= east, lat >= south && lat <= north]).toEqual([true, true]);
    const unlinked = readerAt({ selection: { place: 'no-such-place' } }).reader;
    expect(unlinked.initialFramesSelection).toBe(false);
    expect(unlinked.initialBounds).not.toEqual(linked.initialBounds);
  });

  it('chooses an event: its places, its popup taking focus, a frame round them, and the URL', () => {
    const { reader, recorded, moves } = readerAt();
    reader.chooseEvent(twoPlaceEvent.id);
    expect(reader.selection.placeIds).toEqual(twoPlaceEvent.places);
    expect(reader.popupTakesFocus).toBe(true);
    expect(recorded).toEqual([{ place: undefined, event: twoPlaceEvent.id }]);
    expect(moves.map((move) => move.kind)).toEqual(['frame']);
    const [west, south, east, north] = moves[0]?.bounds ?? [NaN, NaN, NaN, NaN];
    for (const id of twoPlaceEvent.places) {
      const place = index.placeById.get(id);
      if (!place) throw new Error(`${id} is not a place of the story`);
      const [lng, lat] = labelPoint(place.geometry);
      expect(lat).toBeGreaterThanOrEqual(south);
      expect(lat).toBeLessThanOrEqual(north);
      // The box may cross 180°: then a longitude is east of its west edge or west of its east one.
      const within = west <= east ? lng >= west && lng <= east : lng >= west || lng <= east;
      expect(within).toBe(true);
    }
  });

  it('steps from the timeline without moving focus, and asks for the move each time', () => {
    const { reader, moves } = readerAt();
    reader.stepTo(twoPlaceEvent.id);
    expect(reader.popupTakesFocus).toBe(false);
    reader.stepTo(twoPlaceEvent.id);
    expect(moves).toHaveLength(2);
    expect(moves[1]).toEqual(moves[0]);
  });

  it('stops telling a map of moves once it has stopped listening (asleep)', () => {
    const { reader, moves } = readerAt();
    const heard: CameraRequest[] = [];
    const stop = reader.onCameraRequest((request) => heard.push(request));
    stop();
    reader.chooseEvent(twoPlaceEvent.id);
    expect(heard).toEqual([]);
    expect(moves).toHaveLength(1);
  });

  it('chooses a place: its events marked in the lists, revealed rather than framed', () => {
    const { reader, recorded, moves } = readerAt();
    reader.choosePlace(secondPlace);
    expect(recorded).toEqual([{ place: secondPlace, event: undefined }]);
    expect(moves.map((move) => move.kind)).toEqual(['reveal']);
    expect([...reader.highlighted].sort()).toEqual(
      events
        .filter((event) => event.places.includes(secondPlace))
        .map((event) => event.id)
        .sort(),
    );
  });

  it('offers a choice when a tap hits several places, and keeps no choice in the URL', () => {
    const { reader, recorded, moves } = readerAt();
    reader.pick([firstPlace, secondPlace], [127, 37]);
    expect(reader.selection.choosing).toBe(true);
    expect(reader.popupPlaces.map((place) => place.id)).toEqual([firstPlace, secondPlace]);
    expect(recorded).toEqual([{ place: undefined, event: undefined }]);
    reader.chooseAmongPlaces(secondPlace);
    expect(reader.popupPlaces.map((place) => place.id)).toEqual([secondPlace]);
    expect(moves).toEqual([expect.objectContaining({ kind: 'frame', maxZoom: 10 })]);
    reader.close();
    expect(reader.popupPlaces).toEqual([]);
    expect(recorded.at(-1)).toEqual({ place: undefined, event: undefined });
  });

  it('shows the events with a day in the chosen dates and dims the places of none', () => {
    const { reader, recorded } = readerAt();
    expect(reader.shownEvents).toHaveLength(events.length);
    expect(reader.dimmedPlaceIds.size).toBe(0);
    reader.setRange({ from: '2024-06', to: '2024-06' });
    expect(recorded).toEqual([{ from: '2024-06', to: '2024-06' }]);
    const june = events.filter((event) => overlaps(event, '2024-06-01', '2024-06-30'));
    expect(june.length).toBeGreaterThan(0);
    expect(june.length).toBeLessThan(events.length);
    expect(reader.shownEvents.map((event) => event.id)).toEqual(june.map((event) => event.id));
    const named = new Set(june.flatMap((event) => event.places));
    expect([...reader.dimmedPlaceIds].sort()).toEqual(
      index.places
        .map((place) => place.id)
        .filter((id) => !named.has(id))
        .sort(),
    );
  });

  it('follows Back: new dates keep the popup as it is, a new place replaces it', () => {
    const { reader, recorded } = readerAt({ selection: { place: firstPlace } });
    const selection = reader.selection;
    reader.follow({ place: firstPlace }, { from: '2024' });
    expect(reader.selection).toBe(selection);
    expect(reader.range).toEqual({ from: '2024' });
    expect(reader.popupTakesFocus).toBe(false);
    reader.follow({ place: secondPlace }, { from: '2024' });
    expect(reader.selection.placeIds).toEqual([secondPlace]);
    expect(recorded).toEqual([]);
  });

  it('chooses a place for a host page without taking focus', () => {
    const { reader } = readerAt();
    reader.choosePlace(secondPlace, { takeFocus: false });
    expect(reader.popupPlaces.map((place) => place.id)).toEqual([secondPlace]);
    expect(reader.popupTakesFocus).toBe(false);
  });

  it('resets to the whole story: no popup, every date, every place framed, one URL entry', () => {
    const { reader, recorded, moves } = readerAt({
      selection: { event: twoPlaceEvent.id },
      range: { from: '2024-06' },
    });
    reader.reset();
    expect(reader.popupPlaces).toEqual([]);
    expect(reader.range).toEqual({});
    expect(reader.shownEvents).toHaveLength(events.length);
    expect(recorded).toEqual([
      { place: undefined, event: undefined, from: undefined, to: undefined },
    ]);
    expect(moves.map((move) => move.kind)).toEqual(['frame']);
    const [west, south, east, north] = moves[0]?.bounds ?? [NaN, NaN, NaN, NaN];
    for (const place of index.places) {
      const [lng, lat] = labelPoint(place.geometry);
      expect(lat).toBeGreaterThanOrEqual(south);
      expect(lat).toBeLessThanOrEqual(north);
      // The box may cross 180° (west > east): a longitude is inside on either side of it.
      const inside = west <= east ? lng >= west && lng <= east : lng >= west || lng <= east;
      expect(inside, place.id).toBe(true);
    }
  });
});
