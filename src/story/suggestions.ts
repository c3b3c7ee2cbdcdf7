/**
 * "Did you mean" material: the nearest known name to a misspelt one, a slug for a title, a
 * well-formed spelling of a date.
 */
import { explainDateError } from './dates.ts';

/** Edit distance between two strings (insertions, deletions, substitutions). */
export function levenshtein(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** The candidate nearest to `word` (case-insensitive) within `maxDistance` edits, if any. */
export function closestMatch(
  word: string,
  candidates: Iterable<string>,
  maxDistance: number,
): string | undefined {
  let best: string | undefined;
  let bestDistance = maxDistance + 1;
  const lower = word.toLowerCase();
  for (const candidate of candidates) {
    const distance = levenshtein(lower, candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** A slug close to `text`: lowercase ASCII letters and digits joined by single hyphens. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** A well-formed spelling of a date written with other separators or without zero padding. */
export function guessDate(text: string, dayRequired: boolean): string | undefined {
  const match = /^\s*(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?\s*$/.exec(text);
  if (!match?.[1]) return undefined;
  const parts = [match[1], match[2], match[3]].filter((part) => part !== undefined);
  if (dayRequired && parts.length < 3) return undefined;
  const guess = parts.map((part, i) => (i === 0 ? part : part.padStart(2, '0'))).join('-');
  return explainDateError(guess) === undefined && guess !== text ? guess : undefined;
}
