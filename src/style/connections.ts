/**
 * The lines drawn between the places of the selected event: great circles from each place to the
 * next, in the order the event lists them (an editor lists a route in the order it was travelled).
 */
import type { FeatureCollection, LineString } from 'geojson';
import { greatCircle } from '../geo/great-circle.ts';
import { labelPoint } from '../geo/label-point.ts';
import type { StoryIndex } from '../story/queries.ts';

/** Properties of a connection line. */
export interface ConnectionProperties {
  /** `<event id>:<from place id>:<to place id>`. */
  id: string;
  eventId: string;
  from: string;
  to: string;
}

export type Connections = FeatureCollection<LineString, ConnectionProperties>;

/** No lines: what the map draws when no event with several places is selected. */
export const NO_CONNECTIONS: Connections = { type: 'FeatureCollection', features: [] };

/**
 * Great-circle lines joining an event's places in the order it lists them, between their label
 * points (an area's is inside it); each line is continuous across 180°. Empty for an unknown event
 * or one with a single place.
 */
export function eventConnections(index: StoryIndex, eventId: string | undefined): Connections {
  const event = eventId === undefined ? undefined : index.eventById.get(eventId);
  if (!event || event.places.length < 2) return NO_CONNECTIONS;
  const features: Connections['features'] = [];
  for (let i = 1; i < event.places.length; i++) {
    const from = index.placeById.get(event.places[i - 1] as string);
    const to = index.placeById.get(event.places[i] as string);
    if (!from || !to) continue;
    const id = `${event.id}:${from.id}:${to.id}`;
    features.push({
      type: 'Feature',
      id,
      geometry: {
        type: 'LineString',
        coordinates: greatCircle(labelPoint(from.geometry), labelPoint(to.geometry)),
      },
      properties: { id, eventId: event.id, from: from.id, to: to.id },
    });
  }
  return { type: 'FeatureCollection', features };
}
