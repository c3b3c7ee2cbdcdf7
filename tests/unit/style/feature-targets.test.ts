import { beforeAll, describe, expect, it } from 'vitest';
import { uiStrings } from '../../../src/i18n/strings.ts';
import type { StoryIndex } from '../../../src/story/queries.ts';
import { STORY_SOURCES } from '../../../src/style/build-style.ts';
import { dimmedTargets, type FeatureTarget } from '../../../src/style/feature-targets.ts';
import { buildStorySources, type StorySourceData } from '../../../src/style/story-sources.ts';
import { loadStoryIndex } from '../ncg-story.ts';

let index: StoryIndex;
let sources: StorySourceData;

beforeAll(async () => {
  index = await loadStoryIndex();
  sources = buildStorySources(index, 'en', uiStrings('en').approximateLabel);
});

const key = (target: FeatureTarget) => `${target.source}/${target.id}`;

/** Every drawn feature of the given places, found by reading each source in full. */
function featuresOf(placeIds: ReadonlySet<string>): string[] {
  return (['points', 'lines', 'areas', 'labels'] as const).flatMap((kind) =>
    sources[kind].features
      .filter((feature) => placeIds.has(feature.properties.id))
      .map((feature) => `${STORY_SOURCES[kind]}/${feature.properties.id}`),
  );
}

describe('dimmedTargets', () => {
  it('dims each place’s shape and label, and nothing of the other places', () => {
    const dimmed = new Set(['seoul-mnd', 'freedom-edge-area']);
    // A point and an area, each with a label.
    expect(featuresOf(dimmed)).toHaveLength(4);
    expect(dimmedTargets(index, sources, dimmed).map(key).sort()).toEqual(
      featuresOf(dimmed).sort(),
    );
  });

  it('dims a layer’s group label only once every place of the layer is dimmed', () => {
    const washington = index.story.layers.find((layer) =>
      sources.groupLabels.features.some((f) => f.properties.id === `layer:${layer.id}`),
    );
    if (!washington) throw new Error('ncg-2024 has a layer drawn as one group');
    const ids = washington.features.features.map((place) => String(place.id));
    const group = `${STORY_SOURCES.groupLabels}/layer:${washington.id}`;
    expect(dimmedTargets(index, sources, new Set(ids)).map(key)).toContain(group);
    expect(dimmedTargets(index, sources, new Set(ids.slice(1))).map(key)).not.toContain(group);
  });

  it('dims nothing for no places', () => {
    expect(dimmedTargets(index, sources, new Set())).toEqual([]);
  });
});
