/** Lookups over a validated story, built once so that opening a popup is not a scan. */
import { indexEventSpans, type EventSpanIndex } from './timeline.ts';
import type { Place, Story, StoryEvent } from './types.ts';

export interface StoryIndex {
  story: Story;
  placeById: ReadonlyMap<string, Place>;
  eventById: ReadonlyMap<string, StoryEvent>;
  /** Events of each place, in the story's date order (a place with no event has an empty list). */
  eventsByPlace: ReadonlyMap<string, readonly StoryEvent[]>;
  /** Every place, layer by layer, in file order. */
  places: readonly Place[];
  /** The day spans of `story.events`, for finding the events of a date range by binary search. */
  eventSpans: EventSpanIndex;
}

/** Indexes a story's places and events by id. */
export function indexStory(story: Story): StoryIndex {
  const places = story.layers.flatMap((layer) => layer.features.features);
  const placeById = new Map(places.map((place) => [place.id, place]));
  const eventById = new Map(story.events.map((event) => [event.id, event]));
  const eventsByPlace = new Map<string, StoryEvent[]>(places.map((place) => [place.id, []]));
  // story.events is already in date order, so each place's list is too.
  for (const event of story.events) {
    for (const placeId of event.places) eventsByPlace.get(placeId)?.push(event);
  }
  return {
    story,
    placeById,
    eventById,
    eventsByPlace,
    places,
    eventSpans: indexEventSpans(story.events),
  };
}
