/**
 * The story as plain HTML: title, summary, the static preview and every event with its places
 * and sources. It is the prerendered page `stories/<id>/index.html` (for readers without
 * JavaScript, search engines and social previews) and the `<noscript>` of the app's index.html.
 * Story text is escaped: it is always plain text.
 */
import type { UiStrings } from '../../src/i18n/strings.ts';
import { dateTimeAttribute, formatDateRange } from '../../src/story/dates.ts';
import { indexStory } from '../../src/story/queries.ts';
import { placeName } from '../../src/story/text.ts';
import type { Story } from '../../src/story/types.ts';
import { escapeMarkup as escapeHtml } from '../lib/escape-markup.ts';
import { renderMediaHtml } from '../media/media-html.ts';
import { PREVIEW_HEIGHT_PX, PREVIEW_WIDTH_PX } from './render-svg.ts';

export interface StoryArticleOptions {
  strings: UiStrings;
  /** URL of the preview picture, relative to the page. */
  previewSrc: string;
  /** URL of the interactive map of this story, relative to the page; left out in `<noscript>`. */
  mapHref?: string;
}

/** Every event with its date, places, note and sources, then the credit: plain HTML. */
export function renderStoryEvents(story: Story, strings: UiStrings): string {
  const index = indexStory(story);
  const lang = story.language;
  const events = story.events.map((event) => {
    const places = event.places
      .flatMap((id) => {
        const place = index.placeById.get(id);
        return place ? [escapeHtml(placeName(place, lang))] : [];
      })
      .join(', ');
    const sources = event.sources
      .map(
        (source) =>
          `<li><a href="${escapeHtml(source.url)}" rel="noopener">${escapeHtml(source.title)}</a></li>`,
      )
      .join('');
    return [
      `<li id="event-${escapeHtml(event.id)}">`,
      `<p class="date"><time datetime="${dateTimeAttribute(event.date)}">${escapeHtml(formatDateRange(event.date, event.end, lang))}</time></p>`,
      `<h3>${escapeHtml(event.title)}</h3>`,
      `<p>${escapeHtml(event.summary)}</p>`,
      renderMediaHtml(event.media),
      `<p class="places"><strong>${escapeHtml(strings.eventPlaces)}:</strong> ${places}</p>`,
      event.note
        ? `<p class="note"><strong>${escapeHtml(strings.note)}:</strong> ${escapeHtml(event.note)}</p>`
        : '',
      `<p class="sources-label">${escapeHtml(strings.sources)}</p>`,
      `<ul class="sources">${sources}</ul>`,
      '</li>',
    ].join('');
  });
  return [
    `<h2>${escapeHtml(strings.allEvents)}</h2>`,
    `<ol class="events">${events.join('\n')}</ol>`,
    `<p class="credit">${escapeHtml(story.credit)} · ${escapeHtml(strings.updatedOn(formatDateRange(story.updated, undefined, lang)))} · ${escapeHtml(strings.basemapCredit)}</p>`,
  ].join('\n');
}

/** The picture of the story, as both the static page and the prerendered app show it. */
function previewImage(story: Story, strings: UiStrings, src: string, attributes = ''): string {
  return `<img${attributes} src="${escapeHtml(src)}" width="${PREVIEW_WIDTH_PX}" height="${PREVIEW_HEIGHT_PX}" alt="${escapeHtml(strings.previewAlt(story.title))}">`;
}

/** The story as an `<article>`: the prerendered page `stories/<id>/index.html`. */
export function renderStoryArticle(story: Story, options: StoryArticleOptions): string {
  const { strings } = options;
  return [
    `<article class="static-story" lang="${story.language}">`,
    `<h1>${escapeHtml(story.title)}</h1>`,
    `<p class="summary">${escapeHtml(story.summary)}</p>`,
    `<figure>${previewImage(story, strings, options.previewSrc)}</figure>`,
    options.mapHref
      ? `<p><a href="${escapeHtml(options.mapHref)}">${escapeHtml(strings.openInteractiveMap)}</a></p>`
      : '',
    renderStoryEvents(story, strings),
    '</article>',
  ].join('\n');
}

