/**
 * Turns a validated story into the GeoJSON the map draws: one collection per geometry kind (so the
 * map needs a handful of layers however many places there are) plus label points.
 */
import type { Feature, FeatureCollection, Geometry, Point } from 'geojson';
import { boundsOf, centerOf, type Bbox } from '../geo/bounds.ts';
import { labelPoint } from '../geo/label-point.ts';
import { layerTitle, placeName } from '../story/text.ts';
import type { StoryIndex } from '../story/queries.ts';
import type { LanguageCode } from '../story/types.ts';

export type GeometryKind = 'point' | 'line' | 'area';

/** Properties of every feature the map draws for a story. */
export interface DrawnPlaceProperties {
  /** The place's feature id: MapLibre's `promoteId` and the key of every lookup. */
  id: string;
  name: string;
  approximate: boolean;
  kind: GeometryKind;
  /** Label text, e.g. "Camp David (approximate)". */
  label: string;
  /** Lower ranks win label collisions: places with more events first. */
  rank: number;
  /** At world zooms the place's layer is labelled instead of the place (see `groupLabels`). */
  grouped: boolean;
}

/** A label for a whole layer whose places sit close together, e.g. "Washington". */
export interface GroupLabelProperties {
  id: string;
  label: string;
  /**
   * MapLibre `text-anchor`: groups east of the story's centre are labelled on their west side
   * and the others on their east side, so labels point inwards and stay on a narrow map.
   */
  anchor: 'left' | 'right';
}

export interface StorySourceData {
  areas: FeatureCollection<Geometry, DrawnPlaceProperties>;
  lines: FeatureCollection<Geometry, DrawnPlaceProperties>;
  points: FeatureCollection<Geometry, DrawnPlaceProperties>;
  labels: FeatureCollection<Point, DrawnPlaceProperties>;
  groupLabels: FeatureCollection<Point, GroupLabelProperties>;
}

/**
 * A layer whose places fit in this many degrees each way is labelled as one group at world zooms,
 * where its places' own labels would pile up on each other.
 */
export const GROUP_SPAN_DEGREES = 6;

/** The kind of mark a geometry is drawn as. */
export function geometryKind(geometry: Geometry): GeometryKind {
  switch (geometry.type) {
    case 'Point':
    case 'MultiPoint':
      return 'point';
    case 'LineString':
    case 'MultiLineString':
      return 'line';
    default:
      return 'area';
  }
}

/** Whether `lng` lies east of `referenceLng` the short way round. */
function isEastOf(lng: number, referenceLng: number): boolean {
  const delta = ((((lng - referenceLng) % 360) + 540) % 360) - 180;
  return delta > 0;
}

function isCompact([west, south, east, north]: Bbox): boolean {
  const lngSpan = east >= west ? east - west : east + 360 - west;
  return lngSpan <= GROUP_SPAN_DEGREES && north - south <= GROUP_SPAN_DEGREES;
}

/**
 * The map's data for an indexed story in one language. `approximateLabel` turns a name into its
 * label for approximate places, e.g. `(name) => name + ' (approximate)'`.
 */
export function buildStorySources(
  index: StoryIndex,
  language: LanguageCode,
  approximateLabel: (name: string) => string,
): StorySourceData {
  const collections: StorySourceData = {
    areas: { type: 'FeatureCollection', features: [] },
    lines: { type: 'FeatureCollection', features: [] },
    points: { type: 'FeatureCollection', features: [] },
    labels: { type: 'FeatureCollection', features: [] },
    groupLabels: { type: 'FeatureCollection', features: [] },
  };
  const grouped = new Set<string>();
  const storyBounds = boundsOf(index.places.map((place) => place.geometry));
  const storyCenterLng = storyBounds ? centerOf(storyBounds)[0] : 0;
  for (const layer of index.story.layers) {
    const bbox = boundsOf(layer.features.features.map((place) => place.geometry));
    if (!bbox || !isCompact(bbox)) continue;
    for (const place of layer.features.features) grouped.add(place.id);
    const center = centerOf(bbox);
    collections.groupLabels.features.push({
      type: 'Feature',
      id: `layer:${layer.id}`,
      geometry: { type: 'Point', coordinates: center },
      properties: {
        id: `layer:${layer.id}`,
        label: layerTitle(layer, language, index.story.language).text,
        anchor: isEastOf(center[0], storyCenterLng) ? 'right' : 'left',
      },
    });
  }
  const target = { point: collections.points, line: collections.lines, area: collections.areas };
  for (const place of index.places) {
    const name = placeName(place, language);
    const approximate = place.properties.approximate === true;
    const kind = geometryKind(place.geometry);
    const properties: DrawnPlaceProperties = {
      id: place.id,
      name,
      approximate,
      kind,
      label: approximate ? approximateLabel(name) : name,
      rank: -(index.eventsByPlace.get(place.id)?.length ?? 0),
      grouped: grouped.has(place.id),
    };
    const drawn: Feature<Geometry, DrawnPlaceProperties> = {
      type: 'Feature',
      id: place.id,
      geometry: place.geometry,
      properties,
    };
    target[kind].features.push(drawn);
    collections.labels.features.push({
      type: 'Feature',
      id: place.id,
      geometry: { type: 'Point', coordinates: labelPoint(place.geometry) },
      properties,
    });
  }
  return collections;
}
