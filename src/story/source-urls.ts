/**
 * Source URLs are published as links under each event, so they must be safe to publish (an error
 * otherwise) and should lead to the source itself rather than to a page that lists or searches
 * for it (a warning: such a page changes, and readers cannot check the event from it).
 */

/** What a source URL check found: an error (not safe to publish), or a warning, or nothing. */
export interface SourceUrlCheck {
  error?: string;
  warning?: string;
}

/** Checks a source URL once: safe to publish (else an error), and the source itself (else a warning). */
export function checkSourceUrl(url: string): SourceUrlCheck {
  const control = controlCharacterIn(url);
  if (control !== undefined) {
    const code = control.toString(16).toUpperCase().padStart(4, '0');
    return {
      error:
        `"url" holds an invisible control character (U+${code}): remove it, or copy the address ` +
        "again from the browser's address bar",
    };
  }
  if (/\s/.test(url)) {
    return {
      error:
        '"url" holds a space: remove spaces before and after the address, and write %20 for one ' +
        "inside it (or copy the address again from the browser's address bar)",
    };
  }
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return {
      error:
        `"url" ${JSON.stringify(url)} is not a full web address: write it with https://, ` +
        'e.g. "https://www.example.com/news/1"',
    };
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    return {
      error: `"url" uses "${parsed.protocol}", which is not allowed: link to an http:// or https:// page`,
    };
  }
  if (parsed.username !== '' || parsed.password !== '') {
    parsed.username = '';
    parsed.password = '';
    return {
      error:
        '"url" holds a user name or password (before "@"), which would be published with the ' +
        `link: remove it and write "${parsed.href}"`,
    };
  }
  const warning = explainListing(parsed);
  return warning === undefined ? {} : { warning };
}

/**
 * Why a source URL is not safe to publish as a link (a full http(s) address, without spaces,
 * control characters or credentials), with the fix, or undefined when it is.
 */
export function explainSourceUrl(url: string): string | undefined {
  return checkSourceUrl(url).error;
}

/**
 * Why a source URL that is safe to publish looks like a site's front page, a section's listing or
 * a search rather than the source itself, with the fix; undefined when it looks like one item.
 */
export function explainListingUrl(url: string): string | undefined {
  return checkSourceUrl(url).warning;
}

/** Path segments that name a section of a site rather than one item (compared in lower case). */
const LISTING_SEGMENTS = new Set(
  (
    'all announcements archive archives article articles blog blogs briefing briefing-room ' +
    'briefings business categories category events features international latest list media ' +
    'media-center multimedia national news newsroom notices opinion photos politics press ' +
    'press-release press-releases pressreleases publications readouts release releases reports ' +
    'section sections speeches spokesperson statements statements-releases stories tag tags ' +
    'topic topics transcripts updates videos world'
  ).split(' '),
);

/** Segments that say nothing about the page: a language, a mobile site, an index file. */
const NEUTRAL_SEGMENTS = new Set(
  'en eng english ko kor korean ja jp jpn japanese m mobile home index default main'.split(' '),
);

/** Paths and query parameters of search pages. */
const SEARCH_SEGMENTS = new Set(['search', 'searchresults', 'search-results', 'results']);
const SEARCH_PARAMETERS = ['q', 'query', 's', 'keyword', 'keywords', 'search_query', 'searchword'];

function explainListing(parsed: URL): string | undefined {
  const fix = 'link the page that says it (the article, release or document)';
  const segments = parsed.pathname
    .split('/')
    .filter((segment) => segment !== '')
    .map((segment) =>
      safeDecode(segment)
        .toLowerCase()
        .replace(/\.[a-z0-9]+$/, ''),
    );
  const params = parsed.search === '' ? undefined : parsed.searchParams;
  const search = SEARCH_PARAMETERS.find((name) => (params?.get(name) ?? '') !== '');
  if (search !== undefined || segments.some((segment) => SEARCH_SEGMENTS.has(segment))) {
    const what = search === undefined ? parsed.pathname : `${search}=${params?.get(search) ?? ''}`;
    return `"url" looks like a search page (${what}), not the source itself: ${fix}; search results change and may show nothing later`;
  }
  if (params) return undefined;
  const telling = segments.filter((segment) => !NEUTRAL_SEGMENTS.has(segment));
  if (telling.length === 0) {
    return `"url" is the front page of ${parsed.hostname}, not the source itself: ${fix}`;
  }
  if (telling.every((segment) => LISTING_SEGMENTS.has(segment))) {
    return `"url" looks like a listing page (${parsed.pathname}), not the source itself: ${fix}; a listing changes as new items come in`;
  }
  return undefined;
}

/** The code of the first C0 or C1 control character in `text`, if any. */
function controlCharacterIn(text: string): number | undefined {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) return code;
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
