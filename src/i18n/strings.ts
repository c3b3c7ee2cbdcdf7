/** Every piece of UI text, per language. Story text comes from the story, never from here. */
import type { LanguageCode } from '../story/types.ts';

export interface UiStrings {
  loading: string;
  places: string;
  placesHint: string;
  close: string;
  approximate: string;
  /** Label suffix drawn on the map for an approximate place. */
  approximateLabel: (name: string) => string;
  noEvents: string;
  eventCount: (count: number) => string;
  sources: string;
  note: string;
  opensInNewTab: string;
  placesHere: (count: number) => string;
  mapLabel: (title: string) => string;
  mapUnavailable: string;
  storyErrorTitle: string;
  storyErrorIntro: (storyId: string) => string;
  unknownStory: (storyId: string, known: string) => string;
  otherStories: string;
  warnings: string;
  // Publishing (issue 4): static story, embed mode, share panel.
  /** Label before the places of one event in the list. */
  eventPlaces: string;
  /** Link from the static page to the interactive map. */
  openInteractiveMap: string;
  /** Text alternative of the static preview picture. */
  previewAlt: (title: string) => string;
  basemapCredit: string;
  updatedOn: (date: string) => string;
  /** One line above the picture when the map cannot run (no WebGL2, lost context). */
  mapFallback: string;
  /** Embed mode: link that opens the map in its own tab. */
  openFullMap: string;
  /** Embed mode: disclosure that holds the place list. */
  placesAndEvents: string;
  /** MapLibre's cooperative-gesture hints (embed mode). */
  gestureHintWindows: string;
  gestureHintMac: string;
  gestureHintMobile: string;
  share: string;
  shareLink: string;
  embedCode: string;
  embedIframe: string;
  embedPym: string;
  embedSidechain: string;
  embedScrolly: string;
  embedIframeHint: string;
  embedPymHint: string;
  embedSidechainHint: string;
  embedScrollyHint: string;
  copy: string;
  copied: string;
  copyFailed: string;
  // Timeline and event list.
  events: string;
  /** Label of the tabs that switch between the event list and the place list. */
  listsLabel: string;
  timeline: string;
  timelineHint: string;
  /** Label of the focusable axis whose arrow keys step through the events. */
  timelineSlider: string;
  fromDate: string;
  toDate: string;
  previousEvent: string;
  nextEvent: string;
  shownOfTotal: (shown: number, total: number) => string;
  showAllDates: string;
  noEventsInRange: string;
  /** The part of a long event list on screen, e.g. "Events 51–100 of 5,012". */
  eventsShownRange: (first: number, last: number, total: number) => string;
  /** Buttons that add the events before or after the part of a long list on screen. */
  showEarlierEvents: (count: number) => string;
  showLaterEvents: (count: number) => string;
  /** The popup's button that lists every event of a busy place. */
  showAllEvents: (total: number) => string;
  eventPosition: (position: number, total: number) => string;
  noEventChosen: string;
  /** Name of the language switcher. */
  language: string;
  /** Skip link from the top of the page past the map to the list of places. */
  skipToPlaces: string;
  /** The "reset view" map button: frames every place of the story again. */
  resetView: string;
  /** The map's text alternative: what it shows, and how to move it with the keyboard. */
  mapSummary: (summary: MapSummaryText) => string;
  /** Announced (aria-live) when a place's popup opens. */
  placeOpened: (name: string, eventCount: number) => string;
  /** Heading of the printed list of every event. */
  allEvents: string;
  /** Alternative text of the printed static map. */
  printedMapAlt: (title: string) => string;
  /** MapLibre's own control texts (https://maplibre.org/maplibre-gl-js/docs/API/type-aliases/MapOptions/#locale). */
  maplibre: Record<string, string>;
}

/** The facts the map's text alternative gives, already formatted for the reader's language. */
export interface MapSummaryText {
  title: string;
  placeCount: number;
  /** The story's layers as a list in the reader's language ("Seoul, Washington and Singapore"). */
  areas: string;
  eventCount: number;
  /** First and last day of the events, formatted; absent when the story has no events. */
  firstDate?: string;
  lastDate?: string;
}

/** A count with the language's digit grouping ("10,000"). */
export function countText(language: string, value: number): string {
  return value.toLocaleString(language);
}

