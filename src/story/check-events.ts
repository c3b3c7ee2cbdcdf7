/** Meaning checks on the events of story.json: ids, dates, places and source URLs. */
// Kept so that code importing it from here keeps working; its home is source-urls.ts.
export { explainSourceUrl } from './source-urls.ts';
import { explainDateError, isEndBeforeDate } from './dates.ts';
import { isPlainObject, itemsOf } from './json-values.ts';
import { toPointer } from './pointers.ts';
import type { ProblemReport } from './problems.ts';
import { STORY_FILE } from './read-files.ts';
import { PARTIAL_DATE_PATTERN, SLUG_PATTERN } from './schema.ts';
import { checkSourceUrl } from './source-urls.ts';
import { closestMatch } from './suggestions.ts';
import type { FeatureOrigin } from './check-layers.ts';

/** Meaning checks on events: unique ids, real dates in order, known places, web source URLs. */
export function checkEvents(
  events: unknown,
  features: Map<string, FeatureOrigin> | undefined,
  report: ProblemReport,
) {
  const ids = new Map<string, number>();
  itemsOf(events).forEach((event, i) => {
    if (!isPlainObject(event)) return;
    const at = ['events', i];
    if (typeof event.id === 'string' && SLUG_PATTERN.test(event.id)) {
      const first = ids.get(event.id);
      if (first !== undefined) {
        report.add(
          STORY_FILE,
          toPointer([...at, 'id']),
          `event id "${event.id}" is already used by /events/${first}: give each event its own id`,
        );
      } else ids.set(event.id, i);
    }
    checkEventDates(event, at, report);
    if (features) checkEventPlaces(event.places, at, features, report);
    itemsOf(event.sources).forEach((source, j) => {
      const url = isPlainObject(source) ? source.url : undefined;
      if (typeof url !== 'string') return;
      const { error, warning } = checkSourceUrl(url);
      // Pointers are built only for a problem: 10,000 events cite some 13,000 sources.
      if (error) report.add(STORY_FILE, toPointer([...at, 'sources', j, 'url']), error);
      if (warning) {
        report.add(STORY_FILE, toPointer([...at, 'sources', j, 'url']), warning, 'warning');
      }
    });
  });
}

function checkEventDates(
  event: Record<string, unknown>,
  at: (string | number)[],
  report: ProblemReport,
) {
  const dates: Record<'date' | 'end', string | undefined> = { date: undefined, end: undefined };
  for (const key of ['date', 'end'] as const) {
    const value = event[key];
    if (typeof value !== 'string' || !PARTIAL_DATE_PATTERN.test(value)) continue;
    const reason = explainDateError(value);
    if (reason)
      report.add(
        STORY_FILE,
        toPointer([...at, key]),
        `"${key}" ${JSON.stringify(value)} ${reason}`,
      );
    else dates[key] = value;
  }
  if (dates.date && dates.end && isEndBeforeDate(dates.date, dates.end)) {
    report.add(
      STORY_FILE,
      toPointer([...at, 'end']),
      `"end" "${dates.end}" is before "date" "${dates.date}": swap them, or correct the end`,
    );
  }
}

function checkEventPlaces(
  places: unknown,
  at: (string | number)[],
  features: Map<string, FeatureOrigin>,
  report: ProblemReport,
) {
  const seen = new Set<string>();
  itemsOf(places).forEach((place, k) => {
    if (typeof place !== 'string') return;
    // Built only for a problem: 10,000 events name some 15,000 places.
    const pointer = () => toPointer([...at, 'places', k]);
    if (seen.has(place)) {
      report.add(
        STORY_FILE,
        pointer(),
        `place "${place}" is listed twice: remove the repeat`,
        'warning',
      );
      return;
    }
    seen.add(place);
    if (features.has(place)) return;
    const near = closestMatch(place, features.keys(), 3);
    const origin = near === undefined ? undefined : features.get(near);
    const fix = near
      ? `did you mean "${near}" (in ${origin?.file ?? 'a layer'})?`
      : 'use the "id" of a feature in one of the layers';
    report.add(STORY_FILE, pointer(), `unknown place "${place}": no feature has this id; ${fix}`);
  });
}
