/**
 * Public API of the story module: load and validate a story folder, partial dates, and
 * translated text. Everything here is pure and runs in Node and in the browser.
 */
export type * from './types.ts';
export { loadStory, type LoadStoryOptions } from './load-story.ts';
export { isRefusedFile, RefusedFile, STORY_FILE, type ReadStoryFile } from './read-files.ts';
export {
  explainFileTooLarge,
  MAX_EVENTS,
  MAX_FEATURES,
  MAX_LAYER_FILE_BYTES,
  MAX_STORY_BYTES,
  MAX_STORY_FILE_BYTES,
} from './limits.ts';
export { countProblems, MAX_PROBLEMS_PER_FILE } from './problems.ts';
export { sortEvents } from './build-story.ts';
export { explainLayerFileName } from './check-layers.ts';
export { explainListingUrl, explainSourceUrl } from './source-urls.ts';
export {
  compareDates,
  daysInMonth,
  dateTimeAttribute,
  explainDateError,
  firstDay,
  formatDate,
  formatDateRange,
  isEndBeforeDate,
  isPartialDate,
  lastDay,
  parsePartialDate,
  type DatePrecision,
  type PartialDate,
} from './dates.ts';
export {
  eventText,
  layerTitle,
  placeName,
  placeText,
  storyText,
  type LocalizedText,
} from './text.ts';
export { parseJsonText, lineAndColumn, type JsonTextResult } from './json-text.ts';
export { explainPosition } from './check-geometry.ts';
export { signedArea, MAX_KINK_CHECK_POSITIONS } from './check-polygon.ts';
export {
  DAY_PATTERN,
  EventSchema,
  FeatureSchema,
  GEOMETRY_TYPES,
  GeometrySchema,
  LANGUAGES,
  LayerEntrySchema,
  LayerFileSchema,
  PARTIAL_DATE_PATTERN,
  PlacePropertiesSchema,
  SLUG_PATTERN,
  SourceSchema,
  StoryFileSchema,
} from './schema.ts';
// Timeline and place lookups over a loaded story (queries.ts).
export * from './queries.ts';
// Days, date ranges and stepping through events (timeline.ts).
export * from './timeline.ts';
