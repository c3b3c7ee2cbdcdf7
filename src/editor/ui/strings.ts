/**
 * The editor's UI text: English here, Korean and Japanese in their own files, which must hold
 * the same keys (`EditorStrings`). Story text comes from the story.
 */
import type { LanguageCode } from '../../story/types.ts';
import { JA } from './strings-ja.ts';
import { KO } from './strings-ko.ts';

export const EN = {
  appTitle: 'Story editor',
  language: 'Language',
  stories: 'Stories',
  newStory: 'New story',
  newStoryId: 'Story id (lowercase letters, digits and hyphens)',
  create: 'Create',
  open: 'Open',
  problemCount: (n: number) => (n === 0 ? 'no problems' : n === 1 ? '1 problem' : `${n} problems`),
  back: 'All stories',
  save: 'Save',
  saving: 'Saving…',
  saved: 'Saved',
  unsaved: 'Unsaved changes (kept as a draft in this browser)',
  savedWithProblems: 'Saved, with problems: npm run build refuses the story until they are fixed',
  draftRestored: 'Your unsaved draft was restored.',
  discardDraft: 'Discard draft',
  undo: 'Undo',
  redo: 'Redo',
  changedOnDisk: 'The files changed on disk since you opened them (another editor or a git pull).',
  reloadTheirs: 'Reload theirs',
  keepMine: 'Keep mine',
  story: 'Story',
  places: 'Places',
  events: 'Events',
  problems: 'Problems',
  noProblems: 'No problems: the story is ready to publish.',
  preview: 'Reader preview (as saved)',
  map: 'Map: draw and edit places',
  title: 'Title',
  summary: 'Summary',
  note: 'Note',
  credit: 'Credit',
  inKorean: (label: string) => `${label} (Korean)`,
  inJapanese: (label: string) => `${label} (Japanese)`,
  drawPoint: 'Draw point',
  drawLine: 'Draw line',
  drawPolygon: 'Draw polygon',
  select: 'Select and edit',
  addPart: 'Next shape adds a part to this place',
  drawHint:
    'Click the map to draw. A line ends on a click on its last point, a polygon on its first.',
  pointByCoordinates: 'Add a point by coordinates',
  longitude: 'Longitude',
  latitude: 'Latitude',
  addPoint: 'Add point',
  addAtCentre: 'Add point at map centre',
  layer: 'Layer',
  newLayer: 'New layer',
  placeId: 'Id',
  name: 'Name',
  description: 'Description',
  approximate: 'Approximate (drawn dashed)',
  coordinates: 'Coordinates (GeoJSON)',
  applyCoordinates: 'Apply coordinates',
  deletePlace: 'Delete place',
  confirmDeletePlace: (id: string, events: string[]) =>
    `Events name “${id}”: ${events.join(', ')}. Delete it and remove it from them?`,
  noPlaceSelected: 'Select a place in the list or on the map, or draw one.',
  newPlaceName: (n: number) => `Place ${n}`,
  addEvent: 'Add event',
  duplicate: 'Duplicate',
  deleteEvent: 'Delete event',
  eventDeleted: 'Event deleted.',
  date: 'Date (YYYY, YYYY-MM or YYYY-MM-DD)',
  end: 'End (optional)',
  eventPlaces: 'Places',
  pickOnMap: 'Pick places on the map',
  stopPicking: 'Done picking',
  sources: 'Sources',
  sourceTitle: 'Source title',
  sourceUrl: 'Source URL',
  addSource: 'Add source',
  removeSource: 'Remove source',
  newEventTitle: 'New event',
  importEvents: 'Import events (CSV/TSV)',
  importPlaces: 'Import places (GeoJSON, KML, GPX)',
  pasteHere: 'Or paste rows from a spreadsheet, with the header row',
  chooseFile: 'File',
  previewRows: 'Preview',
  row: 'Row',
  rowOk: 'ready',
  addRows: (n: number) => `Add ${n} ${n === 1 ? 'event' : 'events'}`,
  rowsSkipped: (n: number) =>
    `${n} ${n === 1 ? 'row has' : 'rows have'} problems and will not be added`,
  cancel: 'Cancel',
  close: 'Close',
  exportZip: 'Download story folder (zip)',
  exportCsv: 'Download events (CSV)',
  errorPrefix: 'Error',
  warningPrefix: 'warning',
  loading: 'Loading…',
  storyHasProblems: 'has problems',
};

export type EditorStrings = typeof EN;

const ALL: Record<LanguageCode, EditorStrings> = { en: EN, ko: KO, ja: JA };

export function editorStrings(language: LanguageCode): EditorStrings {
  return ALL[language];
}

/** The editor's language: `?lang=` if given, else the browser's first language we speak. */
export function initialLanguage(search: string, languages: readonly string[]): LanguageCode {
  const asked = new URLSearchParams(search).get('lang');
  for (const tag of [asked, ...languages]) {
    const code = tag?.slice(0, 2).toLowerCase();
    if (code === 'en' || code === 'ko' || code === 'ja') return code;
  }
  return 'en';
}
