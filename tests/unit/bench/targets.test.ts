import { beforeAll, describe, expect, it } from 'vitest';
import {
  busiestPlaceId,
  busiestPlaceTarget,
  clickSpot,
  middleDateRange,
} from '../../../scripts/bench/targets.ts';
import type { StoryIndex } from '../../../src/story/queries.ts';
import { loadStoryIndex } from '../ncg-story.ts';
import { events as rawEvents, eventsOf, places as rawPlaces } from '../../browser/story-data.ts';

let index: StoryIndex;

beforeAll(async () => {
  index = await loadStoryIndex();
});

describe('busiestPlaceId', () => {
  it('picks the ncg-2024 place with the most events, as the story file lists them', () => {
    const most = Math.max(...rawPlaces.map((place) => eventsOf(place.id).length));
    const id = busiestPlaceId(index);
    expect(id).not.toBeNull();
    expect(eventsOf(id as string)).toHaveLength(most);
  });
});

describe('busiestPlaceTarget', () => {
  it('names the place as its popup heading shows it in English', () => {
    const target = busiestPlaceTarget(index);
    const raw = rawPlaces.find((place) => place.id === target?.id);
    expect(target?.name).toBe(raw?.name);
  });

  it('names it in the language of the page the bench visits', () => {
    const target = busiestPlaceTarget(index, 'ko');
    const raw = rawPlaces.find((place) => place.id === target?.id);
    expect(target?.name).toBe(raw?.names.ko);
  });
});

describe('clickSpot', () => {
  it('clicks a point on itself, close in', () => {
    expect(clickSpot({ type: 'Point', coordinates: [126.98, 37.53] })).toEqual({
      lng: 126.98,
      lat: 37.53,
      zoom: 12,
    });
  });

  it('clicks a line on a vertex, where the drawn line surely passes', () => {
    expect(
      clickSpot({
        type: 'LineString',
        coordinates: [
          [0, 0],
          [4, 1],
          [8, 0],
        ],
      }),
    ).toEqual({ lng: 4, lat: 1, zoom: 9 });
  });

  it('clicks an area inside it, even a ring-shaped one', () => {
    const spot = clickSpot({
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [10, 0],
          [10, 10],
          [0, 10],
          [0, 0],
        ],
        [
          [3, 3],
          [3, 7],
          [7, 7],
          [7, 3],
          [3, 3],
        ],
      ],
    });
    const inHole = spot.lng > 3 && spot.lng < 7 && spot.lat > 3 && spot.lat < 7;
    expect(spot.lng > 0 && spot.lng < 10 && spot.lat > 0 && spot.lat < 10 && !inHole).toBe(true);
  });
});

describe('middleDateRange', () => {
  it('covers the middle half of the story’s days, so some events fall outside it', () => {
    const range = middleDateRange(index);
    expect(range?.from).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(range && range.from < range.to).toBe(true);
    const inside = rawEvents.filter((e) => range && e.date >= range.from && e.date <= range.to);
    expect(inside.length).toBeGreaterThan(0);
    expect(inside.length).toBeLessThan(rawEvents.length);
  });
});
