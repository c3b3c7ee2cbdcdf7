/**
 * Which drawn features stand for which places, so the map can mark them with feature state
 * (`dimmed` for places outside the chosen dates) without rebuilding its data.
 */
import type { StoryIndex } from '../story/queries.ts';
import type { Place } from '../story/types.ts';
import { STORY_SOURCES } from './story-layers.ts';
import type { StorySourceData } from './story-sources.ts';

/** A feature of one source, as MapLibre's `setFeatureState` names it. */
export interface FeatureTarget {
  source: string;
  id: string;
}

/** Each place's drawn features, and each grouped layer's places: built once per set of sources. */
interface TargetIndex {
  byPlace: ReadonlyMap<string, readonly FeatureTarget[]>;
  groups: readonly { target: FeatureTarget; placeIds: readonly string[] }[];
}

const targetIndexes = new WeakMap<StorySourceData, TargetIndex>();

/** The features of each place in `sources`, and the group labels with their places. */
function targetIndexOf(index: StoryIndex, sources: StorySourceData): TargetIndex {
  const cached = targetIndexes.get(sources);
  if (cached) return cached;
  const byPlace = new Map<string, FeatureTarget[]>();
  for (const kind of ['points', 'lines', 'areas', 'labels'] as const) {
    for (const feature of sources[kind].features) {
      const id = feature.properties.id;
      const targets = byPlace.get(id) ?? [];
      targets.push({ source: STORY_SOURCES[kind], id });
      byPlace.set(id, targets);
    }
  }
  const grouped = new Set(sources.groupLabels.features.map((feature) => feature.properties.id));
  const groups = index.story.layers.flatMap((layer) => {
    const id = `layer:${layer.id}`;
    const places: readonly Place[] = layer.features.features;
    return grouped.has(id) && places.length > 0
      ? [{ target: { source: STORY_SOURCES.groupLabels, id }, placeIds: places.map((p) => p.id) }]
      : [];
  });
  const built = { byPlace, groups };
  targetIndexes.set(sources, built);
  return built;
}

/**
 * The features to draw dimmed for a set of places: each place's shape and label, and the label of
 * a layer drawn as one group (e.g. "Washington") once every place in that layer is dimmed. Looks
 * places up in an index of `sources` built on the first call, so a new date range costs what it
 * dims, not a pass over every feature.
 */
export function dimmedTargets(
  index: StoryIndex,
  sources: StorySourceData,
  dimmedPlaceIds: ReadonlySet<string>,
): FeatureTarget[] {
  if (dimmedPlaceIds.size === 0) return [];
  const { byPlace, groups } = targetIndexOf(index, sources);
  const targets = [...dimmedPlaceIds].flatMap((id) => byPlace.get(id) ?? []);
  for (const group of groups) {
    if (group.placeIds.every((id) => dimmedPlaceIds.has(id))) targets.push(group.target);
  }
  return targets;
}
