/** Where the validator's problems belong in the editor's forms. */
import type { Problem } from './core-api.ts';

/** The id of the form field for `file` + `pointer` (file is the bare name, e.g. "story.json"). */
export function fieldId(file: string, pointer: string): string {
  return `field-${file}${pointer}`.replace(/[^A-Za-z0-9_-]+/g, '-');
}

/** The file name without the story prefix the validator puts in front ("ncg-2024/story.json"). */
export function bareFile(problem: Problem): string {
  return problem.file.split('/').pop() ?? problem.file;
}

/** One problem as the CLI prints it: `<file>: <pointer>: <message>`. */
export function cliLine(problem: Problem): string {
  const message = problem.severity === 'warning' ? `warning: ${problem.message}` : problem.message;
  return `${problem.file}: ${problem.pointer}: ${message}`;
}

/** The problems of exactly this field, or of anything inside it when `deep`. */
export function problemsAt(
  problems: readonly Problem[],
  file: string,
  pointer: string,
  deep = false,
): Problem[] {
  return problems.filter(
    (p) =>
      bareFile(p) === file &&
      (p.pointer === pointer || (deep && p.pointer.startsWith(`${pointer}/`))),
  );
}

/** What the problem is about, for jumping to it: an event, a place, or the story. */
export type ProblemTarget =
  | { kind: 'event'; index: number }
  | { kind: 'place'; file: string; index: number }
  | { kind: 'story' };

export function targetOf(problem: Problem): ProblemTarget {
  const file = bareFile(problem);
  const event = /^\/events\/(\d+)/.exec(problem.pointer);
  if (file === 'story.json' && event) return { kind: 'event', index: Number(event[1]) };
  const feature = /^\/features\/(\d+)/.exec(problem.pointer);
  if (file !== 'story.json' && feature) return { kind: 'place', file, index: Number(feature[1]) };
  return { kind: 'story' };
}
