/**
 * Meaning checks on story.json `narrative`: the order of the scrolling story page's cards
 * (`?layout=scroll`), a list of event ids. Its shape (a list of strings, not empty) is the
 * schema's; here: every id names an event of the story, and none is listed twice.
 */
import { isPlainObject, itemsOf } from './json-values.ts';
import { toPointer } from './pointers.ts';
import type { ProblemReport } from './problems.ts';
import { STORY_FILE } from './read-files.ts';
import { SLUG_PATTERN } from './schema.ts';
import { closestMatch } from './suggestions.ts';

/** Edits within which a narrative entry is taken for a misspelt event id ("did you mean"). */
const SUGGESTION_EDITS = 3;

/** Unknown and repeated event ids in `narrative`, one problem each, with the fix. */
export function checkNarrative(narrative: unknown, events: unknown, report: ProblemReport) {
  if (!Array.isArray(narrative)) return;
  const eventIds = new Set(
    itemsOf(events).flatMap((event) =>
      isPlainObject(event) && typeof event.id === 'string' && SLUG_PATTERN.test(event.id)
        ? [event.id]
        : [],
    ),
  );
  const firstAt = new Map<string, number>();
  narrative.forEach((id: unknown, i) => {
    if (typeof id !== 'string') return;
    const pointer = toPointer(['narrative', i]);
    const first = firstAt.get(id);
    if (first !== undefined) {
      report.add(
        STORY_FILE,
        pointer,
        `event "${id}" is already listed at /narrative/${first}: list each event once`,
      );
      return;
    }
    firstAt.set(id, i);
    if (eventIds.has(id)) return;
    const near = closestMatch(id, eventIds, SUGGESTION_EDITS);
    const fix = near
      ? `did you mean "${near}"?`
      : `use the "id" of one of the events${eventIds.size === 0 ? ' (the story has none yet)' : ''}`;
    report.add(STORY_FILE, pointer, `unknown event "${id}": no event has this id; ${fix}`);
  });
}
