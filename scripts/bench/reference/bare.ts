/**
 * Bench reference "bare": MapLibre drawing exactly the style the app builds for the story (the
 * app's own style builder, basemap choice, fonts, story loading and first view, imported, so it
 * cannot drift), with no Svelte app around it: what the map alone costs. A click on a place opens
 * a popup with its name. See docs/performance.md, "Side by side".
 */
import * as maplibre from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { fetchStory, fetchStoryIndex } from '../../../src/app/fetch-story.ts';
import { boundsOf, FIRST_VIEW_MAX_ZOOM, toCameraBounds } from '../../../src/geo/bounds.ts';
import { en } from '../../../src/i18n/strings.ts';
import { fitPadding } from '../../../src/map/camera-moves.ts';
import { chooseBasemap } from '../../../src/map/choose-basemap.ts';
import { mapFontFaces } from '../../../src/map/fonts.ts';
import { indexStory } from '../../../src/story/queries.ts';
import { buildStyle } from '../../../src/style/build-style.ts';
import { INTERACTIVE_LAYERS } from '../../../src/style/story-layers.ts';
import { LIGHT_PALETTE } from '../../../src/style/palettes.ts';
import { buildStorySources } from '../../../src/style/story-sources.ts';
import { failMap, mapElement, openPopup, siteRoot, watchMap } from './page-hooks.ts';

const TOLERANCE_PX = 10;

async function start(element: HTMLElement): Promise<void> {
  const root = siteRoot();
  const storyId = new URLSearchParams(location.search).get('story') ?? '';
  maplibre.setWorkerUrl(workerUrl);
  const [entries, chosen] = await Promise.all([fetchStoryIndex(root), chooseBasemap(root, 'en')]);
  const entry = entries.find((candidate) => candidate.id === storyId);
  if (!entry) throw new Error(`no story ${storyId} in stories/index.json`);
  const loaded = await fetchStory(root, entry, 'en');
  if (!loaded.story) throw new Error(`story ${storyId} does not load`);
  const index = indexStory(loaded.story);
  const bounds = boundsOf(index.places.map((place) => place.geometry));
  if (!bounds) throw new Error(`story ${storyId} has no places`);
  const size = { width: element.clientWidth, height: element.clientHeight };
  const map = new maplibre.Map({
    container: element,
    style: buildStyle({
      ...chosen,
      palette: LIGHT_PALETTE,
      fontFaces: mapFontFaces([]),
      story: buildStorySources(index, 'en', en.approximateLabel),
      language: 'en',
    }),
    bounds: toCameraBounds(bounds),
    fitBoundsOptions: { padding: fitPadding(size), maxZoom: FIRST_VIEW_MAX_ZOOM },
    attributionControl: { compact: false },
    dragRotate: false,
    touchZoomRotate: false,
  });
  watchMap(map, element);
  map.on('click', ({ point, lngLat }) => {
    const [hit] = map.queryRenderedFeatures(
      [
        [point.x - TOLERANCE_PX, point.y - TOLERANCE_PX],
        [point.x + TOLERANCE_PX, point.y + TOLERANCE_PX],
      ],
      { layers: [...INTERACTIVE_LAYERS] },
    );
    if (hit) openPopup(maplibre, map, [lngLat.lng, lngLat.lat], String(hit.properties['name']));
  });
}

const element = mapElement();
start(element).catch((error: unknown) => failMap(element, error));
