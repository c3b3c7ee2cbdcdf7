/**
 * URLs of embed mode: the page an `<iframe>` loads and the "open full map" link out of it. Pure:
 * works on strings, so it is tested in Node.
 */

/** Query parameters pym.js adds to a child's URL; they mean nothing outside the iframe. */
const PYM_PARAMS = ['initialWidth', 'childId', 'parentTitle', 'parentUrl'] as const;

/**
 * The same view as a page of its own: `href` without `embed` and pym.js's parameters, keeping
 * the story, language and hash (place, event, camera).
 */
export function fullMapUrl(href: string): string {
  const url = new URL(href);
  for (const key of ['embed', ...PYM_PARAMS]) url.searchParams.delete(key);
  return url.href;
}

/**
 * The URL an embed loads for the view at `href`: the app's `index.html` with `story`, `lang`
 * (when given), `embed=1`, `layout=scroll` when `href` has it, and the hash (place, event, camera) of the current view.
 */
export function embedUrl(href: string, storyId: string, language?: string): string {
  const current = new URL(href);
  const url = new URL('index.html', new URL('.', current));
  url.searchParams.set('story', storyId);
  if (language) url.searchParams.set('lang', language);
  url.searchParams.set('embed', '1');
  // The scrolling story page embeds as itself (the same auto-height snippet grows to its cards).
  if (current.searchParams.get('layout') === 'scroll') url.searchParams.set('layout', 'scroll');
  url.hash = current.hash;
  // MapLibre writes `map=2/30/160` with bare slashes; keep the hash as readable as it wrote it.
  return url.href.replace(/%2F/gi, '/');
}

/** The folder the app is served from (where `embed/`, `stories/` and `index.html` live). */
export function appRootUrl(href: string): string {
  return new URL('.', new URL(href)).href;
}
