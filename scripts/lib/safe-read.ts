/**
 * Reading a story folder from disk as untrusted input. A story folder comes from many hands (a
 * shared drive, a pull request), so a file is read only when it is a regular file of its own,
 * inside the folder: never through a symbolic link (or a hard link shared with another file), never
 * a pipe or device (which could hang), never over its size limit. A refusal says why and how to
 * fix it, and never quotes the file or names what a link points to.
 */
import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  openSync,
  readSync,
  type Stats,
} from 'node:fs';
import path from 'node:path';
import { explainFileTooLarge } from '../../src/story/limits.ts';
import { kindOf, RefusedFile, type ReadStoryFile } from '../../src/story/read-files.ts';

/** Not on Windows, where links need other care; there the lstat checks alone apply. */
const NO_FOLLOW = constants.O_NOFOLLOW ?? 0;
/** Opening a pipe must not wait for a writer; the fstat check then refuses it. */
const NON_BLOCK = constants.O_NONBLOCK ?? 0;

const LINK_FIX =
  'a story folder must hold its own files, so links are never followed or published: put a copy ' +
  'of the file here instead';

/** Why `name` in `folder` may not be read, or undefined when it may; null when it does not exist. */
function refusalOf(info: Stats, name: string): string | undefined {
  if (info.isSymbolicLink()) return `is a symbolic link: ${LINK_FIX}`;
  if (!info.isFile()) {
    return 'is not a regular file (a folder, pipe or device): put the file itself here, or remove it';
  }
  if (info.nlink > 1) return `is a hard link shared with another file: ${LINK_FIX} (cp, not ln)`;
  return explainFileTooLarge(kindOf(name), info.size);
}

/** `true` when the folder itself is a symbolic link (then nothing in it is read). */
export function isLinkedFolder(folder: string): boolean {
  try {
    return lstatSync(path.resolve(folder)).isSymbolicLink();
  } catch {
    return false;
  }
}

/** The refusal for a story folder that is a link, as the validator and the build word it. */
export const LINKED_FOLDER_MESSAGE =
  'is a symbolic link to a folder elsewhere: stories are read only from real folders in ' +
  'geo/stories/, so nothing outside is read or published: move the folder here instead of linking it';

/**
 * The file status of `name` in `folder` (not following links), or null when there is no such file.
 * Throws `RefusedFile` for a file that may not be read (see above).
 */
export function checkStoryFile(folder: string, name: string): Stats | null {
  if (name === '' || name === '.' || name === '..' || /[/\\\0]/.test(name)) {
    throw new RefusedFile('is not a file name in the story folder: name a file next to story.json');
  }
  if (isLinkedFolder(folder)) throw new RefusedFile(`is in a folder that ${LINKED_FOLDER_MESSAGE}`);
  let info: Stats;
  try {
    info = lstatSync(path.join(folder, name));
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ENOENT') return null;
    throw error;
  }
  const refusal = refusalOf(info, name);
  if (refusal) throw new RefusedFile(refusal);
  return info;
}

/**
 * The bytes of `name` in `folder`, or null when there is no such file. Throws `RefusedFile` for a
 * file that may not be read (see above), and other errors for failures to read.
 */
export function readStoryFileBytes(folder: string, name: string): Buffer | null {
  const info = checkStoryFile(folder, name);
  if (!info) return null;
  const file = path.join(folder, name);
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | NO_FOLLOW | NON_BLOCK);
  } catch (error) {
    // ELOOP: the file became a link between the check and the opening.
    if ((error as { code?: unknown }).code === 'ELOOP')
      throw new RefusedFile(`is a symbolic link: ${LINK_FIX}`);
    throw error;
  }
  try {
    const opened = fstatSync(fd);
    if (opened.ino !== info.ino || opened.dev !== info.dev) {
      throw new RefusedFile('changed while it was being read: run again');
    }
    const again = refusalOf(opened, name);
    if (again) throw new RefusedFile(again);
    // Never more than the size checked above, even if the file grows meanwhile.
    const bytes = Buffer.alloc(opened.size);
    let filled = 0;
    while (filled < bytes.length) {
      const read = readSync(fd, bytes, filled, bytes.length - filled, filled);
      if (read === 0) break;
      filled += read;
    }
    return bytes.subarray(0, filled);
  } finally {
    closeSync(fd);
  }
}

/** A `ReadStoryFile` over a folder on disk: UTF-8 text of the files it may read (see above). */
export function safeFolderReader(folder: string): ReadStoryFile {
  return async (name) => readStoryFileBytes(folder, name)?.toString('utf8') ?? null;
}
