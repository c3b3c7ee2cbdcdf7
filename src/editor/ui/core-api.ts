/**
 * The one place the UI reaches into the editor core (src/editor/core), so the components depend
 * on a short list of pure functions.
 */
export {
  eventIdFromTitle,
  eventsNamingPlace,
  explainPlaceRename,
  parseStoryFiles,
  placeIdFromName,
  renamePlace,
  serializeStoryFiles,
  validateDocument,
  type Problem,
  type StoryDocument,
} from '../core/index.ts';
export { exportEventsCsv, exportZip, parseEventsTable, placesFromFile } from '../core/index.ts';
