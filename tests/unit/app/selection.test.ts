import { describe, expect, it } from 'vitest';
import {
  boundsOfSelection,
  hashOfSelection,
  NO_SELECTION,
  selectEvent,
  selectionFromHash,
  selectPicked,
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
  it('frames the two Washington venues of the guidelines event', () => {
    const bounds = boundsOfSelection(index, selectEvent(index, 'ncg-guidelines'));
    expect(bounds).toEqual([-77.056, 38.871, -77.023, 38.9051]);
  });
});