/**
 * The story as the app's index.html serves it, laid out like the app (src/ui/page-layout.css):
 * its title, and the static preview where the map will be, which paints before any script runs
 * (`data-preview` and `elementtiming` are the benchmark's hooks). Readers without JavaScript also
 * get every event in the side panel. The app replaces it once it has the story ready.
 */
export function renderStoryShell(story: Story, options: StoryArticleOptions): string {
  const { strings } = options;
  return [
    `<div class="story page-shell" data-shell lang="${story.language}">`,
    '<header class="masthead"><div class="headline">',
    `<h1>${escapeHtml(story.title)}</h1>`,
    `<p class="summary">${escapeHtml(story.summary)}</p>`,
    '</div></header>',
    '<main class="map-pane">',
    previewImage(
      story,
      strings,
      options.previewSrc,
      ' class="preview" data-preview elementtiming="preview" fetchpriority="high"',
    ),
    '</main>',
    `<aside class="side"><noscript><section class="static-story">`,
    renderStoryEvents(story, strings),
    '</section></noscript></aside>',
    '</div>',
  ].join('\n');
}

export interface SocialMeta {
  title: string;
  description: string;
  /** Absolute URL when the site's address is known at build (`SITE_URL`), else relative. */
  imageUrl: string;
  imageAlt: string;
  /** The page's own address, when known. */
  pageUrl?: string;
}

/** `og:` and `twitter:` meta tags for a page whose social card is the story's preview PNG. */
export function renderSocialMeta(meta: SocialMeta): string {
  const tag = (attribute: 'property' | 'name', key: string, value: string) =>
    `<meta ${attribute}="${key}" content="${escapeHtml(value)}" />`;
  return [
    tag('property', 'og:type', 'article'),
    tag('property', 'og:title', meta.title),
    tag('property', 'og:description', meta.description),
    ...(meta.pageUrl ? [tag('property', 'og:url', meta.pageUrl)] : []),
    tag('property', 'og:image', meta.imageUrl),
    tag('property', 'og:image:type', 'image/png'),
    tag('property', 'og:image:width', String(PREVIEW_WIDTH_PX)),
    tag('property', 'og:image:height', String(PREVIEW_HEIGHT_PX)),
    tag('property', 'og:image:alt', meta.imageAlt),
    tag('name', 'twitter:card', 'summary_large_image'),
    tag('name', 'twitter:title', meta.title),
    tag('name', 'twitter:description', meta.description),
    tag('name', 'twitter:image', meta.imageUrl),
    tag('name', 'twitter:image:alt', meta.imageAlt),
  ].join('\n    ');
}

export interface StoryPageOptions extends StoryArticleOptions {
  /** Stylesheet of the static page, relative to the page. */
  stylesheetHref: string;
  /** URL of the preview PNG for social cards. */
  socialImageUrl: string;
  pageUrl?: string;
}

/** The prerendered page of a story: a complete HTML document that needs no JavaScript. */
export function renderStoryPage(story: Story, options: StoryPageOptions): string {
  return `<!doctype html>
<html lang="${story.language}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${escapeHtml(story.title)}</title>
    <meta name="description" content="${escapeHtml(story.summary)}" />
    ${options.pageUrl ? `<link rel="canonical" href="${escapeHtml(options.pageUrl)}" />` : ''}
    ${renderSocialMeta({
      title: story.title,
      description: story.summary,
      imageUrl: options.socialImageUrl,
      imageAlt: options.strings.previewAlt(story.title),
      ...(options.pageUrl ? { pageUrl: options.pageUrl } : {}),
    })}
    <link rel="icon" href="data:," />
    <link rel="stylesheet" href="${escapeHtml(options.stylesheetHref)}" />
  </head>
  <body>
    <main>
${renderStoryArticle(story, options)}
    </main>
  </body>
</html>
`;
}
