/** Whether this browser can run the map at all, asked before MapLibre is downloaded. */

/** True when a WebGL2 context can be created (MapLibre 6 needs WebGL2). */
export function supportsWebgl2(doc: Document = document): boolean {
  try {
    const canvas = doc.createElement('canvas');
    const gl = canvas.getContext('webgl2');
    // Give the context back at once: a page with eight embeds must not hold eight test contexts.
    gl?.getExtension('WEBGL_lose_context')?.loseContext();
    return gl !== null;
  } catch {
    return false;
  }
}
