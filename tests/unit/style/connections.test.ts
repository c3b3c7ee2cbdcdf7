import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadStory } from '../../../src/story/load-story.ts';
import { indexStory } from '../../../src/story/queries.ts';
import { STORY_SOURCES } from '../../../src/style/story-layers.ts';
import { eventConnections } from '../../../src/style/connections.ts';
import { dimmedTargets } from '../../../src/style/feature-targets.ts';
import { buildStorySources } from '../../../src/style/story-sources.ts';

async function loadIndex(folder: string, id: string) {
  const result = await loadStory(id, async (name) => {
    try {
      return await readFile(join(folder, name), 'utf8');
    } catch {
      return null;
    }
  });
  if (!result.story) throw new Error(`${id} did not load: ${JSON.stringify(result.problems)}`);
  return indexStory(result.story);
}

const ncg = await loadIndex('geo/stories/ncg-2024', 'ncg-2024');
const pacific = await loadIndex('tests/fixtures/timeline-stories/pacific-years', 'pacific-years');

describe('eventConnections', () => {
  it('joins the two Washington venues of the guidelines event with one line', () => {
    const { features } = eventConnections(ncg, 'ncg-guidelines');
    expect(features).toHaveLength(1);
    expect(features[0]?.properties).toMatchObject({
      from: 'washington-pentagon',
      to: 'washington-convention-center',
    });
    const line = features[0]?.geometry.coordinates ?? [];
    expect(line[0]).toEqual([-77.056, 38.871]);
    expect(line[line.length - 1]).toEqual([-77.023, 38.9051]);
  });

  it('draws Seoul–Washington as one continuous line past 180°', () => {
    const { features } = eventConnections(pacific, 'summit');
    const lngs = (features[0]?.geometry.coordinates ?? []).map((p) => p[0] as number);
    expect(lngs[0]).toBeCloseTo(126.978, 6);
    expect(lngs[lngs.length - 1]).toBeCloseTo(-77.0365 + 360, 6);
    expect(lngs.every((lng, i) => i === 0 || Math.abs(lng - (lngs[i - 1] as number)) < 5)).toBe(
      true,
    );
  });

  it('joins three places as a path in the order the event lists them', () => {
    const { features } = eventConnections(pacific, 'tour');
    expect(features.map((f) => [f.properties.from, f.properties.to])).toEqual([
      ['tokyo', 'honolulu'],
      ['honolulu', 'washington'],
    ]);
  });

  it('draws nothing for a one-place event, an unknown event or no event', () => {
    expect(eventConnections(ncg, 'ncg-3').features).toEqual([]);
    expect(eventConnections(ncg, 'no-such-event').features).toEqual([]);
    expect(eventConnections(ncg, undefined).features).toEqual([]);
  });
});

describe('dimmedTargets', () => {
  const sources = buildStorySources(ncg, 'en', (name) => `${name} (approximate)`);

  it('dims a place’s shape in its own source and its label', () => {
    // In no particular order: each target is a feature state to set.
    const targets = dimmedTargets(ncg, sources, new Set(['freedom-edge-area', 'seoul-mnd']));
    const byKey = (a: { source: string; id: string }, b: { source: string; id: string }) =>
      `${a.source}/${a.id}`.localeCompare(`${b.source}/${b.id}`);
    expect([...targets].sort(byKey)).toEqual(
      [
        { source: STORY_SOURCES.points, id: 'seoul-mnd' },
        { source: STORY_SOURCES.areas, id: 'freedom-edge-area' },
        { source: STORY_SOURCES.labels, id: 'seoul-mnd' },
        { source: STORY_SOURCES.labels, id: 'freedom-edge-area' },
      ].sort(byKey),
    );
  });

  it('dims a layer’s group label only once all its places are dimmed', () => {
    const washington = ncg.places
      .filter((place) => place.properties.layer === 'washington')
      .map((place) => place.id);
    const groupOf = (ids: string[]) =>
      dimmedTargets(ncg, sources, new Set(ids)).filter(
        (target) => target.source === STORY_SOURCES.groupLabels,
      );
    expect(groupOf(washington)).toEqual([
      { source: STORY_SOURCES.groupLabels, id: 'layer:washington' },
    ]);
    expect(groupOf(washington.slice(1))).toEqual([]);
  });

  it('dims nothing when no place is out of range', () => {
    expect(dimmedTargets(ncg, sources, new Set())).toEqual([]);
  });
});
