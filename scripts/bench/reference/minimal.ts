/**
 * Bench reference "minimal": the page a developer would write by hand for the story: MapLibre,
 * the first view's Natural Earth land and borders, the story's layer files as circle, line and
 * fill layers, a popup with the place's name on click, no labels. See docs/performance.md.
 */
import * as maplibre from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { FeatureCollection } from 'geojson';
import { failMap, mapElement, openPopup, siteRoot, watchMap } from './page-hooks.ts';

async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

async function start(element: HTMLElement): Promise<void> {
  const root = siteRoot();
  const storyId = new URLSearchParams(location.search).get('story') ?? '';
  const folder = `${root}stories/${storyId}/`;
  maplibre.setWorkerUrl(workerUrl);
  const story = await getJson<{ layers: { id: string; file: string }[] }>(`${folder}story.json`);
  const layers = await Promise.all(
    story.layers.map(async (layer) => ({
      id: layer.id,
      data: await getJson<FeatureCollection>(`${folder}${layer.file}`),
    })),
  );
  const bounds = new maplibre.LngLatBounds();
  for (const { data } of layers) {
    for (const feature of data.features) {
      const geometry = feature.geometry;
      if (geometry.type === 'Point') bounds.extend(geometry.coordinates as [number, number]);
      if (geometry.type === 'Polygon') {
        for (const point of geometry.coordinates[0] ?? []) bounds.extend(point as [number, number]);
      }
    }
  }
  const map = new maplibre.Map({
    container: element,
    style: {
      version: 8,
      sources: {
        land: { type: 'geojson', data: `${root}basemap/land-110m.geojson` },
        borders: { type: 'geojson', data: `${root}basemap/borders-110m.geojson` },
        ...Object.fromEntries(layers.map(({ id, data }) => [id, { type: 'geojson', data }])),
      },
      layers: [
        { id: 'ocean', type: 'background', paint: { 'background-color': '#dce9f2' } },
        { id: 'land', type: 'fill', source: 'land', paint: { 'fill-color': '#f4f1ea' } },
        { id: 'borders', type: 'line', source: 'borders', paint: { 'line-color': '#b9b3a8' } },
        ...layers.flatMap(({ id }): maplibre.LayerSpecification[] => [
          {
            id: `${id}-fill`,
            type: 'fill',
            source: id,
            filter: ['==', ['geometry-type'], 'Polygon'],
            paint: { 'fill-color': '#c0392b', 'fill-opacity': 0.2 },
          },
          {
            id: `${id}-line`,
            type: 'line',
            source: id,
            filter: ['==', ['geometry-type'], 'LineString'],
            paint: { 'line-color': '#c0392b', 'line-width': 3 },
          },
          {
            id: `${id}-circle`,
            type: 'circle',
            source: id,
            filter: ['==', ['geometry-type'], 'Point'],
            paint: { 'circle-radius': 7, 'circle-color': '#c0392b' },
          },
        ]),
      ],
    },
    bounds,
    fitBoundsOptions: { padding: 72 },
  });
  watchMap(map, element);
  const clickable = layers.flatMap(({ id }) => [`${id}-fill`, `${id}-line`, `${id}-circle`]);
  map.on('click', ({ point, lngLat }) => {
    const [hit] = map.queryRenderedFeatures(
      [
        [point.x - 10, point.y - 10],
        [point.x + 10, point.y + 10],
      ],
      { layers: clickable },
    );
    if (hit) openPopup(maplibre, map, [lngLat.lng, lngLat.lat], String(hit.properties['name']));
  });
}

const element = mapElement();
start(element).catch((error: unknown) => failMap(element, error));
