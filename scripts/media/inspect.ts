/** Looking at a story's photos on disk for the validator, as untrusted input (safe-read.ts). */
import type { InspectMediaFile } from '../../src/story/check-media.ts';
import { isRefusedFile } from '../../src/story/read-files.ts';
import { readStoryFileBytes } from '../lib/safe-read.ts';

/** How many first bytes the format check needs (an AVIF `ftyp` box lists a few brands). */
const HEAD_BYTES = 64;

/**
 * An `InspectMediaFile` over `folder`: the size and first bytes of a photo that may be read (a
 * regular file of its own inside the folder, not a link, within its size limit); a refusal that
 * never quotes the file or what a link points to.
 */
export function folderMediaInspector(folder: string): InspectMediaFile {
  return async (name) => {
    try {
      const bytes = readStoryFileBytes(folder, name);
      if (!bytes) return { missing: true };
      return { bytes: bytes.length, head: new Uint8Array(bytes.subarray(0, HEAD_BYTES)) };
    } catch (error) {
      if (isRefusedFile(error)) return { refused: error.message };
      const code = (error as { code?: unknown }).code;
      return { failure: typeof code === 'string' ? code : String(error) };
    }
  };
}
