/**
 * Source URLs are published as links under each event, so they must be safe to publish (an error
 * otherwise) and should lead to the source itself rather than to a page that lists or searches
 * for it (a warning: such a page changes, and readers cannot check the event from it).
 */

/**
 * Why a source URL is not safe to publish as a link (a full http(s) address, without spaces,
 * control characters or credentials), with the fix, or undefined when it is.
 */
export function explainSourceUrl(url: string): string | undefined {
  const control = [...url].find((c) => c.charCodeAt(0) < 0x20 || /[\u007f-\u009f]/.test(c));
  if (control !== undefined) {
    const code = control.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
    return (
      `"url" holds an invisible control character (U+${code}): remove it, or copy the address ` +
      "again from the browser's address bar"
    );
  }
  if (/\s/.test(url)) {
    return (
      '"url" holds a space: remove spaces before and after the address, and write %20 for one ' +
      "inside it (or copy the address again from the browser's address bar)"
    );
  }
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return (
      `"url" ${JSON.stringify(url)} is not a full web address: write it with https://, ` +
      'e.g. "https://www.example.com/news/1"'
    );
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    return `"url" uses "${parsed.protocol}", which is not allowed: link to an http:// or https:// page`;
  }
  if (parsed.username !== '' || parsed.password !== '') {
    parsed.username = '';
    parsed.password = '';
    return (
      '"url" holds a user name or password (before "@"), which would be published with the ' +
      `link: remove it and write "${parsed.href}"`
    );
  }
  return undefined;
}

/** Path segments that name a section of a site rather than one item (compared in lower case). */
const LISTING_SEGMENTS = new Set([
  'all',
  'announcements',
  'archive',
  'archives',
  'article',
  'articles',
  'blog',
  'blogs',
  'briefing',
  'briefing-room',
  'briefings',
  'business',
  'categories',
  'category',
  'events',
  'features',
  'international',
  'latest',
  'list',
  'media',
  'media-center',
  'multimedia',
  'national',
  'news',
  'newsroom',
  'notices',
  'opinion',
  'photos',
  'politics',
  'press',
  'press-release',
  'press-releases',
  'pressreleases',
  'publications',
  'readouts',
  'release',
  'releases',
  'reports',
  'section',
  'sections',
  'speeches',
  'spokesperson',
  'statements',
  'statements-releases',
  'stories',
  'tag',
  'tags',
  'topic',
  'topics',
  'transcripts',
  'updates',
  'videos',
  'world',
]);

/** Segments that say nothing about the page: a language, a mobile site, an index file. */
const NEUTRAL_SEGMENTS = new Set([
  'en',
  'eng',
  'english',
  'ko',
  'kor',
  'korean',
  'ja',
  'jp',
  'jpn',
  'japanese',
  'm',
  'mobile',
  'home',
  'index',
  'default',
  'main',
]);

/** Paths and query parameters of search pages. */
const SEARCH_SEGMENTS = new Set(['search', 'searchresults', 'search-results', 'results']);
const SEARCH_PARAMETERS = ['q', 'query', 's', 'keyword', 'keywords', 'search_query', 'searchword'];

/**
 * Why a (valid) source URL looks like a site's front page, a section's listing or a search rather
 * than the source itself, with the fix; undefined when it looks like one item.
 */
export function explainListingUrl(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  const fix = 'link the page that says it (the article, release or document)';
  const segments = parsed.pathname
    .split('/')
    .map((segment) =>
      safeDecode(segment)
        .toLowerCase()
        .replace(/\.[a-z0-9]+$/, ''),
    )
    .filter((segment) => segment !== '');
  const search = SEARCH_PARAMETERS.find((name) => (parsed.searchParams.get(name) ?? '') !== '');
  if (search !== undefined || segments.some((segment) => SEARCH_SEGMENTS.has(segment))) {
    const what =
      search === undefined ? parsed.pathname : `${search}=${parsed.searchParams.get(search) ?? ''}`;
    return `"url" looks like a search page (${what}), not the source itself: ${fix}; search results change and may show nothing later`;
  }
  if (parsed.search !== '') return undefined;
  const telling = segments.filter((segment) => !NEUTRAL_SEGMENTS.has(segment));
  if (telling.length === 0) {
    return `"url" is the front page of ${parsed.hostname}, not the source itself: ${fix}`;
  }
  if (telling.every((segment) => LISTING_SEGMENTS.has(segment))) {
    return `"url" looks like a listing page (${parsed.pathname}), not the source itself: ${fix}; a listing changes as new items come in`;
  }
  return undefined;
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
