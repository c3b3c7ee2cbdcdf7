import { describe, expect, it } from 'vitest';
import {
  boundsOfSelection,
  hashOfSelection,
  highlightedEventIds,
  NO_SELECTION,
  selectEvent,
  selectionFromHash,
  selectPicked,
  selectPlace,
} from '../../../src/app/selection.ts';
import { loadStoryIndex } from '../ncg-story.ts';

const index = await loadStoryIndex();

describe('selectionFromHash', () => {
  it('opens a place named in the hash at its label point', () => {
    expect(selectionFromHash(index, { place: 'busan-naval-base' })).toEqual({
      placeIds: ['busan-naval-base'],
      choosing: false,
      anchor: [129.1062, 35.0982],
    });
  });

  it('shows every place of an event, with the popup of the first', () => {
    const selection = selectionFromHash(index, { event: 'ncg-guidelines' });
    expect(selection.placeIds).toEqual(['washington-pentagon', 'washington-convention-center']);
    expect(selection.eventId).toBe('ncg-guidelines');
  });

  it('ignores ids the story does not have', () => {
    expect(selectionFromHash(index, { place: 'atlantis', event: 'nope' })).toEqual(NO_SELECTION);
  });
});

describe('hashOfSelection', () => {
  it('round-trips a place and an event through the hash', () => {
    const event = selectEvent(index, 'ncg-3');
    expect(selectionFromHash(index, hashOfSelection(event))).toEqual(event);
  });

  it('does not put a choice among overlapping places in the URL', () => {
    const choosing = selectPicked(
      index,
      ['washington-pentagon', 'washington-white-house'],
      [-77, 38.9],
    );
    expect(choosing.choosing).toBe(true);
    expect(hashOfSelection(choosing)).toEqual({});
  });
});

describe('selectPicked', () => {
  it('drops ids that are not places of the story', () => {
    expect(selectPicked(index, ['ghost', 'seoul-mnd'], [127, 37.5]).placeIds).toEqual([
      'seoul-mnd',
    ]);
  });
});

describe('boundsOfSelection', () => {
  it('frames the great circle between an event’s places, not only the places', async () => {
    const pacific = await loadStoryIndex('tests/fixtures/timeline-stories/pacific-years');
    const bounds = boundsOfSelection(pacific, selectEvent(pacific, 'summit'));
    // Seoul to Washington across the Pacific; the line reaches far north of both cities.
    expect(bounds?.[0]).toBe(126.978);
    expect(bounds?.[2]).toBeCloseTo(-77.0365, 9);
    expect(bounds?.[3]).toBeGreaterThan(60);
    expect(bounds?.[1]).toBe(37.5665);
  });

  it('frames the two Washington venues of the guidelines event', () => {
    const bounds = boundsOfSelection(index, selectEvent(index, 'ncg-guidelines'));
    expect(bounds).toEqual([-77.056, 38.871, -77.023, 38.9051]);
  });
});

describe('highlightedEventIds', () => {
  it('highlights every event of the place chosen on the map', () => {
    expect([...highlightedEventIds(index, selectPlace(index, 'washington-pentagon'))]).toEqual([
      'ncg-framework',
      'ncg-guidelines',
    ]);
  });

  it('highlights the events of each place under one tap', () => {
    const choosing = selectPicked(index, ['seoul-mnd', 'seoul-city'], [127, 37.5]);
    expect([...highlightedEventIds(index, choosing)].sort()).toEqual(['ncg-1', 'ncg-3']);
  });

  it('highlights nothing beside the event itself when an event is chosen', () => {
    expect(highlightedEventIds(index, selectEvent(index, 'ncg-guidelines')).size).toBe(0);
    expect(highlightedEventIds(index, NO_SELECTION).size).toBe(0);
  });
});
