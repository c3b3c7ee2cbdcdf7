/**
 * The ncg-2024 story read straight from its files, independently of the app's loader, so browser
 * tests compare what the page shows with what the editor wrote.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface RawPlace {
  id: string;
  name: string;
  approximate: boolean;
  geometry: { type: string; coordinates: unknown };
}

export interface RawEvent {
  id: string;
  date: string;
  end?: string;
  title: string;
  places: string[];
  sources: { title: string; url: string }[];
}

const folder = 'geo/stories/ncg-2024';
const story = JSON.parse(readFileSync(join(folder, 'story.json'), 'utf8')) as {
  layers: { file: string }[];
  events: RawEvent[];
};

export const places: RawPlace[] = story.layers.flatMap(({ file }) =>
  (
    JSON.parse(readFileSync(join(folder, file), 'utf8')) as {
      features: {
        id: string;
        properties: { name: string; approximate?: boolean };
        geometry: RawPlace['geometry'];
      }[];
    }
  ).features.map((feature) => ({
    id: feature.id,
    name: feature.properties.name,
    approximate: feature.properties.approximate === true,
    geometry: feature.geometry,
  })),
);

/** Events of a place in date order (the story file lists them in date order already). */
export function eventsOf(placeId: string): RawEvent[] {
  return [...story.events]
    .filter((event) => event.places.includes(placeId))
    .sort((a, b) => a.date.localeCompare(b.date));
}

export const events = story.events;

/** A spot a reader would click on to hit the place: the point, or the middle of the area. */
export function clickTarget(place: RawPlace): { lng: number; lat: number } {
  if (place.geometry.type === 'Point') {
    const [lng, lat] = place.geometry.coordinates as [number, number];
    return { lng, lat };
  }
  const ring = (place.geometry.coordinates as [number, number][][])[0] ?? [];
  const lngs = ring.map(([lng]) => lng);
  const lats = ring.map(([, lat]) => lat);
  return {
    lng: (Math.min(...lngs) + Math.max(...lngs)) / 2,
    lat: (Math.min(...lats) + Math.max(...lats)) / 2,
  };
}
