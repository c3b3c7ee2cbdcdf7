import type { FeatureCollection, Position } from 'geojson';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  generateSyntheticStory,
  SCALE_STORY,
  seededRandom,
  type SyntheticStory,
} from '../../../scripts/bench/synthetic-story.ts';
import { loadStory } from '../../../src/story/load-story.ts';
import { indexStory } from '../../../src/story/queries.ts';
import type { StoryLoadResult } from '../../../src/story/types.ts';

let generated: SyntheticStory;
let loaded: StoryLoadResult;

beforeAll(async () => {
  generated = generateSyntheticStory(SCALE_STORY);
  loaded = await loadStory(generated.id, async (name) => generated.files[name] ?? null);
});

function collection(file: string): FeatureCollection {
  return JSON.parse(generated.files[file] ?? '{}') as FeatureCollection;
}

describe('the scale story (1,000 places, 10,000 events)', () => {
  it('passes the real validator with no error and no warning', () => {
    expect(loaded.problems).toEqual([]);
    expect(loaded.story).toBeDefined();
  });

  it('has the places and events asked for', () => {
    const places = loaded.story?.layers.flatMap((layer) => layer.features.features) ?? [];
    expect(places).toHaveLength(1000);
    expect(loaded.story?.events).toHaveLength(10_000);
  });

  it('has points, lines and polygons, and every geometry type a story may use', () => {
    const types = new Set(
      ['sites.geojson', 'routes.geojson', 'areas.geojson'].flatMap((file) =>
        collection(file).features.map((feature) => feature.geometry.type),
      ),
    );
    expect([...types].sort()).toEqual([
      'LineString',
      'MultiLineString',
      'MultiPoint',
      'MultiPolygon',
      'Point',
      'Polygon',
    ]);
  });

  it('splits lines across the antimeridian at 180°, both halves meeting at one latitude', () => {
    const split = collection('routes.geojson').features.filter(
      (feature) => feature.geometry.type === 'MultiLineString',
    );
    expect(split.length).toBeGreaterThanOrEqual(10);
    for (const feature of split) {
      if (feature.geometry.type !== 'MultiLineString') continue;
      const [west, east] = feature.geometry.coordinates as [Position[], Position[]];
      expect(west.at(-1)?.[0]).toBe(180);
      expect(east[0]?.[0]).toBe(-180);
      expect(west.at(-1)?.[1]).toBe(east[0]?.[1]);
    }
  });

  it('splits areas across the antimeridian into two parts that touch ±180°', () => {
    const split = collection('areas.geojson').features.filter(
      (feature) => feature.geometry.type === 'MultiPolygon',
    );
    expect(split.length).toBeGreaterThanOrEqual(10);
    for (const feature of split) {
      if (feature.geometry.type !== 'MultiPolygon') continue;
      const [west, east] = feature.geometry.coordinates;
      expect(west?.[0]?.some(([lng]) => lng === 180)).toBe(true);
      expect(east?.[0]?.some(([lng]) => lng === -180)).toBe(true);
    }
  });

  it('has a few busy places, and names the busiest with its true event count', () => {
    const index = indexStory(loaded.story as NonNullable<StoryLoadResult['story']>);
    const counts = [...index.eventsByPlace.values()].map((events) => events.length);
    expect(Math.max(...counts)).toBe(generated.busiestPlace.events);
    expect(index.eventsByPlace.get(generated.busiestPlace.id)).toHaveLength(
      generated.busiestPlace.events,
    );
    // A long tail: the median place has a handful of events, the busiest over a hundred.
    const sorted = counts.sort((a, b) => a - b);
    expect(sorted[500]).toBeLessThan(20);
    expect(generated.busiestPlace.events).toBeGreaterThan(100);
  });

  it('spans the years 1990 to 2024', () => {
    expect(generated.dateSpan).toEqual({ first: '1990-01-01', last: '2024-12-31' });
  });
});

describe('generateSyntheticStory', () => {
  it('writes the same files for the same seed, so runs on different days compare', () => {
    const again = generateSyntheticStory({ seed: 7, places: 50, events: 200 });
    expect(again.files).toEqual(generateSyntheticStory({ seed: 7, places: 50, events: 200 }).files);
  });

  it('writes a different story for another seed', () => {
    expect(
      generateSyntheticStory({ seed: 8, places: 50, events: 200 }).files['story.json'],
    ).not.toBe(generateSyntheticStory({ seed: 7, places: 50, events: 200 }).files['story.json']);
  });

  it('stays valid at other sizes and seeds', async () => {
    for (const seed of [1, 2, 3]) {
      const story = generateSyntheticStory({ seed, places: 120, events: 400 });
      const result = await loadStory('small', async (name) => story.files[name] ?? null);
      expect(result.problems).toEqual([]);
    }
  });
});

describe('seededRandom', () => {
  it('repeats its sequence for a seed and stays within [0, 1)', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const values = Array.from({ length: 1000 }, () => a());
    expect(values.slice(0, 5)).toEqual(Array.from({ length: 5 }, () => b()));
    expect(values.every((value) => value >= 0 && value < 1)).toBe(true);
  });
});
