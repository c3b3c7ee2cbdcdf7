/** Whether this browser can run the map at all, asked before MapLibre is downloaded. */

/** The answer for this page's document: a browser does not gain or lose WebGL2 while it runs. */
const answers = new WeakMap<Document, boolean>();

/**
 * True when a WebGL2 context can be created (MapLibre 6 needs WebGL2). Asked once per document:
 * creating a context is costly (the first one of a browser starts its GPU process), and the page
 * asks both when it starts to fetch MapLibre and when it lays the map out.
 */
export function supportsWebgl2(doc: Document = document): boolean {
  const known = answers.get(doc);
  if (known !== undefined) return known;
  let supported = false;
  try {
    const canvas = doc.createElement('canvas');
    const gl = canvas.getContext('webgl2');
    // Give the context back at once: a page with eight embeds must not hold eight test contexts.
    gl?.getExtension('WEBGL_lose_context')?.loseContext();
    supported = gl !== null;
  } catch {
    supported = false;
  }
  answers.set(doc, supported);
  return supported;
}
