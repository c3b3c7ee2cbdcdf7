/**
 * The editor server's only way to touch the disk: story folders under one root, read and written
 * by name, never through a link, each write atomic. Every path is checked here, so the HTTP layer
 * cannot write outside `<root>/<story-id>/` however a request is spelled.
 */
import { createHash, randomBytes } from 'node:crypto';
import { lstat, mkdir, open, readFile, readdir, realpath, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { EDITOR_FILE_NAME_PATTERN, STORY_JSON } from '../../src/editor/core/document.ts';
import { SLUG_PATTERN } from '../../src/story/schema.ts';

/** A refusal the client can act on: `status` is the HTTP status, `message` says why and the fix. */
export class StoreError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function codeOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** Why `name` is not a file the editor may write, or undefined when it may. */
export function explainFileName(name: string): string | undefined {
  if (name.includes('/') || name.includes('\\') || name.includes('..') || path.isAbsolute(name)) {
    return `file name ${JSON.stringify(name)} is a path: only files directly in the story folder can be saved`;
  }
  if (!EDITOR_FILE_NAME_PATTERN.test(name)) {
    return `file name ${JSON.stringify(name)} is not allowed: use lowercase letters, digits and hyphens, ending in .json or .geojson`;
  }
  return undefined;
}

/** The story version: a SHA-256 over the files' names and texts, in name order. */
export function versionOf(files: Record<string, string>): string {
  const hash = createHash('sha256');
  for (const name of Object.keys(files).sort()) hash.update(`${name}\0${files[name] ?? ''}\0`);
  return hash.digest('hex');
}

/** Writes `text` to `file` atomically: a temporary file in the same folder, flushed, then renamed over it. */
export async function writeFileAtomic(file: string, text: string): Promise<void> {
  const temporary = path.join(
    path.dirname(file),
    `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`,
  );
  const handle = await open(temporary, 'wx', 0o644);
  try {
    await handle.writeFile(text, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

export class StoryStore {
  /** One save at a time per story, so "check the version, then write" cannot interleave. */
  private readonly queues = new Map<string, Promise<unknown>>();

  constructor(readonly root: string) {}

  /** The story's folder, after checking the id and that the folder is a real folder inside the root. */
  async folder(id: string): Promise<string> {
    if (!SLUG_PATTERN.test(id)) {
      throw new StoreError(
        400,
        `story id ${JSON.stringify(id)} is not allowed: use lowercase letters, digits and hyphens`,
      );
    }
    const folder = path.join(this.root, id);
    let info;
    try {
      info = await lstat(folder);
    } catch (error) {
      if (codeOf(error) === 'ENOENT')
        throw new StoreError(404, `there is no story "${id}": create it first`);
      throw error;
    }
    if (info.isSymbolicLink() || !info.isDirectory()) {
      throw new StoreError(
        400,
        `story "${id}" is a link or a file, not a folder: the editor only opens real folders`,
      );
    }
    const [realRoot, realFolder] = await Promise.all([realpath(this.root), realpath(folder)]);
    if (path.dirname(realFolder) !== realRoot) {
      throw new StoreError(400, `story "${id}" is outside the stories folder`);
    }
    return folder;
  }

  /** A file of the folder as text; null when missing; refuses a link (it could point anywhere). */
  private async readInside(folder: string, name: string): Promise<string | null> {
    const file = path.join(folder, name);
    try {
      const info = await lstat(file);
      if (info.isSymbolicLink())
        throw new StoreError(
          400,
          `${name} is a link: the editor reads and writes only real files in the story folder`,
        );
      if (!info.isFile()) return null;
      return await readFile(file, 'utf8');
    } catch (error) {
      if (codeOf(error) === 'ENOENT') return null;
      throw error;
    }
  }

  /** story.json and the layer files it lists (those that exist and have allowed names). */
  async read(id: string): Promise<{ files: Record<string, string>; version: string }> {
    const folder = await this.folder(id);
    const files: Record<string, string> = {};
    const story = await this.readInside(folder, STORY_JSON);
    if (story !== null) {
      files[STORY_JSON] = story;
      for (const name of layerFileNames(story)) {
        const text = await this.readInside(folder, name);
        if (text !== null) files[name] = text;
      }
    }
    return { files, version: versionOf(files) };
  }

  /**
   * Writes the files if the story on disk is still at `baseVersion` (or `force`); otherwise resolves
   * to the conflict with what is on disk now. Every name is checked before anything is written.
   */
  async write(
    id: string,
    files: Record<string, string>,
    baseVersion: string | undefined,
    force: boolean,
  ): Promise<
    { version: string } | { conflict: { version: string; files: Record<string, string> } }
  > {
    for (const [name, text] of Object.entries(files)) {
      const problem = explainFileName(name);
      if (problem) throw new StoreError(400, problem);
      if (typeof text !== 'string') throw new StoreError(400, `file ${name} must be sent as text`);
    }
    const folder = await this.folder(id);
    return this.queued(id, async () => {
      const current = await this.read(id);
      if (!force && current.version !== baseVersion) return { conflict: current };
      for (const name of Object.keys(files)) {
        const info = await lstat(path.join(folder, name)).catch(() => undefined);
        if (info?.isSymbolicLink())
          throw new StoreError(400, `${name} is a link: the editor will not write through it`);
        if (info && !info.isFile()) throw new StoreError(400, `${name} is not a file`);
      }
      for (const [name, text] of Object.entries(files))
        await writeFileAtomic(path.join(folder, name), text);
      return { version: (await this.read(id)).version };
    });
  }

  /** Makes the folder `<root>/<id>/` with `files`; refuses an id that exists. */
  async create(id: string, files: Record<string, string>): Promise<void> {
    const folder = path.join(this.root, id);
    try {
      await mkdir(folder);
    } catch (error) {
      if (codeOf(error) === 'EEXIST')
        throw new StoreError(409, `story "${id}" already exists: pick another id, or open it`);
      throw error;
    }
    for (const [name, text] of Object.entries(files))
      await writeFileAtomic(path.join(folder, name), text);
  }

  /** Story ids: the real, non-hidden folders of the root whose names are valid ids, sorted. */
  async list(): Promise<string[]> {
    const entries = await readdir(this.root, { withFileTypes: true });
    return entries
      .filter((e) => e.isDirectory() && SLUG_PATTERN.test(e.name))
      .map((e) => e.name)
      .sort();
  }

  private queued<T>(id: string, task: () => Promise<T>): Promise<T> {
    const previous = this.queues.get(id) ?? Promise.resolve();
    const next = previous.then(task, task);
    this.queues.set(
      id,
      next.catch(() => undefined),
    );
    return next;
  }
}

/** The `file` of each entry of story.json's `layers`, when the text parses and the name is allowed. */
function layerFileNames(storyText: string): string[] {
  try {
    const story = JSON.parse(storyText.replace(/^\uFEFF/, '')) as { layers?: unknown };
    if (!Array.isArray(story.layers)) return [];
    return story.layers.flatMap((layer: unknown) => {
      const file = (layer as { file?: unknown } | null)?.file;
      return typeof file === 'string' && explainFileName(file) === undefined ? [file] : [];
    });
  } catch {
    return [];
  }
}
