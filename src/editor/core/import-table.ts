/**
 * Events from a table: a CSV or TSV file, or cells pasted from a spreadsheet (papaparse guesses
 * the delimiter). Columns are matched by header, ignoring case, spacing, `_` and `-`. Each row
 * becomes an event or a list of what is wrong with it, so nothing is added half-checked.
 */
import Papa from 'papaparse';
import { explainDateError, explainSourceUrl, isEndBeforeDate } from '../../story/index.ts';
import { closestMatch } from '../../story/problems.ts';
import type { StoryDocument } from './document.ts';
import { eventIdFromTitle, eventIds } from './ids.ts';

/** One data row of the table. */
export interface ImportedRow {
  /** The row's number as a spreadsheet shows it: the header is row 1, the first event row 2. */
  line: number;
  /** The event, when the row has no problem. */
  event?: Record<string, unknown>;
  /** What is wrong with the row, one sentence each with the fix. */
  problems: string[];
}

export interface ImportedTable {
  rows: ImportedRow[];
  /** Problems of the table as a whole (no header, a column nobody reads), not of one row. */
  tableProblems: string[];
}

/** Columns read, by normalised header; a cell of "places" or "source …" may hold several values. */
const COLUMNS = [
  'id',
  'date',
  'end',
  'title',
  'title ko',
  'title ja',
  'summary',
  'summary ko',
  'summary ja',
  'note',
  'note ko',
  'note ja',
  'places',
  'source title',
  'source url',
] as const;
type Column = (typeof COLUMNS)[number];

/** `Source URL`, `source_url`, ` SOURCE-URL ` → `source url`. */
export function normalizeHeader(header: string): string {
  return header
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ');
}

/** Places in a cell are separated by `;`; sources (title and url) one per line of their cells. */
const splitPlaces = (cell: string) =>
  cell
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);
const splitLines = (cell: string) =>
  cell
    .split(/\r?\n/)
    .map((s) => s.trim())
    .filter(Boolean);

interface PlaceName {
  id: string;
  name: string;
}

function placesOf(doc: StoryDocument): PlaceName[] {
  return Object.values(doc.layers).flatMap((layer) =>
    layer.features.flatMap((f) => {
      if (typeof f.id !== 'string') return [];
      const name = f.properties?.name;
      return [{ id: f.id, name: typeof name === 'string' ? name : '' }];
    }),
  );
}

/** A place given by id or exact name → its id, or a sentence saying it is unknown. */
function resolvePlace(
  given: string,
  places: readonly PlaceName[],
): { id: string } | { problem: string } {
  const byId = places.find((p) => p.id === given);
  if (byId) return { id: byId.id };
  const byName = places.filter((p) => p.name === given);
  if (byName.length === 1 && byName[0]) return { id: byName[0].id };
  if (byName.length > 1) {
    return {
      problem: `place name "${given}" is used by ${byName.map((p) => `"${p.id}"`).join(' and ')}: write the id instead`,
    };
  }
  const guess = closestMatch(given, places.flatMap((p) => [p.id, p.name]).filter(Boolean), 3);
  const hint = guess
    ? `; did you mean "${guess}"?`
    : ': add the place first, or use the id of one that exists';
  return { problem: `no place has the id or name "${given}"${hint}` };
}

/**
 * Reads the table into rows, each an event ready to add or the problems that keep it out.
 * Event ids are made from titles, unique in the story and among the table's rows.
 */
