/**
 * The embed code an editor pastes into a CMS, in four variants: a plain `<iframe>`, scripts for
 * pages that use pym.js or Sidechain (which then size the iframe to the map's content), and the
 * pym.js code with paragraphs that drive the map as the reader scrolls (`embed/storymap.js`). The
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
  /** The scrollytelling variant's example step (`event:<id>`…); a placeholder when none. */
  step?: string | undefined;
}

export type SnippetKind = 'iframe' | 'pym' | 'sidechain' | 'scrolly';

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

/**
 * For articles whose paragraphs drive the map (docs/embedding.md, "Scrollytelling"): the pym.js
 * code and an example step in one section, then the embed script. The map stays in view while
 * the section's steps pass; where scripts are stripped, it is the ordinary embed.
 */
export function scrollySnippet(options: SnippetOptions): string {
  const step = options.step ?? 'event:EVENT-ID';
  return [
    '<section>',
    pymSnippet(options),
    '<!-- One element per step: data-storymap-step="event:<id>", "place:<id>" or "dates:<from>/<to>" -->',
    `<p data-storymap-step="${attribute(step)}" tabindex="0">…</p>`,
    '</section>',
    `<script src="${attribute(`${options.appRoot}embed/storymap.js`)}"></script>`,
  ].join('\n');
}

/**
 * The step that stands for the view in `href`'s hash (`event=`, `place=`, `from=`/`to=`), for
 * the scrollytelling snippet; undefined for the whole story.
 */
export function stepOfView(href: string): string | undefined {
  const hash = new URLSearchParams(new URL(href).hash.slice(1));
  const event = hash.get('event');
  const place = hash.get('place');
  const from = hash.get('from') ?? '';
  const to = hash.get('to') ?? '';
  if (event) return `event:${event}`;
  if (place) return `place:${place}`;
  return from || to ? `dates:${from}/${to}` : undefined;
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
    case 'scrolly':
      return scrollySnippet(options);
  }
}
