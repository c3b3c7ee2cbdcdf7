/**
 * Which drawn features stand for which places, so the map can mark them with feature state
 * (`dimmed` for places outside the chosen dates) without rebuilding its data.
 */
import type { StoryIndex } from '../story/queries.ts';
import type { Place } from '../story/types.ts';
import { STORY_SOURCES } from './build-style.ts';
import type { StorySourceData } from './story-sources.ts';

/** A feature of one source, as MapLibre's `setFeatureState` names it. */
export interface FeatureTarget {
  source: string;
  id: string;
}

/**
 * The features to draw dimmed for a set of places: each place's shape and label, and the label of
 * a layer drawn as one group (e.g. "Washington") once every place in that layer is dimmed.
 */
export function dimmedTargets(
  index: StoryIndex,
  sources: StorySourceData,
  dimmedPlaceIds: ReadonlySet<string>,
): FeatureTarget[] {
  if (dimmedPlaceIds.size === 0) return [];
  const targets: FeatureTarget[] = [];
  for (const kind of ['points', 'lines', 'areas', 'labels'] as const) {
    for (const feature of sources[kind].features) {
      if (dimmedPlaceIds.has(feature.properties.id)) {
        targets.push({ source: STORY_SOURCES[kind], id: feature.properties.id });
      }
    }
  }
  const groups = new Set(sources.groupLabels.features.map((feature) => feature.properties.id));
  for (const layer of index.story.layers) {
    const id = `layer:${layer.id}`;
    const places: readonly Place[] = layer.features.features;
    if (groups.has(id) && places.length > 0 && places.every((p) => dimmedPlaceIds.has(p.id))) {
      targets.push({ source: STORY_SOURCES.groupLabels, id });
    }
  }
  return targets;
}
