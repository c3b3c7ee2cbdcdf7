/**
 * Taking a story out again: the whole folder as a zip, and the events as a CSV table that
 * `parseEventsTable` (and `npm run import`) reads back.
 */
import { strToU8, zipSync } from 'fflate';
import Papa from 'papaparse';
import { serializeStoryFiles, type StoryDocument } from './document.ts';

/** A fixed date for every zip entry, so the same story always gives the same zip bytes. */
const ZIP_TIME = new Date(2000, 0, 1);

/** The story folder's files, as saved, in a zip under `<storyId>/`. */
export function exportZip(doc: StoryDocument, storyId: string): Uint8Array {
  const entries: Record<string, [Uint8Array, { mtime: Date }]> = {};
  for (const [name, text] of Object.entries(serializeStoryFiles(doc))) {
    entries[`${storyId}/${name}`] = [strToU8(text), { mtime: ZIP_TIME }];
  }
  return zipSync(entries, { level: 6 });
}

/** Columns in the order written; the import reads the same headers. */
export const EVENT_CSV_COLUMNS = [
  'id',
  'date',
  'end',
  'title',
  'title_ko',
  'title_ja',
  'summary',
  'summary_ko',
  'summary_ja',
  'note',
  'note_ko',
  'note_ja',
  'places',
  'source title',
  'source url',
] as const;

function text(value: unknown): string {
  return typeof value === 'string'
    ? value
    : value === undefined || value === null
      ? ''
      : JSON.stringify(value);
}

/**
 * The events as CSV (UTF-8, comma, CRLF as RFC 4180 asks): places joined by "; ", several sources
 * one per line in their cells.
 */
export function exportEventsCsv(doc: StoryDocument): string {
  const events = Array.isArray(doc.story.events)
    ? (doc.story.events as Record<string, unknown>[])
    : [];
  const rows = events.map((event) => {
    const sources = Array.isArray(event.sources)
      ? (event.sources as Record<string, unknown>[])
      : [];
    return EVENT_CSV_COLUMNS.map((column) => {
      if (column === 'places')
        return Array.isArray(event.places) ? event.places.map(text).join('; ') : '';
      if (column === 'source title') return sources.map((s) => text(s.title)).join('\n');
      if (column === 'source url') return sources.map((s) => text(s.url)).join('\n');
      return text(event[column]);
    });
  });
  return Papa.unparse({ fields: [...EVENT_CSV_COLUMNS], data: rows }, { newline: '\r\n' }) + '\r\n';
}
