/**
 * The embed code an editor pastes into a CMS, in three variants: a plain `<iframe>`, and scripts
 * for pages that use pym.js or Sidechain (which then size the iframe to the map's content). The
 * host scripts are served by the map's own site (`embed/`), never a CDN. Pure: returns text.
 */

/** What every variant needs to know. */
export interface SnippetOptions {
  /** The embed's URL (see `embedUrl`). */
  src: string;
  /** The folder the app is served from, ending in `/`. */
  appRoot: string;
  /** The iframe's accessible name, e.g. "Map: <story title>". */
  title: string;
  /** A story id, for the container's id in the pym.js variant. */
  storyId: string;
}

export type SnippetKind = 'iframe' | 'pym' | 'sidechain';

/** Height of the plain iframe, in pixels: about what the embed needs in an article column. */
export const DEFAULT_EMBED_HEIGHT_PX = 640;

/**
 * The sandbox the snippets ask for: scripts and same-origin (the map fetches its data and runs
 * a worker), popups for source links, and popups that escape the sandbox so a source's own page
 * works normally in its new tab.
 */
export const EMBED_SANDBOX =
  'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox';

/** Escapes text for an HTML attribute value in double quotes. */
function attribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/** A JavaScript string literal that is safe inside a `<script>` element. */
function scriptString(text: string): string {
  return JSON.stringify(text).replace(/</g, '\\u003c');
}

/** A plain `<iframe>`: works anywhere, at a fixed height unless the page sizes it. */
export function iframeSnippet(options: SnippetOptions): string {
  return `<iframe src="${attribute(options.src)}" title="${attribute(options.title)}" width="100%" height="${DEFAULT_EMBED_HEIGHT_PX}" loading="lazy" sandbox="${EMBED_SANDBOX}" style="width: 100%; border: 0;"></iframe>`;
}

/** For pages with pym.js: a container and a `pym.Parent` that sizes the iframe to its content. */
export function pymSnippet(options: SnippetOptions): string {
  const id = `story-map-${options.storyId}`;
  const config = `{ title: ${scriptString(options.title)}, sandbox: ${scriptString(EMBED_SANDBOX)} }`;
  return [
    `<div id="${attribute(id)}"></div>`,
    `<script src="${attribute(`${options.appRoot}embed/pym.v1.min.js`)}"></script>`,
    `<script>new pym.Parent(${scriptString(id)}, ${scriptString(options.src)}, ${config});</script>`,
  ].join('\n');
}

/**
 * For pages with Sidechain: a `<side-chain>` element. Sidechain draws its iframe in a shadow
 * root without a title, so one line gives the iframe its accessible name.
 */
export function sidechainSnippet(options: SnippetOptions): string {
  return [
    `<script src="${attribute(`${options.appRoot}embed/sidechain.js`)}"></script>`,
    `<side-chain src="${attribute(options.src)}"></side-chain>`,
    `<script>document.currentScript.previousElementSibling.iframe.title = ${scriptString(options.title)};</script>`,
  ].join('\n');
}

/** The snippet of one kind. */
export function embedSnippet(kind: SnippetKind, options: SnippetOptions): string {
  switch (kind) {
    case 'iframe':
      return iframeSnippet(options);
    case 'pym':
      return pymSnippet(options);
    case 'sidechain':
      return sidechainSnippet(options);
  }
}
