/**
 * Turns a validated story into the GeoJSON the map draws: one collection per geometry kind (so the
 * map needs a handful of layers however many places there are) plus label points.
 */
import type { Feature, FeatureCollection, Geometry, Point } from 'geojson';
import { labelPoint } from '../geo/label-point.ts';
import { placeName } from '../story/text.ts';
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
}

export interface StorySourceData {
  areas: FeatureCollection<Geometry, DrawnPlaceProperties>;
  lines: FeatureCollection<Geometry, DrawnPlaceProperties>;
  points: FeatureCollection<Geometry, DrawnPlaceProperties>;
  labels: FeatureCollection<Point, DrawnPlaceProperties>;
}

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

/**
 * The map's data for an indexed story in one language. `approximateLabel` turns a name into its label for
 * approximate places, e.g. `(name) => name + ' (approximate)'`.
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
  };
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
