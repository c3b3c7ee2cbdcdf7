/**
 * One story open for editing: the document, undo and redo over every edit, the draft kept in
 * IndexedDB on every change, live validation, and saving with the check for changes on disk.
 */
import { ChangedOnDisk, readStory, writeStory, type StoryFiles } from './api.ts';
import {
  parseStoryFiles,
  serializeStoryFiles,
  validateDocument,
  type Problem,
  type StoryDocument,
} from './core-api.ts';
import { dropDraft, readDraft, writeDraft } from './drafts.ts';

/** Edits of one field this close together are one step of undo, not one per keystroke. */
const COALESCE_MS = 1000;
const HISTORY_LIMIT = 500;

export type SaveState = 'clean' | 'dirty' | 'saving' | 'saved';

function docFromFiles(files: Record<string, string>): StoryDocument {
  const parsed = parseStoryFiles(files);
  if ('doc' in parsed) return parsed.doc;
  throw new Error(parsed.problems.map((p) => `${p.file}: ${p.pointer}: ${p.message}`).join('\n'));
}

export class EditingSession {
  doc = $state.raw<StoryDocument>({ story: {}, layers: {} });
  problems = $state.raw<Problem[]>([]);
  saveState = $state<SaveState>('clean');
  draftRestored = $state(false);
  /** Set when a save found the files changed on disk: theirs, waiting for the editor's choice. */
  conflict = $state.raw<StoryFiles | null>(null);
  saveError = $state('');
  /** Bumped after each save, so the reader preview reloads. */
  savedCount = $state(0);
  /** Drafts written to IndexedDB so far: a reload after this many changes loses none of them. */
  draftWrites = $state(0);
  #past = $state.raw<StoryDocument[]>([]);
  #future = $state.raw<StoryDocument[]>([]);
  #lastKey = '';
  #lastAt = 0;
  #baseVersion = '';
  #validation = 0;

  readonly canUndo = $derived(this.#past.length > 0);
  readonly canRedo = $derived(this.#future.length > 0);
  readonly errorCount = $derived(this.problems.filter((p) => p.severity === 'error').length);

  constructor(readonly storyId: string) {}

  /** Loads the files from disk, then the draft if one was left unsaved. */
  async open(): Promise<void> {
    const disk = await readStory(this.storyId);
    this.#baseVersion = disk.version;
    this.doc = docFromFiles(disk.files);
    const draft = await readDraft(this.storyId);
    if (draft && JSON.stringify(draft.doc) !== JSON.stringify(this.doc)) {
      this.doc = draft.doc;
      this.#baseVersion = draft.baseVersion;
      this.draftRestored = true;
      this.saveState = 'dirty';
    }
    void this.#validate();
  }

  /**
   * Applies an edit. `key` names what it changed (e.g. "event:3:title"): repeated edits of the
   * same key within a second are one undo step.
   */
  apply(next: StoryDocument, key = ''): void {
    if (next === this.doc) return;
    const now = Date.now();
    const coalesce = key !== '' && key === this.#lastKey && now - this.#lastAt < COALESCE_MS;
    if (!coalesce) this.#past = [...this.#past.slice(-HISTORY_LIMIT), this.doc];
    this.#future = [];
    this.#lastKey = key;
    this.#lastAt = now;
    this.#set(next);
  }

  undo(): void {
    const previous = this.#past.at(-1);
    if (!previous) return;
    this.#past = this.#past.slice(0, -1);
    this.#future = [this.doc, ...this.#future];
    this.#lastKey = '';
    this.#set(previous);
  }

  redo(): void {
    const [next, ...rest] = this.#future;
    if (!next) return;
    this.#future = rest;
    this.#past = [...this.#past, this.doc];
    this.#lastKey = '';
    this.#set(next);
  }

  async discardDraft(): Promise<void> {
    await dropDraft(this.storyId);
    this.draftRestored = false;
    const disk = await readStory(this.storyId);
    this.#baseVersion = disk.version;
    this.apply(docFromFiles(disk.files));
    this.saveState = 'clean';
    await dropDraft(this.storyId);
  }

  /** Saves to disk unless the files changed there since they were opened (then `conflict`). */
  async save(force = false): Promise<void> {
    this.saveState = 'saving';
    this.saveError = '';
    try {
      const files = serializeStoryFiles(this.doc);
      const { version } = await writeStory(this.storyId, files, this.#baseVersion, force);
      this.#baseVersion = version;
      this.conflict = null;
      await dropDraft(this.storyId);
      this.draftRestored = false;
      this.saveState = 'saved';
      this.savedCount++;
    } catch (error) {
      this.saveState = 'dirty';
      if (error instanceof ChangedOnDisk) this.conflict = error.theirs;
      else this.saveError = error instanceof Error ? error.message : String(error);
    }
  }

  /** "Reload theirs": their files replace the document, as one step that undo takes back. */
  reloadTheirs(): void {
    const theirs = this.conflict;
    if (!theirs) return;
    this.conflict = null;
    this.#baseVersion = theirs.version;
    this.apply(docFromFiles(theirs.files));
  }

  /** "Keep mine": overwrite theirs, knowingly. */
  keepMine(): Promise<void> {
    return this.save(true);
  }

  #set(next: StoryDocument): void {
    this.doc = next;
    this.saveState = 'dirty';
    void writeDraft(this.storyId, {
      doc: next,
      baseVersion: this.#baseVersion,
      savedAt: Date.now(),
    }).then(() => this.draftWrites++);
    void this.#validate();
  }

  async #validate(): Promise<void> {
    const run = ++this.#validation;
    const problems = await validateDocument(this.doc, this.storyId);
    // A slower, older run must not overwrite a newer one.
    if (run === this.#validation) this.problems = problems;
  }
}
