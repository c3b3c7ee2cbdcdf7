/**
 * Drafts in IndexedDB: every change is kept as it is made, so a reload, a crash or a closed tab
 * brings the work back. One draft per story, cleared when it is saved.
 */
import { del, get, set } from 'idb-keyval';
import type { StoryDocument } from './core-api.ts';

export interface Draft {
  doc: StoryDocument;
  /** The version of the files on disk the draft was started from. */
  baseVersion: string;
  /** When it was written (ms since 1970). */
  savedAt: number;
}

const key = (storyId: string) => `event-map-editor:draft:${storyId}`;

export const readDraft = (storyId: string) => get<Draft>(key(storyId));
export const writeDraft = (storyId: string, draft: Draft) => set(key(storyId), draft);
export const dropDraft = (storyId: string) => del(key(storyId));
