/**
 * What the bench does to a story, chosen from the story itself so any story can be measured: the
 * place whose popup is the heaviest (the most events), where to click it, and a date range.
 */
import type { Geometry } from 'geojson';
import { labelPoint } from '../../src/geo/label-point.ts';
import { firstDay, lastDay } from '../../src/story/dates.ts';
import type { StoryIndex } from '../../src/story/queries.ts';
import { placeName } from '../../src/story/text.ts';
import type { LanguageCode } from '../../src/story/types.ts';
import type { ClickTarget } from './visit.ts';

/** The place with the most events (the first in story order on a tie); null for no places. */
export function busiestPlaceId(index: StoryIndex): string | null {
  let best: string | null = null;
  let bestCount = -1;
  for (const place of index.places) {
    const count = index.eventsByPlace.get(place.id)?.length ?? 0;
    if (count > bestCount) {
      best = place.id;
      bestCount = count;
    }
  }
  return best;
}

/**
 * A spot on a geometry that a click hits, and a zoom that shows it: a point itself (the first of
 * a MultiPoint), a vertex of a line (a line is drawn straight between vertices, so its middle by
 * distance may miss it by pixels), or the pole of inaccessibility of an area.
 */
export function clickSpot(geometry: Geometry): { lng: number; lat: number; zoom: number } {
  switch (geometry.type) {
    case 'Point': {
      const [lng = 0, lat = 0] = geometry.coordinates;
      return { lng, lat, zoom: 12 };
    }
    case 'MultiPoint': {
      const [lng = 0, lat = 0] = geometry.coordinates[0] ?? [];
      return { lng, lat, zoom: 12 };
    }
    case 'LineString':
    case 'MultiLineString': {
      const line = geometry.type === 'LineString' ? geometry.coordinates : geometry.coordinates[0];
      const vertex = line?.[Math.floor((line.length - 1) / 2)] ?? [0, 0];
      return { lng: vertex[0] ?? 0, lat: vertex[1] ?? 0, zoom: 9 };
    }
    default: {
      const [lng, lat] = labelPoint(geometry);
      return { lng, lat, zoom: 7 };
    }
  }
}

/** The busiest place of a story as a click target, with the name its popup shows in English. */
export function busiestPlaceTarget(
  index: StoryIndex,
  language: LanguageCode = 'en',
): ClickTarget | null {
  const id = busiestPlaceId(index);
  const place = id === null ? undefined : index.placeById.get(id);
  if (!place) return null;
  // As the popup's heading shows it on a page in `language`.
  const name = placeName(place, language);
  return { id: place.id, name, ...clickSpot(place.geometry) };
}

/**
 * The middle half of the story's time span (from a quarter to three quarters), as full days: a
 * range that hides events at both ends, so a filter has work to do whichever way it is built.
 */
export function middleDateRange(index: StoryIndex): { from: string; to: string } | null {
  const events = index.story.events;
  if (events.length === 0) return null;
  const days = events.flatMap((event) => [
    Date.parse(firstDay(event.date)),
    Date.parse(lastDay(event.end ?? event.date)),
  ]);
  const first = Math.min(...days);
  const span = Math.max(...days) - first;
  const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  return { from: day(first + span / 4), to: day(first + (span * 3) / 4) };
}
