/**
 * The scrolling story page (`?layout=scroll`) without the DOM: which events get a card and in what
 * order, which card the reader is at, and where the map sits while the page scrolls in a frame.
 */
import type { Story, StoryEvent } from '../story/types.ts';

/**
 * The events that get a card, in order: the story's `narrative` (ids the validator checked; an id
 * it lacks is skipped, not guessed), else every event in date order.
 */
export function cardEvents(story: Pick<Story, 'events' | 'narrative'>): StoryEvent[] {
  if (!story.narrative) return story.events;
  const byId = new Map(story.events.map((event) => [event.id, event]));
  return story.narrative.flatMap((id) => byId.get(id) ?? []);
}

/** A card's top and bottom edge, in pixels, in the same coordinates as the reading line. */
export interface CardSpan {
  top: number;
  bottom: number;
}

/**
 * The card the reader is at: the last whose top has passed the reading line (a line across the
 * visible part of the page, e.g. its middle), so a card stays current through the gap after it
 * until the next one reaches the line. -1 while the line is above every card (the title is in
 * view). `cards` are in page order.
 */
export function currentCardIndex(cards: readonly CardSpan[], lineY: number): number {
  let current = -1;
  for (const [i, card] of cards.entries()) {
    if (card.top > lineY) break;
    current = i;
  }
  return current;
}

/** The part of the page the reader sees, top and bottom in the page's own pixels. */
export interface VisibleBand {
  top: number;
  bottom: number;
}

/** Where the reading line is, as a share of the visible band from its top. */
export const READING_LINE_SHARE = 0.5;
/** On a phone the map covers the band's top part, so the line sits lower, under the map. */
export const PHONE_READING_LINE_SHARE = 0.75;

/** The reading line across a visible band. */
export function readingLine(band: VisibleBand, share: number): number {
  return band.top + (band.bottom - band.top) * share;
}

/**
 * How far down its column a map `mapHeightPx` tall moves so that it stays in the visible band
 * (CSS `sticky`, done by hand in a frame whose host scrolls the page: inside an iframe as tall as
 * its content, `position: sticky` never sticks). `columnTop` and `columnHeight` place the
 * column it moves in; the map never leaves it.
 */
export function stickyOffset(
  band: VisibleBand,
  columnTop: number,
  columnHeight: number,
  mapHeightPx: number,
): number {
  const wanted = band.top - columnTop;
  return Math.max(0, Math.min(wanted, columnHeight - mapHeightPx));
}
