/**
 * Problems and their report: a problem is a one-line message tied to a file and a JSON pointer;
 * the report collects them per file and lists them in a fixed order, capped per file.
 */
import { comparePointers } from './pointers.ts';
import { STORY_FILE } from './read-files.ts';
import type { Problem } from './types.ts';

// Kept so that code importing these from here keeps working; their homes are the modules named.
export { childPointer, toPointer } from './pointers.ts';
export { closestMatch, levenshtein, slugify } from './suggestions.ts';
export { describeValue } from './messages.ts';
export { describeIssue, issuesToDrafts } from './issue-messages.ts';

/** A problem before it is tied to a file. */
export interface ProblemDraft {
  pointer: string;
  message: string;
  severity: 'error' | 'warning';
  /** How many problems a summing-up line stands for (see `Problem.count`). */
  count?: number;
}

/** Problems listed per file before the rest are summed up in one line. */
export const MAX_PROBLEMS_PER_FILE = 100;

/** Collects problems per file name, in the order files are first met. */
export class ProblemReport {
  private readonly byFile = new Map<string, ProblemDraft[]>();

  constructor(private readonly prefix: string) {}

  /** The display path of a file of the story folder. */
  path(file: string): string {
    return `${this.prefix}/${file}`;
  }

  add(file: string, pointer: string, message: string, severity: Problem['severity'] = 'error') {
    this.addAll(file, [{ pointer, message, severity }]);
  }

  addAll(file: string, drafts: readonly ProblemDraft[]) {
    const list = this.byFile.get(file) ?? [];
    list.push(...drafts);
    this.byFile.set(file, list);
  }

  hasErrors(): boolean {
    return [...this.byFile.values()].some((list) => list.some((d) => d.severity === 'error'));
  }

  /** Problems sorted by file (story.json first) and pointer, capped per file. */
  problems(): Problem[] {
    const files = [...this.byFile.keys()].sort((a, b) => rankFile(a) - rankFile(b));
    return files.flatMap((file) => {
      const drafts = [...(this.byFile.get(file) ?? [])].sort((a, b) =>
        comparePointers(a.pointer, b.pointer),
      );
      const shown = drafts.slice(0, MAX_PROBLEMS_PER_FILE);
      const hidden = drafts.slice(MAX_PROBLEMS_PER_FILE);
      for (const severity of ['error', 'warning'] as const) {
        const count = countProblems(hidden, severity);
        if (count === 0) continue;
        shown.push({
          pointer: '',
          message:
            `${count} more ${count === 1 ? severity : `${severity}s`} in this file are not listed: ` +
            (severity === 'error' ? 'fix the ones above and run again' : 'see the ones above'),
          severity,
          count,
        });
      }
      return shown.map((draft) => ({ file: this.path(file), ...draft }));
    });
  }
}

/** How many problems of `severity` a list stands for, counting what summing-up lines sum up. */
export function countProblems(
  problems: readonly Pick<Problem, 'severity' | 'count'>[],
  severity: Problem['severity'],
): number {
  return problems.reduce((sum, p) => sum + (p.severity === severity ? (p.count ?? 1) : 0), 0);
}

function rankFile(file: string): number {
  return file === STORY_FILE ? 0 : 1;
}