export function parseEventsTable(text: string, doc: StoryDocument): ImportedTable {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const parsed = Papa.parse<string[]>(body, { skipEmptyLines: false });
  const records = parsed.data;
  const tableProblems: string[] = [];
  const header = records[0];
  if (!header || header.every((cell) => cell.trim() === '')) {
    return {
      rows: [],
      tableProblems: [
        'the table is empty: the first row must name the columns (date, title, summary, places, source title, source url)',
      ],
    };
  }
  const columnIndex = new Map<Column, number>();
  header.forEach((cell, i) => {
    const name = normalizeHeader(cell);
    if ((COLUMNS as readonly string[]).includes(name)) {
      if (!columnIndex.has(name as Column)) columnIndex.set(name as Column, i);
    } else if (name !== '') {
      tableProblems.push(
        `column "${cell.trim()}" is not read: the columns are ${COLUMNS.join(', ')}`,
      );
    }
  });
  const places = placesOf(doc);
  const taken = new Set(eventIds(doc));
  const rows: ImportedRow[] = [];
  records.slice(1).forEach((record, i) => {
    if (record.every((cell) => cell.trim() === '')) return;
    const cell = (column: Column) => {
      const index = columnIndex.get(column);
      return index === undefined ? '' : (record[index] ?? '').trim();
    };
    const row = readRow(cell, places, taken);
    if (row.event) taken.add(String(row.event.id));
    rows.push({ line: i + 2, ...row });
  });
  return { rows, tableProblems };
}

function readRow(
  cell: (column: Column) => string,
  places: readonly PlaceName[],
  taken: ReadonlySet<string>,
): Omit<ImportedRow, 'line'> {
  const problems: string[] = [];
  const title = cell('title');
  if (!title) problems.push('has no title: write the event headline in the "title" column');
  const summary = cell('summary');
  if (!summary) problems.push('has no summary: write one or two sentences in the "summary" column');

  const date = cell('date');
  const dateError = date ? explainDateError(date) : undefined;
  if (!date) problems.push('has no date: write YYYY, YYYY-MM or YYYY-MM-DD in the "date" column');
  else if (dateError) problems.push(`date "${date}" ${dateError}`);
  const end = cell('end');
  const endError = end ? explainDateError(end) : undefined;
  if (endError) problems.push(`end "${end}" ${endError}`);
  if (date && end && !dateError && !endError && isEndBeforeDate(date, end)) {
    problems.push(`end "${end}" is before date "${date}": swap them or fix one`);
  }

  const placeIds: string[] = [];
  const givenPlaces = splitPlaces(cell('places'));
  if (givenPlaces.length === 0)
    problems.push(
      'lists no place: write place ids or names in the "places" column, separated by ";"',
    );
  for (const given of givenPlaces) {
    const found = resolvePlace(given, places);
    if ('id' in found) {
      if (!placeIds.includes(found.id)) placeIds.push(found.id);
    } else problems.push(found.problem);
  }

  const titles = splitLines(cell('source title'));
  const urls = splitLines(cell('source url'));
  if (urls.length === 0)
    problems.push('has no source: write its address in the "source url" column');
  if (titles.length !== urls.length && urls.length > 0) {
    problems.push(
      `has ${urls.length} source urls but ${titles.length} source titles: give each source a title, one per line`,
    );
  }
  for (const url of urls) {
    const urlError = explainSourceUrl(url);
    if (urlError) problems.push(`source ${urlError.replace(/^"url" /, 'url ')}`);
  }

  const givenId = cell('id');
  if (givenId && !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(givenId)) {
    problems.push(
      `id "${givenId}" must use only lowercase letters, digits and hyphens, or be left empty`,
    );
  } else if (givenId && taken.has(givenId)) {
    problems.push(
      `id "${givenId}" is taken by another event: change it, or leave it empty to make one from the title`,
    );
  }
  if (problems.length > 0) return { problems };

  const event: Record<string, unknown> = {
    id: givenId || eventIdFromTitle(title, taken),
    date,
    ...(end ? { end } : {}),
  };
  for (const field of [
    'title',
    'title ko',
    'title ja',
    'summary',
    'summary ko',
    'summary ja',
  ] as const) {
    const value = cell(field);
    if (value) event[field.replace(' ', '_')] = value;
  }
  event.places = placeIds;
  event.sources = urls.map((url, i) => ({ title: titles[i] ?? '', url }));
  for (const field of ['note', 'note ko', 'note ja'] as const) {
    const value = cell(field);
    if (value) event[field.replace(' ', '_')] = value;
  }
  return { event, problems: [] };
}
