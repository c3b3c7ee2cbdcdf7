/**
 * The embed script a host page loads from the map's own site (`embed/storymap.js`, built by
 * scripts/vite-plugin-embed-script.ts): the typed helper `window.StoryMap` for the host-page
 * messages, and the article's `data-storymap-step` elements driving their maps. It makes no
 * request and sets styles only through the CSSOM, so a strict Content-Security-Policy on the
 * article needs nothing but the map's origin in `script-src` and `frame-src`.
 */
import { frameOf, onMessage, show } from './host-api.ts';
import { startScrollytelling } from './scrolly.ts';

let stop = (): void => undefined;

/** Finds the article's steps again (after the page added some); stops the ones found before. */
function scan(): void {
  stop();
  stop = startScrollytelling(document);
}

const api = { show, onMessage, frameOf, scan };

/** The helper's type, for host pages written in TypeScript. */
export type StoryMapApi = typeof api;

declare global {
  interface Window {
    StoryMap?: StoryMapApi;
  }
}

// Loaded twice (two embeds, two copies of the snippet): the first copy does the work.
if (!window.StoryMap) {
  window.StoryMap = api;
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', scan);
  else scan();
}
