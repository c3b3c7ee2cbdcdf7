/**
 * Feature state on the story's features, set once their sources exist and cleared again on
 * teardown: what the story-layer children share.
 */
import type { Map as MaplibreMap } from 'maplibre-gl';
import { STORY_SOURCES } from '../style/story-layers.ts';
import type { FeatureTarget } from '../style/feature-targets.ts';

/**
 * Runs `apply` once the story's sources exist (now, or when the style has loaded) and returns
 * what cancels the wait. Not `isStyleLoaded()`: that is false again while any source reloads
 * data, and the 'load' event it would wait for never comes twice.
 */
export function whenSourcesExist(map: MaplibreMap, apply: () => void): () => void {
  if (map.getSource(STORY_SOURCES.points)) {
    apply();
    return () => {};
  }
  map.once('load', apply);
  return () => map.off('load', apply);
}

/**
 * Sets a boolean feature state on the story's features once their sources exist, and returns
 * the teardown that clears it again (while the style still has the sources).
 */
export function markFeatures(
  map: MaplibreMap,
  targets: readonly FeatureTarget[],
  state: 'selected' | 'dimmed',
): () => void {
  const apply = (value: boolean) => {
    for (const target of targets) {
      if (map.getSource(target.source)) map.setFeatureState(target, { [state]: value });
    }
  };
  const cancel = whenSourcesExist(map, () => apply(true));
  return () => {
    cancel();
    if (map.getSource(STORY_SOURCES.points)) apply(false);
  };
}
