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
      const hidden = drafts.length - shown.length;
      if (hidden > 0) {
        shown.push({
          pointer: '',
          message: `${hidden} more problems in this file are not listed: fix the ones above and run again`,
          severity: drafts.slice(MAX_PROBLEMS_PER_FILE).some((d) => d.severity === 'error')
            ? 'error'
            : 'warning',
        });
      }
      return shown.map((draft) => ({ file: this.path(file), ...draft }));
    });
  }
}

function rankFile(file: string): number {
  return file === STORY_FILE ? 0 : 1;
}