export const en: UiStrings = {
  loading: 'Loading the map…',
  places: 'Places',
  placesHint: 'Choose a place to read what happened there.',
  close: 'Close',
  approximate: 'Approximate location',
  approximateLabel: (name) => `${name} (approximate)`,
  noEvents: 'No events are tied to this place.',
  eventCount: (count) => (count === 1 ? '1 event' : `${count} events`),
  sources: 'Sources',
  note: 'Note',
  opensInNewTab: '(opens in a new tab)',
  placesHere: (count) => `${count} places here. Choose one:`,
  mapLabel: (title) => `Map: ${title}`,
  mapUnavailable:
    'The interactive map could not start in this browser. The places and their events are listed here.',
  storyErrorTitle: 'This story cannot be shown',
  storyErrorIntro: (storyId) =>
    `The story “${storyId}” has problems. Fix them in its folder and reload:`,
  unknownStory: (storyId, known) =>
    `There is no story called “${storyId}”. Stories available: ${known}.`,
  otherStories: 'Other stories',
  warnings: 'Warnings',
  allEvents: 'All events',
  eventPlaces: 'Where',
  openInteractiveMap: 'Open the interactive map',
  previewAlt: (title) => `Map (picture): ${title}`,
  basemapCredit: 'Basemap: Natural Earth',
  updatedOn: (date) => `Updated ${date}`,
  mapFallback:
    'This browser cannot show the interactive map, so here is a picture of it and every event below.',
  openFullMap: 'Open full map',
  placesAndEvents: 'Places and events',
  gestureHintWindows: 'Use Ctrl + scroll to zoom the map',
  gestureHintMac: 'Use ⌘ + scroll to zoom the map',
  gestureHintMobile: 'Use two fingers to move the map',
  share: 'Share / embed',
  shareLink: 'Link to this view',
  embedCode: 'Embed code',
  embedIframe: 'iframe',
  embedPym: 'pym.js',
  embedSidechain: 'Sidechain',
  embedScrolly: 'Scrollytelling',
  embedIframeHint:
    'Paste into any page, even one that allows no scripts. Its height is fixed; the pym.js and Sidechain codes size the map to fit.',
  embedPymHint:
    'For pages that allow scripts (it loads pym.js from the map’s site): the map sets its own height. Best where pym.js is already in use.',
  embedSidechainHint:
    'For pages that allow scripts (it loads Sidechain from the map’s site): the map sets its own height. Best where Sidechain is already in use.',
  embedScrollyHint:
    'For articles that allow scripts, with paragraphs that move the map as the reader scrolls: the pym.js code and an example step. Mark each paragraph with data-storymap-step.',
  copy: 'Copy',
  copied: 'Copied',
  copyFailed: 'Copying is blocked here: select the text and copy it.',
  events: 'Events',
  listsLabel: 'Events and places',
  timeline: 'Timeline',
  timelineHint:
    'Drag across the timeline to choose dates, or click a month or year. Arrow keys step through the events.',
  timelineSlider: 'Events in date order',
  fromDate: 'From',
  toDate: 'To',
  previousEvent: 'Previous event',
  nextEvent: 'Next event',
  shownOfTotal: (shown, total) => `${shown} of ${total} ${total === 1 ? 'event' : 'events'}`,
  showAllDates: 'Show all dates',
  noEventsInRange: 'No events between these dates.',
  eventsShownRange: (first, last, total) =>
    `Events ${countText('en', first)}–${countText('en', last)} of ${countText('en', total)}`,
  showEarlierEvents: (count) =>
    count === 1 ? 'Show 1 earlier event' : `Show ${countText('en', count)} earlier events`,
  showLaterEvents: (count) =>
    count === 1 ? 'Show 1 later event' : `Show ${countText('en', count)} later events`,
  showAllEvents: (total) => `Show all ${countText('en', total)} events`,
  eventPosition: (position, total) => `Event ${position} of ${total}`,
  noEventChosen: 'No event chosen',
  language: 'Language',
  skipToPlaces: 'Skip to the events and places',
  resetView: 'Show all places',
  mapSummary: ({ title, placeCount, areas, eventCount, firstDate, lastDate }) =>
    `Map: ${title}. ${placeCount === 1 ? '1 place' : `${placeCount} places`} in ${areas}` +
    (firstDate && lastDate
      ? `, with ${eventCount === 1 ? '1 event' : `${eventCount} events`} from ${firstDate} to ${lastDate}. `
      : '. ') +
    'Arrow keys move the map; plus and minus zoom. The places are also listed after the map.',
  placeOpened: (name, eventCount) =>
    `${name}: ${eventCount === 1 ? '1 event' : `${eventCount} events`}.`,
  printedMapAlt: (title) => `Map of the places in “${title}”`,
  maplibre: {
    'Map.Title': 'Map',
    'NavigationControl.ZoomIn': 'Zoom in',
    'NavigationControl.ZoomOut': 'Zoom out',
    'AttributionControl.ToggleAttribution': 'Show or hide map credits',
    'CooperativeGesturesHandler.WindowsHelpText': 'Use Ctrl + scroll to zoom the map',
    'CooperativeGesturesHandler.MacHelpText': 'Use ⌘ + scroll to zoom the map',
    'CooperativeGesturesHandler.MobileHelpText': 'Use two fingers to move the map',
  },
};

/**
 * The UI strings of a language. English is part of the page's code; Korean and Japanese are
 * loaded only by pages in those languages (about 2.5 KB gzip each that an English page skips).
 */
export async function loadUiStrings(language: LanguageCode): Promise<UiStrings> {
  if (language === 'ko') return (await import('./strings-ko.ts')).ko;
  if (language === 'ja') return (await import('./strings-ja.ts')).ja;
  return en;
}
